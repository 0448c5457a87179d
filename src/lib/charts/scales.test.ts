import { describe, expect, it } from 'vitest';
import { barXFrame } from './layout.ts';
import { barXScales } from './scales.ts';

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
