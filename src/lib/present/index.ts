/**
 * View-models: records and choices → what a card, a chart or a table shows.
 */
export type { BarDatum } from './chart-types.ts';
export { criteriaChart } from './criteria-chart.ts';
export type { CriteriaChart } from './criteria-chart.ts';
export { FIGURE_LIMIT, KIND_ORDER, figureRows, figureSourceRows } from './figures.ts';
export type { FigureRow, Label } from './figures.ts';
export { kpiCards, sourceLine } from './kpi-cards.ts';
export { partsName, placeName } from './levels.ts';
export type { KpiCard } from './kpi-cards.ts';
export type { ChangeDatum, CommuneHistory, CriteriaGrid, CriteriaView, CriteriaYearRow } from './criteria-view.ts';
export type { KindView, ViewChart } from './kind-views.ts';
export { topAndBottom } from './view-chart.ts';
export type { BarChartModel, ValueStyle } from './view-chart.ts';
// The views' view-models are imported from their files (criteria-view.ts, kind-views.ts) by the
// views, which load on demand: through this index they would join the first page.
