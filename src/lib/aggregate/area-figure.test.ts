import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { combineTables } from '../combine/index.ts';
import { ingestText } from '../ingest/index.ts';
import type { RecordTable } from '../model/index.ts';
import { areaFigure } from './area-figure.ts';
import { areaChoices, defaultArea } from './areas.ts';
import { placeRows } from './placement.ts';
import type { DatasetRef, Origin, SourcedTable } from './provenance.ts';
import { rankUnits } from './ranking.ts';
import { UnitDirectory } from './units.ts';

const UNITS = readFileSync(new URL('../../../data/units.csv', import.meta.url), 'utf8');
const units = UnitDirectory.fromTable(table(UNITS));

function table(csv: string): RecordTable {
  const report = ingestText(csv, { fileName: 'x.csv' });
  if (!report.table) throw new Error(JSON.stringify(report.problems));
  return report.table;
}

/** Files of one kind as the overview combines them: the first file keeps a key. */
function sourced(...files: [name: string, origin: Origin, csv: string][]): SourcedTable {
  const datasets: DatasetRef[] = files.map(([name, origin]) => ({ id: `${origin}:${name}`, name, origin }));
  const tables = files.map(([, , csv]) => table(csv));
  if (tables.length === 1) return { table: tables[0]!, datasets };
  return {
    table: combineTables(
      tables[0]!.kind,
      tables.map((t, i) => ({ id: datasets[i]!.id, table: t })),
    ).table,
    datasets,
  };
}

const PAC_NAM = units.find('Pác Nặm')!;
const BAC_KAN = units.find('Bắc Kạn')!;
const REPORT_PLEDGES = 'unit,year,pledges,source\nHuyện Pác Nặm,2016-2021,15.486,Báo cáo Huyện ủy Pác Nặm 2021\n';

function figure(st: SourcedTable, field: string, area = PAC_NAM, period?: { start: number; end: number }) {
  return areaFigure({ st, placement: placeRows(st.table, units), units, area, field, ...(period && { period }) });
}

describe('the units lists as a tree', () => {
  it.each([
    ['Huyện Pác Nặm', {}, 'Pác Nặm', 'Bắc Kạn'],
    ['Đảng ủy xã Cổ Linh', {}, 'Cổ Linh', 'Pác Nặm'],
    ['  bộc   bố ', {}, 'Bộc Bố', 'Pác Nặm'],
    ['Bằng Thành', { year: 2018 }, 'Bằng Thành', 'Pác Nặm'],
    ['Bằng Thành', { year: 2026 }, 'Bằng Thành', 'Thái Nguyên'],
    ['Bằng Thành', { province: 'Thái Nguyên' }, 'Bằng Thành', 'Thái Nguyên'],
  ])('finds %j (%j) as %s inside %s', (name, hint, found, parent) => {
    const node = units.find(name, hint)!;
    expect(node.name).toBe(found);
    expect(units.ancestors(node)[0]?.name).toBe(parent);
  });

  it('finds no unit for a name no list holds', () => {
    expect(units.find('Chi bộ Nà Pài')).toBeNull();
  });

  it('offers every area down to the communes as a tree, those that still exist first', () => {
    expect(areaChoices(units).map(({ node, depth }) => `${'-'.repeat(depth)}${node.name}`)).toEqual([
      'Thái Nguyên',
      '-Bằng Thành',
      '-Cao Minh',
      '-Nghiên Loan',
      'Bắc Kạn',
      '-Pác Nặm',
      '--An Thắng',
      '--Bằng Thành',
      '--Bộc Bố',
      '--Cao Tân',
      '--Cổ Linh',
      '--Công Bằng',
      '--Giáo Hiệu',
      '--Nghiên Loan',
      '--Nhạn Môn',
      '--Xuân La',
    ]);
  });
});

describe('where a row belongs', () => {
  it('places a row by its unit, else by its district, else not at all', () => {
    const t = table('unit,year,pledges,district\nHuyện Pác Nặm,2020,1,\nChi bộ Nà Pài,2020,2,Pác Nặm\nChi bộ Xa Lạ,2020,3,\n');
    const p = placeRows(t, units);
    expect([...p.node]).toEqual([PAC_NAM.id, -1, -1]);
    expect([...p.host]).toEqual([-1, PAC_NAM.id, -1]);
    expect(p.unplaced).toEqual(['Chi bộ Xa Lạ']);
  });

  it('opens on the district of the bundled report', () => {
    const criteria = table(readFileSync(new URL('../../../data/criteria.csv', import.meta.url), 'utf8'));
    const pledges = table(readFileSync(new URL('../../../data/pledges.csv', import.meta.url), 'utf8'));
    expect(defaultArea(units, [placeRows(criteria, units), placeRows(pledges, units)])?.name).toBe('Pác Nặm');
  });
});

describe('one level at a time', () => {
  it("shows a district's own figure as reported", () => {
    const f = figure(sourced(['pledges.csv', 'bundled', REPORT_PLEDGES]), 'pledges')!;
    expect(f).toMatchObject({ basis: 'reported', value: 15486, period: { start: 2016, end: 2021 }, parts: null, differs: false });
  });

  it("sums the communes' rows as such when the district reports none", () => {
    const st = sourced(['xa.csv', 'imported', 'unit,year,pledges\nBộc Bố,2020,100\nGiáo Hiệu,2020,hơn 50\nCổ Linh,2020,20\n']);
    const f = figure(st, 'pledges')!;
    expect(f).toMatchObject({ basis: 'parts', value: 170, qualifier: 'gt', years: null });
    expect(f.parts).toMatchObject({ level: 'xã', units: 3 });
  });

  it('shows the reported figure and flags a different sum of the parts, never adding them', () => {
    const st = sourced(
      ['pledges.csv', 'bundled', 'unit,year,pledges\nHuyện Pác Nặm,2020,500\n'],
      ['xa.csv', 'imported', 'unit,year,pledges\nBộc Bố,2020,100\nGiáo Hiệu,2020,50\n'],
    );
    const f = figure(st, 'pledges')!;
    expect(f).toMatchObject({ basis: 'reported', value: 500, differs: true });
    expect(f.parts?.value).toBe(150);
    expect(f.credits.map((c) => c.dataset.name)).toEqual(['pledges.csv', 'xa.csv']);
  });

  it('does not flag a sum of the parts that agrees', () => {
    const st = sourced(['a.csv', 'imported', 'unit,year,pledges\nHuyện Pác Nặm,2020,150\nBộc Bố,2020,100\nGiáo Hiệu,2020,50\n']);
    expect(figure(st, 'pledges')).toMatchObject({ value: 150, differs: false });
  });

  it('sums one level only: a province counts its districts, and says how many rows of other levels it left out', () => {
    const st = sourced(['a.csv', 'imported', 'unit,year,pledges\nHuyện Pác Nặm,2020,150\nBộc Bố,2020,100\nGiáo Hiệu,2020,50\n']);
    const f = figure(st, 'pledges', BAC_KAN)!;
    expect(f).toMatchObject({ basis: 'parts', value: 150, otherLevels: 2 });
    expect(f.parts).toMatchObject({ level: 'huyện', units: 1 });
  });

  it('counts no row outside the area, nor any row no list places', () => {
    const st = sourced(['a.csv', 'imported', 'unit,year,pledges,province\nChi bộ Xa Lạ,2020,999,Cao Bằng\nBộc Bố,2020,10,\n']);
    expect(figure(st, 'pledges')).toMatchObject({ value: 10, basis: 'parts' });
  });
});

describe('one period at a time', () => {
  const mixed = sourced(
    ['pledges.csv', 'bundled', REPORT_PLEDGES],
    ['nam.csv', 'imported', 'unit,year,pledges\nHuyện Pác Nặm,2021,3.000\nHuyện Pác Nặm,2022,3.100\n'],
  );

  it('takes the latest period unless asked, and never adds a year to a period holding it', () => {
    expect(figure(mixed, 'pledges')).toMatchObject({ value: 3100, period: { start: 2022, end: 2022 } });
    expect(figure(mixed, 'pledges', PAC_NAM, { start: 2016, end: 2021 })).toMatchObject({ value: 15486, years: null });
    expect(figure(mixed, 'pledges', PAC_NAM, { start: 2021, end: 2021 })).toMatchObject({ value: 3000 });
  });

  it('of two periods ending the same year, takes the longer', () => {
    const st = sourced(['p.csv', 'bundled', REPORT_PLEDGES], ['n.csv', 'imported', 'unit,year,pledges\nHuyện Pác Nặm,2021,3.000\n']);
    expect(figure(st, 'pledges')).toMatchObject({ value: 15486, period: { start: 2016, end: 2021 } });
  });

  it('never spreads a period figure over its years', () => {
    expect(figure(sourced(['p.csv', 'bundled', REPORT_PLEDGES]), 'pledges', PAC_NAM, { start: 2018, end: 2018 })).toBeNull();
  });

  it('sums yearly figures into a period only when every year is there, and says which years', () => {
    expect(figure(mixed, 'pledges', PAC_NAM, { start: 2021, end: 2022 })).toMatchObject({ value: 6100, years: [2021, 2022] });
    expect(figure(mixed, 'pledges', PAC_NAM, { start: 2021, end: 2023 })).toBeNull();
  });
});

describe('qualifiers and provenance', () => {
  it('keeps "hơn" through the sum and names every file', () => {
    const st = sourced(
      ['a.csv', 'imported', 'unit,beneficiary_commune,year,money_million_vnd,source\nChi bộ A,Giáo Hiệu,2016-2021,hơn 57,Báo cáo A\n'],
      ['b.csv', 'imported', 'unit,beneficiary_commune,year,money_million_vnd,source\nChi bộ B,Bằng Thành,2016-2021,hơn 34,Báo cáo B\n'],
    );
    const f = figure(st, 'money_million_vnd')!;
    expect(f).toMatchObject({ value: 91, qualifier: 'gt', basis: 'parts' });
    expect(f.credits).toEqual([
      { dataset: { id: 'imported:a.csv', name: 'a.csv', origin: 'imported' }, reports: ['Báo cáo A'], rows: 1 },
      { dataset: { id: 'imported:b.csv', name: 'b.csv', origin: 'imported' }, reports: ['Báo cáo B'], rows: 1 },
    ]);
  });
});

describe('units side by side, one year for all', () => {
  const criteria = sourced([
    'c.csv',
    'imported',
    ['commune,year,criteria_met', 'Bộc Bố,2017,10', 'Bộc Bố,2018,16', 'Giáo Hiệu,2018,14', 'Cổ Linh,2017,12'].join('\n'),
  ]);
  const rank = (period?: { start: number; end: number }) =>
    rankUnits({
      st: criteria,
      placement: placeRows(criteria.table, units),
      units,
      area: PAC_NAM,
      field: 'criteria_met',
      ...(period && { period }),
    })!;

  it('ranks the latest year and lists the communes without it, never with an older value', () => {
    const r = rank();
    expect(r.period).toEqual({ start: 2018, end: 2018 });
    expect(r.ranked.map((u) => [u.name, u.value])).toEqual([
      ['Bộc Bố', 16],
      ['Giáo Hiệu', 14],
    ]);
    expect(r.missing).toContain('Cổ Linh');
    expect(r.missing).toHaveLength(8);
    expect(r.level).toBe('xã');
  });

  it('ranks the year asked for', () => {
    expect(rank({ start: 2017, end: 2017 }).ranked.map((u) => u.name)).toEqual(['Cổ Linh', 'Bộc Bố']);
  });
});

describe('a parent named with its level', () => {
  it('is the unit written so, not another of the same name at another level ("Huyện Mẫu" under "Tỉnh Mẫu")', async () => {
    const { UnitDirectory } = await import('./units.ts');
    const { ingestText } = await import('../ingest/index.ts');
    const table = ingestText('name,level,parent\nTỉnh Mẫu,tỉnh,\nHuyện Mẫu,huyện,Tỉnh Mẫu\nXã A,xã,Huyện Mẫu\n', {
      fileName: 'u.csv',
    }).table!;
    const units = UnitDirectory.fromTable(table);
    const a = units.nodes.find((n) => n.name === 'Xã A')!;
    expect(units.ancestors(a).map((n) => n.name)).toEqual(['Huyện Mẫu', 'Tỉnh Mẫu']);
    expect(units.find('Huyện Mẫu')?.level).toBe('huyện');
    expect(units.find('Tỉnh Mẫu')?.level).toBe('tỉnh');
  });
});
