import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import pluginVue from 'eslint-plugin-vue';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Client dependencies point one way: app/ (the composition root) may import anything; a feature reaches
 * another only through its public `index.ts`; shared/ imports no feature. Built-in rule only, one block per
 * feature (a later block replaces an earlier one's `no-restricted-imports`, so each carries the full set).
 */
const clientFeatures = readdirSync(new URL('./client/src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const otherFeatureMessage = 'Another feature is reached only through its public index: import from "@/features/<name>" (export what you need there).';
function featureBoundary(feature) {
  return {
    files: [`client/src/features/${feature}/**/*.{ts,vue}`],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: `@/features/${feature}`, message: 'Inside a feature, import its own files relatively, not through its public index (a cycle).' }],
        patterns: [
          { group: ['@/features/*/**', `!@/features/${feature}/**`], message: otherFeatureMessage },
          { group: ['../../**'], message: 'No relative paths out of a feature: reach another one through "@/features/<name>".' },
        ],
      }],
    },
  };
}

export default tseslint.config(
  { ignores: ['**/dist/**', 'client/dist-*/**', 'e2e/test-results*/**', '**/node_modules/**', 'client/src/gql/**', '.data/**', 'e2e/test-results/**', 'e2e/playwright-report/**', 'bench/results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginVue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      'vue/multi-word-component-names': 'off',
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
    },
  },
  ...clientFeatures.map(featureBoundary),
  {
    files: ['client/src/shared/**/*.{ts,vue}'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['@/features', '@/features/**', '**/features', '**/features/**'], message: 'shared/ is used by features and imports none of them (compose features in app/).' }],
      }],
    },
  },
);
