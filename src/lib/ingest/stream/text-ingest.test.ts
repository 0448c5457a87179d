import { describe, expect, it } from 'vitest';
import { ingestText, TextIngest } from './text-ingest.ts';
import { problemMessage } from '../../i18n/index.ts';
import type { Problem } from '../../model/index.ts';

/** The text pushed `size` characters at a time. */
function inPieces(text: string, size: number) {
  const ingest = new TextIngest({ fileName: 'f.csv' });
  for (let at = 0; at < text.length; at += size) ingest.push(text.slice(at, at + size));
  return ingest.finish();
}

describe('a quote never closed refuses the file, naming the line and the column where it opens', () => {
  const HEADER = 'Đơn vị;Năm;Số lượt cam kết;Ghi chú';
  it.each([
    ['under a named column', [HEADER, 'A;2019;5;ghi', 'B;2019;6;"mở', 'C;2019;7;'], 3, 'Ghi chú', { column: 'Ghi chú' }],
    [
      "after a cell on two lines, on the quote's own line",
      [HEADER, 'A;2019;5;"một\r\nhai"', '"B;2019;6;', 'C;2019;7;'],
      4,
      'Đơn vị',
      { column: 'Đơn vị' },
    ],
    ['in the header itself: by its letter', ['Đơn vị;Năm;Số lượt cam kết;"Ghi chú', 'A;2019;5;'], 1, 'D', { position: 'D' }],
    ['under a column with no name: by its letter', ['Đơn vị;Năm;Số lượt cam kết;;Nguồn', 'A;2019;5;"x;'], 2, 'D', { position: 'D' }],
    ["past the header's last column: by its letter", ['Đơn vị;Năm;Số lượt cam kết', 'A;2019;5;"x'], 2, 'D', { position: 'D' }],
  ] as [string, string[], number, string, Problem['params']][])('%s', (_, rows, line, column, params) => {
    const text = rows.join('\r\n') + '\r\n';
    for (const report of [ingestText(text, { fileName: 'f.csv' }), inPieces(text, 3)]) {
      expect(report.rejected).toBe(true);
      expect(report.problems).toEqual([{ code: 'file-unterminated-quote', line, column, value: null, params }]);
    }
  });

  it.each([
    [
      { column: 'Ghi chú' },
      'Dấu ngoặc kép mở ở dòng này, cột "Ghi chú", mà không đóng',
      'opened on this line, column "Ghi chú", is never closed',
    ],
    [{ position: 'D' }, 'Dấu ngoặc kép mở ở dòng này, cột D, mà không đóng', 'opened on this line, column D, is never closed'],
    [undefined, 'Dấu ngoặc kép mở ở dòng này mà không đóng', 'opened on this line is never closed'],
  ])('says the column in both languages: %j', (params, vi, en) => {
    const p = { code: 'file-unterminated-quote' as const, ...(params ? { params } : {}) };
    expect(problemMessage(p, 'vi')).toContain(vi);
    expect(problemMessage(p, 'en')).toContain(en);
  });
});

describe('TextIngest goes through its phases in order, whatever the pieces', () => {
  const text = 'Đơn vị;Năm;Số lượt cam kết\r\nA;2019;5\r\nB;2019;6\r\n';
  it.each([
    ['an empty text', '', 'file-empty'],
    ['a blank text', ' \r\n \r\n', 'file-empty'],
    ['a header only', 'Đơn vị;Năm;Số lượt cam kết\r\n', 'file-header-only'],
    ['an unknown header', 'Họ tên;Ngày sinh\r\nA;1\r\n', 'file-kind-unknown'],
  ])('refuses %s', (_, input, code) => {
    for (const size of [1, 7, Math.max(1, input.length)]) {
      const report = inPieces(input, size);
      expect(report.rejected).toBe(true);
      expect(report.problems.map((p) => p.code)).toEqual([code]);
    }
  });

  it('reads the rows below the header, and plans parts only once the header is read', () => {
    const ingest = new TextIngest({ fileName: 'f.csv' });
    expect(ingest.plan).toBeNull();
    ingest.push(text);
    expect(ingest.plan).toBeNull(); // the head is still being gathered
    const report = ingest.finish();
    expect(report.rejected).toBe(false);
    expect(report.table?.length).toBe(2);
    expect(ingest.rejected).toBe(false);
    expect(ingest.rows).toBe(3); // the two rows and the empty row after the last line break
  });

  it('says it is refused once it is, and takes no more text', () => {
    const ingest = new TextIngest({ fileName: 'f.csv' });
    ingest.push(`Họ tên;Ngày sinh\r\n${'A;1\r\n'.repeat(20000)}`);
    expect(ingest.rejected).toBe(true);
    ingest.push('Đơn vị;Năm;Số lượt cam kết\r\n');
    expect(ingest.finish().problems.map((p) => p.code)).toEqual(['file-kind-unknown']);
  });
});
