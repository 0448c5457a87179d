import { describe, expect, it } from 'vitest';
import {
  BAND_STEP,
  bandParts,
  barXFrame,
  FALLBACK_WIDTH,
  labelInside,
  MIN_WIDTH,
  NAME_HEIGHT,
  spreadApart,
  tickCount,
  tickCountY,
  XY_MARGIN,
  xyFrame,
} from './layout.ts';

describe('barXFrame', () => {
  it('grows one band step per bar, inside fixed margins', () => {
    const f = barXFrame(800, 2);
    expect(f.width).toBe(800);
    expect(f.innerHeight).toBe(2 * BAND_STEP);
    expect(f.height).toBe(f.innerHeight + f.margin.top + f.margin.bottom);
    expect(f.innerWidth).toBe(800 - f.margin.left - f.margin.right);
  });

  it.each([
    ['an unmeasured container uses the fallback width', 0, FALLBACK_WIDTH],
    ['a narrow container never crushes the bars', 120, MIN_WIDTH],
    ['a fractional width is rounded', 640.6, 641],
  ])('%s', (_, width, expected) => {
    expect(barXFrame(width, 1).width).toBe(expected);
  });

  it('keeps one band of room when there is no bar', () => {
    expect(barXFrame(640, 0).innerHeight).toBe(BAND_STEP);
  });
});

describe('bandParts', () => {
  it('puts the name above the bar, inside the band', () => {
    const { nameY, barY, barHeight } = bandParts(100, 50);
    expect(nameY).toBeGreaterThan(100);
    expect(nameY).toBeLessThan(barY);
    expect(barY).toBe(100 + NAME_HEIGHT);
    expect(barY + barHeight).toBe(150);
  });
});

describe('tickCount and labelInside', () => {
  it.each([
    [100, 2],
    [624, 6],
    [1200, 13],
  ])('a %dpx axis gets %d ticks', (width, count) => {
    expect(tickCount(width)).toBe(count);
  });

  it.each([
    [500, 5, true],
    [40, 5, false],
    [61, 5, true],
  ])('a %dpx bar holds a %d-character label inside: %s', (w, chars, inside) => {
    expect(labelInside(w, chars)).toBe(inside);
  });
});

describe('xyFrame and tickCountY', () => {
  it('holds a total height inside the margins', () => {
    const f = xyFrame(800, 300, 0, XY_MARGIN);
    expect(f.height).toBe(300);
    expect(f.innerHeight).toBe(300 - XY_MARGIN.top - XY_MARGIN.bottom);
    expect(f.innerWidth).toBe(800 - XY_MARGIN.left - XY_MARGIN.right);
  });

  it('grows one step per band, at least one', () => {
    expect(xyFrame(800, { step: 24 }, 10).innerHeight).toBe(240);
    expect(xyFrame(800, { step: 24 }, 0).innerHeight).toBe(24);
  });

  it.each([
    ['an unmeasured container uses the fallback width', 0, FALLBACK_WIDTH],
    ['a narrow container never crushes the marks', 120, MIN_WIDTH],
  ])('%s', (_, width, expected) => {
    expect(xyFrame(width, 200, 0).width).toBe(expected);
  });

  it.each([
    [60, 2],
    [208, 4],
    [400, 8],
  ])('a %dpx-high axis gets %d ticks', (height, count) => {
    expect(tickCountY(height)).toBe(count);
  });
});

describe('spreadApart', () => {
  it('leaves labels that do not touch where they are', () => {
    expect(spreadApart([10, 50, 30], 14)).toEqual([10, 50, 30]);
  });

  it('pushes touching labels apart about where they wanted to be, keeping their order', () => {
    expect(spreadApart([100, 104], 14)).toEqual([95, 109]);
    expect(spreadApart([104, 100], 14)).toEqual([109, 95]);
    const three = spreadApart([50, 52, 54, 200], 14);
    expect(three).toEqual([38, 52, 66, 200]);
  });

  it('merges a cluster that grows into its neighbour', () => {
    const out = spreadApart([0, 20, 22], 14);
    expect(out[1]! - out[0]!).toBeGreaterThanOrEqual(14);
    expect(out[2]! - out[1]!).toBeGreaterThanOrEqual(14);
  });
});
