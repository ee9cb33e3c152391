import type { RouteRecordRaw } from 'vue-router';

export const resourceRoutes: RouteRecordRaw[] = [
  {
    path: '/ressurser',
    name: 'resources',
    component: () => import('./views/ResourcesView.vue'),
    meta: { titleKey: 'resources.nav' },
  },
  // Before /:id, so "ny" is not taken for an id.
  {
    path: '/ressurser/ny',
    name: 'resource-create',
    component: () => import('./views/ResourceCreateView.vue'),
    meta: { titleKey: 'resources.create.title', requiresAuth: true },
  },
  {
    path: '/ressurser/:id',
    name: 'resource',
    component: () => import('./views/ResourceView.vue'),
    meta: { titleKey: 'resources.page.title' },
  },
  {
    path: '/ressurser/:id/rediger',
    name: 'resource-edit',
    component: () => import('./views/ResourceEditView.vue'),
    meta: { titleKey: 'resources.edit.heading', requiresAuth: true },
  },
];
