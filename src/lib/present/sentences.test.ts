import { describe, expect, it } from 'vitest';
import { criteriaSentences, isDerivedNote, standingSentence, valueSentence, type CriteriaUnit } from './sentences.ts';

const boc = (now: number | null, before: number | null, derivedBefore = false): CriteriaUnit => ({
  unit: 'xã Bộc Bố',
  now: now === null ? null : { met: now, total: 19, derived: false },
  before: before === null ? null : { met: before, total: 19, derived: derivedBefore },
});
const giao = (now: number | null, total = 19, derived = false): CriteriaUnit => ({
  unit: 'xã Giáo Hiệu',
  now: now === null ? null : { met: now, total, derived },
  before: null,
});

describe('criteria sentences', () => {
  it('reads as the report writes it (vi)', () => {
    expect(criteriaSentences(2018, [boc(16, 10), giao(14)], 'vi')[0]).toBe(
      'Năm 2018, xã Bộc Bố đạt 16/19 tiêu chí, hơn xã Giáo Hiệu 2 tiêu chí; tăng 6 tiêu chí so với năm 2017.',
    );
  });

  it('reads in English', () => {
    const en = [
      { ...boc(16, 10), unit: 'Bộc Bố commune' },
      { ...giao(14), unit: 'Giáo Hiệu commune' },
    ];
    expect(criteriaSentences(2018, en, 'en')[0]).toBe(
      'In 2018, Bộc Bố commune met 16/19 criteria, 2 more than Giáo Hiệu commune; up 6 on 2017.',
    );
  });

  it('says fewer, as many, and a decline', () => {
    expect(criteriaSentences(2018, [boc(12, 14), giao(14)], 'vi')[0]).toBe(
      'Năm 2018, xã Bộc Bố đạt 12/19 tiêu chí, ít hơn xã Giáo Hiệu 2 tiêu chí; giảm 2 tiêu chí so với năm 2017.',
    );
    expect(criteriaSentences(2018, [boc(14, 14), giao(14)], 'vi')[0]).toBe(
      'Năm 2018, xã Bộc Bố đạt 14/19 tiêu chí, bằng xã Giáo Hiệu; không đổi so với năm 2017.',
    );
  });

  it('says a figure of the year before is derived when its row says so', () => {
    expect(criteriaSentences(2018, [boc(16, 10, true), giao(14)], 'vi')[0]).toBe(
      'Năm 2018, xã Bộc Bố đạt 16/19 tiêu chí, hơn xã Giáo Hiệu 2 tiêu chí; tăng 6 tiêu chí so với năm 2017 (số năm 2017 là số suy ra, không ghi trong báo cáo).',
    );
    expect(criteriaSentences(2018, [boc(16, 10, true), giao(14)], 'en')[0]).toContain(
      '(the 2017 figure is derived, not stated in the report)',
    );
  });

  it('names a missing year and never invents a change', () => {
    expect(criteriaSentences(2018, [boc(16, null), giao(null)], 'vi')[0]).toBe(
      'Năm 2018, xã Bộc Bố đạt 16/19 tiêu chí, xã Giáo Hiệu chưa có số liệu năm 2018; chưa có số liệu năm 2017 để so sánh.',
    );
    expect(criteriaSentences(2018, [boc(null, 10), giao(14)], 'vi')[0]).toBe(
      'Năm 2018, xã Bộc Bố chưa có số liệu tiêu chí nông thôn mới; năm 2018, xã Giáo Hiệu đạt 14/19 tiêu chí.',
    );
    expect(criteriaSentences(2018, [boc(null, 10), giao(14)], 'en')[0]).toBe(
      'In 2018, xã Bộc Bố has no figure for new-rural criteria; in 2018, xã Giáo Hiệu met 14/19 criteria.',
    );
  });

  it('does not compare criteria of two different sets (19 and 10)', () => {
    const s = criteriaSentences(2026, [boc(8, null), giao(6, 10)], 'vi')[0]!;
    expect(s).toContain('xã Giáo Hiệu chấm theo bộ 10 tiêu chí nên không so sánh được');
    expect(s).not.toMatch(/hơn xã Giáo Hiệu|ít hơn/);
    const rescored: CriteriaUnit = {
      unit: 'xã Bộc Bố',
      now: { met: 8, total: 10, derived: false },
      before: { met: 19, total: 19, derived: false },
    };
    expect(criteriaSentences(2026, [rescored], 'vi')[0]).toBe(
      'Năm 2026, xã Bộc Bố đạt 8/10 tiêu chí; năm 2025 chấm theo bộ tiêu chí khác nên không tính tăng giảm.',
    );
  });

  it('gives one sentence per unit', () => {
    expect(criteriaSentences(2018, [boc(16, 10), giao(14), { ...giao(9), unit: 'xã Nhạn Môn' }], 'vi')).toHaveLength(3);
  });
});

describe('sentences on sums over a period', () => {
  const period = { start: 2016, end: 2021 };

  it('keeps qualifiers, names the period as a period, and gives no difference of inexact values', () => {
    const s = valueSentence(
      'tiền đóng góp nhận được',
      { money: true },
      period,
      [
        { unit: 'xã Giáo Hiệu', value: { value: 57, qualifier: 'gt' } },
        { unit: 'xã Bằng Thành', value: { value: 34, qualifier: 'gt' } },
        { unit: 'xã Bộc Bố', value: null },
      ],
      'vi',
    );
    expect(s).toBe(
      'Giai đoạn 2016–2021, tiền đóng góp nhận được của xã Giáo Hiệu: hơn 57 triệu đồng; xã Bằng Thành: hơn 34 triệu đồng; xã Bộc Bố chưa có số liệu giai đoạn 2016–2021.',
    );
    expect(s).not.toContain('23');
  });

  it('gives the difference of exact values', () => {
    const s = valueSentence(
      'ngày công',
      { unit: 'ngày công' },
      { start: 2018, end: 2018 },
      [
        { unit: 'xã A', value: { value: 103, qualifier: null } },
        { unit: 'xã B', value: { value: 35, qualifier: null } },
      ],
      'vi',
    );
    expect(s).toBe('Năm 2018, ngày công của xã A: 103 ngày công; xã B: 35 ngày công (ít hơn xã A 68 ngày công).');
  });

  it('reads in English', () => {
    const s = valueSentence(
      'money contributions received',
      { money: true },
      period,
      [
        { unit: 'Giáo Hiệu commune', value: { value: 57, qualifier: 'gt' } },
        { unit: 'Bộc Bố commune', value: null },
      ],
      'en',
    );
    expect(s).toBe(
      'Over 2016–2021, money contributions received for Giáo Hiệu commune: more than 57 million VND; Bộc Bố commune has no figure for 2016–2021.',
    );
  });
});

describe('rank sentences', () => {
  const period = { start: 2018, end: 2018 };
  const before = { start: 2017, end: 2017 };

  it('say the rank out of the units with figures, and its change', () => {
    expect(standingSentence({ unit: 'xã Bộc Bố', period, ranked: '3 xã', rank: 1, before: { period: before, rank: 2 } }, 'vi')).toBe(
      'Xã Bộc Bố xếp thứ 1/3 xã có số liệu năm 2018, tăng 1 bậc so với năm 2017.',
    );
    expect(
      standingSentence({ unit: 'Bộc Bố commune', period, ranked: '3 communes', rank: 3, before: { period: before, rank: 1 } }, 'en'),
    ).toBe('Bộc Bố commune ranks 3 of 3 communes with figures for 2018, down 2 places on 2017.');
  });

  it('never rank a unit without a figure for the year', () => {
    expect(standingSentence({ unit: 'xã Nhạn Môn', period, ranked: '3 xã', rank: null, before: { period: before, rank: 1 } }, 'vi')).toBe(
      'Xã Nhạn Môn chưa có số liệu năm 2018 nên không được xếp hạng.',
    );
    expect(standingSentence({ unit: 'xã Bộc Bố', period, ranked: '3 xã', rank: 2, before: { period: before, rank: null } }, 'vi')).toBe(
      'Xã Bộc Bố xếp thứ 2/3 xã có số liệu năm 2018, năm 2017 chưa có số liệu để so thứ hạng.',
    );
  });
});

describe('derived notes', () => {
  it('are read from the words of a note', () => {
    expect(isDerivedNote('Suy ra, không ghi trong báo cáo: 16 − 6')).toBe(true);
    expect(isDerivedNote('Derived from the 2018 figure')).toBe(true);
    expect(isDerivedNote('Xã điểm NTM; năm 2018 đạt thêm 6 tiêu chí')).toBe(false);
    expect(isDerivedNote(null)).toBe(false);
  });
});
