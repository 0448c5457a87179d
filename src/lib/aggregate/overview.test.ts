import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestText } from '../ingest/index.ts';
import { COMMENDATIONS_INDICATOR, computeOverview, type TablesByKind } from './overview.ts';

/** The tables of some CSV texts, by kind, read by the real ingestion engine. */
function tablesOf(...csvs: string[]): TablesByKind {
  const tables: TablesByKind = {};
  for (const csv of csvs) {
    const report = ingestText(csv, { fileName: 'test.csv' });
    if (!report.table) throw new Error(`refused: ${JSON.stringify(report.problems)}`);
    tables[report.table.kind] = report.table;
  }
  return tables;
}

function bundled(): TablesByKind {
  const dir = new URL('../../../data/', import.meta.url);
  return tablesOf(...readdirSync(dir).filter((f) => f.endsWith('.csv')).map((f) => readFileSync(new URL(f, dir), 'utf8')));
}

describe('computeOverview on the bundled seed report', () => {
  const overview = computeOverview(bundled());

  it('counts 15,486 pledges over 2016–2021', () => {
    expect(overview.pledges).toMatchObject({ value: 15486, qualifier: null, period: { start: 2016, end: 2021 } });
    expect(overview.pledges?.sources).toEqual(['Báo cáo Huyện ủy Pác Nặm 2021']);
  });

  it('shows 26 of 33 socio-economic targets met in 2018', () => {
    expect(overview.targets).toMatchObject({ met: 26, total: 33, period: { start: 2018, end: 2018 }, unit: 'Huyện Pác Nặm' });
  });

  it('adds "hơn 57" and "hơn 34" million into "hơn 91"', () => {
    expect(overview.money).toMatchObject({ value: 91, qualifier: 'gt', count: 2 });
  });

  it('adds 103, "gần 1.000" and 35 workdays into about 1,138', () => {
    expect(overview.workdays).toMatchObject({ value: 1138, qualifier: 'approx', count: 3 });
  });

  it('takes commendations from the report\'s own indicator, not the award rows inside it', () => {
    expect(overview.commendations).toMatchObject({ value: 50, qualifier: 'nearly', from: 'indicator' });
  });

  it('lists each commune\'s latest criteria, most first', () => {
    expect(overview.criteria.map((c) => [c.commune, c.period.end, c.met, c.total])).toEqual([
      ['Bộc Bố', 2018, 16, 19],
      ['Giáo Hiệu', 2018, 14, 19],
    ]);
  });
});

describe('computeOverview', () => {
  it('gives nulls and no communes when nothing is loaded', () => {
    expect(computeOverview({})).toEqual({
      pledges: null, targets: null, money: null, workdays: null, commendations: null, criteria: [],
    });
  });

  it('falls back to the award rows when no commendations indicator exists', () => {
    const overview = computeOverview(tablesOf(
      'year,level,recipient_type,count\n2019,tỉnh,tập thể,3\n2020,huyện,cá nhân,từ 4 trở lên\n',
    ));
    expect(overview.commendations).toMatchObject({ value: 7, qualifier: 'gte', from: 'awards', period: { start: 2019, end: 2020 } });
  });

  it('sums every row of the commendations indicator and nothing else', () => {
    const overview = computeOverview(tablesOf(
      `unit,year,indicator,value\nA,2019,"${COMMENDATIONS_INDICATOR}",hơn 10\nB,2020,"${COMMENDATIONS_INDICATOR}",5\nA,2020,Khác,100\n`,
    ));
    expect(overview.commendations).toMatchObject({ value: 15, qualifier: 'gt', count: 2 });
  });

  it('never adds two units\' targets of the same year: the broadest report wins', () => {
    const overview = computeOverview(tablesOf(
      'unit,year,targets_met,targets_total\nXã A,2019,8,10\nHuyện,2019,30,35\nHuyện,2018,26,33\n',
    ));
    expect(overview.targets).toMatchObject({ met: 30, total: 35, unit: 'Huyện' });
  });

  it('skips contributions without money when summing money', () => {
    const overview = computeOverview(tablesOf(
      'unit,beneficiary_commune,year,money_million_vnd,workdays\nA,X,2019,,12\nB,Y,2020,2,\n',
    ));
    expect(overview.money).toMatchObject({ value: 2, count: 1, period: { start: 2020, end: 2020 } });
    expect(overview.workdays).toMatchObject({ value: 12, count: 1, period: { start: 2019, end: 2019 } });
  });
});
