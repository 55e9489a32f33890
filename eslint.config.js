import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/**
 * Layer rules (see README "Architecture"): an import across layers is a lint
 * error, not a review comment.
 *  - src/      pure domain core: no electron, react, DOM, node or app layers.
 *  - renderer/ may import main/ for types only; never electron, node or SQLite.
 *  - main/     never imports the renderer.
 */
const nodeModules = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'http', 'https', 'net', 'crypto', 'url', 'worker_threads', 'stream', 'util', 'events'];
const domGlobals = ['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'location', 'HTMLElement', 'Element', 'requestAnimationFrame', 'alert'].map(
  (name) => ({ name, message: 'src/ runs in main, workers and tests: no DOM globals.' }),
);

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', ...domGlobals],
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', 'electron/*'], message: 'src/ is pure: no Electron.' },
            { group: ['react', 'react-dom', 'react/*', 'react-dom/*', '@xyflow/*', 'zustand', 'zustand/*', 'antd', 'antd/*', 'i18next', 'react-i18next'], message: 'src/ is pure: no UI libraries.' },
            { group: ['better-sqlite3'], message: 'src/ is pure: storage lives in main/services.' },
            { group: nodeModules, message: 'src/ is pure: no Node built-ins (it also runs in the renderer).' },
            { group: ['**/main/**', '**/renderer/**', '../main', '../renderer', '../../main', '../../renderer'], message: 'src/ must not depend on main/ or renderer/.' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/main/**', '../main', '../../main', '../../../main'], allowTypeImports: true, message: 'renderer/ may import main/ only with `import type`.' },
            { group: ['electron', 'electron/*', 'better-sqlite3'], message: 'renderer/ talks to main only through the API client.' },
            { group: nodeModules, message: 'renderer/ runs in a sandboxed page: no Node built-ins.' },
          ],
        },
      ],
    },
  },
  {
    files: ['main/**/*.{ts,mjs}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/renderer/**', '../renderer', '../../renderer'], message: 'main/ must not import the renderer.' }] },
      ],
    },
  },
  {
    // Playwright fixtures must destructure their first argument, even when empty.
    files: ['test/e2e/**/*.ts'],
    rules: { 'no-empty-pattern': 'off' },
  },
);
