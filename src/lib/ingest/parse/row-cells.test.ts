import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText, foldDiacritics } from '../../model/index.ts';
import { firstFilled, fourDigits, mayBeTotal, own } from './row-cells.ts';

const TOTAL_ROW = /^(tong cong|tong|cong)\s*:?$/; // as in validate.ts
const isTotal = (cell: string) => TOTAL_ROW.test(foldDiacritics(cleanText(cell)));

describe('mayBeTotal never rules out a total line', () => {
  it.each([
    'Tổng cộng',
    'TỔNG CỘNG:',
    ' Tổng ',
    'Cộng',
    'cong :',
    'To\u0302\u0309ng co\u0323\u0302ng',
    '\u00a0Tổng\u00a0cộng\u00a0',
    'tong',
  ])('%j', (cell) => {
    expect(isTotal(cell)).toBe(true);
    expect(mayBeTotal(cell)).toBe(true);
  });
  it.each(['Chi bộ thôn Nà Pài', '2018', 'Bộc Bố', 'Tổng cộng các xã', 'x', 'Đảng bộ xã Cộng Hòa'])('rules out %j', (cell) => {
    expect(mayBeTotal(cell)).toBe(false);
  });
  it("agrees with folding on random cells made of the words' letters, marks and spaces", () => {
    const chars = [...'tongcTONGCôổộÔỔỘ :\u0302\u0309\u0323\u00a0\t', 'x', '1', 'đ', 'İ'];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...chars), { maxLength: 16 }).map((a) => a.join('')),
        (cell) => {
          if (isTotal(cell)) expect(mayBeTotal(cell)).toBe(true);
        },
      ),
      { numRuns: 20000 },
    );
  });
  it('agrees with folding on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 14 }), (cell) => {
        if (isTotal(cell)) expect(mayBeTotal(cell)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });
});

describe('firstFilled', () => {
  it.each([
    [[], -1],
    [[''], -1],
    [[' ', '\u00a0', 'a'], 2],
    [['x'], 0],
  ] as const)('%j → %d', (cells, index) => {
    expect(firstFilled(cells)).toBe(index);
  });
});

describe('own', () => {
  it('returns an equal string', () => {
    const long = 'Chi bộ thôn Nà Pài, xã Bộc Bố'.repeat(3);
    expect(own(long.slice(5, 40))).toBe(long.slice(5, 40));
    expect(own('ngắn')).toBe('ngắn');
  });
});

describe('fourDigits', () => {
  it.each([
    ['2018', 2018],
    ['0999', 999],
    ['201', -1],
    ['20188', -1],
    ['2O18', -1],
    [' 201', -1],
    ['２０１８', -1],
  ] as const)('%j → %d', (cell, n) => {
    expect(fourDigits(cell)).toBe(n);
  });
});
