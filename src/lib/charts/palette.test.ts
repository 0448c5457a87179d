import { describe, expect, it } from 'vitest';
import { patternId, SERIES_COLORS, SERIES_DASHES, SERIES_PATTERNS, seriesColor, seriesStyle } from './palette.ts';

describe('the series palette', () => {
  it('starts with Okabe–Ito blue and orange, and wraps around', () => {
    expect(seriesColor(0)).toBe('#0072B2');
    expect(seriesColor(1)).toBe('#E69F00');
    expect(seriesColor(SERIES_COLORS.length)).toBe('#0072B2');
    expect(seriesColor(-1)).toBe('#000000');
  });

  it('tells the first series apart by more than colour: dash, shape and pattern differ too', () => {
    const styles = [0, 1, 2, 3, 4, 5].map(seriesStyle);
    for (const key of ['color', 'dash', 'shape', 'pattern'] as const) {
      expect(new Set(styles.map((s) => s[key])).size).toBe(6);
    }
    expect(new Set(SERIES_DASHES).size).toBe(SERIES_DASHES.length);
    expect(seriesStyle(0)).toMatchObject({ dash: 'none', pattern: 'solid', shape: 'circle' });
  });

  it('names each pattern inside its chart', () => {
    expect(patternId('s1', 2)).toBe('s1-pattern-2');
    expect(patternId('s1', SERIES_PATTERNS.length + 1)).toBe('s1-pattern-1');
  });
});
