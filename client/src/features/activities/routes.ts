import type { RouteRecordRaw } from 'vue-router';

export const activityRoutes: RouteRecordRaw[] = [];
