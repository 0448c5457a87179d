import { describe, expect, it } from 'vitest';
import { combineTables } from '../combine/index.ts';
import { ingestText } from '../ingest/index.ts';
import type { NamedConflict } from '../state/index.ts';
import { conflictRows } from './conflict-rows.ts';

const table = (csv: string) => ingestText(csv, { fileName: 'x.csv' }).table!;

/** The conflicts of two files as the Data page gets them: names and tables added. */
function conflicts(kind: 'criteria' | 'contributions', first: string, second: string, names: [string, string]): NamedConflict[] {
  const tables = [table(first), table(second)] as [ReturnType<typeof table>, ReturnType<typeof table>];
  return combineTables(kind, [
    { id: 'a', table: tables[0] },
    { id: 'b', table: tables[1] },
  ]).conflicts.map((c) => ({ ...c, kind, names, tables }));
}

describe('conflictRows tells which file holds which values, so an analyst can decide', () => {
  it.each([
    [
      'vi',
      'tiêu chí nông thôn mới',
      {
        file: 'a.csv',
        line: '3',
        values: [
          { label: 'Số tiêu chí đạt', text: '16', differs: true },
          { label: 'Tổng số tiêu chí', text: '19', differs: false },
        ],
      },
      {
        file: 'b.csv',
        line: '2',
        values: [
          { label: 'Số tiêu chí đạt', text: 'hơn 17', differs: true },
          { label: 'Tổng số tiêu chí', text: '19', differs: false },
        ],
      },
    ],
    [
      'en',
      'new-rural criteria',
      {
        file: 'a.csv',
        line: '3',
        values: [
          { label: 'Criteria met', text: '16', differs: true },
          { label: 'Criteria in all', text: '19', differs: false },
        ],
      },
      {
        file: 'b.csv',
        line: '2',
        values: [
          { label: 'Criteria met', text: 'more than 17', differs: true },
          { label: 'Criteria in all', text: '19', differs: false },
        ],
      },
    ],
  ] as const)('%s: file, line and values of the row used and of the row left out, qualifier included', (lang, kind, kept, dropped) => {
    const found = conflicts(
      'criteria',
      'commune,year,criteria_met\nGiáo Hiệu,2018,14\nBộc Bố,2018,16\n',
      'commune,year,criteria_met\nBộc Bố,2018,hơn 17\n',
      ['a.csv', 'b.csv'],
    );
    expect(conflictRows(found, lang)).toEqual([{ key: 'Bộc Bố, 2018', kind, sides: [kept, dropped], same: false }]);
  });

  it('says when both rows hold the same values (nothing is lost either way)', () => {
    const csv = 'commune,year,criteria_met\nBộc Bố,2018,16\n';
    expect(conflictRows(conflicts('criteria', csv, csv, ['a.csv', 'a (2).csv']), 'vi')[0]?.same).toBe(true);
  });

  it('writes an empty cell as "—" and names the sample\'s files in the user\'s language', () => {
    const found = conflicts(
      'contributions',
      'unit,beneficiary_commune,year,money_million_vnd\nA,B,2019,5\n',
      'unit,beneficiary_commune,year,workdays\nA,B,2019,8\n',
      ['Dữ liệu mẫu – đóng góp tiền, ngày công.csv', 'b.csv'],
    );
    const [row] = conflictRows(found, 'en');
    expect(row?.sides.map((s) => [s.file, s.values.map((v) => `${v.label}: ${v.text}`)])).toEqual([
      ['Sample data – contributions of money and workdays.csv', ['Money (million VND): 5', 'Workdays: —']],
      ['b.csv', ['Money (million VND): —', 'Workdays: 8']],
    ]);
  });
});
