import { describe, expect, it } from 'vitest';
import { formatViNumber, mulberry32, SAMPLE_SOURCE, SAMPLE_SOURCE_SHORT, sampleChunks, sampleText } from './sample.ts';
import { SYLLABLES } from './sample-words.ts';
import { ingestBytes, ingestText } from '../ingest/index.ts';
import { KINDS, type Kind } from '../model/index.ts';
import { dataText, translate } from '../i18n/index.ts';
import { sampleFiles } from './sample-files.ts';

const kinds = KINDS.map((k) => k.kind);
const bytes = (kind: Kind, seed: number) => new TextEncoder().encode(sampleText({ kind, rows: 300, seed }));

describe('sample data is deterministic', () => {
  it.each(kinds)('the same seed gives the same bytes (%s)', (kind) => {
    expect(Buffer.compare(bytes(kind, 42), bytes(kind, 42))).toBe(0);
  });
  it.each(kinds)('another seed gives other bytes (%s)', (kind) => {
    expect(Buffer.compare(bytes(kind, 42), bytes(kind, 43))).not.toBe(0);
  });
  it('comes out the same whatever the chunk size', () => {
    const options = { kind: 'contributions' as const, rows: 1000, seed: 3 };
    expect([...sampleChunks(options, 7)].join('')).toBe(sampleText(options));
  });
  it('mulberry32 gives the same sequence for a seed, in [0, 1)', () => {
    const a = mulberry32(9),
      b = mulberry32(9);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(xs).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
  });
});

describe('sample data validates with no problem', () => {
  it.each(
    kinds.flatMap(
      (kind) =>
        [
          [kind, ';'],
          [kind, ','],
        ] as const,
    ),
  )('2,000 rows of %s, delimiter %s', (kind, delimiter) => {
    const text = sampleText({ kind, rows: 2000, seed: 7, delimiter });
    const report = ingestText(text, { fileName: `${kind}.csv` });
    expect(report.kind).toBe(kind);
    expect(report.problems).toEqual([]);
    expect(report.table?.length).toBe(2000);
    expect(report.numberFormat).toBe('vi');
  });
  it.each(kinds)('compact: 2,000 rows of %s through ingestBytes', (kind) => {
    const text = sampleText({ kind, rows: 2000, seed: 11, compact: true });
    const report = ingestBytes(new TextEncoder().encode(text), { fileName: `${kind}.csv` });
    expect(report.encoding).toBe('utf-8');
    expect(report.problems).toEqual([]);
    expect(report.table?.length).toBe(2000);
  });
  it('keys stay unique past the two-syllable names (names never repeat a key)', () => {
    const report = ingestText(sampleText({ kind: 'criteria', rows: 120_000, seed: 1, compact: true }), { fileName: 'c.csv' });
    expect(report.problems).toEqual([]);
    expect(report.table?.length).toBe(120_000);
  });
});

describe('sample data looks like an Excel export from a Vietnamese office', () => {
  const text = sampleText({ kind: 'contributions', rows: 2000, seed: 5 });
  it('starts with a BOM and uses ; and CRLF', () => {
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.split('\r\n')[0]).toContain(';');
  });
  it('marks every row as sample data', () => {
    const rows = text.slice(1).trimEnd().split('\r\n').slice(1);
    expect(rows.every((r) => r.endsWith(SAMPLE_SOURCE))).toBe(true);
    expect(SAMPLE_SOURCE.startsWith(SAMPLE_SOURCE_SHORT)).toBe(true);
  });
  it("writes the Vietnamese catalogue's words as its source, so an English page shows them in English", () => {
    expect([SAMPLE_SOURCE, SAMPLE_SOURCE_SHORT]).toEqual([translate('vi', 'sample.source'), translate('vi', 'sample.sourceShort')]);
    expect([SAMPLE_SOURCE, SAMPLE_SOURCE_SHORT].map((s) => dataText(s, 'en'))).toEqual([
      'Sample data (synthetic, not real figures)',
      'Sample data',
    ]);
  });
  it('names its files in Vietnamese whatever the language (data), shown in English on an English page', () => {
    const names = sampleFiles().map((f) => f.name);
    expect(names[0]).toBe('Dữ liệu mẫu – danh mục đơn vị.csv');
    expect(names.map((n) => dataText(n, 'en'))).toEqual([
      'Sample data – list of units.csv',
      'Sample data – new-rural criteria.csv',
      'Sample data – pledges.csv',
      'Sample data – contributions of money and workdays.csv',
      'Sample data – awards.csv',
      'Sample data – socio-economic targets.csv',
    ]);
  });
  it('writes Vietnamese numbers and qualifiers', () => {
    expect(text).toMatch(/;\d{1,3}(\.\d{3})+[;,]/);
    expect(text).toMatch(/;\d+,\d;/);
    expect(text).toMatch(/;(hơn|gần|khoảng|trên) \d/);
  });
  it('has syllables that are all different', () => {
    expect(new Set(SYLLABLES).size).toBe(SYLLABLES.length);
  });
});

describe('formatViNumber', () => {
  it.each([
    [0, 0, '0'],
    [57, 0, '57'],
    [1000, 0, '1.000'],
    [15486, 0, '15.486'],
    [1250.5, 1, '1.250,5'],
    [1250.04, 1, '1.250'],
    [2.3408, 4, '2,3408'],
    [1234567.25, 2, '1.234.567,25'],
    [-2.5, 1, '-2,5'],
  ])('%d with %d decimals → %s', (value, decimals, expected) => {
    expect(formatViNumber(value, decimals)).toBe(expected);
  });
});
