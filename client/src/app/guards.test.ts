import { defineComponent, h } from 'vue';
import { createMemoryHistory, createRouter, type RouteRecordRaw } from 'vue-router';
import { describe, expect, it, vi } from 'vitest';
import { installAuthGuard, type GuardViewer, type LoadViewer } from './guards';

const Page = defineComponent({ render: () => h('div') });

const testRoutes: RouteRecordRaw[] = [
  { path: '/', name: 'home', component: Page },
  { path: '/logg-inn', name: 'login', component: Page },
  { path: '/ingen-tilgang', name: 'access-denied', component: Page },
  { path: '/konto', name: 'profile', component: Page, meta: { requiresAuth: true } },
  { path: '/admin', name: 'admin', component: Page, meta: { roles: ['COUNTY_STAFF', 'ADMIN'] } },
  { path: '/admin/brukere', name: 'admin-users', component: Page, meta: { roles: ['ADMIN'] } },
];

async function routerWith(loadViewer: LoadViewer) {
  const router = createRouter({ history: createMemoryHistory(), routes: testRoutes });
  installAuthGuard(router, loadViewer);
  await router.push('/');
  return router;
}

const as = (platformRole: GuardViewer['platformRole']): LoadViewer => async () => ({ platformRole });

describe('auth guard', () => {
  it('lets anyone see public pages without asking who they are', async () => {
    const loadViewer = vi.fn<LoadViewer>().mockResolvedValue(null);
    const router = await routerWith(loadViewer);
    await router.push('/logg-inn');
    expect(router.currentRoute.value.name).toBe('login');
    expect(loadViewer).not.toHaveBeenCalled();
  });

  it('sends signed-out visitors to the login page with the full return path', async () => {
    const router = await routerWith(async () => null);
    await router.push('/konto?fane=data#slett');
    expect(router.currentRoute.value.name).toBe('login');
    expect(router.currentRoute.value.query).toEqual({ neste: '/konto?fane=data#slett' });

    await router.push('/admin');
    expect(router.currentRoute.value.fullPath).toBe('/logg-inn?neste=/admin');
  });

  it('lets signed-in users in', async () => {
    const router = await routerWith(as('USER'));
    await router.push('/konto');
    expect(router.currentRoute.value.name).toBe('profile');
  });

  it('checks platform roles', async () => {
    const user = await routerWith(as('USER'));
    await user.push('/admin');
    expect(user.currentRoute.value.name).toBe('access-denied');
    expect(user.currentRoute.value.query).toEqual({ side: '/admin' });

    const staff = await routerWith(as('COUNTY_STAFF'));
    await staff.push('/admin');
    expect(staff.currentRoute.value.name).toBe('admin');
    await staff.push('/admin/brukere');
    expect(staff.currentRoute.value.name).toBe('access-denied');

    const admin = await routerWith(as('ADMIN'));
    await admin.push('/admin/brukere');
    expect(admin.currentRoute.value.name).toBe('admin-users');
  });

  it('lets the page show the problem when the viewer cannot be loaded', async () => {
    const router = await routerWith(async () => {
      throw new Error('offline');
    });
    await router.push('/konto');
    expect(router.currentRoute.value.name).toBe('profile');
  });
});
