import { createRouter, createWebHistory, type RouteRecordRaw, type Router, type RouterHistory } from 'vue-router';
import { accountRoutes } from '@/features/accounts/routes';
import { activityRoutes } from '@/features/activities/routes';
import { eventRoutes } from '@/features/events/routes';
import { grantReviewRoutes } from '@/features/grant-review/routes';
import { grantRoutes } from '@/features/grants/routes';
import { groupRoutes } from '@/features/groups/routes';
import { adminRoutes } from '@/features/admin/routes';
import { moderationRoutes } from '@/features/moderation/routes';
import { homeRoutes } from '@/features/home/routes';
import { notFoundRoutes } from '@/features/not-found/routes';
import { organisationRoutes } from '@/features/organisations/routes';
import { referenceRoutes } from '@/features/reference/routes';
import { resourceRoutes } from '@/features/resources/routes';
import { searchRoutes } from '@/features/search/routes';
import { settlementRoutes } from '@/features/settlement/routes';
import type { PlatformRole } from '@/gql/graphql';
import { installFlash } from './flash';
import { installAuthGuard, type LoadViewer } from './guards';

declare module 'vue-router' {
  interface RouteMeta {
    /** i18n key of the page name, used for document.title. */
    titleKey?: string;
    /** Signed-in users only: others are sent to the login page and back. */
    requiresAuth?: boolean;
    /** Only these platform roles (implies requiresAuth). */
    roles?: PlatformRole[];
  }
}

// The catch-all must stay last.
export const routes: RouteRecordRaw[] = [
  ...homeRoutes,
  ...accountRoutes,
  ...organisationRoutes,
  ...adminRoutes,
  ...moderationRoutes,
  ...groupRoutes,
  ...eventRoutes,
  ...activityRoutes,
  ...resourceRoutes,
  ...grantRoutes,
  ...grantReviewRoutes,
  ...searchRoutes,
  ...referenceRoutes,
  ...settlementRoutes,
  ...notFoundRoutes,
];

export function createAppRouter(
  history: RouterHistory = createWebHistory(import.meta.env.BASE_URL),
  options: { loadViewer?: LoadViewer } = {},
): Router {
  const router = createRouter({
    history,
    routes,
    // A new query on the same page (a filter) keeps the scroll position; a new page starts at the top.
    scrollBehavior: (to, from, saved) => saved ?? (to.path === from.path ? false : { top: 0 }),
  });
  if (options.loadViewer) installAuthGuard(router, options.loadViewer);
  installFlash(router);
  return router;
}
