/**
 * Chart geometry, pure: the frame (size and margins) of a horizontal bar chart, where the
 * name, the bar and its value label sit inside a band, and how many ticks fit a width.
 */

/** Space around the plotting area, in pixels. */
export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** The chart's outer size, its margins, and the plotting area inside them. */
export interface Frame {
  width: number;
  height: number;
  margin: Margin;
  innerWidth: number;
  innerHeight: number;
}

/** The height of one band: a name line above a bar. */
export const BAND_STEP = 68;
/** Room for the name above each bar. */
export const NAME_HEIGHT = 22;
/** Below this width a chart is drawn at this width rather than crushing its bars. */
export const MIN_WIDTH = 240;
/** The width used before the container has been measured (first render, tests). */
export const FALLBACK_WIDTH = 640;

const BAR_MARGIN: Margin = { top: 30, right: 12, bottom: 30, left: 4 };

/** The frame of a horizontal bar chart with `bands` bars, `width` pixels wide. */
export function barXFrame(width: number, bands: number, margin: Margin = BAR_MARGIN): Frame {
  const w = Math.max(MIN_WIDTH, Math.round(width || FALLBACK_WIDTH));
  const innerHeight = Math.max(1, bands) * BAND_STEP;
  return {
    width: w,
    height: innerHeight + margin.top + margin.bottom,
    margin,
    innerWidth: w - margin.left - margin.right,
    innerHeight,
  };
}

/** Where the name and the bar sit inside a band starting at `y` and `bandwidth` tall. */
export function bandParts(y: number, bandwidth: number): { nameY: number; barY: number; barHeight: number } {
  const barHeight = Math.max(4, bandwidth - NAME_HEIGHT);
  return { nameY: y + NAME_HEIGHT - 7, barY: y + NAME_HEIGHT, barHeight };
}

/** About how many axis ticks fit: one per 90 pixels, at least two. */
export function tickCount(innerWidth: number): number {
  return Math.max(2, Math.floor(innerWidth / 90));
}

/**
 * Whether a value label fits inside its bar (drawn in white at the bar's end) or goes just
 * after it: `chars` characters need about 9 pixels each at the label's size.
 */
export function labelInside(barWidth: number, chars: number): boolean {
  return barWidth >= chars * 9 + 16;
}

/** The height of a general chart: its total height in pixels, or one `step` per band of its y scale. */
export type XYHeight = number | { step: number };

/** The total height of a general chart when none is given. */
export const XY_HEIGHT = 260;

/** The margins of a general chart: room for the value labels on the left and the ticks below. */
export const XY_MARGIN: Margin = { top: 20, right: 16, bottom: 32, left: 44 };

/**
 * The frame of a general chart `width` pixels wide (the same floor and fallback as the bar
 * chart's): `height` pixels tall in all, or one `step` per band (`bands` of them, at least one)
 * plus the margins.
 */
export function xyFrame(width: number, height: XYHeight, bands: number, margin: Margin = XY_MARGIN): Frame {
  const w = Math.max(MIN_WIDTH, Math.round(width || FALLBACK_WIDTH));
  const innerHeight =
    typeof height === 'number' ? Math.max(1, Math.round(height) - margin.top - margin.bottom) : Math.max(1, bands) * height.step;
  return {
    width: w,
    height: innerHeight + margin.top + margin.bottom,
    margin,
    innerWidth: Math.max(1, w - margin.left - margin.right),
    innerHeight,
  };
}

/** About how many ticks fit a vertical axis: one per 50 pixels, at least two. */
export function tickCountY(innerHeight: number): number {
  return Math.max(2, Math.floor(innerHeight / 50));
}

/** Below this many pixels apart, the names of a band or point axis are thinned out (x, y). */
export const NAME_GAP = { x: 44, y: 16 } as const;

/**
 * Places labels wanted at `positions` (pixels along one axis) at least `gap` apart, in the
 * same order, each moved as little as this simple pass allows: labels that would overlap are
 * pushed away from each other evenly about where they wanted to be (the names at the ends of
 * lines that finish close together).
 */
export function spreadApart(positions: readonly number[], gap: number): number[] {
  const order = positions.map((p, i) => [p, i] as const).sort((a, b) => a[0] - b[0]);
  // Clusters of labels that touch, each centred on the mean of what its labels wanted.
  const clusters: { want: number[]; index: number[] }[] = [];
  const start = (c: { want: number[] }) => c.want.reduce((a, b) => a + b, 0) / c.want.length - ((c.want.length - 1) * gap) / 2;
  for (const [p, i] of order) {
    clusters.push({ want: [p], index: [i] });
    // Merge with the cluster above while they overlap.
    while (clusters.length > 1) {
      const b = clusters.at(-1)!;
      const a = clusters.at(-2)!;
      if (start(a) + a.want.length * gap <= start(b)) break;
      clusters.splice(-2, 2, { want: [...a.want, ...b.want], index: [...a.index, ...b.index] });
    }
  }
  const out = new Array<number>(positions.length);
  for (const c of clusters) c.index.forEach((i, k) => (out[i] = start(c) + k * gap));
  return out;
}
