/**
 * Scales, pure: d3-scale computes them from the data's extent and the chart's frame.
 */
import { scaleBand, scaleLinear, scalePoint, type ScaleBand, type ScaleLinear, type ScalePoint } from 'd3-scale';
import { NAME_GAP, tickCount, tickCountY, type Frame } from './layout.ts';

/** The scales of a horizontal bar chart: values along x, one band per key along y. */
export interface BarXScales {
  x: ScaleLinear<number, number>;
  y: ScaleBand<string>;
}

/**
 * Scales for horizontal bars from 0 to `max` (not rounded up: a reference value such as
 * 19 criteria is the chart's right edge), one band per key in the given order.
 */
export function barXScales(keys: readonly string[], max: number, frame: Frame): BarXScales {
  return {
    x: scaleLinear()
      .domain([0, max > 0 ? max : 1])
      .range([0, frame.innerWidth]),
    y: scaleBand<string>().domain(keys).range([0, frame.innerHeight]).paddingInner(0.2).paddingOuter(0.1),
  };
}

/*
 * The general frame (XYChart). A view-model describes each axis as a plain spec (data, no d3
 * object, so it stays pure and comparable in tests); `xyScales` turns the specs into d3 scales
 * for the chart's frame, and marks read them from the context.
 */

/** A continuous axis from `domain[0]` to `domain[1]`; `nice` rounds the ends out to round ticks. */
export interface LinearSpec {
  type: 'linear';
  domain: readonly [number, number];
  nice?: boolean;
}

/** One band per name, in order (bars, cells); `padding` is the gap between bands, 0–1 of a step (default 0.2). */
export interface BandSpec {
  type: 'band';
  domain: readonly string[];
  padding?: number;
}

/** One point per value, in order, evenly spaced (years on a line); `padding` is the room at each end, in steps (default 0.5). */
export interface PointSpec {
  type: 'point';
  domain: readonly (string | number)[];
  padding?: number;
}

/** How one axis of a chart maps its values to pixels. */
export type ScaleSpec = LinearSpec | BandSpec | PointSpec;

/** A d3 scale with its kind, so a mark can tell a band from a line of values. */
export type XYScale =
  | { type: 'linear'; scale: ScaleLinear<number, number> }
  | { type: 'band'; scale: ScaleBand<string> }
  | { type: 'point'; scale: ScalePoint<string | number> };

/** The two scales of a general chart. */
export interface XYScales {
  x: XYScale;
  y: XYScale;
}

/** A value a mark places on an axis: a number on a linear axis, a name (or a year) on a band or point axis. */
export type AxisValue = number | string;

/** The d3 scale of `spec` over `range`; a linear spec made nice with about `ticks` ticks. */
export function xyScale(spec: ScaleSpec, range: readonly [number, number], ticks: number): XYScale {
  switch (spec.type) {
    case 'linear': {
      const [lo, hi] = spec.domain;
      // An empty extent (every value 0) still needs a usable scale.
      const scale = scaleLinear()
        .domain(lo === hi ? [lo, lo + 1] : [lo, hi])
        .range(range);
      if (spec.nice) scale.nice(ticks);
      return { type: 'linear', scale };
    }
    case 'band':
      return {
        type: 'band',
        scale: scaleBand<string>()
          .domain(spec.domain)
          .range(range)
          .paddingInner(spec.padding ?? 0.2)
          .paddingOuter((spec.padding ?? 0.2) / 2),
      };
    case 'point':
      return {
        type: 'point',
        scale: scalePoint<string | number>()
          .domain(spec.domain)
          .range(range)
          .padding(spec.padding ?? 0.5),
      };
  }
}

/**
 * The scales of a general chart for its frame: x left to right; y bottom to top when linear
 * (values rise), top to bottom when bands or points (names read down, in order).
 */
export function xyScales(x: ScaleSpec, y: ScaleSpec, frame: Frame): XYScales {
  return {
    x: xyScale(x, [0, frame.innerWidth], tickCount(frame.innerWidth)),
    y: xyScale(y, y.type === 'linear' ? [frame.innerHeight, 0] : [0, frame.innerHeight], tickCountY(frame.innerHeight)),
  };
}

/** Where `value` starts on the axis: the band's start on a band axis, else the value's place. */
export function position(s: XYScale, value: AxisValue): number {
  switch (s.type) {
    case 'linear':
      return s.scale(Number(value));
    case 'band':
      return s.scale(String(value)) ?? 0;
    case 'point':
      return s.scale(value) ?? 0;
  }
}

/** Where `value` sits on the axis: the middle of its band on a band axis, else the value's place. */
export function center(s: XYScale, value: AxisValue): number {
  return position(s, value) + bandwidth(s) / 2;
}

/** The width of a band (0 on a linear or point axis). */
export function bandwidth(s: XYScale): number {
  return s.type === 'band' ? s.scale.bandwidth() : 0;
}

/** The place of 0 on a linear axis, or of the domain's end nearest to 0 when 0 is outside it: where bars start. */
export function baseline(s: ScaleLinear<number, number>): number {
  const [lo, hi] = s.domain() as [number, number];
  return s(Math.min(Math.max(0, Math.min(lo, hi)), Math.max(lo, hi)));
}

/** The band scale a mark needs (throws, naming the mark, when the axis is not a band axis). */
export function bandScale(s: XYScale, mark: string): ScaleBand<string> {
  if (s.type !== 'band') throw new Error(`${mark} needs a band axis, not a ${s.type} one`);
  return s.scale;
}

/** The linear scale a mark needs (throws, naming the mark, when the axis is not linear). */
export function linearScale(s: XYScale, mark: string): ScaleLinear<number, number> {
  if (s.type !== 'linear') throw new Error(`${mark} needs a linear axis, not a ${s.type} one`);
  return s.scale;
}

/**
 * The ticks of an axis `length` pixels long: round values that fit (about `count`, else one
 * per 90 px along x and 50 px along y) on a linear axis; every name on a band or point axis,
 * or every second, third… when names would stand closer than NAME_GAP (`thin` false keeps all).
 */
export function axisTicks(s: XYScale, length: number, along: 'x' | 'y', options: { count?: number; thin?: boolean } = {}): AxisValue[] {
  if (s.type === 'linear') return s.scale.ticks(options.count ?? (along === 'x' ? tickCount(length) : tickCountY(length)));
  const domain: AxisValue[] = s.scale.domain();
  if (options.thin === false) return domain;
  const every = Math.max(1, Math.ceil(NAME_GAP[along] / Math.max(s.scale.step(), 1e-6)));
  return domain.filter((_, i) => i % every === 0);
}

/**
 * The sub-bands of grouped bars: one per series, inside a band `bandwidth` wide (the band
 * scale of the chart places the group; this places each bar within it).
 */
export function subBands(series: readonly string[], bandwidth: number, padding = 0.1): ScaleBand<string> {
  return scaleBand<string>().domain(series).range([0, bandwidth]).paddingInner(padding);
}
