// The organisations feature as other features see it.
export { evictDirectory } from './composables/evictDirectory';
export { ORGANISATION_KINDS } from './composables/useOrganisations';
export { useViewerMemberships } from './composables/useViewerMemberships';
