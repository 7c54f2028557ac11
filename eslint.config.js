// Lint rules, including the layering ARCHITECTURE.md asks for: renderer and shared import no Electron,
// Node or keytar; only electron/ipc and the preload touch ipcMain/ipcRenderer; only the keychain adapter
// imports keytar.
import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import tseslint from 'typescript-eslint'

const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'url', 'util', 'stream', 'events', 'buffer', 'process']

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'dist-electron', 'dist-cli', 'dist-bin', 'release', 'test-artifacts', 'bin/*.cjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/secrets/keytar-store.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'keytar', message: 'Only electron/secrets/keytar-store.ts imports keytar.' }] }],
    },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/ipc/**', 'electron/preload.ts', 'electron/secrets/keytar-store.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'keytar', message: 'Only electron/secrets/keytar-store.ts imports keytar.' },
            { name: 'electron', importNames: ['ipcMain', 'ipcRenderer'], message: 'Only electron/ipc/** and the preload touch IPC.' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'Renderer and shared code never import Electron.' },
            { name: 'keytar', message: 'Renderer and shared code never touch the keychain.' },
          ],
          patterns: [{ group: nodeBuiltins, message: 'Renderer and shared code never import Node modules.' }],
        },
      ],
      'no-restricted-globals': ['error', 'process', 'require', '__dirname', 'Buffer'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/lib/ipc.ts'],
    rules: {
      'no-restricted-properties': ['error', { object: 'window', property: 'api', message: 'Use renderer/lib/ipc.ts.' }],
    },
  },
  {
    files: ['renderer/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    // Plain-Node build and CI scripts (not type-checked): Node's globals are real here.
    files: ['scripts/**/*.{js,mjs,cjs}', 'build/**/*.cjs', 'test/**/*.cjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', module: 'writable', require: 'readonly', __dirname: 'readonly' } },
  },
  {
    // CommonJS files are CommonJS: require() is how they import.
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['vite.config.ts', 'eslint.config.js'],
    rules: { 'no-restricted-syntax': 'off' },
  },
)
