import type { RouteRecordRaw } from 'vue-router';

export const groupRoutes: RouteRecordRaw[] = [
  {
    path: '/grupper',
    name: 'groups',
    component: () => import('./views/GroupsView.vue'),
    meta: { titleKey: 'groups.list.title', requiresAuth: true },
  },
  {
    path: '/grupper/:id',
    name: 'group',
    component: () => import('./views/GroupView.vue'),
    meta: { titleKey: 'groups.page.title', requiresAuth: true },
  },
  {
    path: '/grupper/:id/traader/:threadId',
    name: 'group-thread',
    component: () => import('./views/ThreadView.vue'),
    meta: { titleKey: 'groups.thread.title', requiresAuth: true },
  },
  {
    path: '/varsler',
    name: 'inbox',
    component: () => import('./views/InboxView.vue'),
    meta: { titleKey: 'groups.inbox.title', requiresAuth: true },
  },
  {
    path: '/kunngjoringer/ny',
    name: 'announcement-create',
    component: () => import('./views/AnnouncementCreateView.vue'),
    meta: { titleKey: 'groups.announcements.create.title', roles: ['COUNTY_STAFF', 'ADMIN'] },
  },
];
