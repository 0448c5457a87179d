/**
 * Writes a synthetic CSV file of one kind, marked as sample data in its `source` column:
 *   npm run sample -- --rows N --kind KIND [--seed S] [--delimiter ';'|','] [--no-bom] [--compact] [--out FILE]
 * To standard output when there is no --out. Streams: a million rows never sit in memory.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { sampleChunks, type SampleOptions } from '../lib/sample/index.ts';
import { KINDS, type Kind } from '../lib/model/index.ts';

const USAGE = "Cách dùng: npm run sample -- --rows N --kind LOẠI [--seed S] [--delimiter ';'|','] [--no-bom] [--compact] [--out TỆP]";

/** Reads the command line; a string is the reason it is wrong. */
function parseArgs(argv: string[]): (SampleOptions & { out?: string }) | string {
  let rows: number | undefined;
  let kind: Kind | undefined;
  let seed = 1;
  let delimiter: ';' | ',' = ';';
  let bom = true;
  let compact = false;
  let out: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => argv[++i] ?? '';
    if (a === '--rows') {
      rows = Number(value());
      if (!Number.isInteger(rows) || rows < 0) return '--rows N';
    } else if (a === '--kind') {
      const k = value();
      if (!KINDS.some((s) => s.kind === k)) return `--kind ${KINDS.map((s) => s.kind).join('|')}`;
      kind = k as Kind;
    } else if (a === '--seed') {
      seed = Number(value());
      if (!Number.isInteger(seed)) return '--seed S';
    } else if (a === '--delimiter') {
      const d = value();
      if (d === ';' || d === 'semicolon') delimiter = ';';
      else if (d === ',' || d === 'comma') delimiter = ',';
      else return "--delimiter ';'|','";
    } else if (a === '--no-bom') bom = false;
    else if (a === '--compact') compact = true;
    else if (a === '--out') out = value();
    else return `${a}?`;
  }
  if (rows === undefined) return '--rows N?';
  if (!kind) return '--kind?';
  return { kind, rows, seed, delimiter, bom, compact, ...(out ? { out } : {}) };
}

async function write(out: Writable, chunks: Iterable<string>): Promise<void> {
  for (const chunk of chunks) if (!out.write(chunk)) await once(out, 'drain');
}

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    process.stderr.write(`${USAGE}\n(${args})\n`);
    return 2;
  }
  const out = args.out ? createWriteStream(args.out) : process.stdout;
  try {
    await write(out, sampleChunks(args));
    if (args.out) {
      out.end();
      await once(out, 'finish');
    }
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
    return 2;
  }
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
