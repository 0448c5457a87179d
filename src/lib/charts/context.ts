/**
 * The typed context a chart gives its marks: scales, frame and tooltip. Marks read it and
 * never compute scales themselves.
 */
import { createContext } from 'svelte';
import type { Frame } from './layout.ts';
import type { BarXScales } from './scales.ts';
import type { TooltipState } from './tooltip.svelte.ts';

/** What every mark of a chart can read (getters: the values follow the chart's size). */
export interface ChartContext extends BarXScales {
  readonly frame: Frame;
  readonly tooltip: TooltipState;
}

const [get, set] = createContext<ChartContext>();

/** The context of the enclosing chart (throws outside a chart). */
export const getChartContext = get;
/** Gives the marks of a chart their context. */
export const setChartContext = set;
