import { describe, expect, it } from 'vitest';
import {
  patternId,
  PROJECTOR_COLORS,
  PROJECTOR_TOKENS,
  projectorColor,
  SERIES_COLORS,
  SERIES_DASHES,
  SERIES_PATTERNS,
  seriesColor,
  seriesStyle,
} from './palette.ts';

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

describe('the projector palette', () => {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5]
      .map((k) => parseInt(hex.slice(k, k + 2), 16) / 255)
      .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const contrast = (hex: string) => 1.05 / (luminance(hex) + 0.05);

  it('keeps eight distinct colours, each at least 4.5:1 on white (the Okabe–Ito yellow is not)', () => {
    expect(new Set(PROJECTOR_COLORS).size).toBe(SERIES_COLORS.length);
    for (const c of PROJECTOR_COLORS) expect(contrast(c), c).toBeGreaterThanOrEqual(4.5);
    expect(contrast('#F0E442')).toBeLessThan(4.5);
  });

  it('is darker than the screen palette, series by series, and wraps around', () => {
    PROJECTOR_COLORS.forEach((c, i) => expect(luminance(c)).toBeLessThanOrEqual(luminance(SERIES_COLORS[i]!)));
    expect(projectorColor(PROJECTOR_COLORS.length + 1)).toBe(PROJECTOR_COLORS[1]);
  });

  it('sets the bars and the ends of a change to projector colours', () => {
    expect(PROJECTOR_TOKENS['--bar']).toBe(PROJECTOR_COLORS[0]);
    expect(contrast(PROJECTOR_TOKENS['--muted']!)).toBeGreaterThanOrEqual(7);
  });
});
