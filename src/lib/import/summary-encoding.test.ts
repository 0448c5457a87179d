import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestBytes } from '../ingest/index.ts';
import { reportSummary } from './report-summary.ts';

const fixture = (name: string) => ingestBytes(new Uint8Array(readFileSync(`test/fixtures/ingest/${name}`)), { fileName: name });

describe('reportSummary names a converted legacy encoding once, and says it was converted', () => {
  it.each([
    ['enc-tcvn3-bytes.csv', 'vi', 'TCVN3 (ABC), đã chuyển sang Unicode'],
    ['enc-tcvn3-bytes.csv', 'en', 'TCVN3 (ABC), converted to Unicode'],
    ['enc-vni-bytes.csv', 'vi', 'VNI-Windows, đã chuyển sang Unicode'],
    ['enc-vni-bytes.csv', 'en', 'VNI-Windows, converted to Unicode'],
    ['enc-tcvn3-glyphs-utf8.csv', 'vi', 'TCVN3 (ABC), đã chuyển sang Unicode'],
    ['enc-vni-glyphs-utf8.csv', 'en', 'VNI-Windows, converted to Unicode'],
    ['enc-utf8-bom-excel.csv', 'vi', 'UTF-8'],
    ['enc-windows-1258.csv', 'en', 'Windows-1258 (Excel CSV on a Vietnamese Windows)'],
  ] as const)('%s (%s): %s', (name, lang, encoding) => {
    expect(reportSummary(fixture(name), lang).encoding).toBe(encoding);
  });
});
