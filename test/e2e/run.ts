/**
 * The browser tests: build the app, serve `dist/` on localhost, drive it in Debian's
 * Chromium. Every page must log no error and request nothing from any other host.
 * Prints one line per test and a closing `N passed, M failed`; exits 1 on any failure,
 * and when Chromium is missing (never a silent skip, in CI or anywhere).
 * `--screenshot` (or `SCREENSHOT=1`) also saves `docs/screenshot.png` for the README.
 * `E2E_ONLY=text` runs only the tests whose names contain `text` (while working on them).
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { hasChromium, INSTALL_HINT, launch } from './browser.ts';
import { cases as compareCases } from './compare.e2e.ts';
import { cases as exportCases } from './export.e2e.ts';
import { cases as figuresCases } from './figures.e2e.ts';
import { cases as importCases } from './import.e2e.ts';
import { cases as overviewCases } from './overview.e2e.ts';
import { cases as presentCases } from './present.e2e.ts';
import { serveStatic } from './serve.ts';
import { cases as tableCases } from './table.e2e.ts';
import { cases as viewsCases } from './views.e2e.ts';
import { cases as workersCases } from './workers.e2e.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

if (!hasChromium()) {
  console.error(INSTALL_HINT);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

await build({ root, logLevel: 'warn' });
const { server, url } = await serveStatic(`${root}dist`);
const browser = await launch();
let passed = 0;
let failed = 0;

/** Opens `path` on a new page that records console errors and requests to other hosts; waits for `ready`. */
async function open(path = '', ready = '[data-kpi="pledges"]') {
  const page = await browser.context.newPage();
  page.setDefaultTimeout(5000);
  const errors: string[] = [];
  const foreign: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (!['data:', 'blob:'].includes(u.protocol) && u.hostname !== '127.0.0.1') foreign.push(r.url());
  });
  await page.goto(url + path);
  await page.locator(ready).first().waitFor();
  return { page, errors, foreign };
}

/** A test's time, written after its name when it took a while (so a slow CI run shows where the time went). */
function took(start: number): string {
  const seconds = (performance.now() - start) / 1000;
  return seconds >= 3 ? ` (${seconds.toFixed(1)} s)` : '';
}

/** Forgets what a test stored (language, imported datasets: the profile is shared), then closes the page. */
async function clean(page: Page) {
  await page
    .evaluate(() => {
      localStorage.clear();
      // The app's open connection closes on `versionchange`, so the deletion is not blocked for long.
      return new Promise<void>((resolve) => {
        const request = indexedDB.deleteDatabase('thi-dua');
        request.onsuccess = request.onerror = request.onblocked = () => resolve();
        // Never wait for ever on the browser's storage: a test's cleanup must not hang the run.
        setTimeout(resolve, 5000);
      });
    })
    .catch(() => undefined);
  await page.close();
}

try {
  const only = process.env.E2E_ONLY;
  const all = [
    ...overviewCases,
    ...figuresCases,
    ...viewsCases,
    ...tableCases,
    ...compareCases,
    ...importCases,
    ...workersCases,
    ...exportCases,
    ...presentCases,
  ];
  for (const c of only ? all.filter((c) => c.name.includes(only)) : all) {
    let opened: Awaited<ReturnType<typeof open>> | null = null;
    const start = performance.now();
    try {
      opened = await open(c.path, c.ready);
      const { page, errors, foreign } = opened;
      // A test that hangs fails after two minutes instead of holding up the run.
      let timer: ReturnType<typeof setTimeout> | undefined;
      const hung = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('no end after 120 s')), 120_000)));
      await Promise.race([c.run(page), hung]).finally(() => clearTimeout(timer));
      const unexpected = errors.filter((e) => !c.allowErrors?.test(e));
      if (unexpected.length) throw new Error(`console errors: ${unexpected.join(' | ')}`);
      if (foreign.length) throw new Error(`requests to other hosts: ${foreign.join(' ')}`);
      passed++;
      console.log(`  ✓ ${c.name}${took(start)}`);
    } catch (e) {
      failed++;
      console.log(`  ✗ ${c.name}${took(start)}\n      ${(e instanceof Error ? e.message : String(e)).split('\n').join('\n      ')}`);
    } finally {
      if (opened) await clean(opened.page);
    }
  }

  if (process.env.SCREENSHOT || process.argv.includes('--screenshot')) {
    const { page } = await open();
    await page.setViewportSize({ width: 1280, height: 900 });
    mkdirSync(`${root}docs`, { recursive: true });
    await page.screenshot({ path: `${root}docs/screenshot.png`, fullPage: true });
    console.log('  screenshot: docs/screenshot.png');
    await clean(page);
  }
} finally {
  await browser.close();
  server.close();
}

console.log(`${passed} passed, ${failed} failed (${(performance.now() / 1000).toFixed(0)} s with the build)`);
process.exit(failed ? 1 : 0);
