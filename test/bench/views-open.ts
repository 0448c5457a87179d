/**
 * After a 200,000-row import, the main thread as each view is opened (issue target: never blocked
 * for more than 100 ms). In the built app in Chromium, as a person would: the file imported
 * through the Data page, then each page of the navigation clicked in turn, the longest task
 * (PerformanceObserver 'longtask') from the click until the page has been still for 1.5 s.
 * The import's own tasks are measured too, apart. Used by run.ts; alone:
 * `npx tsx test/bench/views-open.ts` (builds the app, makes the file when missing, prints).
 */
import { createWriteStream, existsSync, mkdirSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { sampleChunks } from '../../src/lib/sample/index.ts';

/** The pages clicked, by their name in the navigation, in this order. */
const PAGES: [name: string, view: string][] = [
  ['Tổng quan', 'overview'],
  ['Nông thôn mới', 'criteria'],
  ['Cam kết', 'pledges'],
  ['Đóng góp', 'contributions'],
  ['Khen thưởng', 'awards'],
  ['Chỉ tiêu', 'targets'],
  ['Bảng số liệu', 'table'],
  ['Tổng quan', 'overview'],
];

export interface ViewsOpen {
  rows: number;
  /** The long tasks while the import landed (from choosing the file until 1 s after it is loaded). */
  importTasks: number[];
  /** Each page opened: its longest task (0: none over 50 ms) and the time until it was drawn. */
  pages: { view: string; longest: number; drawn: number }[];
}

/** Writes `rows` compact contributions (seed 1, as run.ts's files) to `path` unless there. */
export async function ensureFile(path: string, rows: number): Promise<void> {
  if (existsSync(path) && statSync(path).size > 0) return;
  const stream = createWriteStream(path);
  for (const chunk of sampleChunks({ kind: 'contributions', rows, seed: 1, compact: true }, 5000))
    if (!stream.write(chunk)) await once(stream, 'drain');
  stream.end();
  await once(stream, 'finish');
}

/** Imports `file` into the app at `appUrl` and opens every page; see the module comment. */
export async function viewsAfterImport(browser: Browser, appUrl: string, file: string, rows: number): Promise<ViewsOpen> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  page.setDefaultTimeout(180_000);
  type W = { __long: number[] };
  try {
    await page.goto(`${appUrl}?view=data`);
    await page.locator('#import-files').waitFor({ state: 'attached' });
    await page.evaluate(() => {
      (window as unknown as W).__long = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) (window as unknown as W).__long.push(e.duration);
      }).observe({ type: 'longtask' });
    });
    await page.setInputFiles('#import-files', file);
    await page.locator('article.job[data-phase="loaded"]').waitFor();
    await page.waitForTimeout(1000);
    const importTasks = await page.evaluate(() => (window as unknown as W).__long.splice(0));
    const pages: ViewsOpen['pages'] = [];
    for (const [name, view] of PAGES) {
      await page.evaluate(() => ((window as unknown as W).__long = []));
      const t = Date.now();
      await page.getByRole('navigation').getByRole('link', { name, exact: true }).click();
      await page.locator(`main[data-view="${view}"] h2, main[data-view="${view}"] h1`).first().waitFor();
      const drawn = Date.now() - t;
      await page.waitForTimeout(1500);
      const tasks = await page.evaluate(() => (window as unknown as W).__long);
      pages.push({ view, longest: Math.max(0, ...tasks), drawn });
    }
    return { rows, importTasks, pages };
  } finally {
    await context.close();
  }
}

/** Lines for the log. */
export function viewsOpenLog(r: ViewsOpen): string[] {
  return [
    `  import of ${r.rows.toLocaleString('en')} rows: long tasks ${r.importTasks.map((t) => t.toFixed(0)).join(', ') || 'none'} ms`,
    ...r.pages.map((p) => `  ${p.view}: drawn after ${p.drawn} ms, longest task ${p.longest.toFixed(0)} ms`),
  ];
}

/** The line of the targets list. */
export function viewsOpenVerdict(r: ViewsOpen, verdict: (ok: boolean) => string): string {
  const worst = Math.max(...r.pages.map((p) => p.longest));
  return (
    `- Every view opened after a ${r.rows.toLocaleString('en')}-row import, in Chromium: the longest task ${worst.toFixed(0)} ms ` +
    `(target ≤ 100 ms): ${verdict(worst <= 100)}; the import itself landed in tasks of ${r.importTasks.map((t) => t.toFixed(0)).join(', ') || 'under 50'} ms.`
  );
}

/** The README section. */
export function viewsOpenSection(r: ViewsOpen): string {
  return `
### Every view after a ${r.rows.toLocaleString('en')}-row import

The built app in Chromium at 1366×768: a ${r.rows.toLocaleString('en')}-row contributions file imported
through the Data page, then each page of the navigation clicked in turn (\`test/bench/views-open.ts\`;
alone: \`npx tsx test/bench/views-open.ts\`). The longest main-thread task from the click until the
page has been still for 1.5 s (0: none over 50 ms), and the time until its heading was drawn.
Target: never more than 100 ms.

| page | drawn after | longest task |
|---|---:|---:|
${r.pages.map((p) => `| ${p.view} | ${p.drawn} ms | ${p.longest.toFixed(0)} ms |`).join('\n')}

The import itself, from choosing the file until a second after it was loaded: long tasks of
${r.importTasks.map((t) => `${t.toFixed(0)} ms`).join(', ') || 'none over 50 ms'} (the new data combined with what was loaded, its
duplicate keys checked, every row placed in the units tree, then, in a task of its own, the table
handed to IndexedDB as one Blob).
`;
}

// Alone: build, serve, run once (or BENCH_RUNS times), print.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { build } = await import('vite');
  const { launchBrowser } = await import('../e2e/browser.ts');
  const { serveStatic } = await import('../e2e/serve.ts');
  const here = fileURLToPath(new URL('.', import.meta.url));
  const out = join(here, 'out');
  mkdirSync(join(out, 'data'), { recursive: true });
  const file = join(out, 'data', 'contributions-200k.csv');
  await ensureFile(file, 200_000);
  await build({ root: join(here, '../..'), logLevel: 'warn', build: { outDir: join(out, 'app-views'), emptyOutDir: true } });
  const { server, url } = await serveStatic(out);
  const browser = await launchBrowser();
  try {
    for (let i = 0; i < (Number(process.env.BENCH_RUNS) || 1); i++) {
      for (const line of viewsOpenLog(await viewsAfterImport(browser, `${url}app-views/index.html`, file, 200_000)))
        process.stdout.write(`${line}\n`);
    }
  } finally {
    await browser.close();
    server.close();
  }
}
