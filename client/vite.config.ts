import { fileURLToPath, URL } from 'node:url';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

// The GraphQL server (HTTP and graphql-ws on the same path) runs on 4000 in development.
const server = process.env.SAMHANDLING_SERVER_URL ?? 'http://localhost:4000';

export default defineConfig({
  plugins: [vue()],
  define: {
    // vue-i18n feature flags: composition API only, which also drops the legacy code from the bundle.
    __VUE_I18N_FULL_INSTALL__: true,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
  },
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: {
      '/graphql': { target: server, ws: true, changeOrigin: false },
      '/healthz': { target: server },
      '/dev': { target: server },
      // Resource file uploads and downloads (not GraphQL).
      '/filer': { target: server },
      // The data export (a zip; /konto itself is the client's).
      '/konto/mine-data.zip': { target: server },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Framework and GraphQL code change less often than ours: separate chunks cache longer.
        codeSplitting: {
          groups: [
            { name: 'vue', test: /node_modules[\\/](@vue|vue|vue-router|vue-i18n|@intlify)[\\/]/, priority: 2 },
            { name: 'apollo', test: /node_modules[\\/](@apollo|graphql|graphql-ws|@wry|optimism|zen-observable|ts-invariant|symbol-observable)[\\/]/, priority: 2 },
          ],
        },
      },
    },
  },
});
