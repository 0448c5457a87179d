import { describe, expect, it } from 'vitest';
import { ingestText } from '../stream/index.ts';

const header = 'Đơn vị;Năm;Số lượt cam kết;Nguồn';

describe('duplicate keys in one file', () => {
  it('lists both rows as written, naming each other', () => {
    const report = ingestText(`${header}\nChi bộ A;2018;1.250;Báo cáo 1\nChi bộ B;2018;7;x\nChi bộ A;2018; 1250 ;Báo cáo 2\n`, {
      fileName: 'f.csv',
    });
    expect(report.table!.length).toBe(1);
    expect(report.excluded).toEqual([
      { line: 2, cells: ['Chi bộ A', '2018', '1.250', 'Báo cáo 1'] },
      { line: 4, cells: ['Chi bộ A', '2018', ' 1250 ', 'Báo cáo 2'] },
    ]);
    expect(report.problems.map((p) => [p.code, p.line, p.params?.other])).toEqual([
      ['row-duplicate-key', 2, 4],
      ['row-duplicate-key', 4, 2],
    ]);
  });

  it('never splits a kept row wrongly: a cell holding the separator it is kept with is rebuilt from its values', () => {
    const report = ingestText(`${header}\nChi bộ A;2018;1.250;Báo\u0001cáo\nChi bộ A;2018;3;y\n`, { fileName: 'f.csv' });
    const first = report.excluded.find((x) => x.line === 2)!;
    expect(first.cells).toHaveLength(4);
    expect(first.cells.slice(0, 3)).toEqual(['Chi bộ A', '2018', '1250']);
  });
});
