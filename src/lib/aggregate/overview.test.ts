import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { combineTables } from '../combine/index.ts';
import { ingestText } from '../ingest/index.ts';
import type { Kind } from '../model/index.ts';
import { COMMENDATIONS_INDICATOR, computeOverview, openingArea, overviewPeriods, placeAll, type SourcedTables } from './overview.ts';
import type { Origin } from './provenance.ts';

const DATA = new URL('../../../data/', import.meta.url);
const UNITS = readFileSync(new URL('units.csv', DATA), 'utf8');

/** The tables of some CSV texts, by kind (one file a kind), read by the real ingestion engine. */
function tablesOf(origin: Origin, ...files: [name: string, csv: string][]): SourcedTables {
  const tables: SourcedTables = {};
  for (const [name, csv] of files) {
    const report = ingestText(csv, { fileName: name });
    if (!report.table) throw new Error(`refused: ${JSON.stringify(report.problems)}`);
    tables[report.table.kind as Kind] = { table: report.table, datasets: [{ id: `${origin}:${name}`, name, origin }] };
  }
  return tables;
}

function bundled(): SourcedTables {
  const files = readdirSync(DATA)
    .filter((f) => f.endsWith('.csv'))
    .map((f): [string, string] => [f, readFileSync(new URL(f, DATA), 'utf8')]);
  return tablesOf('bundled', ...files);
}

/** The overview of a few files beside the bundled units list. */
function overviewOf(...files: [name: string, csv: string][]) {
  return computeOverview(placeAll(tablesOf('imported', ['units.csv', UNITS], ...files)));
}

describe('the overview of the bundled report', () => {
  const placed = placeAll(bundled());
  const overview = computeOverview(placed);

  it('opens on the district of Pác Nặm', () => {
    expect(openingArea(placed)?.name).toBe('Pác Nặm');
    expect(overview.area?.name).toBe('Pác Nặm');
  });

  it("shows the district's 15,486 pledges over 2016–2021 as reported, crediting the report", () => {
    expect(overview.pledges).toMatchObject({ value: 15486, qualifier: null, basis: 'reported', period: { start: 2016, end: 2021 } });
    expect(overview.pledges?.credits).toEqual([
      {
        dataset: { id: 'bundled:pledges.csv', name: 'pledges.csv', origin: 'bundled' },
        reports: ['Báo cáo Huyện ủy Pác Nặm 2021'],
        rows: 1,
      },
    ]);
  });

  it('shows 26 of 33 socio-economic targets met in 2018', () => {
    expect(overview.targets).toMatchObject({ met: 26, total: 33, period: { start: 2018, end: 2018 }, unit: 'Huyện Pác Nặm' });
  });

  it('adds "hơn 57" and "hơn 34" million received by its communes into "hơn 91"', () => {
    expect(overview.money).toMatchObject({ value: 91, qualifier: 'gt', count: 2, basis: 'parts' });
    expect(overview.money?.parts).toMatchObject({ level: 'xã', units: 2 });
  });

  it('adds 103, "gần 1.000" and 35 workdays into about 1,138', () => {
    expect(overview.workdays).toMatchObject({ value: 1138, qualifier: 'approx', count: 3 });
  });

  it("takes commendations from the report's own indicator, not the award rows inside it", () => {
    expect(overview.commendations).toMatchObject({ value: 50, qualifier: 'nearly', from: 'indicator' });
  });

  it('ranks the communes in 2018 and names the eight without figures that year', () => {
    expect(overview.criteria?.period).toEqual({ start: 2018, end: 2018 });
    expect(overview.criteria?.communes.map((c) => [c.name, c.met, c.total])).toEqual([
      ['Bộc Bố', 16, 19],
      ['Giáo Hiệu', 14, 19],
    ]);
    expect(overview.criteria?.missing).toHaveLength(8);
  });

  it('takes every figure for the period asked, and lists the periods there are', () => {
    expect(overviewPeriods(placed, overview.area).map((p) => `${p.start}-${p.end}`)).toEqual([
      '2016-2016',
      '2017-2017',
      '2018-2018',
      '2016-2021',
    ]);
    const in2018 = computeOverview(placed, overview.area, { start: 2018, end: 2018 });
    expect(in2018.pledges).toBeNull();
    expect(in2018.targets).toMatchObject({ met: 26, total: 33 });
    expect(in2018.criteria?.period).toEqual({ start: 2018, end: 2018 });
    const in2017 = computeOverview(placed, overview.area, { start: 2017, end: 2017 });
    expect(in2017.criteria?.communes.map((c) => c.met)).toEqual([10, 9]);
    expect(computeOverview(placed, overview.area, { start: 2016, end: 2021 }).pledges?.value).toBe(15486);
  });

  it('places every unit of the report: the bundled list holds them all (Chi bộ Khuổi Ỏ under Nhạn Môn)', () => {
    expect(overview.unplaced).toEqual([]);
  });
});

describe('computeOverview', () => {
  it('lists a unit no list places, by kind, and counts it in no area', () => {
    const o = overviewOf(['p.csv', 'unit,year,pledges\nChi bộ Không Rõ,2016-2021,999\nBộc Bố,2016-2021,5\n']);
    expect(o.unplaced).toEqual([{ kind: 'pledges', names: ['Chi bộ Không Rõ'] }]);
    expect(o.pledges?.value).toBe(5);
  });

  it('gives nulls when nothing is loaded', () => {
    expect(computeOverview(placeAll({}))).toMatchObject({
      area: null,
      pledges: null,
      targets: null,
      money: null,
      workdays: null,
      commendations: null,
      criteria: null,
      unplaced: [],
    });
  });

  it('falls back to the award rows when no commendations indicator exists', () => {
    const overview = overviewOf([
      'a.csv',
      'year,level,recipient_type,count,unit\n2020,tỉnh,tập thể,3,Huyện Pác Nặm\n2020,huyện,cá nhân,từ 4 trở lên,Huyện Pác Nặm\n',
    ]);
    expect(overview.commendations).toMatchObject({ value: 7, qualifier: 'gte', from: 'awards', period: { start: 2020, end: 2020 } });
  });

  it('sums the rows of the commendations indicator and nothing else', () => {
    const overview = overviewOf([
      'i.csv',
      `unit,year,indicator,value\nBộc Bố,2020,"${COMMENDATIONS_INDICATOR}",hơn 10\nCổ Linh,2020,"${COMMENDATIONS_INDICATOR}",5\nBộc Bố,2020,Khác,100\n`,
    ]);
    expect(overview.commendations).toMatchObject({ value: 15, qualifier: 'gt', count: 2 });
  });

  it("never adds two units' targets: the area's own report is shown", () => {
    const overview = overviewOf([
      't.csv',
      'unit,year,targets_met,targets_total\nXã Bộc Bố,2019,8,10\nHuyện Pác Nặm,2019,30,35\nHuyện Pác Nặm,2018,26,33\n',
    ]);
    expect(overview.targets).toMatchObject({ met: 30, total: 35, unit: 'Huyện Pác Nặm' });
  });

  it('skips contributions without money when summing money', () => {
    const overview = overviewOf([
      'c.csv',
      'unit,beneficiary_commune,year,money_million_vnd,workdays\nA,Bộc Bố,2019,,12\nB,Cổ Linh,2020,2,\n',
    ]);
    expect(overview.money).toMatchObject({ value: 2, count: 1, period: { start: 2020, end: 2020 } });
    expect(overview.workdays).toMatchObject({ value: 12, count: 1, period: { start: 2019, end: 2019 } });
  });

  it("never adds a province's units' pledges to the district's reported total", () => {
    const tables = bundled();
    const province = tablesOf('imported', [
      'tinh.csv',
      'unit,year,pledges,province\nSở Tư pháp,2021,120,Bắc Kạn\nSở Y tế,2022,300,Bắc Kạn\nSở Y tế,2023,310,Bắc Kạn\n',
    ]).pledges!;
    const both = [tables.pledges!, province];
    const combined = combineTables(
      'pledges',
      both.map((st) => ({ id: st.datasets[0]!.id, table: st.table })),
    );
    const placed = placeAll({ ...tables, pledges: { table: combined.table, datasets: both.map((st) => st.datasets[0]!) } });
    expect(computeOverview(placed).pledges).toMatchObject({ value: 15486, basis: 'reported', period: { start: 2016, end: 2021 } });
    const bacKan = computeOverview(placed, placed.units.find('Bắc Kạn'));
    expect(bacKan.pledges).toMatchObject({ value: 310, basis: 'parts', period: { start: 2023, end: 2023 } });
    expect(bacKan.pledges?.credits.map((c) => c.dataset.name)).toEqual(['tinh.csv']);
  });
});
