import { describe, expect, it } from 'vitest';
import { combineQualifiers, groupAt, groupSum, sumQualified } from './aggregate.ts';
import { qualifierCode, type NumberColumn, type TextColumn, type Qualifier } from '../model/index.ts';

type Cell = number | null | [number, Qualifier];

/** A number column from cells: a number, null (absent), or [value, qualifier]. */
function numbers(...cells: Cell[]): NumberColumn {
  return {
    type: 'number',
    values: Float64Array.from(cells, (c) => (c === null ? NaN : Array.isArray(c) ? c[0] : c)),
    qualifiers: Uint8Array.from(cells, (c) => (Array.isArray(c) ? qualifierCode(c[1]) : 0)),
  };
}

function texts(...cells: (string | null)[]): TextColumn {
  const dict = [...new Set(cells.filter((c): c is string => c !== null))];
  return { type: 'text', dict, codes: Int32Array.from(cells, (c) => (c === null ? -1 : dict.indexOf(c))) };
}

describe('combineQualifiers', () => {
  it.each<[Qualifier | null, Qualifier | null, Qualifier | null]>([
    [null, null, null],
    [null, 'gt', 'gt'],
    ['gte', null, 'gte'],
    ['gt', 'gte', 'gt'],
    ['gte', 'gte', 'gte'],
    [null, 'lt', 'lt'],
    ['lte', null, 'lte'],
    ['lte', 'lt', 'lt'],
    ['gt', 'lt', 'approx'],
    ['gte', 'lte', 'approx'],
    ['approx', null, 'approx'],
    ['gt', 'approx', 'approx'],
  ])('%s + %s gives %s', (a, b, expected) => {
    expect(combineQualifiers(a, b)).toBe(expected);
    expect(combineQualifiers(b, a)).toBe(expected);
  });
});

describe('sumQualified', () => {
  it.each<[string, Cell[], number, Qualifier | null, number]>([
    ['exact values stay exact', [1, 2, 3], 6, null, 3],
    [
      '"hơn 57" and "hơn 34" make "hơn 91"',
      [
        [57, 'gt'],
        [34, 'gt'],
      ],
      91,
      'gt',
      2,
    ],
    ['an exact value beside a lower bound keeps the bound', [10, [5, 'gte']], 15, 'gte', 2],
    [
      'gt wins over gte',
      [
        [5, 'gte'],
        [5, 'gt'],
      ],
      10,
      'gt',
      2,
    ],
    ['103 + about 1000 + 35 is about 1138', [103, [1000, 'approx'], 35], 1138, 'approx', 3],
    [
      'a lower bound and an upper bound make an approximation',
      [
        [5, 'gt'],
        [5, 'lt'],
      ],
      10,
      'approx',
      2,
    ],
    ['an exact value beside an upper bound keeps the bound', [10, [5, 'lte']], 15, 'lte', 2],
    ['absent values are skipped, never read as 0', [null, [57, 'gt'], null, [34, 'gt']], 91, 'gt', 2],
    ['no value gives an empty exact sum', [null, null], 0, null, 0],
  ])('%s', (_, cells, value, qualifier, count) => {
    expect(sumQualified(numbers(...cells))).toEqual({ value, qualifier, count });
  });

  it('sums only the rows it is given', () => {
    const col = numbers(1, [2, 'gt'], 4, [8, 'approx']);
    expect(sumQualified(col, Uint32Array.of(0, 2))).toEqual({ value: 5, qualifier: null, count: 2 });
    expect(sumQualified(col, Uint32Array.of(1, 2))).toEqual({ value: 6, qualifier: 'gt', count: 2 });
  });
});

describe('groupSum', () => {
  it('sums each group with its own qualifier', () => {
    const keys = texts('Giáo Hiệu', 'Nhạn Môn', 'Bằng Thành', 'Giáo Hiệu', null);
    const values = numbers(103, [1000, 'approx'], 35, [5, 'gt'], 99);
    const groups = groupSum(keys, values);
    expect(groups.keys).toEqual(['Giáo Hiệu', 'Nhạn Môn', 'Bằng Thành']);
    expect([0, 1, 2].map((g) => groupAt(groups, g))).toEqual([
      { value: 108, qualifier: 'gt', count: 2 },
      { value: 1000, qualifier: 'approx', count: 1 },
      { value: 35, qualifier: null, count: 1 },
    ]);
  });

  it('leaves a group with no row in the selection at count 0', () => {
    const groups = groupSum(texts('a', 'b'), numbers(1, 2), Uint32Array.of(1));
    expect(groupAt(groups, 0)).toEqual({ value: 0, qualifier: null, count: 0 });
    expect(groupAt(groups, 1)).toEqual({ value: 2, qualifier: null, count: 1 });
  });

  it('groups a million rows over a selection', () => {
    const n = 1_000_000;
    const keys: TextColumn = { type: 'text', dict: ['a', 'b', 'c'], codes: Int32Array.from({ length: n }, (_, i) => i % 3) };
    const values: NumberColumn = { type: 'number', values: new Float64Array(n).fill(2), qualifiers: new Uint8Array(n) };
    values.qualifiers[4] = qualifierCode('gt');
    const every = Uint32Array.from({ length: n / 2 }, (_, i) => i * 2);
    const groups = groupSum(keys, values, every);
    expect(Array.from(groups.counts)).toEqual([166_667, 166_666, 166_667]);
    expect(groupAt(groups, 1)).toEqual({ value: 333_332, qualifier: 'gt', count: 166_666 });
  });
});
