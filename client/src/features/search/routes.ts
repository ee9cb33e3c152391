import type { RouteRecordRaw } from 'vue-router';

export const searchRoutes: RouteRecordRaw[] = [
  {
    path: '/sok',
    name: 'search',
    component: () => import('./views/SearchView.vue'),
    meta: { titleKey: 'search.page.title' },
  },
];
