/**
 * The typed context a chart gives its marks: scales, frame and tooltip. Marks read it and
 * never compute scales themselves.
 */
import { createContext } from 'svelte';
import type { Frame } from './layout.ts';
import type { BarXScales, XYScales } from './scales.ts';
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

/**
 * What every mark of a general chart (XYChart) can read: its two scales, each with its kind
 * (linear, band or point), the frame, the tooltip, and the chart's id (the prefix of the ids of
 * its SVG patterns). Getters: the values follow the chart's size.
 */
export interface XYContext extends XYScales {
  readonly frame: Frame;
  readonly tooltip: TooltipState;
  /** Unique on the page: the prefix of the chart's SVG ids (`patternId(id, i)`). */
  readonly id: string;
}

const [getXY, setXY] = createContext<XYContext>();

/** The context of the enclosing XYChart (throws outside one). */
export const getXYContext = getXY;
/** Gives the marks of an XYChart their context. */
export const setXYContext = setXY;
