import { describe, expect, it } from 'vitest';
import { ingestText } from '../ingest/index.ts';
import type { ImportItem } from '../state/index.ts';
import { jobStatus, reportSummary } from './report-summary.ts';

const read = (text: string) => ingestText(text, { fileName: 'f.csv' });
const twoGood = read('unit,year,pledges\nA,2020,12\nB,2020,5\nC,2020,-1\n');
const excluded = (n: number) => read(`unit,year,pledges\n${Array.from({ length: n }, (_, i) => `U${i},2020,mười`).join('\n')}\n`);

describe('reportSummary counts rows as imported once loaded, and as to be imported before', () => {
  it.each([
    ['vi', false, '2 dòng đã nhập, 1 dòng bị loại'],
    ['vi', true, '2 dòng sẽ được nhập, 1 dòng sẽ bị loại'],
    ['en', false, '2 rows imported, 1 rows excluded'],
    ['en', true, '2 rows will be imported, 1 rows will be excluded'],
  ] as const)('%s, pending %s: %s', (lang, pending, counts) => {
    expect(reportSummary(twoGood, lang, pending).counts).toBe(counts);
  });
});

describe('jobStatus words an import and says whether it went well', () => {
  const item = (phase: ImportItem['phase'], report = twoGood) => ({ phase, report });
  it.each([
    ['a loaded file is good news', item('loaded'), 'vi', { text: 'Đã nhập tệp f.csv', tone: 'ok' }],
    [
      'a refused file is bad news',
      item('rejected', read('')),
      'vi',
      { text: 'Tệp f.csv không được nhập. Dữ liệu đã có không thay đổi.', tone: 'bad' },
    ],
    [
      'a file of which all rows were excluded is a failure, never "Đã nhập"',
      item('empty', excluded(3)),
      'vi',
      { text: 'Không nhập được dòng nào: cả 3 dòng của tệp f.csv đều bị loại. Dữ liệu đã có không thay đổi.', tone: 'bad' },
    ],
    [
      'in English too',
      item('empty', excluded(3)),
      'en',
      { text: 'No row imported: all 3 rows of f.csv were excluded. The data already loaded is unchanged.', tone: 'bad' },
    ],
    [
      'its only row',
      item('empty', excluded(1)),
      'vi',
      { text: 'Không nhập được dòng nào: dòng số liệu duy nhất của tệp f.csv bị loại. Dữ liệu đã có không thay đổi.', tone: 'bad' },
    ],
    [
      'no data row at all',
      item('empty', { ...twoGood, excluded: [] }),
      'en',
      { text: 'No row imported: f.csv has no data rows. The data already loaded is unchanged.', tone: 'bad' },
    ],
    ['a file being read', item('reading'), 'vi', { text: 'Đang đọc tệp f.csv', tone: 'neutral' }],
    ['a preview asks instead', item('preview'), 'vi', null],
    ['a replacement asks instead', item('replace'), 'vi', null],
  ] as const)('%s', (_name, job, lang, status) => {
    expect(jobStatus(job, 'f.csv', lang)).toEqual(status);
  });
});
