// Verifying organisations, offered on the organisation's own page too.
export { default as RejectDialog } from './components/RejectDialog.vue';
export { useOrganisationVerify } from './composables/useOrganisationVerify';
