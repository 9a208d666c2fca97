// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * One lint configuration for the app, the worker, the tests and the Node scripts.
 * TypeScript files get typescript-eslint's recommended rules plus the type-aware rules that catch
 * real bugs in this code base (forgotten promises, promises passed where a callback is expected);
 * the full type-checked preset is left out because its style rules cost lint time without finding
 * anything `tsc --strict` does not.
 */
export default tseslint.config(
  {
    ignores: [
      'dist/',
      'dist-cli/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      '.cache/',
      'reports/',
      'test/output/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // `tsc` already reports unused locals and parameters (noUnused*); `_`-prefixed names are deliberate.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    rules: {
      // The app uses the domain core (workers/model) and the worker client, never the command line.
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/workers/cli/*'], message: 'src/ never imports workers/cli/' }] },
      ],
    },
  },
  {
    files: ['workers/**/*.{ts,mjs}'],
    languageOptions: { globals: { ...globals.worker, ...globals.node } },
    rules: {
      // workers/model is the domain core that src/ depends on; the dependency never points back.
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/src/*'], message: 'workers/ never imports src/' }] }],
    },
  },
  {
    files: ['test/**/*.{ts,mjs,js}', 'data/**/*.mjs', '*.config.{js,ts}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
