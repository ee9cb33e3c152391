import type { RouteRecordRaw } from 'vue-router';

export const eventRoutes: RouteRecordRaw[] = [];
