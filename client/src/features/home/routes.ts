import type { RouteRecordRaw } from 'vue-router';
import HomeView from './views/HomeView.vue';

export const homeRoutes: RouteRecordRaw[] = [
  // In the entry chunk: most visitors land here. No titleKey: the title is the product name and tagline.
  { path: '/', name: 'home', component: HomeView, meta: {} },
];
