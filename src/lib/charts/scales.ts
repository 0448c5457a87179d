/**
 * Scales, pure: d3-scale computes them from the data's extent and the chart's frame.
 */
import { scaleBand, scaleLinear, type ScaleBand, type ScaleLinear } from 'd3-scale';
import type { Frame } from './layout.ts';

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
