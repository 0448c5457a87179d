import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestText } from '../ingest/index.ts';
import type { Kind } from '../model/index.ts';
import { criteriaBands, criteriaChange, criteriaHistory, criteriaYear, criteriaYears, type CommuneCriteria } from './criteria.ts';
import { placeAll, type SourcedTables } from './placed.ts';

const UNITS = readFileSync(new URL('../../../data/units.csv', import.meta.url), 'utf8');

function placed(criteria: string) {
  const tables: SourcedTables = {};
  for (const [name, csv] of [
    ['units.csv', UNITS],
    ['criteria.csv', criteria],
  ]) {
    const { table } = ingestText(csv!, { fileName: name! });
    tables[table!.kind as Kind] = { table: table!, datasets: [{ id: name!, name: name!, origin: 'imported' }] };
  }
  const p = placeAll(tables);
  return { p, district: p.units.nodes.find((n) => n.name === 'Pác Nặm')! };
}

const CRITERIA = [
  'commune,year,criteria_met,criteria_total,criteria_set,tc01,tc02',
  'Bộc Bố,2017,10,19,2016–2020,x,',
  'Bộc Bố,2018,16,19,2016–2020,x,x',
  'Giáo Hiệu,2017,9,19,2016–2020,,',
  'Giáo Hiệu,2018,14,19,2016–2020,x,',
  'Nhạn Môn,2018,19,19,2016–2020,x,x',
  'Nhạn Môn,2026,6,10,QĐ 51/2025,,',
  'Bộc Bố,2026,8,10,QĐ 51/2025,,',
].join('\n');

describe('criteria of an area', () => {
  const { p, district } = placed(CRITERIA);

  it('side by side for one year only, the communes without it named', () => {
    const y = criteriaYear(p, district, { start: 2017, end: 2017 })!;
    expect(y.communes.map((c) => [c.name, c.met, c.total])).toEqual([
      ['Bộc Bố', 10, 19],
      ['Giáo Hiệu', 9, 19],
    ]);
    expect(y.missing).toContain('Nhạn Môn');
    expect(y.missing).not.toContain('Bộc Bố');
  });

  it("reads each commune's own total, its set and its criteria by number", () => {
    const y = criteriaYear(p, district, { start: 2026, end: 2026 })!;
    expect(y.communes.map((c) => [c.name, c.met, c.total, c.set])).toEqual([
      ['Bộc Bố', 8, 10, 'QĐ 51/2025'],
      ['Nhạn Môn', 6, 10, 'QĐ 51/2025'],
    ]);
    const y2018 = criteriaYear(p, district, { start: 2018, end: 2018 })!;
    expect(y2018.communes.find((c) => c.name === 'Giáo Hiệu')!.flags!.slice(0, 2)).toEqual([true, false]);
  });

  it('lists the years, and for each the average over the communes with a figure and those at the standard', () => {
    expect(criteriaYears(p, district)).toEqual([2017, 2018, 2026]);
    const history = criteriaHistory(p, district);
    expect(history.map((h) => [h.year, h.communes, h.average, h.reached, h.sets])).toEqual([
      [2017, 2, 9.5, 0, ['2016–2020']],
      [2018, 3, (16 + 14 + 19) / 3, 1, ['2016–2020']],
      [2026, 2, 7, 0, ['QĐ 51/2025']],
    ]);
  });

  it('gives the change since the year before per commune, the largest gain first, and names those lacking a year', () => {
    const change = criteriaChange(p, district, 2018)!;
    expect(change.changes.map((c) => [c.name, c.from.met, c.to.met, c.rescored])).toEqual([
      ['Bộc Bố', 10, 16, false],
      ['Giáo Hiệu', 9, 14, false],
    ]);
    expect(change.missing).toContain('Nhạn Môn');
  });

  it('marks a change between two sets as a re-scoring, not a decline', () => {
    const { p: q, district: d } = placed('commune,year,criteria_met,criteria_total\nBộc Bố,2025,19,19\nBộc Bố,2026,8,10\n');
    expect(criteriaChange(q, d, 2026)!.changes[0]).toMatchObject({ rescored: true });
  });
});

describe('criteriaBands', () => {
  const commune = (name: string, met: number, total = 19) => ({ name, met, total }) as CommuneCriteria;

  it('bands 19 criteria as provinces report them: 19, 15–18, 10–14, 5–9, under 5', () => {
    const bands = criteriaBands([commune('A', 19), commune('B', 15), commune('C', 14), commune('D', 5), commune('E', 4)], 19);
    expect(bands.map((b) => [b.from, b.to, b.communes])).toEqual([
      [19, 19, ['A']],
      [15, 18, ['B']],
      [10, 14, ['C']],
      [5, 9, ['D']],
      [0, 4, ['E']],
    ]);
  });

  it('bands another total in the same shares of it', () => {
    const bands = criteriaBands([commune('A', 10, 10), commune('B', 8, 10), commune('C', 2, 10)], 10);
    expect(bands.map((b) => [b.from, b.to])).toEqual([
      [10, 10],
      [8, 9],
      [6, 7],
      [3, 5],
      [0, 2],
    ]);
    expect(bands.map((b) => b.communes.length)).toEqual([1, 1, 0, 0, 1]);
  });
});
