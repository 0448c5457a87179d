/**
 * The dashboard's view of the loaded data: the overview's figures, its cards, its chart and
 * its figures table, derived from the datasets and the language, never stored.
 */
import { computeOverview, type Overview } from '../aggregate/index.ts';
import { formatInteger } from '../i18n/index.ts';
import { type I18n } from '../i18n/i18n.svelte.ts';
import { FIGURE_LIMIT, figureRows, figureSourceRows, type FigureRow, criteriaChart, type CriteriaChart, kpiCards, type KpiCard } from '../present/index.ts';
import type { Datasets } from './datasets.svelte.ts';

/** Everything the overview page shows. */
export class Dashboard {
  readonly datasets: Datasets;
  /** The key figures, as numbers. */
  readonly overview: Overview;
  /** The key figures as cards, in the current language. */
  readonly kpis: KpiCard[];
  /** The criteria-per-commune chart, in the current language. */
  readonly criteriaChart: CriteriaChart;
  /** Every figure with its source, for the figures table (language-neutral: cells are worded when drawn). */
  readonly figures: FigureRow[];
  /** The figures table is cut at FIGURE_LIMIT: how many records there are in all, or null when nothing was cut. */
  readonly figuresCut: number | null;
  /** "7 tệp dữ liệu, 25 dòng số liệu". */
  readonly summary: string;

  constructor(datasets: Datasets, i18n: I18n) {
    this.datasets = datasets;
    this.overview = $derived(computeOverview(datasets.tables));
    this.kpis = $derived(kpiCards(this.overview, i18n.lang));
    this.criteriaChart = $derived(criteriaChart(this.overview.criteria, i18n.lang));
    this.figures = $derived(figureRows(datasets.tables, FIGURE_LIMIT));
    this.figuresCut = $derived(this.figures.length >= FIGURE_LIMIT ? figureSourceRows(datasets.tables) : null);
    this.summary = $derived(i18n.t('datasets.summary', {
      files: formatInteger(datasets.items.length, i18n.lang),
      rows: formatInteger(datasets.rowCount, i18n.lang),
    }));
  }
}
