import { describe, expect, it } from 'vitest';
import { arrowHead, linePath, stackExtent, stackSegments, symbolPath, type PathPoint } from './shapes.ts';
import { SERIES_SHAPES } from './palette.ts';

/** The points a path's commands end at (M, L, and a C's last pair), as numbers. */
function ends(d: string): [number, number][] {
  return [...d.matchAll(/([MLC])([^MLCZA]+)/g)].map(([, , args]) => {
    const nums = args!.split(/[ ,]/).filter(Boolean).map(Number);
    return [nums.at(-2)!, nums.at(-1)!];
  });
}

const points: PathPoint[] = [
  [0, 100],
  [50, 40],
  [100, 60],
  [150, 0],
];

describe('linePath', () => {
  it('goes straight through every point, in order', () => {
    expect(linePath(points)).toBe('M0,100L50,40L100,60L150,0');
  });

  it('curves through every point when monotone', () => {
    const d = linePath(points, 'monotone');
    expect(d.match(/C/g)).toHaveLength(3);
    expect(ends(d)).toEqual(points);
  });

  it('never overshoots a flat stretch when monotone (the control points stay level)', () => {
    const d = linePath(
      [
        [0, 10],
        [10, 50],
        [20, 50],
        [30, 90],
      ],
      'monotone',
    );
    const middle = d.split('C')[2]!.split(/[ ,]/).map(Number);
    expect(middle.filter((_, i) => i % 2 === 1)).toEqual([50, 50, 50]);
  });

  it('breaks at a missing value, and draws a lone point as a dot', () => {
    expect(linePath([[0, 0], [10, 10], null, [20, 5]])).toBe('M0,0L10,10M20,5L20,5');
    expect(linePath([null, null])).toBe('');
  });

  it('rounds to hundredths of a pixel', () => {
    expect(
      linePath([
        [1 / 3, 2 / 3],
        [1, 1],
      ]),
    ).toBe('M0.33,0.67L1,1');
  });
});

describe('stackSegments and stackExtent', () => {
  const data = [
    { band: '2020', series: 'b', value: 3 },
    { band: '2020', series: 'a', value: 5 },
    { band: '2021', series: 'a', value: 2 },
    { band: '2021', series: 'b', value: -4 },
    { band: '2021', series: 'c', value: 7 },
    { band: '2021', series: 'x', value: 100 },
  ];

  it('piles each band up in the order of the series, so the segments add up to the band', () => {
    const segs = stackSegments(data, ['a', 'b', 'c']);
    const of = (band: string) => segs.filter((s) => s.datum.band === band).map((s) => [s.datum.series, s.index, s.from, s.to]);
    expect(of('2020')).toEqual([
      ['a', 0, 0, 5],
      ['b', 1, 5, 8],
    ]);
    // A negative value goes down from 0; the next positive one carries on from the top.
    expect(of('2021')).toEqual([
      ['a', 0, 0, 2],
      ['b', 1, 0, -4],
      ['c', 2, 2, 9],
    ]);
  });

  it('leaves out a series not listed', () => {
    expect(stackSegments(data, ['a', 'b', 'c']).some((s) => s.datum.series === 'x')).toBe(false);
  });

  it('gives the domain of the stacks, 0 included', () => {
    expect(stackExtent(data, ['a', 'b', 'c'])).toEqual([-4, 9]);
    expect(stackExtent([], ['a'])).toEqual([0, 0]);
  });
});

describe('symbolPath and arrowHead', () => {
  it.each(SERIES_SHAPES)('draws a closed %s about its centre', (shape) => {
    const d = symbolPath(shape, 5);
    expect(d.startsWith('M')).toBe(true);
    expect(d.endsWith('Z')).toBe(true);
    const nums = d.match(/-?\d+(\.\d+)?/g)!.map(Number);
    expect(Math.max(...nums.map(Math.abs))).toBeLessThanOrEqual(6.5);
  });

  it('points the arrow at its tip, away from where the line comes from', () => {
    const [tip, a, b] = ends(arrowHead([0, 0], [100, 0], 8).replace('Z', ''));
    expect(tip).toEqual([100, 0]);
    expect(a![0]).toBeLessThan(100);
    expect(b![0]).toBeLessThan(100);
    const [leftTip, c] = ends(arrowHead([100, 0], [0, 0], 8).replace('Z', ''));
    expect(leftTip).toEqual([0, 0]);
    expect(c![0]).toBeGreaterThan(0);
  });
});
