import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const uiPackages = ['react', 'react-dom', 'react-dom/*', 'react/*', 'i18next', 'react-i18next', 'zustand', 'zustand/*'];

// Browser globals the pure layers must not touch: the engine and the scenario logic run unchanged in Node.
const domGlobals = ['window', 'document', 'localStorage', 'sessionStorage', 'navigator', 'location', 'HTMLElement'].map(
  (name) => ({ name, message: 'src/engine and src/scenario are pure: no DOM globals.' }),
);

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}', 'src/main.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['src/engine/**/*.ts', 'src/scenario/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: uiPackages, message: 'src/engine and src/scenario are pure: no UI, i18n or store imports.' },
            { group: ['**/ui/**', '**/store/**'], message: 'The pure layers must not depend on the UI or the stores.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...domGlobals],
    },
  },
);
