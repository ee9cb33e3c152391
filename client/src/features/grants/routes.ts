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
  // Reminders and the decision letter link here: the award, reports, payments, changes and the appeal.
  {
    path: '/tilskudd/soknader/:id/oppfolging',
    name: 'grant-follow-up',
    component: () => import('./views/FollowUpView.vue'),
    meta: { titleKey: 'grants.followUp.title', requiresAuth: true },
  },
  {
    path: '/tilskudd/rapporter/:id',
    name: 'grant-report',
    component: () => import('./views/ReportView.vue'),
    meta: { titleKey: 'grants.report.title', requiresAuth: true },
  },
  // The decision e-mail links here.
  {
    path: '/tilskudd/soknader/:id/vedtak',
    name: 'grant-decision',
    component: () => import('./views/DecisionLetterView.vue'),
    meta: { titleKey: 'grants.letter.title', requiresAuth: true },
  },
];
