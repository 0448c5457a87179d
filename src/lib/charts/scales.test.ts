import { describe, expect, it } from 'vitest';
import { barXFrame, xyFrame } from './layout.ts';
import { axisTicks, bandScale, bandwidth, barXScales, baseline, center, linearScale, position, subBands, xyScales } from './scales.ts';

describe('barXScales', () => {
  const frame = barXFrame(640, 2);
  const { x, y } = barXScales(['Bộc Bố', 'Giáo Hiệu'], 19, frame);

  it('maps 0 to the left edge and the maximum (19, not rounded up) to the right edge', () => {
    expect(x(0)).toBe(0);
    expect(x(19)).toBe(frame.innerWidth);
    expect(Math.round(x(16))).toBe(525);
  });

  it('gives each key a band, top to bottom in the given order', () => {
    expect(Math.round(y('Bộc Bố')!)).toBe(7);
    expect(Math.round(y('Giáo Hiệu')!)).toBe(75);
    expect(Math.round(y.bandwidth())).toBe(54);
  });

  it('still has a usable domain when every value is 0', () => {
    expect(barXScales(['a'], 0, frame).x.domain()).toEqual([0, 1]);
  });
});

describe('xyScales', () => {
  const frame = xyFrame(640, 260, 0);
  const { innerWidth, innerHeight } = frame;

  it('builds a band x and a rising linear y from plain specs', () => {
    const { x, y } = xyScales({ type: 'band', domain: ['2019', '2020', '2021'], padding: 0.2 }, { type: 'linear', domain: [0, 19] }, frame);
    expect(x.type).toBe('band');
    expect(y.type).toBe('linear');
    expect(position(y, 0)).toBe(innerHeight);
    expect(position(y, 19)).toBe(0);
    expect(position(x, '2019') + bandwidth(x) / 2).toBe(center(x, '2019'));
    expect(position(x, '2021') + bandwidth(x) + position(x, '2019')).toBeCloseTo(innerWidth);
  });

  it('makes a linear domain nice only when asked', () => {
    const spec = { type: 'linear', domain: [0, 19] } as const;
    expect(linearScale(xyScales(spec, spec, frame).x, 't').domain()).toEqual([0, 19]);
    expect(linearScale(xyScales({ ...spec, nice: true }, spec, frame).x, 't').domain()).toEqual([0, 20]);
  });

  it('still has a usable linear domain when every value is the same', () => {
    expect(linearScale(xyScales({ type: 'linear', domain: [0, 0] }, { type: 'linear', domain: [5, 5] }, frame).y, 't').domain()).toEqual([
      5, 6,
    ]);
  });

  it('reads bands and points down the y axis, in order', () => {
    const { x, y } = xyScales({ type: 'point', domain: [2019, 2020, 2021] }, { type: 'band', domain: ['a', 'b'] }, frame);
    expect(position(y, 'a')).toBeLessThan(position(y, 'b'));
    expect(position(x, 2019)).toBeLessThan(position(x, 2020));
    expect(position(x, 2020)).toBeCloseTo(innerWidth / 2);
    expect(bandwidth(x)).toBe(0);
  });

  it('names the mark that needs another kind of axis', () => {
    const { x } = xyScales({ type: 'point', domain: [1] }, { type: 'linear', domain: [0, 1] }, frame);
    expect(() => bandScale(x, 'Bars')).toThrow('Bars needs a band axis, not a point one');
  });

  it('starts bars at 0, or at the end of the domain nearest 0', () => {
    const s = (domain: [number, number]) => linearScale(xyScales({ type: 'linear', domain }, { type: 'linear', domain }, frame).x, 't');
    expect(baseline(s([-10, 10]))).toBeCloseTo(innerWidth / 2);
    expect(baseline(s([5, 10]))).toBe(0);
    expect(baseline(s([-10, -5]))).toBe(innerWidth);
  });
});

describe('axisTicks', () => {
  const frame = xyFrame(640, 260, 0);

  it('gives a linear axis as many round ticks as fit its length', () => {
    const { x, y } = xyScales({ type: 'linear', domain: [0, 100] }, { type: 'linear', domain: [0, 100] }, frame);
    expect(axisTicks(x, frame.innerWidth, 'x')).toEqual([0, 20, 40, 60, 80, 100]);
    expect(axisTicks(y, frame.innerHeight, 'y')).toEqual([0, 20, 40, 60, 80, 100]);
    expect(axisTicks(x, 100, 'x')).toEqual([0, 50, 100]);
    expect(axisTicks(x, frame.innerWidth, 'x', { count: 2 })).toEqual([0, 50, 100]);
  });

  it('names every band, or every second… when they would crowd', () => {
    const names = Array.from({ length: 19 }, (_, i) => String(i + 1));
    const few = xyScales({ type: 'band', domain: names.slice(0, 5) }, { type: 'linear', domain: [0, 1] }, frame).x;
    expect(axisTicks(few, frame.innerWidth, 'x')).toEqual(names.slice(0, 5));
    const many = xyScales({ type: 'band', domain: names }, { type: 'linear', domain: [0, 1] }, xyFrame(300, 260, 0)).x;
    // 19 bands in 240 px: a step of 12.6 px, so one name in four stands 44 px from the next.
    expect(axisTicks(many, 240, 'x')).toEqual(['1', '5', '9', '13', '17']);
    expect(axisTicks(many, 240, 'x', { thin: false })).toEqual(names);
  });
});

describe('subBands', () => {
  it('splits a band among the series, in order, inside it', () => {
    const sub = subBands(['a', 'b'], 100);
    expect(sub('a')).toBe(0);
    expect(sub('b')! + sub.bandwidth()).toBeCloseTo(100);
    expect(sub.bandwidth()).toBeGreaterThan(40);
  });
});
