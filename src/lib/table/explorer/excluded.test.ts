import { describe, expect, it } from 'vitest';
import { ingestText } from '../../ingest/index.ts';
import { excludedColumns, excludedCount, filterRows, shownTsv, plainDisplay } from './index.ts';

// Line 3 has a word for a number, line 4 a negative count; lines 2 and 5 are fine.
const report = ingestText('Đơn vị;Năm;Số lượt cam kết\nChi bộ A;2020;12\nChi bộ B;2020;mười\nChi bộ C;2021;-3\nChi bộ D;2021;4\n', {
  fileName: 'cam-ket.csv',
});

describe('excluded rows as a table', () => {
  it('lists each excluded row with its file, line, reason in the language asked and the row as written', () => {
    expect(report.excluded.map((r) => r.line)).toEqual([3, 4]);
    const sources = [{ name: 'cam-ket.csv', report }];
    expect(excludedCount(sources)).toBe(2);
    const { columns, length } = excludedColumns(sources, 'vi');
    expect(length).toBe(2);
    expect(columns.map((c) => c.id)).toEqual(['file', 'line', 'reason', 'row']);
    const col = (id: string) => columns.find((c) => c.id === id)!;
    expect([0, 1].map((i) => col('file').text(i, 'vi'))).toEqual(['cam-ket.csv', 'cam-ket.csv']);
    expect([0, 1].map((i) => col('line').text(i, 'vi'))).toEqual(['3', '4']);
    expect([0, 1].map((i) => col('row').text(i, 'vi'))).toEqual(['Chi bộ B;2020;mười', 'Chi bộ C;2021;-3']);
    const vi = col('reason').text(0, 'vi');
    expect(vi).toMatch(/^Số lượt cam kết: /);
    const en = excludedColumns(sources, 'en')
      .columns.find((c) => c.id === 'reason')!
      .text(0, 'en');
    expect(en).toMatch(/^Số lượt cam kết: /);
    expect(en).not.toBe(vi);
  });

  it('is searched without diacritics and taken away like any table', () => {
    const { columns, length } = excludedColumns([{ name: 'cam-ket.csv', report }], 'vi');
    const visible = columns.map((c) => c.id);
    const rows = filterRows({ columns, length, mask: null }, { q: 'muoi', filters: {}, ranges: {}, period: null, visible });
    expect(Array.from(rows)).toEqual([0]);
    const tsv = shownTsv(columns, plainDisplay(rows), null, 'vi');
    expect(tsv.split('\r\n')[0]).toBe('Tệp\tDòng\tLý do\tDòng như trong tệp');
    expect(tsv.split('\r\n')[1]).toBe('cam-ket.csv\t3\tSố lượt cam kết: Không phải là số.\t"Chi bộ B;2020;mười"');
  });

  it('is empty when nothing was left out', () => {
    const clean = ingestText('Đơn vị,Năm,Số lượt cam kết\nChi bộ A,2020,12\n', { fileName: 'a.csv' });
    expect(excludedColumns([{ name: 'a.csv', report: clean }], 'vi').length).toBe(0);
    expect(excludedCount([{ name: 'a.csv', report: clean }])).toBe(0);
  });
});
