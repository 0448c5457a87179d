import { describe, expect, it } from 'vitest';
import { noticeMessage } from '../../i18n/index.ts';
import { ingestText } from '../stream/index.ts';
import { toRows } from '../../model/index.ts';
import { columnLetter } from './unnamed-columns.ts';

describe('columns with no name in the header', () => {
  it('are not read, and what is written under them is named in a notice, never dropped silently', () => {
    const text = 'Đơn vị;Năm;;Số lượt cam kết;\nChi bộ A;2018;;120;\nChi bộ B;2018;ghi chú tay;95;\nChi bộ C;2019;x;7;\n';
    const report = ingestText(text, { fileName: 'f.csv' });
    expect(toRows(report.table!).map((r) => [r.unit, r.pledges])).toEqual([
      ['Chi bộ A', 120],
      ['Chi bộ B', 95],
      ['Chi bộ C', 7],
    ]);
    const notice = report.notices.find((n) => n.code === 'column-unnamed-ignored');
    expect(notice).toEqual({ code: 'column-unnamed-ignored', line: 3, params: { columns: 'C', rows: 2, value: 'ghi chú tay' } });
    expect(noticeMessage(notice!, 'vi')).toBe(
      'Cột C không có tên ở dòng tiêu đề nên không được đọc, dù 2 dòng có ghi ở đó (ví dụ "ghi chú tay"). Muốn giữ, hãy đặt tên cho cột rồi nhập lại.',
    );
    expect(noticeMessage(notice!, 'en')).toMatch(/^Column C has no name in the header row, so it was not read, though 2 rows/);
  });

  it('say nothing when they are empty (Excel leaves such columns in many files)', () => {
    const report = ingestText('Đơn vị;Năm;;Số lượt cam kết\nChi bộ A;2018;;120\nChi bộ B;2018; ;95\n', { fileName: 'f.csv' });
    expect(report.table!.length).toBe(2);
    expect(report.notices.map((n) => n.code)).not.toContain('column-unnamed-ignored');
  });

  it('are named by their spreadsheet letters', () => {
    expect([0, 2, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).toEqual(['A', 'C', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
  });
});
