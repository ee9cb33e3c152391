import type { RouteRecordRaw } from 'vue-router';
import { ACCESS_DENIED_ROUTE, LOGIN_ROUTE } from '@/app/guards';

// Paths are Norwegian; the mails link to /konto/bekreft, /konto/nytt-passord, /konto/opphev-sperre (and /invitasjon).
export const accountRoutes: RouteRecordRaw[] = [
  { path: '/logg-inn', name: LOGIN_ROUTE, component: () => import('./views/LoginView.vue'), meta: { titleKey: 'accounts.login.title' } },
  { path: '/registrer', name: 'sign-up', component: () => import('./views/SignUpView.vue'), meta: { titleKey: 'accounts.signUp.title' } },
  {
    path: '/konto/glemt-passord',
    name: 'forgot-password',
    component: () => import('./views/ForgotPasswordView.vue'),
    meta: { titleKey: 'accounts.forgot.title' },
  },
  {
    path: '/konto/nytt-passord',
    name: 'reset-password',
    component: () => import('./views/ResetPasswordView.vue'),
    meta: { titleKey: 'accounts.reset.title' },
  },
  { path: '/konto/bekreft', name: 'verify-email', component: () => import('./views/VerifyEmailView.vue'), meta: { titleKey: 'accounts.verify.title' } },
  {
    path: '/konto/opphev-sperre',
    name: 'unlock-login',
    component: () => import('./views/UnlockLoginView.vue'),
    meta: { titleKey: 'accounts.unlock.title' },
  },
  { path: '/konto', name: 'profile', component: () => import('./views/ProfileView.vue'), meta: { titleKey: 'accounts.profile.title', requiresAuth: true } },
  {
    path: '/ingen-tilgang',
    name: ACCESS_DENIED_ROUTE,
    component: () => import('./views/AccessDeniedView.vue'),
    meta: { titleKey: 'accounts.denied.title' },
  },
];
