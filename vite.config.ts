import { configDefaults, defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import { bundledData } from './build/bundled-data.ts';

// One config for the app build and for the unit tests.
// `base: './'` keeps every asset path relative, so the built `dist/` works from any
// folder of an intranet web server or a file share.
export default defineConfig({
  base: './',
  // The bundled CSVs of data/ are read at build time and compiled in (build/bundled-data.ts).
  plugins: [svelte(), bundledData(fileURLToPath(new URL('./data', import.meta.url)))],
  publicDir: 'public',
  build: { target: 'es2022', sourcemap: false },
  worker: { format: 'es' },
  resolve: process.env.VITEST ? { conditions: ['browser'] } : undefined,
  test: {
    // Unit tests beside their code, and the fixture corpora under test/ (test/e2e drives a real
    // browser through its own runner; test/bench are benchmarks, run with `npm run bench`).
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: [...configDefaults.exclude, 'test/e2e/**', 'test/bench/**'],
    environment: 'node',
    setupFiles: ['test/setup-catalogues.ts'],
  },
});
