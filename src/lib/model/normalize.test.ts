import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cleanText, foldDiacritics, foldKey, headerUnit } from './normalize.ts';

describe('cleanText makes one spelling of every name', () => {
  it.each([
    ['Bộc Bố'.normalize('NFD'), 'Bộc Bố'],
    ['Bộc\u00a0Bố', 'Bộc Bố'],
    ['  Bộc   Bố ', 'Bộc Bố'],
    ['Giáo Hiệu\t', 'Giáo Hiệu'],
    ['plain', 'plain'],
    ["'=SUM(A1)", '=SUM(A1)'],
    ["'-Đội 1", '-Đội 1'],
    ["'quoted'", "'quoted'"],
  ])('%j → %j', (raw, expected) => {
    expect(cleanText(raw)).toBe(expected);
  });

  it('is idempotent and always NFC without edge or double spaces', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'ộ', 'o\u0323\u0302', ' ', '\u00a0', 'Đ', '\t', 'B') }), (s) => {
        const once = cleanText(s);
        return cleanText(once) === once && once === once.normalize('NFC') && !/^ | $| {2}|\u00a0/.test(once);
      }),
    );
  });
});

describe('foldKey matches headers loosely', () => {
  it.each([
    ['Số tiền (triệu đồng)', 'so tien'],
    ['  XÃ  ', 'xa'],
    ['Đơn vị', 'don vi'],
    ['money_million_vnd', 'money million vnd'],
    ['Năm'.normalize('NFD'), 'nam'],
  ])('%j → %j', (raw, expected) => {
    expect(foldKey(raw)).toBe(expected);
  });

  it('folds diacritics for search: "boc bo" finds "Bộc Bố"', () => {
    expect(foldDiacritics('Bộc Bố')).toBe('boc bo');
    expect(foldDiacritics('ĐẢNG BỘ')).toBe('dang bo');
  });

  it('reads the unit in brackets at the end of a header', () => {
    expect(headerUnit('Số tiền (tỷ đồng)')).toBe('ty dong');
    expect(headerUnit('Số tiền')).toBeNull();
  });
});
