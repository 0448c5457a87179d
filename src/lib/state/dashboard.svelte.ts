/**
 * The dashboard's view of the loaded data: the area shown (from the URL, else the one the data
 * opens on), its key figures, cards and criteria chart, the units no list places, and the
 * figures table; derived from the datasets, the language and the URL, never stored.
 */
import {
  areaChoices,
  areaNamed,
  computeOverview,
  openingArea,
  overviewPeriods,
  placeAll,
  type Period,
  type AreaChoice,
  type Overview,
  type Placed,
  type UnitNode,
  type Unplaced,
} from '../aggregate/index.ts';
import { formatInteger, formatList, kindName } from '../i18n/index.ts';
import { type I18n } from '../i18n/i18n.svelte.ts';
import {
  FIGURE_LIMIT,
  figureRows,
  figureSourceRows,
  type FigureRow,
  criteriaChart,
  type CriteriaChart,
  kpiCards,
  type KpiCard,
  placeName,
} from '../present/index.ts';
import type { Datasets } from './datasets.svelte.ts';

/** What the dashboard needs to know of the URL: the area named there, if any. */
export interface AreaSelection {
  readonly area: string | null;
  /** The year or period the URL asks for (`?year=`, `?period=`), if any. */
  readonly filters?: { readonly period: Period | null };
}

/** Everything the overview page shows. */
export class Dashboard {
  readonly datasets: Datasets;
  /** The units tree and every table's rows placed in it. */
  readonly placed: Placed;
  /** The area shown; null when no units list is loaded. */
  readonly area: UnitNode | null;
  /** The area the URL asked for, when no units list holds it (the page says so). */
  readonly unknownArea: string | null;
  /** The areas a person can choose, as a tree. */
  readonly areas: AreaChoice[];
  /** The key figures, as numbers. */
  readonly overview: Overview;
  /** The years and periods the overview's figures have (the period picker's choices). */
  readonly periods: Period[];
  /** The key figures as cards, in the current language. */
  readonly kpis: KpiCard[];
  /** The criteria-per-commune chart, in the current language. */
  readonly criteriaChart: CriteriaChart;
  /** Units no list places, in a sentence per kind ("Cam kết: Chi bộ A, Chi bộ B"); empty when all are placed. */
  readonly unplaced: string[];
  /** Every figure with its source, for the figures table (language-neutral: cells are worded when drawn). */
  readonly figures: FigureRow[];
  /** The figures table is cut at FIGURE_LIMIT: how many records there are in all, or null when nothing was cut. */
  readonly figuresCut: number | null;
  /** "7 tệp dữ liệu, 25 dòng số liệu". */
  readonly summary: string;
  /** The area and those above it, in words ("Huyện Pác Nặm, tỉnh Bắc Kạn"), or null. */
  readonly place: string | null;

  constructor(datasets: Datasets, i18n: I18n, selection: AreaSelection = { area: null }) {
    this.datasets = datasets;
    this.placed = $derived(placeAll(datasets.tables));
    const asked = $derived(areaNamed(this.placed.units, selection.area));
    this.area = $derived(asked ?? openingArea(this.placed));
    this.unknownArea = $derived(selection.area && !asked ? selection.area : null);
    this.areas = $derived(areaChoices(this.placed.units));
    this.overview = $derived(computeOverview(this.placed, this.area, selection.filters?.period ?? null));
    this.periods = $derived(overviewPeriods(this.placed, this.area));
    this.kpis = $derived(kpiCards(this.overview, i18n.lang));
    this.criteriaChart = $derived(criteriaChart(this.overview.criteria, i18n.lang));
    this.unplaced = $derived(unplacedLines(this.overview.unplaced, i18n));
    this.figures = $derived(figureRows(datasets.tables, FIGURE_LIMIT));
    this.figuresCut = $derived(this.figures.length >= FIGURE_LIMIT ? figureSourceRows(datasets.tables) : null);
    this.place = $derived(this.area ? placeName([this.area, ...this.placed.units.ancestors(this.area)], i18n.lang) : null);
    this.summary = $derived(
      i18n.t('datasets.summary', {
        files: formatInteger(datasets.items.length, i18n.lang),
        rows: formatInteger(datasets.rowCount, i18n.lang),
      }),
    );
  }
}

/** "Cam kết: Chi bộ A, Chi bộ B" per kind, at most 20 names each (then "và 12 đơn vị khác"). */
function unplacedLines(unplaced: readonly Unplaced[], i18n: I18n): string[] {
  const MAX = 20;
  return unplaced.map(({ kind, names }) => {
    const shown = names.slice(0, MAX);
    if (names.length > MAX) shown.push(i18n.t('overview.unplaced.more', { count: formatInteger(names.length - MAX, i18n.lang) }));
    return i18n.t('overview.unplaced.kind', { kind: kindName(kind, i18n.lang), units: formatList(shown, i18n.lang) });
  });
}
