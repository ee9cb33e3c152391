// The groups feature as other features see it; useLiveSubscription is the live-view helper every feature uses.
export { default as AnnouncementBanner } from './components/AnnouncementBanner.vue';
export { useLiveSubscription } from './composables/useLiveSubscription';
