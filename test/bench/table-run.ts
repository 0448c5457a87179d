/**
 * The table explorer's benchmark alone (`npx tsx test/bench/table-run.ts`), to work on it without
 * the whole `npm run bench`: builds the app into test/bench/out/app-table, serves it, imports the 1M
 * contributions file (made by `npm run bench`, or here when missing) in Chromium and prints what
 * test/bench/table.ts measures. Writes nothing to the README (the full bench does).
 */
import { createWriteStream, existsSync, mkdirSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { sampleChunks } from '../../src/lib/sample/index.ts';
import { launchBrowser } from '../e2e/browser.ts';
import { serveStatic } from '../e2e/serve.ts';
import { tableInChromium, tableLog, tableVerdicts } from './table.ts';

const here = fileURLToPath(new URL('.', import.meta.url));
const out = join(here, 'out');
const file = join(out, 'data', 'contributions-1m.csv');

mkdirSync(join(out, 'data'), { recursive: true });
if (!existsSync(file) || statSync(file).size === 0) {
  // The same file as run.ts makes: 1M compact contributions, seed 1.
  const stream = createWriteStream(file);
  for (const chunk of sampleChunks({ kind: 'contributions', rows: 1_000_000, seed: 1, compact: true }, 5000))
    if (!stream.write(chunk)) await once(stream, 'drain');
  stream.end();
  await once(stream, 'finish');
}
// TABLE_APP=<folder under test/bench/out>: measure an app built before (to compare two builds).
const app = process.env.TABLE_APP ?? 'app-table';
if (!process.env.TABLE_APP)
  await build({
    root: join(here, '../..'),
    logLevel: 'warn',
    build: { outDir: join(out, app), emptyOutDir: true, minify: process.env.TABLE_MINIFY !== '0' },
  });
const { server, url } = await serveStatic(out);
const browser = await launchBrowser();
try {
  const runs = Number(process.env.TABLE_RUNS) || 1;
  for (let i = 0; i < runs; i++) {
    const r = await tableInChromium(browser, `${url}${app}/index.html`, file, join(out, 'data', 'units-1m.csv'));
    for (const line of tableLog(r)) process.stdout.write(`${line}\n`);
    if (process.env.TABLE_STEPS) process.stdout.write(`  steps: ${r.steps.map((s) => s.toFixed(1)).join(' ')}\n`);
    process.stdout.write(`  targets met: ${JSON.stringify(tableVerdicts(r))}\n`);
  }
} finally {
  await browser.close();
  server.close();
}
