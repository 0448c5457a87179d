import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import importX from 'eslint-plugin-import-x';
import globals from 'globals';

/**
 * The folders of src/lib in the order data flows through them, lowest first: a folder may import
 * from the folders before it and never from those after it (folders on one line are peers and do
 * not import each other). See "How the code is laid out" in the README.
 */
const LAYERS = [
  ['model'],
  ['i18n'],
  ['sample'],
  ['ingest/decode'],
  ['ingest/parse'],
  ['ingest/validate'],
  ['ingest/stream'],
  ['ingest/worker'],
  ['ingest/client'],
  ['combine'],
  ['aggregate'],
  ['export'],
  ['templates'],
  ['present'],
  ['charts', 'table'],
  ['state'],
  ['import', 'nav'],
];
const lib = (folder) => `./src/lib/${folder}`;
const layerZones = LAYERS.flatMap((layer, i) => {
  const higher = LAYERS.slice(i + 1)
    .flat()
    .map(lib);
  const app = ['./src/views', './src/workers', './src/cli', './src/App.svelte', './src/main.ts'];
  return layer.map((folder) => ({
    target: lib(folder),
    from: [...higher, ...layer.filter((peer) => peer !== folder).map(lib), ...app],
    message: `src/lib/${folder} is lower in the flow: it may not import from there.`,
  }));
});

export default ts.config(
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser } },
  },
  {
    plugins: { 'import-x': importX },
    rules: {
      // Data is text, never markup.
      'svelte/no-at-html-tags': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // The flow is one way: no import cycle, and no folder imports one above it.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
      'import-x/no-duplicates': ['error', { 'prefer-inline': true }],
    },
  },
  {
    files: ['test/**', '**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      // A test may build its input with the whole engine (`ingestText`), whatever it tests.
      'import-x/no-restricted-paths': 'off',
    },
  },
  { ignores: ['dist/', 'node_modules/', '.tmp/', 'test/bench/out/'] },
);
