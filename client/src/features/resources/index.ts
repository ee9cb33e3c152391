// The resources feature as other features see it: event materials and the file upload other features reuse.
export { default as EventResources } from './components/EventResources.vue';
export { default as UploadProgress } from './components/UploadProgress.vue';
export { useFileUpload } from './composables/useFileUpload';
export { formatFileSize } from './lib/format';
export { ACCEPT_ATTRIBUTE, ACCEPTED_LIST, checkFile, describeUploadError, uploadFile } from './lib/upload';
