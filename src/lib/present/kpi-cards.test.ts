import { describe, expect, it } from 'vitest';
import { computeOverview, placeAll } from '../aggregate/index.ts';
import { kpiCards, type KpiCard } from './kpi-cards.ts';
import { partsName, placeName } from './levels.ts';
import { bundledFiles, overviewOf, sourcedTables } from './test-data.ts';

const REPORT = 'Nguồn: Báo cáo Huyện ủy Pác Nặm 2021';
const read = (cards: KpiCard[]) => cards.map((c) => [c.id, c.value.map((p) => p.text).join(' '), c.label, c.basis]);

describe('the cards of the bundled report', () => {
  const overview = overviewOf(bundledFiles());

  it('word its figures in Vietnamese, with the years and how each was taken', () => {
    expect(read(kpiCards(overview, 'vi'))).toEqual([
      ['pledges', '15.486', 'lượt cam kết, 2016–2021', null],
      ['targets', '26/33', 'chỉ tiêu KT-XH đạt, Huyện Pác Nặm, 2018', null],
      ['money', 'hơn 91 triệu đồng', 'đóng góp bằng tiền, 2016–2021', 'tổng của 2 xã'],
      ['workdays', 'khoảng 1.138 ngày công', 'đóng góp bằng ngày công, 2016–2021', 'tổng của 3 xã'],
      ['commendations', 'gần 50', 'tập thể, cá nhân được khen thưởng cấp tỉnh, huyện, 2016–2021', null],
    ]);
  });

  it('word them in English', () => {
    expect(read(kpiCards(overview, 'en')).map(([, value, , basis]) => [value, basis])).toEqual([
      ['15,486', null],
      ['26/33', null],
      ['more than 91 million VND', 'sum of 2 communes'],
      ['about 1,138 workdays', 'sum of 3 communes'],
      ['nearly 50', null],
    ]);
  });

  it('name the report and its file on every card', () => {
    expect(kpiCards(overview, 'vi').map((c) => c.source)).toEqual([
      `${REPORT} (tệp pledges.csv)`,
      `${REPORT} (tệp targets.csv)`,
      `${REPORT} (tệp contributions.csv)`,
      `${REPORT} (tệp contributions.csv)`,
      `${REPORT} (tệp indicators.csv)`,
    ]);
  });
});

describe('the change against the period before', () => {
  it('is said on the same basis only: "▲ 20 so với 2017", approximate when a side is qualified', () => {
    const files = [
      ...bundledFiles().filter(([name]) => name === 'units.csv'),
      ['p.csv', 'imported', 'unit,year,pledges\nBộc Bố,2017,100\nBộc Bố,2018,120\n'],
      ['c.csv', 'imported', 'unit,beneficiary_commune,year,money_million_vnd\nA,Bộc Bố,2017,hơn 10\nA,Bộc Bố,2018,15\n'],
    ] as const;
    const cards = kpiCards(overviewOf(files.map((f) => [...f]) as never), 'vi');
    expect(cards.find((c) => c.id === 'pledges')!.change).toBe('▲ 20 so với 2017');
    expect(cards.find((c) => c.id === 'money')!.change).toBe('▲ khoảng 5 triệu đồng so với 2017');
    expect(cards.find((c) => c.id === 'workdays')!.change).toBeNull();
  });

  it('is never said against a period of another length or another basis (the bundled report has none)', () => {
    expect(kpiCards(overviewOf(bundledFiles()), 'vi').map((c) => c.change)).toEqual([null, null, null, null, null]);
  });
});

describe('kpiCards', () => {
  it('say there is no data for the area on a card whose figure is missing', () => {
    const units = bundledFiles().filter(([name]) => name === 'units.csv');
    const overview = overviewOf(units);
    expect(kpiCards(overview, 'vi').map((c) => [c.value[0]?.text, c.source])).toEqual(
      Array(5).fill(['—', `Chưa có số liệu của ${overview.area?.name}`]),
    );
  });

  it('write large sums of money in tỷ đồng, the exact value beside', () => {
    const files = [
      ...bundledFiles(),
      ['lon.csv', 'imported', 'unit,beneficiary_commune,year,money_million_vnd\nA,Bộc Bố,2024,"100.178.564,4"\n'] as const,
    ];
    const money = kpiCards(overviewOf(files.map((f) => [...f])), 'vi')[2]!;
    expect(money.value.map((p) => p.text).join(' ')).toBe('100.178,6 tỷ đồng');
    expect(money.exact).toBe('100.178.564,4 triệu đồng');
    expect(money.source).toBe('Nguồn: tệp lon.csv');
  });

  it('flag a sum of the communes that differs from the reported figure, naming both files', () => {
    const placed = placeAll(
      sourcedTables([...bundledFiles(), ['xa.csv', 'imported', 'unit,year,pledges\nBộc Bố,2016-2021,9.000\nGiáo Hiệu,2016-2021,5.000\n']]),
    );
    const pledges = kpiCards(computeOverview(placed), 'vi')[0]!;
    expect(pledges.value.map((p) => p.text).join(' ')).toBe('15.486');
    expect(pledges.warning).toBe('Tổng của 2 xã là 14.000, khác số báo cáo: hai số không cộng vào nhau.');
    expect(pledges.source).toBe(`${REPORT} (tệp pledges.csv), tệp xa.csv`);
  });

  it('label commendations counted from award rows as such', () => {
    const files = bundledFiles().filter(([name]) => name !== 'indicators.csv');
    expect(kpiCards(overviewOf(files), 'vi')[4]?.label).toBe('lượt khen thưởng, 2016–2021');
  });
});

describe('names of areas and of their parts', () => {
  it('never say the level twice ("Huyện Mẫu", not "huyện Huyện Mẫu")', () => {
    const node = (name: string, level: string) => ({ name, level }) as never;
    expect(placeName([node('Huyện Mẫu', 'huyện'), node('Tỉnh Mẫu', 'tỉnh')], 'vi')).toBe('Huyện Mẫu, Tỉnh Mẫu');
    expect(placeName([node('Pác Nặm', 'huyện')], 'vi')).toBe('Huyện Pác Nặm');
    // A name that only looks like its level without the marks is given it: "xã Xá Mai".
    expect(placeName([node('Xá Mai', 'xã')], 'vi', false)).toBe('xã Xá Mai');
  });

  const units = placeAll(sourcedTables(bundledFiles())).units;
  const chain = (name: string) => {
    const node = units.find(name)!;
    return [node, ...units.ancestors(node)];
  };

  it.each([
    ['Pác Nặm', 'vi', 'Huyện Pác Nặm, tỉnh Bắc Kạn'],
    ['Pác Nặm', 'en', 'Pác Nặm district, Bắc Kạn province'],
    ['Bộc Bố', 'vi', 'Xã Bộc Bố, huyện Pác Nặm, tỉnh Bắc Kạn'],
  ] as const)('names %s in %s as "%s"', (name, lang, text) => {
    expect(placeName(chain(name), lang)).toBe(text);
  });

  it.each([
    ['xã', 3, 'vi', '3 xã'],
    ['xã', 1, 'en', '1 commune'],
    ['huyện', 2, 'en', '2 districts'],
    [null, 5, 'vi', '5 đơn vị'],
    [null, 5, 'en', '5 units'],
  ] as const)('counts %s × %d in %s as "%s"', (level, count, lang, text) => {
    expect(partsName(level, count, lang)).toBe(text);
  });
});
