import type { RouteRecordRaw } from 'vue-router';

export const organisationRoutes: RouteRecordRaw[] = [
  {
    path: '/organisasjoner',
    name: 'organisations',
    component: () => import('./views/OrganisationsView.vue'),
    meta: { titleKey: 'organisations.directory.title' },
  },
  // Before /:id, so "ny" is not taken for an id.
  {
    path: '/organisasjoner/ny',
    name: 'organisation-create',
    component: () => import('./views/OrganisationCreateView.vue'),
    meta: { titleKey: 'organisations.create.title', requiresAuth: true },
  },
  {
    path: '/organisasjoner/:id',
    name: 'organisation',
    component: () => import('./views/OrganisationView.vue'),
    meta: { titleKey: 'organisations.page.title' },
  },
  {
    path: '/organisasjoner/:id/rediger',
    name: 'organisation-edit',
    component: () => import('./views/OrganisationEditView.vue'),
    meta: { titleKey: 'organisations.edit.heading', requiresAuth: true },
  },
  {
    path: '/mine-organisasjoner',
    name: 'my-organisations',
    component: () => import('./views/MyOrganisationsView.vue'),
    meta: { titleKey: 'organisations.mine.title', requiresAuth: true },
  },
  // The invitation mail links here; signed-out visitors can read it first.
  {
    path: '/invitasjon',
    name: 'invitation',
    component: () => import('./views/InvitationView.vue'),
    meta: { titleKey: 'organisations.invitation.title' },
  },
];
