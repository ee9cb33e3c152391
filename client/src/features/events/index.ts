// The events feature as other features see it; every date on the platform is shown in Oslo time.
export { default as OrganisationEvents } from './components/OrganisationEvents.vue';
export { formatOsloDate, formatOsloTime, osloRange } from './lib/osloTime';
