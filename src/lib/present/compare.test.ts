import { describe, expect, it } from 'vitest';
import { compareSentence, compareView, rankingCsv, periodFor } from './compare.ts';
import { bundledFiles, sourcedTables, type TestFile } from './test-data.ts';
import { placeAll } from '../aggregate/index.ts';

const bundled = placeAll(sourcedTables(bundledFiles()));
const district = bundled.units.nodes.find((n) => n.name === 'Pác Nặm')!;
const y2018 = { start: 2018, end: 2018 };
const view = (chosen: string[], asked: { start: number; end: number } | null = y2018, lang: 'vi' | 'en' = 'vi', indicator?: string) =>
  compareView({ placed: bundled, area: district, asked, chosen, lang, ...(indicator && { indicator }) });

describe('the compare view of the bundled report', () => {
  const v = view(['Bộc Bố', 'Giáo Hiệu']);

  it('draws every unit on one axis, 0 to the set total, from its own rows', () => {
    expect(v.panels.map((p) => p.title)).toEqual(['Bộc Bố', 'Giáo Hiệu']);
    expect(v.panelMax).toBe(19);
    expect(v.panelYears).toEqual([2017, 2018]);
    expect(v.panels[0]!.points.map((p) => p.valueText)).toEqual(['10/19', '16/19']);
  });

  it('writes the main sentence from the figures, saying the 2017 figure is derived', () => {
    expect(v.sentences[0]).toBe(
      'Năm 2018, xã Bộc Bố đạt 16/19 tiêu chí, hơn xã Giáo Hiệu 2 tiêu chí; tăng 6 tiêu chí so với năm 2017 (số năm 2017 là số suy ra, không ghi trong báo cáo).',
    );
    expect(compareSentence(bundled, district, { period: y2018, units: ['Bộc Bố', 'Giáo Hiệu'] }, 'vi')).toBe(v.sentences[0]);
    expect(compareSentence(bundled, district, { period: y2018, units: ['Bộc Bố'] }, 'vi')).toBeNull();
    expect(view(['Bộc Bố', 'Giáo Hiệu'], y2018, 'en').sentences[0]).toBe(
      'In 2018, Bộc Bố commune met 16/19 criteria, 2 more than Giáo Hiệu commune; up 6 on 2017 (the 2017 figure is derived, not stated in the report).',
    );
  });

  it('names contributions for their period, qualifiers kept, and the commune without a figure', () => {
    expect(v.figures.find((f) => f.id === 'money')).toEqual({
      id: 'money',
      label: 'tiền đóng góp nhận được',
      period: '2016–2021',
      cells: ['—', 'hơn 57 triệu đồng'],
    });
    expect(v.sentences).toContain(
      'Giai đoạn 2016–2021, tiền đóng góp nhận được của xã Giáo Hiệu: hơn 57 triệu đồng; xã Bộc Bố chưa có số liệu giai đoạn 2016–2021.',
    );
  });

  it('ranks among the communes with a figure that year, against the average and median; the others named, not ranked', () => {
    expect(v.standing.map((s) => [s.name, s.rankText, s.vsAverage])).toEqual([
      ['Bộc Bố', 'xếp thứ 1/2', 'cao hơn bình quân 1 tiêu chí'],
      ['Giáo Hiệu', 'xếp thứ 2/2', 'thấp hơn bình quân 1 tiêu chí'],
    ]);
    expect(v.average).toBe('Bình quân 15 tiêu chí/xã, trung vị 15 tiêu chí (tính từ 2 xã có số liệu 2018)');
    expect(v.ranking!.missing).toContain('Nhạn Môn');
    expect(v.ranking!.rows.map((r) => [r.name, r.rank, r.before, r.chosen])).toEqual([
      ['Bộc Bố', 1, 1, true],
      ['Giáo Hiệu', 2, 2, true],
    ]);
    expect(v.sentences.at(-1)).toBe('Xã Bộc Bố xếp thứ 1/2 xã có số liệu năm 2018, giữ nguyên thứ hạng so với năm 2017.');
  });

  it('says the communes joined Bằng Thành in 2025', () => {
    expect(v.mergers[0]).toBe('Xã Bộc Bố sáp nhập vào xã Bằng Thành, tỉnh Thái Nguyên từ 01/07/2025.');
  });

  it('exports the ranking as CSV with its qualifiers, in the order shown', () => {
    const money = view(['Giáo Hiệu', 'Bằng Thành'], y2018, 'vi', 'money').ranking!;
    expect(money.period).toEqual({ start: 2016, end: 2021 });
    const csv = rankingCsv(money, [...money.rows].reverse(), 'vi');
    expect(csv).toBe(
      '\uFEFFHạng,Tên,tiền đóng góp nhận được (2016–2021),Hạng 2010–2015\r\n2,Bằng Thành,hơn 34,\r\n1,Giáo Hiệu,hơn 57,\r\n',
    );
  });
});

describe('across the 2025 merger', () => {
  // In 2026 "Bằng Thành" is the new commune of Thái Nguyên: its old communes are shown under it.
  const v = view(['Bằng Thành', 'Cao Minh'], { start: 2026, end: 2026 });

  it("finds the new commune and shows each old commune's criteria under it, never summed", () => {
    expect(v.units.map((u) => u.node.until)).toEqual([null, null]);
    expect(v.panels.map((p) => p.title)).toEqual(['Bộc Bố (nay thuộc Bằng Thành)', 'Giáo Hiệu (nay thuộc Bằng Thành)']);
    const criteria = v.figures.find((f) => f.id === 'criteria')!;
    expect(criteria.period).toBe('2018');
    expect(criteria.cells[0]).toBe('Bộc Bố 16/19; Giáo Hiệu 14/19 (không cộng)');
    expect(criteria.cells.join()).not.toMatch(/30/);
  });

  it('never takes the new Bằng Thành for the old one of the same name (missing, not ranked)', () => {
    expect(v.standing.map((s) => s.rankText)).toEqual([
      'ngoài các đơn vị được xếp hạng (khác địa bàn hoặc khác cấp)',
      'ngoài các đơn vị được xếp hạng (khác địa bàn hoặc khác cấp)',
    ]);
    expect(v.sentences.join(' ')).not.toMatch(/không được xếp hạng/);
    // The year asked stays in the picker, though the figures say their own periods.
    expect(v.periods.at(-1)).toEqual({ start: 2026, end: 2026 });
  });

  it('says in sentences that the sums are added up from the old communes, and the criteria are not', () => {
    expect(v.sentences).toEqual([
      'Năm 2018, các xã cũ nay thuộc xã Bằng Thành: Bộc Bố 16/19, Giáo Hiệu 14/19 (số của từng xã, không cộng lại).',
      'Giai đoạn 2016–2021, tiền đóng góp nhận được của xã Bằng Thành (tính gộp số của các xã cũ Bằng Thành, Giáo Hiệu): hơn 91 triệu đồng; xã Cao Minh chưa có số liệu giai đoạn 2016–2021.',
      'Giai đoạn 2016–2021, ngày công đóng góp nhận được của xã Bằng Thành (tính gộp số của các xã cũ Bằng Thành, Giáo Hiệu, Nhạn Môn): khoảng 1.138 ngày công; xã Cao Minh chưa có số liệu giai đoạn 2016–2021.',
    ]);
  });

  it('rolls money and workdays of the old communes up into the new one, qualifiers kept', () => {
    const money = v.figures.find((f) => f.id === 'money')!;
    expect(money.period).toBe('2016–2021');
    expect(money.cells[0]).toBe('hơn 91 triệu đồng (cộng Bằng Thành, Giáo Hiệu)');
    expect(v.figures.find((f) => f.id === 'workdays')!.cells[0]).toBe('khoảng 1.138 ngày công (cộng Bằng Thành, Giáo Hiệu, Nhạn Môn)');
    expect(v.mergers).toContain('Xã Bằng Thành, tỉnh Thái Nguyên được lập từ Bằng Thành, Bộc Bố, Giáo Hiệu, Nhạn Môn.');
  });
});

describe('criteria one by one, and sentences of one level', () => {
  const criteria = [
    'commune,year,criteria_met,criteria_total,tc01,tc02,tc03,district,province',
    'Bộc Bố,2018,2,3,x,x,,Pác Nặm,Bắc Kạn',
    'Giáo Hiệu,2018,2,3,x,,x,Pác Nặm,Bắc Kạn',
  ].join('\n');
  const files: TestFile[] = [...bundledFiles().filter(([name]) => name !== 'criteria.csv'), ['criteria.csv', 'imported', criteria]];
  const placed = placeAll(sourcedTables(files));
  const area = placed.units.nodes.find((n) => n.name === 'Pác Nặm')!;
  const v = compareView({ placed, area, asked: y2018, chosen: ['Bộc Bố', 'Giáo Hiệu', 'Chi bộ Khuổi Ỏ'], lang: 'vi' });

  it("marks the criteria where the communes differ, out of the rows' total", () => {
    expect(v.matrix!.criteria).toEqual([1, 2, 3]);
    expect(v.matrix!.differing).toEqual([2, 3]);
    expect(v.matrix!.rows.map((r) => r.cells.map((c) => c.met))).toEqual([
      [true, true, false],
      [true, false, true],
    ]);
    expect(v.matrix!.summary).toBe('Khác nhau ở 2: TC 2, TC 3.');
    expect(v.matrix!.rows[0]!.cells[2]!.text).toBe('Bộc Bố, TC 3: chưa đạt');
  });

  it("never speaks of a party cell's criteria, which it has none of", () => {
    expect(v.sentences[0]).toBe('Năm 2018, xã Bộc Bố đạt 2/3 tiêu chí, bằng xã Giáo Hiệu; chưa có số liệu năm 2017 để so sánh.');
    expect(v.sentences.join(' ')).not.toMatch(/Khuổi Ỏ chưa có số liệu tiêu chí/);
    expect(v.standing.find((s) => s.name === 'Chi bộ Khuổi Ỏ')!.rankText).toBe(
      'ngoài các đơn vị được xếp hạng (khác địa bàn hoặc khác cấp)',
    );
  });
});

describe('honest empty states', () => {
  it('asks for two units when fewer are chosen', () => {
    expect(view([]).notice).toMatch(/^Hãy chọn ít nhất 2/);
    expect(view(['Bộc Bố']).notice).toMatch(/^Hãy chọn ít nhất 2/);
  });

  it('names a unit the URL gives that no list holds', () => {
    const v = view(['Bộc Bố', 'Xã Không Có']);
    expect(v.unknown).toBe('Không tìm thấy xã, đơn vị nào tên: Xã Không Có. Hãy kiểm tra lại tên trong đường dẫn hoặc chọn lại.');
    expect(v.notice).not.toBeNull();
  });

  it('keeps six at most and says which were left out', () => {
    const v = view(['Bộc Bố', 'Giáo Hiệu', 'Nhạn Môn', 'Cổ Linh', 'Cao Tân', 'Xuân La', 'An Thắng']);
    expect(v.units).toHaveLength(6);
    expect(v.tooMany).toContain('An Thắng');
  });

  it('says so when there is no units list', () => {
    const files: TestFile[] = bundledFiles().filter(([name]) => name !== 'units.csv');
    const none = placeAll(sourcedTables(files));
    expect(compareView({ placed: none, area: null, asked: null, chosen: ['Bộc Bố', 'Giáo Hiệu'], lang: 'en' }).notice).toBe(
      'No units list yet: import a units list on the Data page.',
    );
  });
});

describe('the period a figure is shown for', () => {
  const held = [
    { start: 2017, end: 2017 },
    { start: 2018, end: 2018 },
    { start: 2016, end: 2021 },
  ];
  it('is the one asked, else the period holding it (named as a period, never split), else the latest', () => {
    expect(periodFor(held, y2018)).toEqual(y2018);
    expect(periodFor(held, { start: 2019, end: 2019 })).toEqual({ start: 2016, end: 2021 });
    expect(periodFor(held.slice(0, 2), { start: 2026, end: 2026 })).toEqual(y2018);
    expect(periodFor([], y2018)).toBeNull();
  });
});
