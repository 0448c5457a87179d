import { describe, expect, it } from 'vitest';
import { ingestText } from '../ingest/index.ts';
import type { SourcedTables } from '../aggregate/index.ts';
import { labelText, valueText } from '../table/index.ts';
import { figureRows, figureSourceRows } from './figures.ts';

/** Each CSV text as the table of its kind, read from a file named after the kind. */
function tablesOf(...csvs: string[]): SourcedTables {
  const tables: SourcedTables = {};
  for (const csv of csvs) {
    const { table } = ingestText(csv, { fileName: 't.csv' });
    if (table) tables[table.kind] = { table, datasets: [{ id: table.kind, name: `${table.kind}.csv`, origin: 'imported' }] };
  }
  return tables;
}

const contributions =
  'unit,beneficiary_commune,year,money_million_vnd,workdays,purpose,quantity,quantity_uom,source\n' +
  'Chi bộ A,Giáo Hiệu,2016-2021,hơn 57,103,Làm đường,,,Báo cáo\n' +
  'Thôn B,Nhạn Môn,2016-2021,,gần 1.000,Làm đường,hơn 2,km,Báo cáo\n';

describe('figureRows', () => {
  it('turns each value of a contribution into its own figure, keeping the qualifier', () => {
    const rows = figureRows(tablesOf(contributions));
    expect(rows.map((r) => [r.subject, labelText(r.measure, 'vi'), valueText(r, 'vi')])).toEqual([
      ['Chi bộ A', 'Đóng góp bằng tiền', 'hơn 57 triệu đồng'],
      ['Chi bộ A', 'Đóng góp bằng ngày công', '103 ngày công'],
      ['Thôn B', 'Đóng góp bằng ngày công', 'gần 1.000 ngày công'],
      ['Thôn B', 'Khối lượng thực hiện', 'hơn 2 km'],
    ]);
    expect(rows[0]?.details.map((d) => labelText(d, 'vi'))).toEqual(['Làm đường', 'hỗ trợ xã Giáo Hiệu']);
    expect(rows[0]).toMatchObject({ period: { start: 2016, end: 2021 }, source: 'Báo cáo', file: 'contributions.csv', line: 2 });
    expect(rows[2]).toMatchObject({ file: 'contributions.csv', line: 3 });
  });

  it('shows criteria and targets as met of total, the commune as the subject', () => {
    const rows = figureRows(
      tablesOf('commune,year,criteria_met\nBộc Bố,2018,16\n', 'unit,year,targets_met,targets_total\nHuyện,2018,26,33\n'),
    );
    expect(rows.map((r) => [r.kind, r.subject, valueText(r, 'en')])).toEqual([
      ['targets', 'Huyện', '26/33'],
      ['criteria', 'Bộc Bố', '16/19'],
    ]);
  });

  it("keeps an indicator's own name and unit, as written in the data", () => {
    const rows = figureRows(tablesOf('unit,year,indicator,value,uom\nHuyện,2018,Việc làm đăng ký,từ 3 trở lên,việc làm\n'));
    expect(rows.map((r) => [labelText(r.measure, 'en'), valueText(r, 'vi'), valueText(r, 'en')])).toEqual([
      ['Việc làm đăng ký', 'từ 3 việc làm trở lên', 'at least 3 việc làm'],
    ]);
  });

  it('gives every figure a distinct id and lists no unit of the reference list', () => {
    const rows = figureRows(tablesOf(contributions, 'name,level,parent\nBộc Bố,xã,Pác Nặm\n'));
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    expect(rows.every((r) => r.kind === 'contributions')).toBe(true);
  });
});

describe('the figures table stays a page long', () => {
  it('stops gathering figures at the limit, and counts the records it comes from', () => {
    const csv = ['unit,year,pledges', ...Array.from({ length: 50 }, (_, i) => `Đơn vị ${i},2020,${i + 1}`)].join('\n');
    const tables = tablesOf(csv);
    expect(figureRows(tables, 10)).toHaveLength(10);
    expect(figureRows(tables)).toHaveLength(50);
    expect(figureSourceRows(tables)).toBe(50);
  });
});
