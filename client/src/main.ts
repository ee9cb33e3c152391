import '@digdir/designsystemet-css/theme';
import '@digdir/designsystemet-css';
import './shared/styles.css';
import { DefaultApolloClient } from '@vue/apollo-composable';
import { createApp } from 'vue';
import { createApolloClient } from './app/apollo';
import { i18n } from './app/i18n';
import { createAppRouter } from './app/router';
import App from './App.vue';

const app = createApp(App);
app.provide(DefaultApolloClient, createApolloClient());
app.use(i18n);
app.use(createAppRouter());
app.mount('#app');
