/**
 * The chart layer. `Chart` + AxisY/BarX/GridX/RuleX draw the overview's horizontal bars;
 * `XYChart` is the general frame: give it an x and a y scale spec (plain data) and compose its
 * marks inside it. Every mark reads the scales from the frame's context and draws data already
 * worded (key, value text, description).
 */
export { default as Chart } from './Chart.svelte';
export { default as ChartFigure } from './ChartFigure.svelte';
export { default as XYChart } from './XYChart.svelte';
export { default as SmallMultiples } from './SmallMultiples.svelte';
export { default as Legend } from './Legend.svelte';
export { default as Axis } from './marks/Axis.svelte';
export { default as Bars } from './marks/Bars.svelte';
export { default as GroupedBars } from './marks/GroupedBars.svelte';
export { default as Stack } from './marks/Stack.svelte';
export { default as Line } from './marks/Line.svelte';
export { default as Dots } from './marks/Dots.svelte';
export { default as Dumbbell } from './marks/Dumbbell.svelte';
export { default as Cells } from './marks/Cells.svelte';
export { default as Rule } from './marks/Rule.svelte';
export { default as Labels } from './marks/Labels.svelte';
export { getXYContext, type XYContext } from './context.ts';
export type { BandDatum, CellDatum, DotDatum, LabelDatum, LineSeries, MarkDatum, PointDatum, RangeDatum, SeriesDatum } from './data.ts';
export type { Margin, XYHeight } from './layout.ts';
export { SERIES_COLORS, SERIES_DASHES, SERIES_PATTERNS, SERIES_SHAPES, seriesColor, seriesStyle, type SeriesStyle } from './palette.ts';
export type { AxisValue, BandSpec, LinearSpec, PointSpec, ScaleSpec } from './scales.ts';
export { stackExtent, type Curve } from './shapes.ts';
