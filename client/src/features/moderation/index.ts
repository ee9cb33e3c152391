// Moderation as other features use it: report and hide buttons, the notice shown in place of hidden content,
// and the reason of a `moderation/content_hidden` error.
export { default as ReportButton } from './components/ReportButton.vue';
export { default as HideButton } from './components/HideButton.vue';
export { default as HiddenNotice } from './components/HiddenNotice.vue';
export { hiddenReasonOf } from './lib/hidden';
export { default as ModerationBar } from './components/ModerationBar.vue';
export { default as HiddenPage } from './components/HiddenPage.vue';
