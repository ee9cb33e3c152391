import type { RouteRecordRaw } from 'vue-router';

export const moderationRoutes: RouteRecordRaw[] = [
  {
    path: '/moderering',
    name: 'moderation',
    component: () => import('./views/ModerationQueueView.vue'),
    meta: { titleKey: 'moderation.queue.title', requiresAuth: true },
  },
  {
    path: '/admin/revisjonslogg',
    name: 'admin-audit',
    component: () => import('./views/AuditLogView.vue'),
    meta: { titleKey: 'moderation.audit.title', roles: ['COUNTY_STAFF', 'ADMIN'] },
  },
];
