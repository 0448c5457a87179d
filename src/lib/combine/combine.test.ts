import { describe, expect, it } from 'vitest';
import { combineTables } from './combine.ts';
import { ingestText } from '../ingest/index.ts';
import { conflictValues, findKeyConflicts } from './key-conflicts.ts';
import { toRows, type RecordTable } from '../model/index.ts';
import { shareDicts } from './shared-dict.ts';

const table = (csv: string): RecordTable => {
  const report = ingestText(csv, { fileName: 'x.csv' });
  expect(report.problems).toEqual([]);
  return report.table!;
};
const withoutLine = (rows: Record<string, unknown>[]) => rows.map(({ line: _line, ...rest }) => rest);

const A = table('commune,year,criteria_met,Người nhập\nBộc Bố,2018,16,Hương\nGiáo Hiệu,2018,14,\n');
const B = table(
  'commune,year,criteria_met,criteria_total,Ghi chú nội bộ\nCao Tân,2019,12,19,x\nBộc Bố,2017,10,19,\nGiáo Hiệu,2016-2020,"hơn 9",19,\n',
);

describe('combineTables', () => {
  it('concatenates rows in input order, re-mapping each dictionary into a shared one', () => {
    const { table: c, conflicts } = combineTables('criteria', [
      { id: 'a', table: A },
      { id: 'b', table: B },
    ]);
    expect(conflicts).toEqual([]);
    expect(c.length).toBe(5);
    expect(c.columns.commune).toMatchObject({ dict: ['Bộc Bố', 'Giáo Hiệu', 'Cao Tân'] });
    expect(withoutLine(toRows(c)).map((r) => [r.commune, r.year, r.criteria_met, r.criteria_total])).toEqual([
      ['Bộc Bố', 2018, 16, 19],
      ['Giáo Hiệu', 2018, 14, 19],
      ['Cao Tân', 2019, 12, 19],
      ['Bộc Bố', 2017, 10, 19],
      ['Giáo Hiệu', '2016-2020', 9, 19],
    ]);
  });

  it("keeps each row's line, qualifier, period and dataset index", () => {
    const { table: c } = combineTables('criteria', [
      { id: 'a', table: A },
      { id: 'b', table: B },
    ]);
    expect([...c.lines]).toEqual([2, 3, 2, 3, 4]);
    expect([...c.sources!]).toEqual([0, 0, 1, 1, 1]);
    expect(toRows(c)[4]).toMatchObject({ commune: 'Giáo Hiệu', year: '2016-2020', criteria_met: 9, criteria_met_qualifier: 'gt' });
  });

  it('keeps the union of extra columns, empty where a dataset lacks one', () => {
    const { table: c } = combineTables('criteria', [
      { id: 'a', table: A },
      { id: 'b', table: B },
    ]);
    expect(Object.keys(c.extras)).toEqual(['Người nhập', 'Ghi chú nội bộ']);
    expect([...c.extras['Người nhập']!.codes]).toEqual([0, -1, -1, -1, -1]);
    expect([...c.extras['Ghi chú nội bộ']!.codes]).toEqual([-1, -1, 0, -1, -1]);
  });

  it.each([
    ['no dataset', [], 0],
    ['one dataset', [A], 2],
    ['the same dataset object twice (every key conflicts)', [A, A], 2],
  ])('gives a table for %s', (_name, tables, length) => {
    const { table: c } = combineTables(
      'criteria',
      tables.map((table, i) => ({ id: `d${i}`, table })),
    );
    expect(c.length).toBe(length);
    expect(c.kind).toBe('criteria');
  });

  it('refuses a table of another kind (a caller bug, not a user error)', () => {
    const pledges = table('unit,year,pledges\nA,2018,5\n');
    expect(() => combineTables('criteria', [{ id: 'p', table: pledges }])).toThrow(TypeError);
  });
});

describe('combineTables with shared keys', () => {
  const C = table('commune,year,criteria_met\nBộc Bố,2018,17\nCổ Linh,2018,8\n');
  const D = table('commune,year,criteria_met\nCổ Linh,2018,9\nBộc Bố,2018,15\n');

  it("leaves out the later dataset's row and reports the key, both datasets, both lines and both rows", () => {
    const { table: c, conflicts } = combineTables('criteria', [
      { id: 'a', table: A },
      { id: 'c', table: C },
    ]);
    expect(conflicts).toEqual([{ key: 'Bộc Bố, 2018', datasets: ['a', 'c'], lines: [2, 2], rows: [0, 0] }]);
    expect(toRows(c).map((r) => [r.commune, r.criteria_met])).toEqual([
      ['Bộc Bố', 16],
      ['Giáo Hiệu', 14],
      ['Cổ Linh', 8],
    ]);
  });

  it('never sums: the first dataset in the order wins, whichever it is', () => {
    const { table: c } = combineTables('criteria', [
      { id: 'c', table: C },
      { id: 'a', table: A },
    ]);
    expect(toRows(c).map((r) => [r.commune, r.criteria_met])).toEqual([
      ['Bộc Bố', 17],
      ['Cổ Linh', 8],
      ['Giáo Hiệu', 14],
    ]);
  });

  it('reports a key found in three datasets once for each later dataset', () => {
    const { conflicts } = combineTables('criteria', [
      { id: 'a', table: A },
      { id: 'c', table: C },
      { id: 'd', table: D },
    ]);
    expect(conflicts).toEqual([
      { key: 'Bộc Bố, 2018', datasets: ['a', 'c'], lines: [2, 2], rows: [0, 0] },
      { key: 'Cổ Linh, 2018', datasets: ['c', 'd'], lines: [3, 2], rows: [1, 0] },
      { key: 'Bộc Bố, 2018', datasets: ['a', 'd'], lines: [2, 3], rows: [0, 1] },
    ]);
  });

  it.each([
    ['a period and a year are different keys', 'Bộc Bố,2016-2018,16', 0],
    ['a period and the same period are one key', 'Giáo Hiệu,2016-2020,5', 1],
    ['names cleaned alike are one key (NFD, two spaces)', 'Bộc  Bố,2017,3'.normalize('NFD'), 1],
    ['another commune the same year is no conflict', 'Xuân La,2017,3', 0],
  ])('%s', (_name, row, expected) => {
    const other = table(`commune,year,criteria_met\n${row}\n`);
    expect(
      combineTables('criteria', [
        { id: 'b', table: B },
        { id: 'o', table: other },
      ]).conflicts,
    ).toHaveLength(expected);
  });

  it('compares empty optional key fields as equal (awards without a form)', () => {
    const x = table('year,level,recipient_type,count\n2018,tỉnh,tập thể,2\n');
    const y = table('year,level,recipient_type,count,form\n2018,tỉnh,tập thể,3,\n2018,tỉnh,tập thể,1,bằng khen\n');
    const { conflicts, table: c } = combineTables('awards', [
      { id: 'x', table: x },
      { id: 'y', table: y },
    ]);
    expect(conflicts).toEqual([{ key: '2018, tỉnh, tập thể, , ', datasets: ['x', 'y'], lines: [2, 2], rows: [0, 0] }]);
    expect(toRows(c).map((r) => r.count)).toEqual([2, 1]);
  });

  it('falls back to string keys when the numeric key would pass 2^53, with the same result', () => {
    const u1 = table('name,level,parent\nBộc Bố,xã,Pác Nặm\nPác Nặm,huyện,Bắc Kạn\n');
    const u2 = table('name,level,parent\nPác Nặm,huyện,Bắc Kạn\nBằng Thành,xã,Thái Nguyên\n');
    const tables = [u1, u2];
    const huge = (name: string) => ({ ...shareDicts(tables.map((t) => t.columns[name] as never)), dict: new Array<string>(2 ** 32 - 1) });
    const texts = new Map([
      ['name', huge('name')],
      ['parent', huge('parent')],
    ]);
    const keep = new Uint8Array(4).fill(1);
    const conflicts = findKeyConflicts({ kind: 'units', ids: ['u1', 'u2'], tables, offsets: Uint32Array.of(0, 2, 4), texts }, keep);
    expect(conflicts).toEqual([{ key: 'Pác Nặm, Bắc Kạn', datasets: ['u1', 'u2'], lines: [3, 2], rows: [1, 0] }]);
    expect([...keep]).toEqual([1, 1, 0, 1]);
  });
});

describe('conflictValues says what each of two rows sharing a key holds', () => {
  const first = table(
    'unit,beneficiary_commune,year,money_million_vnd,workdays,purpose,source\nA,Bộc Bố,2019,"hơn 57",,Làm đường,Báo cáo 1\n',
  );
  const second = table(
    'unit,beneficiary_commune,year,money_million_vnd,workdays,purpose,quantity,quantity_uom,source,note\nA,Bộc Bố,2019,60,12,,2,km,Báo cáo 2,x\n',
  );
  const criteria = (csv: string) => table(`commune,year,criteria_met,criteria_total,tc01\n${csv}\n`);

  it.each([
    [
      'contributions: numbers with their qualifier, text, either row empty; key, source and note left out',
      'contributions',
      first,
      second,
      [
        {
          field: 'money_million_vnd',
          cells: [
            { number: 57, qualifier: 'gt' },
            { number: 60, qualifier: null },
          ],
        },
        { field: 'workdays', cells: [null, { number: 12, qualifier: null }] },
        { field: 'purpose', cells: [{ text: 'Làm đường' }, null] },
        { field: 'quantity', cells: [null, { number: 2, qualifier: null }] },
        { field: 'quantity_uom', cells: [null, { text: 'km' }] },
      ],
    ],
    [
      'criteria: met and total, never the 19 flags',
      'criteria',
      criteria('Bộc Bố,2018,16,19,đạt'),
      criteria('Bộc Bố,2018,17,19,chưa đạt'),
      [
        {
          field: 'criteria_met',
          cells: [
            { number: 16, qualifier: null },
            { number: 17, qualifier: null },
          ],
        },
        {
          field: 'criteria_total',
          cells: [
            { number: 19, qualifier: null },
            { number: 19, qualifier: null },
          ],
        },
      ],
    ],
  ] as const)('%s', (_name, kind, x, y, values) => {
    const { conflicts } = combineTables(kind, [
      { id: 'x', table: x },
      { id: 'y', table: y },
    ]);
    expect(conflicts).toHaveLength(1);
    expect(conflictValues(kind, [x, y], conflicts[0]!.rows)).toEqual(values);
  });

  it('reads the rows named, not the first ones', () => {
    const x = criteria('Giáo Hiệu,2018,14,19,\nBộc Bố,2018,16,19,');
    const y = criteria('Cao Tân,2018,9,19,\nXuân La,2018,8,19,\nBộc Bố,2018,17,19,');
    const { conflicts } = combineTables('criteria', [
      { id: 'x', table: x },
      { id: 'y', table: y },
    ]);
    expect(conflicts[0]!.rows).toEqual([1, 2]);
    expect(conflictValues('criteria', [x, y], conflicts[0]!.rows)[0]).toEqual({
      field: 'criteria_met',
      cells: [
        { number: 16, qualifier: null },
        { number: 17, qualifier: null },
      ],
    });
  });
});

describe('combineTables on a million rows', () => {
  it('runs in typed-array time (two datasets of 500,000 rows)', () => {
    const synth = (n: number, offset: number): RecordTable => {
      const codes = new Int32Array(n);
      const start = new Uint16Array(n);
      const lines = new Uint32Array(n);
      for (let i = 0; i < n; i++) {
        codes[i] = i % 10_000;
        start[i] = 1990 + ((((i / 10_000) | 0) + offset) % 100);
        lines[i] = i + 2;
      }
      const dict: string[] = [];
      for (let i = 0; i < 10_000; i++) dict.push(`Xã ${i}`);
      return {
        kind: 'criteria',
        length: n,
        extras: {},
        lines,
        columns: {
          commune: { type: 'text', dict, codes },
          year: { type: 'year', start, end: start },
          criteria_met: { type: 'number', values: new Float64Array(n).fill(10), qualifiers: new Uint8Array(n) },
        },
      };
    };
    const a = synth(500_000, 0);
    const b = synth(500_000, 40);
    const t0 = performance.now();
    const { table: c, conflicts } = combineTables('criteria', [
      { id: 'a', table: a },
      { id: 'b', table: b },
    ]);
    const ms = performance.now() - t0;
    // a holds 1990–2039 and b 2030–2079 for the same communes: b's 2030–2039 rows conflict.
    expect(conflicts).toHaveLength(100_000);
    expect(c.length).toBe(900_000);
    // A loose bound: catches per-row objects or quadratic work, not a benchmark.
    expect(ms).toBeLessThan(4000);
  });
});
