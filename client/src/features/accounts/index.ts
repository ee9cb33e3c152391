// The accounts feature as other features see it: who is signed in, and signing out.
export { useLogout } from './composables/useLogout';
export { isStaff, useViewer } from './composables/useViewer';
