/**
 * Shapes, pure: the path of a line (straight or monotone, broken where a value is missing),
 * stacked segments, point symbols and an arrowhead, in pixels. Marks draw what these return.
 *
 * These follow d3-shape (`line()` with `curveLinear`/`curveMonotoneX`, `stack()` with a
 * diverging offset, `symbol()`), which is not a dependency of the project: the few lines here
 * keep the page's JavaScript small. Should d3-shape be added, only this file changes.
 */
import type { PointShape } from './palette.ts';

/** A point of a line in pixels, or null where the value is missing (the line breaks there). */
export type PathPoint = readonly [x: number, y: number] | null;

/** How a line goes from point to point: straight, or a smooth curve that never overshoots. */
export type Curve = 'linear' | 'monotone';

/** Two decimals are finer than a pixel and keep the paths short. */
const n = (v: number): string => String(Math.round(v * 100) / 100);

/**
 * The `d` of a line through `points`, broken into separate pieces at each null. `monotone` is
 * the monotone cubic of Steffen (d3's `curveMonotoneX`): it passes through every point and
 * never rises above or dips below its neighbours, so it never shows a value that is not there.
 */
export function linePath(points: readonly PathPoint[], curve: Curve = 'linear'): string {
  const pieces: (readonly [number, number])[][] = [[]];
  for (const p of points) {
    if (p) pieces.at(-1)!.push(p);
    else if (pieces.at(-1)!.length) pieces.push([]);
  }
  return pieces
    .filter((piece) => piece.length)
    .map((piece) => (curve === 'monotone' && piece.length > 2 ? monotonePiece(piece) : linearPiece(piece)))
    .join('');
}

function linearPiece(piece: readonly (readonly [number, number])[]): string {
  // A lone point is a zero-length segment: with round caps it still shows as a dot.
  const [first, ...rest] = piece;
  const tail = rest.length ? rest : [first!];
  return `M${n(first![0])},${n(first![1])}` + tail.map(([x, y]) => `L${n(x)},${n(y)}`).join('');
}

const sign = (v: number): number => (v < 0 ? -1 : 1);

/** The tangent at a middle point (Steffen 1990, as in d3-shape). */
function slope3(p0: readonly [number, number], p1: readonly [number, number], p2: readonly [number, number]): number {
  const h0 = p1[0] - p0[0];
  const h1 = p2[0] - p1[0];
  const s0 = (p1[1] - p0[1]) / (h0 || (h1 < 0 ? -0 : 0));
  const s1 = (p2[1] - p1[1]) / (h1 || (h0 < 0 ? -0 : 0));
  const p = (s0 * h1 + s1 * h0) / (h0 + h1);
  return (sign(s0) + sign(s1)) * Math.min(Math.abs(s0), Math.abs(s1), 0.5 * Math.abs(p)) || 0;
}

/** The tangent at an end point, from the neighbouring tangent `t`. */
function slope2(p0: readonly [number, number], p1: readonly [number, number], t: number): number {
  const h = p1[0] - p0[0];
  return h ? ((3 * (p1[1] - p0[1])) / h - t) / 2 : t;
}

function monotonePiece(piece: readonly (readonly [number, number])[]): string {
  const last = piece.length - 1;
  const t = piece.map((p, i) => (i === 0 || i === last ? 0 : slope3(piece[i - 1]!, p, piece[i + 1]!)));
  t[0] = slope2(piece[0]!, piece[1]!, t[1]!);
  t[last] = slope2(piece[last - 1]!, piece[last]!, t[last - 1]!);
  let d = `M${n(piece[0]![0])},${n(piece[0]![1])}`;
  for (let i = 0; i < last; i++) {
    const [x0, y0] = piece[i]!;
    const [x1, y1] = piece[i + 1]!;
    const dx = (x1 - x0) / 3;
    d += `C${n(x0 + dx)},${n(y0 + dx * t[i]!)},${n(x1 - dx)},${n(y1 - dx * t[i + 1]!)},${n(x1)},${n(y1)}`;
  }
  return d;
}

/** One value of a stack: its band and its series. */
export interface StackInput {
  band: string;
  series: string;
  value: number;
}

/** A datum placed in its stack: from and to, in data units, and its series' index. */
export interface StackSegment<D extends StackInput> {
  datum: D;
  /** The series' index in the order given (its colour, pattern). */
  index: number;
  from: number;
  to: number;
}

/**
 * Stacks the values of each band in the order of `series` (d3's `stackOffsetDiverging`):
 * positive values pile up from 0, negative ones down from 0, so each band's segments add up to
 * its total. A datum whose series is not listed is left out.
 */
export function stackSegments<D extends StackInput>(data: readonly D[], series: readonly string[]): StackSegment<D>[] {
  const order = new Map(series.map((s, i) => [s, i]));
  const up = new Map<string, number>();
  const down = new Map<string, number>();
  return data
    .filter((d) => order.has(d.series))
    .sort((a, b) => order.get(a.series)! - order.get(b.series)!)
    .map((datum) => {
      const ends = datum.value < 0 ? down : up;
      const from = ends.get(datum.band) ?? 0;
      const to = from + datum.value;
      ends.set(datum.band, to);
      return { datum, index: order.get(datum.series)!, from, to };
    });
}

/** The lowest and highest ends of the stacks (0 included): the domain a stacked chart needs. */
export function stackExtent(data: readonly StackInput[], series: readonly string[]): [number, number] {
  let lo = 0;
  let hi = 0;
  for (const s of stackSegments(data, series)) {
    lo = Math.min(lo, s.to);
    hi = Math.max(hi, s.to);
  }
  return [lo, hi];
}

/** The `d` of a point shape about 2·`r` across, centred on 0,0 (put it in place with a transform). */
export function symbolPath(shape: PointShape, r: number): string {
  const p = (pts: [number, number][]): string => 'M' + pts.map(([x, y]) => `${n(x)},${n(y)}`).join('L') + 'Z';
  switch (shape) {
    case 'circle':
      return `M${n(r)},0A${n(r)},${n(r)} 0 1,1 ${n(-r)},0A${n(r)},${n(r)} 0 1,1 ${n(r)},0Z`;
    case 'square': {
      const h = r * 0.9;
      return p([
        [-h, -h],
        [h, -h],
        [h, h],
        [-h, h],
      ]);
    }
    case 'triangle':
      return p([
        [0, -r * 1.2],
        [r * 1.1, r * 0.8],
        [-r * 1.1, r * 0.8],
      ]);
    case 'triangle-down':
      return p([
        [0, r * 1.2],
        [-r * 1.1, -r * 0.8],
        [r * 1.1, -r * 0.8],
      ]);
    case 'diamond':
      return p([
        [0, -r * 1.3],
        [r, 0],
        [0, r * 1.3],
        [-r, 0],
      ]);
    case 'cross': {
      const a = r * 1.1;
      const b = r * 0.38;
      return p([
        [-b, -a],
        [b, -a],
        [b, -b],
        [a, -b],
        [a, b],
        [b, b],
        [b, a],
        [-b, a],
        [-b, b],
        [-a, b],
        [-a, -b],
        [-b, -b],
      ]);
    }
  }
}

/**
 * A filled arrowhead whose tip is at `to`, pointing away from `from`, `size` pixels long (an
 * SVG marker's colour cannot follow its line everywhere yet; a path can).
 */
export function arrowHead(from: readonly [number, number], to: readonly [number, number], size = 8): string {
  const angle = Math.atan2(to[1] - from[1], to[0] - from[0]);
  const back = (spread: number): string => `${n(to[0] - size * Math.cos(angle + spread))},${n(to[1] - size * Math.sin(angle + spread))}`;
  return `M${n(to[0])},${n(to[1])}L${back(0.5)}L${back(-0.5)}Z`;
}
