import type { RouteRecordRaw } from 'vue-router';

export const groupRoutes: RouteRecordRaw[] = [];
