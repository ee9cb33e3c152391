// The activities feature as other features see it.
export { default as OrganisationActivities } from './components/OrganisationActivities.vue';
export { TARGET_GROUPS } from './composables/filters';
