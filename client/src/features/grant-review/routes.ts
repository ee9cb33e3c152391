import type { RouteRecordRaw } from 'vue-router';

const staff = { roles: ['COUNTY_STAFF', 'ADMIN'] } as const;

export const grantReviewRoutes: RouteRecordRaw[] = [
  // The county publishes a decided round's results: for everyone, beside the public call page.
  {
    path: '/tilskudd/runder/:id/resultater',
    name: 'grant-round-results',
    component: () => import('./views/RoundResultsView.vue'),
    meta: { titleKey: 'grants.results.title' },
  },
  {
    path: '/tilskudd/behandling',
    name: 'grant-review',
    component: () => import('./views/ReviewRoundsView.vue'),
    meta: { titleKey: 'grantReview.rounds.title', roles: [...staff.roles] },
  },
  // Before /:id, so "ny" is not taken for an id.
  {
    path: '/tilskudd/behandling/runder/ny',
    name: 'grant-review-round-create',
    component: () => import('./views/RoundCreateView.vue'),
    meta: { titleKey: 'grantReview.create.title', roles: [...staff.roles] },
  },
  {
    path: '/tilskudd/behandling/runder/:id',
    name: 'grant-review-round',
    component: () => import('./views/RoundDashboardView.vue'),
    meta: { titleKey: 'grantReview.round.title', roles: [...staff.roles] },
  },
  {
    path: '/tilskudd/behandling/runder/:id/rediger',
    name: 'grant-review-round-edit',
    component: () => import('./views/RoundEditView.vue'),
    meta: { titleKey: 'grantReview.edit.title', roles: [...staff.roles] },
  },
  {
    path: '/tilskudd/behandling/tildelinger/:id',
    name: 'grant-review-award',
    component: () => import('./views/AwardReviewView.vue'),
    meta: { titleKey: 'grantReview.followUp.award.title', roles: [...staff.roles] },
  },
  {
    path: '/tilskudd/behandling/rapporter/:id',
    name: 'grant-review-report',
    component: () => import('./views/ReportReviewView.vue'),
    meta: { titleKey: 'grants.report.title', roles: [...staff.roles] },
  },
  {
    path: '/tilskudd/behandling/soknader/:id',
    name: 'grant-review-application',
    component: () => import('./views/AssessmentView.vue'),
    meta: { titleKey: 'grantReview.assessment.title', roles: [...staff.roles] },
  },
];
