// The grants feature as other features see it.
export { default as ApplicationAttachments } from './components/ApplicationAttachments.vue';
export { default as DeadlineCountdown } from './components/DeadlineCountdown.vue';
export { usePartnerSearch } from './composables/usePartnerSearch';
// What follows an award, as county staff's pages (grant-review) show it beside the organisation's own.
export { default as AppealSection } from './components/AppealSection.vue';
export { default as ChangeRequestsList } from './components/ChangeRequestsList.vue';
export { default as PaymentsTable } from './components/PaymentsTable.vue';
export { default as RepaymentClaimsList } from './components/RepaymentClaimsList.vue';
export { default as ReportReadOnly } from './components/ReportReadOnly.vue';
export { default as ReportsList } from './components/ReportsList.vue';
export { useGrantReport } from './composables/useGrantReport';
export { formatNok, formatOslo, parseKroner } from './lib/format';
// The autosave with a version check that the application form uses; the settlement survey's answer form too.
export { useAutosave } from './composables/useAutosave';
