/**
 * How series look, so that no meaning rests on colour alone: each series index gets a colour
 * from the Okabe–Ito palette (told apart by the common colour-vision deficiencies) and, with
 * it, a dash pattern for lines, a point shape for dots and a fill pattern for bars. Two series
 * therefore differ in colour AND in dash, shape and pattern.
 */

/**
 * Okabe–Ito, in the order series take them. Yellow (#F0E442) is pale on white: it comes late
 * and always with its dash, shape and pattern.
 */
export const SERIES_COLORS = ['#0072B2', '#E69F00', '#009E73', '#D55E00', '#CC79A7', '#56B4E9', '#F0E442', '#000000'] as const;

/** A line's `stroke-dasharray` per series: solid first, then patterns that stay apart at 2px. */
export const SERIES_DASHES = ['none', '8 4', '2 3', '10 3 2 3', '4 4', '14 4', '1 5', '6 3 2 3 2 3'] as const;

/** The point shapes of dots and line markers. */
export type PointShape = 'circle' | 'square' | 'triangle' | 'diamond' | 'triangle-down' | 'cross';
/** A point shape per series. */
export const SERIES_SHAPES: readonly PointShape[] = ['circle', 'square', 'triangle', 'diamond', 'triangle-down', 'cross'];

/** The fill patterns of bars and cells: white strokes over the series' colour. */
export type FillPattern = 'solid' | 'diagonal' | 'dots' | 'horizontal' | 'crosshatch' | 'vertical' | 'antidiagonal' | 'grid';
/** A fill pattern per series: the first is plain, so a single series looks like an ordinary bar. */
export const SERIES_PATTERNS: readonly FillPattern[] = [
  'solid',
  'diagonal',
  'dots',
  'horizontal',
  'crosshatch',
  'vertical',
  'antidiagonal',
  'grid',
];

const at = <T>(list: readonly T[], i: number): T => list[((Math.trunc(i) % list.length) + list.length) % list.length]!;

/** The colour of series `i` (wraps around after eight). */
export function seriesColor(i: number): string {
  return at(SERIES_COLORS, i);
}

/** Everything that tells series `i` apart: colour, dash, point shape and fill pattern. */
export interface SeriesStyle {
  color: string;
  dash: string;
  shape: PointShape;
  pattern: FillPattern;
}

/** The look of series `i`. */
export function seriesStyle(i: number): SeriesStyle {
  return { color: seriesColor(i), dash: at(SERIES_DASHES, i), shape: at(SERIES_SHAPES, i), pattern: at(SERIES_PATTERNS, i) };
}

/** The id of series `i`'s fill pattern inside the chart (or legend) whose ids start with `prefix`. */
export function patternId(prefix: string, i: number): string {
  return `${prefix}-pattern-${((Math.trunc(i) % SERIES_PATTERNS.length) + SERIES_PATTERNS.length) % SERIES_PATTERNS.length}`;
}

/**
 * The projector variant: the same hues in the same order, darkened so that each stands at least
 * 4.5:1 against white and survives a washed-out projector; dashes, shapes and patterns stay
 * the same, so meaning still never rests on colour alone.
 */
export const PROJECTOR_COLORS = ['#005A8C', '#A35F00', '#00704F', '#A63F00', '#95416F', '#1B6E9E', '#6E6500', '#000000'] as const;

/**
 * The page's colour tokens in meeting mode (CSS custom properties set on the slide): bars,
 * grid, muted text and the reference line darker, and the two ends of a change (`--projector-up`,
 * `--projector-down`, which the slide's stylesheet gives the dumbbells). The slide's stylesheet
 * also draws strokes thicker.
 */
export const PROJECTOR_TOKENS: Readonly<Record<`--${string}`, string>> = {
  '--ink': '#000000',
  '--muted': '#2f3a45',
  '--bar': PROJECTOR_COLORS[0],
  '--bar-hover': '#003f63',
  '--track': '#d3dbe3',
  '--grid': '#9aa5b1',
  '--line': '#8a96a3',
  '--reference': '#8f1010',
  '--projector-up': PROJECTOR_COLORS[0],
  '--projector-down': PROJECTOR_COLORS[3],
};

/** The projector colour of series `i` (wraps around after eight). */
export function projectorColor(i: number): string {
  return at(PROJECTOR_COLORS, i);
}
