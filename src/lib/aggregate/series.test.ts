import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestText } from '../ingest/index.ts';
import type { Kind } from '../model/index.ts';
import { placeAll, type SourcedTables } from './placed.ts';
import { areaSeries, periodsOf, previousPeriod, sumsBy, type SeriesQuery } from './series.ts';

const UNITS = readFileSync(new URL('../../../data/units.csv', import.meta.url), 'utf8');

function query(kind: Kind, csv: string, field: string): SeriesQuery {
  const tables: SourcedTables = {};
  for (const [name, text] of [
    ['units.csv', UNITS],
    [`${kind}.csv`, csv],
  ] as const) {
    const { table } = ingestText(text, { fileName: name });
    tables[table!.kind as Kind] = { table: table!, datasets: [{ id: name, name, origin: 'imported' }] };
  }
  const p = placeAll(tables);
  const area = p.units.nodes.find((n) => n.name === 'Pác Nặm')!;
  return { st: p.tables[kind]!, placement: p.placements[kind]!, units: p.units, area, field };
}

const PLEDGES = 'unit,year,pledges\nHuyện Pác Nặm,2016-2021,15.486\nBộc Bố,2017,100\nGiáo Hiệu,2017,hơn 50\nBộc Bố,2018,120\n';

describe('areaSeries', () => {
  it('gives one figure per period: years as years, the period as a period, never spread', () => {
    const series = areaSeries(query('pledges', PLEDGES, 'pledges'));
    expect(series.map((f) => [f.period, f.value, f.qualifier, f.basis])).toEqual([
      [{ start: 2017, end: 2017 }, 150, 'gt', 'parts'],
      [{ start: 2018, end: 2018 }, 120, null, 'parts'],
      [{ start: 2016, end: 2021 }, 15486, null, 'reported'],
    ]);
  });

  it('lists the periods the area has, the span after the years it ends with', () => {
    expect(periodsOf(query('pledges', PLEDGES, 'pledges')).map((p) => `${p.start}-${p.end}`)).toEqual([
      '2017-2017',
      '2018-2018',
      '2016-2021',
    ]);
  });
});

describe('sumsBy', () => {
  const CONTRIBUTIONS =
    'unit,beneficiary_commune,year,money_million_vnd\nChi bộ A,Giáo Hiệu,2018,hơn 57\nChi bộ A,Bộc Bố,2018,10\nChi bộ B,Giáo Hiệu,2018,hơn 34\nChi bộ B,Giáo Hiệu,2019,5\n';

  it('sums one period per contributing unit and per commune helped, qualifiers kept, largest first', () => {
    const q = query('contributions', CONTRIBUTIONS, 'money_million_vnd');
    const period = { start: 2018, end: 2018 };
    expect(sumsBy({ ...q, period, by: 'unit' }).map((g) => [g.name, g.value, g.qualifier])).toEqual([
      ['Chi bộ A', 67, 'gt'],
      ['Chi bộ B', 34, 'gt'],
    ]);
    expect(sumsBy({ ...q, period, by: 'beneficiary_commune' }).map((g) => [g.name, g.value, g.qualifier, g.credits[0]!.rows])).toEqual([
      ['Giáo Hiệu', 91, 'gt', 2],
      ['Bộc Bố', 10, null, 1],
    ]);
  });
});

describe('sumsBy, by level', () => {
  it("never lists the area's own figure, nor a unit beside its commune", () => {
    const q = query(
      'pledges',
      'unit,year,pledges\nHuyện Pác Nặm,2018,999\nBộc Bố,2018,100\nGiáo Hiệu,2018,50\nChi bộ Khuổi Ỏ,2018,7\n',
      'pledges',
    );
    expect(sumsBy({ ...q, period: { start: 2018, end: 2018 }, by: 'unit' }).map((g) => g.name)).toEqual(['Bộc Bố', 'Giáo Hiệu']);
  });
});

describe('previousPeriod', () => {
  it.each([
    [
      { start: 2018, end: 2018 },
      { start: 2017, end: 2017 },
    ],
    [
      { start: 2016, end: 2020 },
      { start: 2011, end: 2015 },
    ],
  ])('%o comes after %o', (p, before) => {
    expect(previousPeriod(p)).toEqual(before);
  });
});
