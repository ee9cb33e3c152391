import type { RouteRecordRaw } from 'vue-router';

export const referenceRoutes: RouteRecordRaw[] = [
  {
    path: '/kommuner',
    name: 'municipalities',
    component: () => import('./views/MunicipalitiesView.vue'),
    meta: { titleKey: 'reference.municipalities.title' },
  },
];
