import { describe, expect, it } from 'vitest';
import { openingArea, placeAll } from '../aggregate/index.ts';
import { criteriaView } from './criteria-view.ts';
import { awardsView, contributionsView, pledgesView, targetsView } from './kind-views.ts';
import { bundledFiles, sourcedTables, type TestFile } from './test-data.ts';
import { topAndBottom } from './view-chart.ts';

function setup(extra: TestFile[] = []) {
  const placed = placeAll(sourcedTables([...bundledFiles(), ...extra]));
  return { placed, area: openingArea(placed) };
}

describe('the criteria view of the bundled report', () => {
  const { placed, area } = setup();

  it('opens on the latest year, 2018, Bộc Bố and Giáo Hiệu side by side, the others named', () => {
    const v = criteriaView(placed, area, null, [], 'vi');
    expect(v.years).toEqual([2017, 2018]);
    expect(v.year).toBe(2018);
    expect(v.chart.bars.map((b) => b.valueText)).toEqual(['16/19', '14/19']);
    expect(v.chart.missing).toMatch(/^Chưa có số liệu năm 2018: An Thắng/);
  });

  it('gives the change since 2017 per commune', () => {
    const v = criteriaView(placed, area, null, [], 'vi');
    expect(v.change.map((c) => [c.key, c.from, c.to, c.changeText])).toEqual([
      ['Bộc Bố', 10, 16, '▲ 6'],
      ['Giáo Hiệu', 9, 14, '▲ 5'],
    ]);
  });

  it('bands 2018 as provinces report: Bộc Bố in 15–18, Giáo Hiệu in 10–14', () => {
    const v = criteriaView(placed, area, null, [], 'vi');
    expect(v.bands.map((b) => [b.label, b.count])).toEqual([
      ['Đạt đủ 19 tiêu chí', 0],
      ['Từ 15 đến 18 tiêu chí', 1],
      ['Từ 10 đến 14 tiêu chí', 1],
      ['Từ 5 đến 9 tiêu chí', 0],
      ['Dưới 5 tiêu chí', 0],
    ]);
  });

  it('shows the year asked for, and says so when the data lacks it', () => {
    expect(criteriaView(placed, area, { start: 2017, end: 2017 }, [], 'vi').chart.bars.map((b) => b.valueText)).toEqual(['10/19', '9/19']);
    const v = criteriaView(placed, area, { start: 2030, end: 2030 }, [], 'en');
    expect(v.year).toBe(2018);
    expect(v.notice).toBe('No figures for 2030; showing 2018.');
  });

  it('keeps only the chosen communes', () => {
    const v = criteriaView(placed, area, null, ['Giáo Hiệu'], 'vi');
    expect(v.chart.bars.map((b) => b.key)).toEqual(['Giáo Hiệu']);
    expect(v.multiples.map((m) => m.name)).toEqual(['Giáo Hiệu']);
  });

  it('draws every commune over the years on one axis, and the grid only when rows name criteria', () => {
    const v = criteriaView(placed, area, null, [], 'vi');
    expect(v.multiples.map((m) => [m.name, m.points.map((p) => p.met)])).toEqual([
      ['Bộc Bố', [10, 16]],
      ['Giáo Hiệu', [9, 14]],
    ]);
    expect(v.multiplesMax).toBe(19);
    expect(v.grid).toBeNull();
  });
});

describe('a change of the set of criteria', () => {
  it('is named on the year it happens, never read as a decline', () => {
    const { placed, area } = setup([
      [
        'c2.csv',
        'imported',
        'commune,year,criteria_met,criteria_total,criteria_set\nBộc Bố,2025,19,19,2021–2025\nBộc Bố,2026,6,10,QĐ 51/2025\n',
      ],
    ]);
    const v = criteriaView(placed, area, { start: 2026, end: 2026 }, ['Bộc Bố'], 'vi');
    expect(v.history.find((h) => h.year === 2026)?.setChange).toMatch(/^Đổi bộ tiêu chí \(QĐ 51\/2025\)/);
    expect(v.change[0]).toMatchObject({ from: 19, to: 6, rescored: true, changeText: 'chấm theo bộ mới' });
  });
});

describe('the views of the other kinds, on the bundled report', () => {
  const { placed, area } = setup();

  it("pledges: the district's 15.486 for 2016–2021 as one bar of its own", () => {
    const v = pledgesView(placed, area, null, [], 'vi');
    expect(v.charts[0]!.chart.bars.map((b) => [b.key, b.valueText])).toEqual([['2016–2021', '15.486 lượt']]);
    expect(v.charts[0]!.chart.source).toMatch(/pledges\.csv/);
  });

  it('contributions: hơn 91 million and about 1.138 workdays, by commune helped', () => {
    const v = contributionsView(placed, area, null, [], 'vi');
    expect(v.charts.find((c) => c.id === 'money-series')!.chart.bars[0]!.valueText).toBe('hơn 91 triệu đồng');
    expect(v.charts.find((c) => c.id === 'money-communes')!.chart.bars.map((b) => [b.key, b.valueText])).toEqual([
      ['Giáo Hiệu', 'hơn 57 triệu đồng'],
      ['Bằng Thành', 'hơn 34 triệu đồng'],
    ]);
    expect(v.matrix!.columns).toEqual(['Bằng Thành', 'Giáo Hiệu', 'Nhạn Môn']);
    expect(v.notes.some((n) => /Nhạn Môn: Làm đường giao thông nông thôn, hơn 2 km/.test(n))).toBe(true);
  });

  it("awards: the letters of praise shown inside the report's gần 50, never added to it", () => {
    const v = awardsView(placed, area, null, [], 'vi');
    expect(v.notes.join(' ')).toMatch(/gần 50 .*trong đó 3 lượt/);
    expect(v.charts.find((c) => c.id === 'awards-recipient_type')!.chart.bars.map((b) => [b.key, b.valueText])).toEqual([
      ['cá nhân', '2 lượt'],
      ['tập thể', '1 lượt'],
    ]);
  });

  it('targets: 26 of 33 against 100 %', () => {
    const v = targetsView(placed, area, null, [], 'vi');
    expect(v.charts[0]!.chart.bars.map((b) => b.valueText)).toEqual(['26/33 (78,8%)']);
    expect(v.charts[0]!.chart.reference?.value).toBe(100);
  });

  it('a kind the data lacks is an empty view', () => {
    const empty = setup().placed;
    delete empty.tables.awards;
    delete empty.placements.awards;
    delete empty.tables.indicators;
    expect(awardsView(empty, area, null, [], 'vi').empty).toBe(true);
  });
});

describe('topAndBottom', () => {
  it('keeps ten at each end of a long ranking and counts the rest', () => {
    const items = Array.from({ length: 25 }, (_, i) => i);
    expect(topAndBottom(items)).toEqual({ shown: [...items.slice(0, 10), ...items.slice(15)], hidden: 5 });
    expect(topAndBottom(items.slice(0, 20)).hidden).toBe(0);
  });
});
