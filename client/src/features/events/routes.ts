import type { RouteRecordRaw } from 'vue-router';

export const eventRoutes: RouteRecordRaw[] = [
  {
    path: '/arrangementer',
    name: 'events',
    component: () => import('./views/EventsView.vue'),
    meta: { titleKey: 'events.list.title' },
  },
  // Before /:id, so "ny", "mine", "arrangor" and "oppmote" are not taken for ids.
  {
    path: '/arrangementer/ny',
    name: 'event-create',
    component: () => import('./views/EventCreateView.vue'),
    meta: { titleKey: 'events.create.title', requiresAuth: true },
  },
  {
    path: '/arrangementer/mine',
    name: 'my-events',
    component: () => import('./views/MyEventsView.vue'),
    meta: { titleKey: 'events.mine.title', requiresAuth: true },
  },
  {
    path: '/arrangementer/arrangor',
    name: 'organising-events',
    component: () => import('./views/OrganisingView.vue'),
    meta: { titleKey: 'events.organising.title', requiresAuth: true },
  },
  {
    path: '/arrangementer/oppmote',
    name: 'event-attendance-report',
    component: () => import('./views/AttendanceReportView.vue'),
    meta: { titleKey: 'events.report.title', requiresAuth: true },
  },
  {
    path: '/arrangementer/:id',
    name: 'event',
    component: () => import('./views/EventView.vue'),
    meta: { titleKey: 'events.page.title' },
  },
  {
    path: '/arrangementer/:id/rediger',
    name: 'event-edit',
    component: () => import('./views/EventEditView.vue'),
    meta: { titleKey: 'events.edit.heading', requiresAuth: true },
  },
  {
    path: '/arrangementer/:id/deltakere',
    name: 'event-attendees',
    component: () => import('./views/EventAttendeesView.vue'),
    meta: { titleKey: 'events.attendees.heading', requiresAuth: true },
  },
  {
    path: '/arrangementer/:id/innsjekking',
    name: 'event-check-in',
    component: () => import('./views/CheckInView.vue'),
    meta: { titleKey: 'events.checkIn.heading', requiresAuth: true },
  },
  // The guest's e-mailed link: confirm or cancel without an account.
  {
    path: '/pamelding',
    name: 'guest-registration',
    component: () => import('./views/GuestRegistrationView.vue'),
    meta: { titleKey: 'events.guestPage.title' },
  },
];
