import type { RouteRecordRaw } from 'vue-router';

export const adminRoutes: RouteRecordRaw[] = [
  {
    path: '/admin',
    name: 'admin',
    component: () => import('./views/AdminPendingView.vue'),
    meta: { titleKey: 'admin.pending.title', roles: ['COUNTY_STAFF', 'ADMIN'] },
  },
  {
    path: '/admin/brukere',
    name: 'admin-users',
    component: () => import('./views/AdminUsersView.vue'),
    meta: { titleKey: 'admin.users.title', roles: ['ADMIN'] },
  },
];
