import { describe, expect, it } from 'vitest';
import { NumberBuilder, TableBuilder, TextBuilder, YearBuilder } from './table-builder.ts';
import { kindSpec, toRows, type NumberColumn, type TextColumn } from '../../model/index.ts';

/** A pledges table builder with the rows given as [unit, year, pledges, line]. */
function pledges(rows: [string, number, number, number][], options: { extras?: string[]; unset?: Set<string>; part?: boolean } = {}) {
  const table = new TableBuilder(kindSpec('pledges'), options.extras ?? [], options.unset, options.part);
  for (const [unit, year, count, line] of rows) {
    const row = table.addRow(line);
    table.text.get('unit')!.set(row, unit);
    table.years.get('year')!.set(row, year, year);
    table.numbers.get('pledges')!.set(row, count, null);
  }
  return table;
}

describe('TableBuilder collects rows into columns', () => {
  it('gives each row an index and keeps its line', () => {
    const table = pledges([
      ['A', 2019, 5, 2],
      ['B', 2020, 6, 4],
    ]);
    expect(table.length).toBe(2);
    expect([table.lineOf(0), table.lineOf(1), table.lineOf(2)]).toEqual([2, 4, 0]);
    expect(toRows(table.build())).toEqual([
      { unit: 'A', year: 2019, pledges: 5, line: 2 },
      { unit: 'B', year: 2020, pledges: 6, line: 4 },
    ]);
  });

  it('leaves a cell no row set empty: NaN for numbers, -1 for text', () => {
    const table = pledges([['A', 2019, 5, 2]]);
    const built = table.build();
    expect((built.columns.note as TextColumn).codes[0]).toBe(-1);
    expect(toRows(built)[0]).not.toHaveProperty('note');
  });

  it.each([
    ['no row dropped', [], ['A', 'B', 'C', 'D']],
    ['the first row dropped', [0], ['B', 'C', 'D']],
    ['two rows dropped', [1, 3], ['A', 'C']],
    ['every row dropped', [0, 1, 2, 3], []],
  ] as [string, number[], string[]][])('builds without the rows dropped: %s', (_, dropped, units) => {
    const table = pledges([
      ['A', 2019, 1, 2],
      ['B', 2019, 2, 3],
      ['C', 2019, 3, 4],
      ['D', 2019, 4, 5],
    ]);
    for (const row of dropped) table.drop(row);
    const built = table.build();
    expect(built.length).toBe(units.length);
    expect(toRows(built).map((r) => r.unit)).toEqual(units);
    expect(Array.from(built.lines)).toEqual(toRows(built).map((r) => r.line));
    expect(table.length).toBe(4); // dropping changes the result, not the rows read
  });

  it('grows past its first capacity without losing a row', () => {
    const rows = Array.from({ length: 5000 }, (_, i): [string, number, number, number] => [`U${i % 7}`, 1990 + (i % 100), i, i + 2]);
    const built = pledges(rows).build();
    expect(built.length).toBe(5000);
    const out = toRows(built);
    expect(out[4999]).toEqual({ unit: 'U1', year: 2089, pledges: 4999, line: 5001 });
    expect(out.every((r, i) => r.pledges === i)).toBe(true);
    expect((built.columns.unit as TextColumn).dict).toEqual(['U0', 'U1', 'U2', 'U3', 'U4', 'U5', 'U6']);
  });

  it('keeps extra columns by their header', () => {
    const table = pledges(
      [
        ['A', 2019, 5, 2],
        ['B', 2019, 6, 3],
      ],
      { extras: ['Người ký'] },
    );
    table.extras.get('Người ký')!.set(1, 'Bí thư');
    expect(toRows(table.build()).map((r) => r.extra)).toEqual([{}, { 'Người ký': 'Bí thư' }]);
  });
});

describe('TableBuilder.build gives a view of its arrays when that costs nothing, else a right-sized copy', () => {
  it.each([
    ['reserved for exactly the rows read, none dropped: a view', 1000, 1000, [], true],
    ['reserved a little over (≤ 1/8 spare), none dropped: a view', 1100, 1000, [], true],
    ['reserved far over: a copy', 4000, 1000, [], false],
    ['a row dropped: a copy', 1000, 1000, [5], false],
    ['not reserved, a few rows: a copy', 0, 10, [], false],
  ] as [string, number, number, number[], boolean][])('%s', (_, reserve, n, dropped, view) => {
    const rows = Array.from({ length: n }, (_, i): [string, number, number, number] => ['A', 2019, i, i + 2]);
    const table = new TableBuilder(kindSpec('pledges'), []);
    if (reserve) table.reserve(reserve);
    for (const [unit, year, count, line] of rows) {
      const row = table.addRow(line);
      table.text.get('unit')!.set(row, unit);
      table.years.get('year')!.set(row, year, year);
      table.numbers.get('pledges')!.set(row, count, null);
    }
    for (const row of dropped) table.drop(row);
    const values = (table.build().columns.pledges as NumberColumn).values;
    expect(values.length).toBe(n - dropped.length);
    expect(values.buffer.byteLength > values.byteLength).toBe(view);
  });
});

describe('TableBuilder.append adds a part of the file read on its own', () => {
  it("moves its lines down and turns its text codes into this table's", () => {
    const whole = pledges([
      ['A', 2019, 1, 2],
      ['B', 2019, 2, 3],
    ]);
    const part = pledges(
      [
        ['C', 2020, 3, 1],
        ['A', 2020, 4, 2],
      ],
      { part: true },
    ).build();
    expect(whole.append(part, 10)).toBe(2);
    const built = whole.build();
    expect(toRows(built)).toEqual([
      { unit: 'A', year: 2019, pledges: 1, line: 2 },
      { unit: 'B', year: 2019, pledges: 2, line: 3 },
      { unit: 'C', year: 2020, pledges: 3, line: 11 },
      { unit: 'A', year: 2020, pledges: 4, line: 12 },
    ]);
    expect((built.columns.unit as TextColumn).dict).toEqual(['A', 'B', 'C']);
  });

  it('leaves out of a part, and then of the append, the columns no row sets', () => {
    const unset = new Set(['note', 'district']);
    const part = pledges([['A', 2020, 3, 1]], { unset, part: true });
    part.reserve(100);
    const built = part.build();
    expect((built.columns.note as TextColumn).codes.length).toBe(0);
    expect((built.columns.source as TextColumn).codes.length).toBe(1); // not in `unset`: built as usual
    const whole = pledges([['B', 2019, 1, 2]], { unset });
    whole.append(built, 5);
    const rows = whole.build();
    expect((rows.columns.note as TextColumn).codes).toEqual(Int32Array.from([-1, -1]));
    expect(toRows(rows).map((r) => [r.unit, r.line])).toEqual([
      ['B', 2],
      ['A', 6],
    ]);
  });
});

describe('the column builders', () => {
  it('TextBuilder gives one code per distinct value, and -1 for none', () => {
    const b = new TextBuilder();
    expect([b.code('Bộc Bố'), b.code('Cổ Linh'), b.code('Bộc Bố')]).toEqual([0, 1, 0]);
    b.set(3, null);
    b.set(4, 'Cổ Linh');
    expect([b.get(3), b.get(4), b.get(9999)]).toEqual([-1, 1, -1]);
  });

  it('NumberBuilder keeps a value with its qualifier', () => {
    const b = new NumberBuilder();
    b.set(0, 57, 'gt');
    b.set(2000, 3, null);
    expect([b.get(0), b.get(1), b.get(2000)]).toEqual([
      { value: 57, qualifier: 1 },
      { value: NaN, qualifier: 0 },
      { value: 3, qualifier: 0 },
    ]);
  });

  it('YearBuilder keeps a year or a period, and packs it into one number', () => {
    const b = new YearBuilder();
    b.set(0, 2019, 2019);
    b.set(1, 2016, 2020);
    expect([b.get(0), b.get(1)]).toEqual([
      [2019, 2019],
      [2016, 2020],
    ]);
    expect(b.packed(1)).toBe(2016 * 65536 + 2020);
    expect(b.packed(0)).not.toBe(b.packed(1));
  });
});
