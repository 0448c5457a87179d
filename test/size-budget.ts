/**
 * The size budget: the JavaScript the first page needs (the entry script, its preloaded and
 * statically imported chunks), gzipped, must stay under 100 kB. Reads `dist/`; prints the
 * figure per file and in all; exits 1 over budget or when `dist/` is missing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET = 100 * 1000;
const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const indexPath = join(dist, 'index.html');

if (!existsSync(indexPath)) {
  console.error('dist/index.html not found: run `npm run build` first.');
  process.exit(1);
}

const html = readFileSync(indexPath, 'utf8');
const entries = [
  ...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g),
  ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
].map((m) => join(dist, m[1]!));

// Follow static imports (`import"./x.js"`, `from"./x.js"`); dynamic `import()` loads later, not for the first page.
const files = new Set<string>();
const queue = [...entries];
while (queue.length) {
  const file = queue.pop()!;
  if (files.has(file) || !existsSync(file)) continue;
  files.add(file);
  const code = readFileSync(file, 'utf8');
  for (const m of code.matchAll(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) queue.push(join(dirname(file), m[1]!));
}

let total = 0;
for (const file of [...files].sort()) {
  const size = gzipSync(readFileSync(file), { level: 9 }).length;
  total += size;
  console.log(`  ${relative(dist, file)}  ${(size / 1000).toFixed(1)} kB gzip`);
}
const verdict = total <= BUDGET ? 'within' : 'OVER';
console.log(`First-page JavaScript: ${(total / 1000).toFixed(1)} kB gzip (${verdict} the ${BUDGET / 1000} kB budget)`);
process.exit(total <= BUDGET ? 0 : 1);
