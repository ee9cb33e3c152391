import type { RouteLocationNormalized, RouteLocationRaw, Router } from 'vue-router';
import type { PlatformRole } from '@/gql/graphql';

/** What the guard needs to know about the signed-in user. */
export interface GuardViewer {
  /** The viewer's own role (the server shows it only to the user and to admins). */
  platformRole?: PlatformRole | null;
}

/** Null when signed out. May throw (server unreachable): the guard then lets the page show the problem. */
export type LoadViewer = () => Promise<GuardViewer | null>;

export const LOGIN_ROUTE = 'login';
export const ACCESS_DENIED_ROUTE = 'access-denied';

/** Where `to` may go: true, or a redirect to the login page (with `?neste=`) or the access-denied page. */
export async function checkAccess(to: RouteLocationNormalized, loadViewer: LoadViewer): Promise<true | RouteLocationRaw> {
  const roles = to.meta.roles;
  if (!to.meta.requiresAuth && !roles?.length) return true;
  let viewer: GuardViewer | null;
  try {
    viewer = await loadViewer();
  } catch {
    return true; // the page's own query shows the error
  }
  if (!viewer) return { name: LOGIN_ROUTE, query: { neste: to.fullPath } };
  if (roles?.length && !(viewer.platformRole && roles.includes(viewer.platformRole))) return { name: ACCESS_DENIED_ROUTE, query: { side: to.fullPath } };
  return true;
}

/** Pages with `meta.requiresAuth` need a signed-in user; `meta.roles` one of those platform roles. */
export function installAuthGuard(router: Router, loadViewer: LoadViewer): void {
  router.beforeEach((to) => checkAccess(to, loadViewer));
}
