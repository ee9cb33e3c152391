// The grants feature as other features see it.
export { default as ApplicationAttachments } from './components/ApplicationAttachments.vue';
export { default as DeadlineCountdown } from './components/DeadlineCountdown.vue';
export { usePartnerSearch } from './composables/usePartnerSearch';
