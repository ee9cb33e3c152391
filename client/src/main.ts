import '@digdir/designsystemet-css/theme';
import '@digdir/designsystemet-css';
import './shared/styles.css';
import { DefaultApolloClient } from '@vue/apollo-composable';
import { createApp } from 'vue';
import { createApolloClient } from './app/apollo';
import { i18n, loadLocaleMessages, setLocale } from './app/i18n';
import { createAppRouter } from './app/router';
import App from './App.vue';
import { ViewerDocument } from './gql/graphql';

const apollo = createApolloClient();
const app = createApp(App);
app.provide(DefaultApolloClient, apollo);
app.use(i18n);
app.use(
  createAppRouter(undefined, {
    // From the cache when the header has already asked; login and logout reset the cache.
    loadViewer: async () => (await apollo.query({ query: ViewerDocument, fetchPolicy: 'cache-first' })).data.viewer ?? null,
  }),
);
// A remembered nynorsk or English choice is fetched before the first paint (bokmål is built in).
loadLocaleMessages(i18n.global.locale.value)
  .catch(() => setLocale('nb'))
  .finally(() => app.mount('#app'));
