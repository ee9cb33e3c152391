import type { RouteRecordRaw } from 'vue-router';

export const activityRoutes: RouteRecordRaw[] = [
  {
    path: '/aktiviteter',
    name: 'activities',
    component: () => import('./views/ActivitiesView.vue'),
    meta: { titleKey: 'activities.catalogue.title' },
  },
  // Before /:id, so "ny" and "mine" are not taken for ids.
  {
    path: '/aktiviteter/ny',
    name: 'activity-create',
    component: () => import('./views/ActivityCreateView.vue'),
    meta: { titleKey: 'activities.create.title', requiresAuth: true },
  },
  {
    path: '/aktiviteter/mine',
    name: 'my-activities',
    component: () => import('./views/MyActivitiesView.vue'),
    meta: { titleKey: 'activities.mine.title', requiresAuth: true },
  },
  {
    path: '/aktiviteter/:id',
    name: 'activity',
    component: () => import('./views/ActivityView.vue'),
    meta: { titleKey: 'activities.page.title' },
  },
  {
    path: '/aktiviteter/:id/rediger',
    name: 'activity-edit',
    component: () => import('./views/ActivityEditView.vue'),
    meta: { titleKey: 'activities.edit.heading', requiresAuth: true },
  },
];
