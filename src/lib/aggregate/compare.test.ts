import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestText } from '../ingest/index.ts';
import type { Kind } from '../model/index.ts';
import { INDICATORS, averageOf, indicatorOf, indicatorPeriods, levelValues, medianOf, rankChange, standings } from './compare.ts';
import { placeAll, type SourcedTables } from './placed.ts';

const UNITS = readFileSync(new URL('../../../data/units.csv', import.meta.url), 'utf8');

function placed(files: Record<string, string>) {
  const tables: SourcedTables = {};
  for (const [name, csv] of Object.entries({ 'units.csv': UNITS, ...files })) {
    const { table } = ingestText(csv, { fileName: name });
    tables[table!.kind as Kind] = { table: table!, datasets: [{ id: name, name, origin: 'imported' }] };
  }
  const p = placeAll(tables);
  return { p, district: p.units.nodes.find((n) => n.name === 'Pác Nặm')! };
}

const CRITERIA = [
  'commune,year,criteria_met,criteria_total,district,province',
  'Bộc Bố,2017,10,19,Pác Nặm,Bắc Kạn',
  'Giáo Hiệu,2017,12,19,Pác Nặm,Bắc Kạn',
  'Nhạn Môn,2017,9,19,Pác Nặm,Bắc Kạn',
  'Bộc Bố,2018,16,19,Pác Nặm,Bắc Kạn',
  'Giáo Hiệu,2018,14,19,Pác Nặm,Bắc Kạn',
  'Cổ Linh,2018,14,19,Pác Nặm,Bắc Kạn',
].join('\n');

const CONTRIBUTIONS = [
  'unit,beneficiary_commune,year,money_million_vnd,workdays',
  'Chi bộ A,Giáo Hiệu,2016-2021,hơn 57,103',
  'Chi bộ B,Giáo Hiệu,2016-2021,20,',
  'Chi bộ C,Bằng Thành,2016-2021,hơn 34,35',
  'Chi bộ D,Bằng Thành,2018,5,',
].join('\n');

describe('units of one level side by side', () => {
  const { p, district } = placed({ 'criteria.csv': CRITERIA, 'contributions.csv': CONTRIBUTIONS });
  const criteria = indicatorOf('criteria');

  it('ranks the communes of one year only; those without a figure that year are missing, never ranked on 2017', () => {
    const y = levelValues(p, district, criteria, { start: 2018, end: 2018 })!;
    expect(y.level).toBe('xã');
    expect(y.values.map((v) => [v.name, v.value, v.total])).toEqual([
      ['Bộc Bố', 16, 19],
      ['Cổ Linh', 14, 19],
      ['Giáo Hiệu', 14, 19],
    ]);
    // Nhạn Môn had 9 in 2017: it is missing in 2018, not ranked with its older figure.
    expect(y.missing).toContain('Nhạn Môn');
    expect(y.values.some((v) => v.name === 'Nhạn Môn')).toBe(false);
    expect(y.missing).toHaveLength(7);
  });

  it('gives equal values one rank (1, 2, 2), out of the units ranked', () => {
    const y = levelValues(p, district, criteria, { start: 2018, end: 2018 })!;
    const s = standings(y.values);
    expect([...s.values()].map((x) => `${x.rank}/${x.of}`)).toEqual(['1/3', '2/3', '2/3']);
    expect(
      standings([
        { key: 'a', value: 5 },
        { key: 'b', value: 7 },
        { key: 'c', value: 5 },
        { key: 'd', value: 1 },
      ]).get('d'),
    ).toEqual({
      rank: 4,
      of: 4,
    });
  });

  it('says how a rank changed since the year before, and gives no change to a unit missing then', () => {
    const now = standings(levelValues(p, district, criteria, { start: 2018, end: 2018 })!.values);
    const before = standings(levelValues(p, district, criteria, { start: 2017, end: 2017 })!.values);
    const [boc, giao, co] = ['Bộc Bố', 'Giáo Hiệu', 'Cổ Linh'].map((n) => `n${p.units.find(n)!.id}`);
    // Bộc Bố: 2nd of 3 in 2017 (12 > 10 > 9), 1st in 2018: up one place.
    expect(rankChange(now, before, boc!)).toEqual({ now: { rank: 1, of: 3 }, before: { rank: 2, of: 3 }, moved: 1 });
    expect(rankChange(now, before, giao!).moved).toBe(-1);
    expect(rankChange(now, before, co!)).toEqual({ now: { rank: 2, of: 3 }, before: null, moved: null });
    expect(rankChange(now, null, boc!).moved).toBeNull();
  });

  it('sums additive figures per commune for the period exactly, qualifiers kept; a year is not part of the period', () => {
    const money = levelValues(p, district, indicatorOf('money'), { start: 2016, end: 2021 })!;
    expect(money.values.map((v) => [v.name, v.value, v.qualifier])).toEqual([
      ['Giáo Hiệu', 77, 'gt'],
      ['Bằng Thành', 34, 'gt'],
    ]);
    const y2018 = levelValues(p, district, indicatorOf('money'), { start: 2018, end: 2018 })!;
    expect(y2018.values.map((v) => [v.name, v.value])).toEqual([['Bằng Thành', 5]]);
    expect(indicatorPeriods(p, district, indicatorOf('money'))).toEqual([
      { start: 2018, end: 2018 },
      { start: 2016, end: 2021 },
    ]);
  });

  it("adds sums only: criteria met and targets met are counts out of each unit's own set", () => {
    expect(INDICATORS.filter((i) => i.additive).map((i) => i.id)).toEqual(['pledges', 'money', 'workdays', 'awards']);
    expect(INDICATORS.filter((i) => !i.additive).map((i) => i.id)).toEqual(['criteria', 'targets']);
  });
});

describe('average and median', () => {
  it('of exact values', () => {
    const v = [16, 14, 14, 9].map((value) => ({ value, qualifier: null }));
    expect(averageOf(v)).toEqual({ value: 13.25, qualifier: null, count: 4 });
    expect(medianOf(v)).toEqual({ value: 14, qualifier: null, count: 4 });
    expect(medianOf(v.slice(0, 3))).toEqual({ value: 14, qualifier: null, count: 3 });
    expect(medianOf([1, 2, 3, 10].map((value) => ({ value, qualifier: null })))!.value).toBe(2.5);
  });

  it('keep their qualifiers: lower bounds stay lower bounds, a mix is approximate', () => {
    expect(
      averageOf([
        { value: 57, qualifier: 'gt' },
        { value: 34, qualifier: 'gt' },
      ]),
    ).toEqual({ value: 45.5, qualifier: 'gt', count: 2 });
    expect(
      averageOf([
        { value: 57, qualifier: 'gt' },
        { value: 1000, qualifier: 'nearly' },
      ])!.qualifier,
    ).toBe('approx');
    // The median of three takes the middle one's qualifier only.
    expect(
      medianOf([
        { value: 1, qualifier: 'gt' },
        { value: 5, qualifier: null },
        { value: 9, qualifier: 'nearly' },
      ]),
    ).toEqual({ value: 5, qualifier: null, count: 3 });
  });

  it('are null for no value', () => {
    expect(averageOf([])).toBeNull();
    expect(medianOf([])).toBeNull();
  });
});
