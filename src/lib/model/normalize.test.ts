import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cleanMultiline, cleanText, foldDiacritics, foldKey, headerUnit } from './normalize.ts';

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

describe('cleanText folds a line break in a name like any white space', () => {
  it.each([
    ['Nhân dân thôn\nKhuổi Ỏ', 'Nhân dân thôn Khuổi Ỏ'],
    ['Bộc\r\nBố', 'Bộc Bố'],
    ['\nBộc Bố\n', 'Bộc Bố'],
  ])('%j → %j', (raw, expected) => {
    expect(cleanText(raw)).toBe(expected);
  });
});

describe('cleanMultiline keeps the line breaks of free text and cleans each line', () => {
  it.each([
    ['one line is cleaned as cleanText does', '  Bộc\u00a0 Bố ', 'Bộc Bố'],
    ['a line feed is kept', 'Làm đường\nthôn Nà Pục', 'Làm đường\nthôn Nà Pục'],
    ['CRLF becomes LF', 'Hỗ trợ\r\ncây giống', 'Hỗ trợ\ncây giống'],
    ['a lone CR (old Mac) becomes LF', 'a\rb', 'a\nb'],
    ['a Unicode line separator becomes LF', 'a\u2028b', 'a\nb'],
    ['spaces around each line are trimmed, runs folded', ' a  b \n\t c ', 'a b\nc'],
    ['blank lines at the edges go', '\n \nLàm 2 km đường\nSửa cầu\n\n', 'Làm 2 km đường\nSửa cầu'],
    ['a blank line inside stays', 'a\n\nb', 'a\n\nb'],
    ['a cell of only line breaks is empty', '\r\n\n', ''],
    ['NFD becomes NFC', 'Bộc Bố'.normalize('NFD'), 'Bộc Bố'],
    ['the formula guard of our exports comes off', "'-nguy hiểm\ndòng 2", '-nguy hiểm\ndòng 2'],
  ])('%s', (_name, raw, expected) => {
    expect(cleanMultiline(raw)).toBe(expected);
  });

  it('is idempotent, NFC, LF only, with no edge or double spaces on any line and no blank edge line', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'ộ', 'o\u0323\u0302', ' ', '\u00a0', '\t', '\n', '\r', 'B') }), (s) => {
        const once = cleanMultiline(s);
        const lines = once.split('\n');
        return (
          cleanMultiline(once) === once &&
          once === once.normalize('NFC') &&
          !once.includes('\r') &&
          lines.every((l) => !/^ | $| {2}|\u00a0|\t/.test(l)) &&
          (once === '' || (lines[0] !== '' && lines.at(-1) !== ''))
        );
      }),
    );
  });

  it('equals cleanText on a cell without line breaks', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'ộ', ' ', '\u00a0', '\t', 'Đ', "'", '=') }),
        (s) => cleanMultiline(s) === cleanText(s),
      ),
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
