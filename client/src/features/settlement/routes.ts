import type { RouteRecordRaw } from 'vue-router';

// The settlement cycle (bosetting og anmodning); the e-mails of the survey link to its answer form.
export const settlementRoutes: RouteRecordRaw[] = [
  { path: '/bosetting', name: 'settlement', component: () => import('./views/SettlementYearsView.vue'), meta: { titleKey: 'settlement.years.title' } },
  { path: '/bosetting/:id', name: 'settlement-year', component: () => import('./views/SettlementYearView.vue'), meta: { titleKey: 'settlement.year.title' } },
  { path: '/bosetting/:id/kartlegging', name: 'settlement-tracker', component: () => import('./views/SurveyTrackerView.vue'), meta: { titleKey: 'settlement.tracker.title', requiresAuth: true } },
  { path: '/bosetting/:id/kartlegging/:nr', name: 'settlement-survey', component: () => import('./views/SurveyFormView.vue'), meta: { titleKey: 'settlement.survey.title', requiresAuth: true } },
  { path: '/bosetting/:id/tavle', name: 'settlement-board', component: () => import('./views/BoardView.vue'), meta: { titleKey: 'settlement.board.title', requiresAuth: true } },
  { path: '/bosetting/:id/anbefaling', name: 'settlement-recommendations', component: () => import('./views/RecommendationsView.vue'), meta: { titleKey: 'settlement.recommendations.title', requiresAuth: true } },
  { path: '/bosetting/:id/brev', name: 'settlement-letter', component: () => import('./views/RecommendationLetterView.vue'), meta: { titleKey: 'settlement.letter.title', requiresAuth: true } },
  { path: '/bosetting/:id/tall', name: 'settlement-numbers', component: () => import('./views/NumbersView.vue'), meta: { titleKey: 'settlement.numbers.title' } },
  { path: '/kommuner/:nr', name: 'municipality', component: () => import('./views/MunicipalityView.vue'), meta: { titleKey: 'settlement.municipality.title' } },
];
