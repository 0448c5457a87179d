import { describe, expect, it } from 'vitest';
import type { Qualifier } from '../model/index.ts';
import {
  formatDecimal,
  formatInteger,
  formatList,
  formatPercent,
  formatPeriod,
  formatPlain,
  formatQualified,
  formatRatio,
  moneyParts,
  qualifiedParts,
} from './format.ts';
import type { Lang } from './translate.ts';

describe('number formatters', () => {
  it.each<[string, () => string, string]>([
    ['an integer groups thousands with a dot in Vietnamese', () => formatInteger(15486, 'vi'), '15.486'],
    ['an integer groups thousands with a comma in English', () => formatInteger(15486, 'en'), '15,486'],
    ['a decimal uses a comma in Vietnamese', () => formatDecimal(78.8, 'vi'), '78,8'],
    ['a decimal uses a point in English', () => formatDecimal(1250.5, 'en'), '1,250.5'],
    ['a whole decimal shows no fraction', () => formatDecimal(91, 'vi'), '91'],
    ['a percentage keeps one decimal', () => formatPercent(0.788, 'vi'), '78,8%'],
    ['a year is never grouped', () => formatPlain(2016, 'vi'), '2016'],
    ['a period joins its years with an en dash', () => formatPeriod(2016, 2021, 'vi'), '2016–2021'],
    ['a single year is just the year', () => formatPeriod(2018, 2018, 'en'), '2018'],
    ['a ratio is met/total', () => formatRatio(26, 33, 'vi'), '26/33'],
    ['a list is separated by commas', () => formatList(['a', 'b', 'c'], 'vi'), 'a, b, c'],
  ])('%s', (_, format, expected) => {
    expect(format()).toBe(expected);
  });
});

describe('formatQualified', () => {
  it.each<[number, Qualifier | null, Lang, string | undefined, string]>([
    [91, 'gt', 'vi', 'triệu đồng', 'hơn 91 triệu đồng'],
    [91, 'gt', 'en', 'million VND', 'more than 91 million VND'],
    [1138, 'approx', 'vi', 'ngày công', 'khoảng 1.138 ngày công'],
    [1138, 'approx', 'en', 'workdays', 'about 1,138 workdays'],
    [50, 'approx', 'vi', undefined, 'khoảng 50'],
    [50, 'approx', 'en', undefined, 'about 50'],
    [50, 'nearly', 'vi', undefined, 'gần 50'],
    [50, 'nearly', 'en', undefined, 'nearly 50'],
    [3, 'gte', 'vi', undefined, 'từ 3 trở lên'],
    [3, 'gte', 'vi', 'việc làm', 'từ 3 việc làm trở lên'],
    [3, 'gte', 'en', undefined, 'at least 3'],
    [10, 'lt', 'vi', undefined, 'dưới 10'],
    [10, 'lte', 'en', undefined, 'at most 10'],
    [15486, null, 'vi', undefined, '15.486'],
    [2.5, null, 'vi', 'km', '2,5 km'],
  ])('%d %s in %s with unit %s reads "%s"', (value, qualifier, lang, unit, expected) => {
    expect(formatQualified(value, qualifier, lang, unit)).toBe(expected);
  });

  it('marks which piece is the number, so it can stand out', () => {
    expect(qualifiedParts(91, 'gt', 'vi', 'triệu đồng')).toEqual([
      { type: 'word', text: 'hơn' },
      { type: 'number', text: '91' },
      { type: 'unit', text: 'triệu đồng' },
    ]);
  });
});

describe('moneyParts', () => {
  it.each([
    [91, 'gt', 'vi', 'hơn 91 triệu đồng', null],
    [1250.5, null, 'vi', '1.250,5 triệu đồng', null],
    [100178564.4, null, 'vi', '100.178,6 tỷ đồng', '100.178.564,4 triệu đồng'],
    [100200, 'approx', 'vi', 'khoảng 100,2 tỷ đồng', 'khoảng 100.200 triệu đồng'],
    [100200, null, 'en', '100.2 billion VND', '100,200 million VND'],
  ] as const)('writes %d million (%s, %s) as "%s"', (value, qualifier, lang, text, exact) => {
    const money = moneyParts(value, qualifier, lang);
    expect(money.parts.map((p) => p.text).join(' ')).toBe(text);
    expect(money.exact).toBe(exact);
  });
});
