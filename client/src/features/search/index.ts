// The search feature as other features see it.
export { default as SearchBox } from './components/SearchBox.vue';
