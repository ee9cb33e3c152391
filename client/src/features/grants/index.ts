// The grants feature as other features see it.
export { default as ApplicationAttachments } from './components/ApplicationAttachments.vue';
export { usePartnerSearch } from './composables/usePartnerSearch';
// The autosave with a version check that the application form uses; the settlement survey's answer form too.
export { useAutosave } from './composables/useAutosave';
