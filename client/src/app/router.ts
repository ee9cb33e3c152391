import { createRouter, createWebHistory, type RouteRecordRaw, type Router, type RouterHistory } from 'vue-router';
import { homeRoutes } from '@/features/home/routes';
import { notFoundRoutes } from '@/features/not-found/routes';
import { referenceRoutes } from '@/features/reference/routes';

declare module 'vue-router' {
  interface RouteMeta {
    /** i18n key of the page name, used for document.title. */
    titleKey?: string;
  }
}

// The catch-all must stay last.
export const routes: RouteRecordRaw[] = [...homeRoutes, ...referenceRoutes, ...notFoundRoutes];

export function createAppRouter(history: RouterHistory = createWebHistory(import.meta.env.BASE_URL)): Router {
  return createRouter({
    history,
    routes,
    scrollBehavior: (_to, _from, saved) => saved ?? { top: 0 },
  });
}
