import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ByteIngest } from './byte-ingest.ts';
import { ingestBytes, ingestText, TextIngest } from './text-ingest.ts';
import { type IngestReport } from '../../model/index.ts';
import { mulberry32, sampleText } from '../../sample/index.ts';

/** A report as JSON (typed arrays as arrays), to compare two reports exactly (and fast). */
const plain = (r: IngestReport) => JSON.stringify(r, (_k, v) => (ArrayBuffer.isView(v) ? Array.from(v as Uint8Array) : v));

/** The file pushed in chunks of random sizes (1 byte up to `max`). */
function chunked(bytes: Uint8Array, seed: number, max: number): IngestReport {
  const random = mulberry32(seed);
  const ingest = new ByteIngest({ fileName: 'f.csv' });
  for (let at = 0; at < bytes.length;) {
    const size = 1 + Math.floor(random() * max);
    ingest.push(bytes.subarray(at, at + size));
    at += size;
  }
  return ingest.finish();
}

const encode = (s: string) => new TextEncoder().encode(s);
const join = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  parts.reduce((at, p) => (out.set(p, at), at + p.length), 0);
  return out;
};
const dir = 'test/fixtures/encodings';
const fixtures = [
  ...readdirSync(dir)
    .filter((f) => !f.endsWith('.ts') && !f.endsWith('.TXT'))
    .map((f) => `${dir}/${f}`),
  ...readdirSync('test/fixtures/ingest')
    .filter((f) => f.endsWith('.csv'))
    .map((f) => `test/fixtures/ingest/${f}`),
];
const asciiHead = encode('unit;year;pledges\r\n' + Array.from({ length: 20000 }, (_, i) => `Unit ${i};2018;${i}`).join('\r\n') + '\r\n');

describe('reading a file in chunks gives the report of reading it whole', () => {
  it.each(fixtures)('fixture %s', (path) => {
    const bytes = readFileSync(path);
    const whole = plain(ingestBytes(bytes, { fileName: 'f.csv' }));
    for (const [seed, max] of [
      [1, 7],
      [2, 5000],
      [3, 1 << 20],
    ])
      expect(plain(chunked(bytes, seed!, max!))).toBe(whole);
  });
  it.each([
    ['several MB of rows', encode(sampleText({ kind: 'contributions', rows: 12000, seed: 2 }))],
    ['quoted cells (comma-delimited)', encode(sampleText({ kind: 'indicators', rows: 12000, seed: 2, delimiter: ',' }))],
    ['an ASCII head longer than the sample, then windows-1258', join(asciiHead, readFileSync(`${dir}/report.windows-1258.csv`))],
    ['an ASCII head, then TCVN3', join(asciiHead, readFileSync(`${dir}/report.tcvn3.csv`))],
    ['an ASCII head, then a line that looks like a PDF', join(asciiHead, encode('%PDF-1.4 é;2018;5\r\n'))],
    ['ASCII only', asciiHead],
    ['lost letters on many lines', encode('unit;year;pledges\r\n' + 'Huy?n A;2019;3\r\n'.repeat(20000))],
    ['CR line endings only', encode('unit;year;pledges\r' + Array.from({ length: 20000 }, (_, i) => `T?nh ${i};2018;${i}`).join('\r'))],
    ['empty', new Uint8Array(0)],
    ['blank lines only', encode(' \r\n'.repeat(30000))],
  ])('%s', (_name, bytes) => {
    const whole = plain(ingestBytes(bytes, { fileName: 'f.csv' }));
    for (const [seed, max] of [
      [1, 3000],
      [2, 700_000],
    ])
      expect(plain(chunked(bytes, seed!, max!))).toBe(whole);
  });
  it('stops early for a file that is not text', () => {
    const ingest = new ByteIngest({ fileName: 'x.png' });
    ingest.push(join(readFileSync(`${dir}/not-csv.png`), new Uint8Array(300_000)));
    expect(ingest.settled).toBe(true);
    expect(ingest.finish().problems[0]?.code).toBe('file-not-text');
  });
});

describe('text in pieces gives the report of the whole text', () => {
  const text = sampleText({ kind: 'criteria', rows: 12000, seed: 4, delimiter: ',' });
  it.each([
    ['Excel', text],
    ['two BOMs', '\ufeff' + text],
    ['CR line endings', text.replace(/\r\n/g, '\r')],
  ])('%s', (_name, t) => {
    const random = mulberry32(8);
    const ingest = new TextIngest({ fileName: 'f.csv' });
    for (let at = 0; at < t.length;) {
      const size = Math.floor(random() * 90000);
      ingest.push(t.slice(at, at + size));
      at += size;
    }
    expect(plain(ingest.finish())).toBe(plain(ingestText(t, { fileName: 'f.csv' })));
  });
});
