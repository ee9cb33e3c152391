import type { RouteRecordRaw } from 'vue-router';

// Paths under /tilskudd/behandling belong to the county staff's pages (features/grant-review).
export const grantRoutes: RouteRecordRaw[] = [
  {
    path: '/tilskudd',
    name: 'grants',
    component: () => import('./views/GrantsView.vue'),
    meta: { titleKey: 'grants.nav' },
  },
  {
    path: '/tilskudd/runder/:id',
    name: 'grant-round',
    component: () => import('./views/GrantRoundView.vue'),
    meta: { titleKey: 'grants.call.title' },
  },
  {
    path: '/tilskudd/soknader',
    name: 'grant-applications',
    component: () => import('./views/MyGrantApplicationsView.vue'),
    meta: { titleKey: 'grants.mine.title', requiresAuth: true },
  },
  {
    path: '/tilskudd/soknader/:id',
    name: 'grant-application',
    component: () => import('./views/GrantApplicationView.vue'),
    meta: { titleKey: 'grants.form.pageTitle', requiresAuth: true },
  },
  // The decision e-mail links here.
  {
    path: '/tilskudd/soknader/:id/vedtak',
    name: 'grant-decision',
    component: () => import('./views/DecisionLetterView.vue'),
    meta: { titleKey: 'grants.letter.title', requiresAuth: true },
  },
];
