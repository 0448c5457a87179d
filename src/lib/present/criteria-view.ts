/**
 * The "Nông thôn mới" view, worded: the communes' criteria in the year chosen (or the latest),
 * the provinces' bands, the area's average and communes at the standard by year, the change
 * per commune since the year before, every commune over the years on one shared axis, and the
 * commune × criterion grid when the rows say which criteria are met.
 */
import { criteriaChart, type CriteriaChart } from './criteria-chart.ts';
import { sourceOf } from './view-chart.ts';
import {
  criteriaBands,
  criteriaChange,
  criteriaYear,
  criteriaYears,
  summarise,
  type CriteriaYear,
  type Period,
  type Placed,
  type UnitNode,
} from '../aggregate/index.ts';
import { dataText, formatDecimal, formatInteger, formatList, formatPlain, formatRatio, translate, type Lang } from '../i18n/index.ts';

/** One row of the table of years: the area's communes that year. */
export interface CriteriaYearRow {
  year: number;
  yearText: string;
  average: number;
  averageText: string;
  reached: number;
  reachedText: string;
  communesText: string;
  /** The set of criteria changes from the year before (a re-scoring, not a decline), in words; else null. */
  setChange: string | null;
}

/** A commune's criteria in the year before and the year shown. */
export interface ChangeDatum {
  key: string;
  from: number;
  to: number;
  total: number;
  /** "▲ 6", "▼ 2", "=", or the re-scoring note. */
  changeText: string;
  description: string;
  rescored: boolean;
}

/** One commune's criteria over the years (a small multiple). */
export interface CommuneHistory {
  name: string;
  points: { year: number; met: number; total: number; description: string }[];
}

/** The commune × criterion grid of the year shown. */
export interface CriteriaGrid {
  criteria: number[];
  rows: { name: string; cells: { criterion: number; met: boolean; description: string }[] }[];
}

/** Everything the criteria view shows; `empty` when the area's communes have no criteria at all. */
export interface CriteriaView {
  empty: boolean;
  /** The years a person can pick. */
  years: number[];
  year: number | null;
  /** Asked for a year the data does not hold: said in words; else null. */
  notice: string | null;
  chart: CriteriaChart;
  /** Communes of the chart that met every criterion of their set. */
  reachedNames: string[];
  bands: { label: string; count: number; communes: string }[];
  bandsTotal: number | null;
  history: CriteriaYearRow[];
  historySource: string | null;
  changeYear: number | null;
  change: ChangeDatum[];
  changeMissing: string | null;
  multiples: CommuneHistory[];
  /** The largest total over the years: the shared axis of the small multiples. */
  multiplesMax: number;
  grid: CriteriaGrid | null;
}

/** The criteria view of `area` for the period the filters ask (a span: its last year), limited to the chosen communes if any. */
export function criteriaView(
  placed: Placed,
  area: UnitNode | null,
  asked: Period | null,
  chosen: readonly string[],
  lang: Lang,
): CriteriaView {
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string>) => translate(lang, key, params);
  const years = area ? criteriaYears(placed, area) : [];
  const wanted = asked?.end ?? null;
  const year = wanted !== null && years.includes(wanted) ? wanted : (years.at(-1) ?? null);
  const notice =
    wanted !== null && year !== wanted && years.length
      ? t('view.yearMissing', { year: formatPlain(wanted, lang), shown: formatPlain(year!, lang) })
      : null;
  const pick = (y: CriteriaYear | null): CriteriaYear | null =>
    y && chosen.length
      ? { ...y, communes: y.communes.filter((c) => chosen.includes(c.name)), missing: y.missing.filter((m) => chosen.includes(m)) }
      : y;
  // Each year's communes side by side, read once: the chart, the history and the small multiples use them.
  const byYear = area ? years.map((y) => criteriaYear(placed, area, { start: y, end: y })) : [];
  const shown = year !== null ? pick(byYear[years.indexOf(year)] ?? null) : null;
  const chart = criteriaChart(shown, lang);

  const commonTotal = shown && new Set(shown.communes.map((c) => c.total)).size === 1 ? shown.communes[0]!.total : null;
  const bandsTotal = commonTotal ?? (shown?.communes.length ? Math.max(...shown.communes.map((c) => c.total)) : null);
  const bands =
    shown && bandsTotal !== null
      ? criteriaBands(shown.communes, bandsTotal).map((b) => ({
          label:
            b.from === b.to
              ? t('view.criteria.band.all', { total: formatDecimal(b.to, lang) })
              : b.from === 0
                ? t('view.criteria.band.under', { n: formatDecimal(b.to + 1, lang) })
                : t('view.criteria.band.range', { from: formatDecimal(b.from, lang), to: formatDecimal(b.to, lang) }),
          count: b.communes.length,
          communes: formatList(
            b.communes.map((c) => dataText(c, lang)),
            lang,
          ),
        }))
      : [];

  const summaries = summarise(byYear);
  const history = summaries.map((h, i): CriteriaYearRow => {
    const before = summaries[i - 1];
    const changed = before && before.sets.join() !== h.sets.join() && h.sets.length;
    return {
      year: h.year,
      yearText: formatPlain(h.year, lang),
      average: h.average,
      averageText: t('view.criteria.average', { n: formatDecimal(Math.round(h.average * 10) / 10, lang) }),
      reached: h.reached,
      reachedText: formatInteger(h.reached, lang),
      communesText: h.missing
        ? t('view.criteria.communesOf', { n: formatInteger(h.communes, lang), all: formatInteger(h.communes + h.missing, lang) })
        : formatInteger(h.communes, lang),
      setChange: changed ? t('view.criteria.setChange', { set: formatList(h.sets, lang) }) : null,
    };
  });

  const changeYear = year !== null && years.includes(year - 1) ? year : null;
  const delta = area && changeYear !== null ? criteriaChange(placed, area, changeYear) : null;
  const change = (delta?.changes ?? [])
    .filter((c) => !chosen.length || chosen.includes(c.name))
    .map((c): ChangeDatum => {
      const d = c.to.met - c.from.met;
      const name = dataText(c.name, lang);
      const changeText = c.rescored
        ? t('view.criteria.rescored')
        : d > 0
          ? `▲ ${formatDecimal(d, lang)}`
          : d < 0
            ? `▼ ${formatDecimal(-d, lang)}`
            : '=';
      return {
        key: c.name,
        from: c.from.met,
        to: c.to.met,
        total: Math.max(c.from.total, c.to.total),
        changeText,
        rescored: c.rescored,
        description: t('view.criteria.change', {
          commune: name,
          from: formatRatio(c.from.met, c.from.total, lang),
          to: formatRatio(c.to.met, c.to.total, lang),
          before: formatPlain(changeYear! - 1, lang),
          year: formatPlain(changeYear!, lang),
          change: changeText,
        }),
      };
    });
  const changeMissing = delta?.missing.length
    ? t('view.criteria.changeMissing', {
        communes: formatList(
          delta.missing.filter((m) => !chosen.length || chosen.includes(m)).map((m) => dataText(m, lang)),
          lang,
        ),
        before: formatPlain(changeYear! - 1, lang),
      })
    : null;

  // Every commune over the years, from the yearly rankings (never an older value carried forward).
  const byCommune = new Map<string, CommuneHistory>();
  let multiplesMax = 0;
  for (const [k, y] of years.entries()) {
    const each = pick(byYear[k] ?? null);
    for (const c of each?.communes ?? []) {
      multiplesMax = Math.max(multiplesMax, c.total, c.met);
      const h = byCommune.get(c.name) ?? { name: c.name, points: [] };
      h.points.push({
        year: y,
        met: c.met,
        total: c.total,
        description: t('chart.criteria.bar', {
          commune: dataText(c.name, lang),
          met: formatDecimal(c.met, lang),
          total: formatDecimal(c.total, lang),
          year: formatPlain(y, lang),
        }),
      });
      byCommune.set(c.name, h);
    }
  }
  const collator = new Intl.Collator('vi');
  const multiples = [...byCommune.values()].sort((a, b) => collator.compare(a.name, b.name));

  const withFlags = shown?.communes.filter((c) => c.flags) ?? [];
  const criteria = withFlags.length ? Array.from({ length: Math.max(...withFlags.map((c) => c.total)) }, (_, i) => i + 1) : [];
  const grid: CriteriaGrid | null = withFlags.length
    ? {
        criteria,
        rows: withFlags.map((c) => ({
          name: c.name,
          cells: criteria.map((n) => {
            const met = c.flags![n - 1] === true;
            return {
              criterion: n,
              met,
              description: t(met ? 'view.criteria.cell.met' : 'view.criteria.cell.not', {
                commune: dataText(c.name, lang),
                n: formatPlain(n, lang),
              }),
            };
          }),
        })),
      }
    : null;

  return {
    empty: years.length === 0,
    years,
    year,
    notice,
    chart,
    reachedNames: (shown?.communes ?? []).filter((c) => c.met >= c.total).map((c) => dataText(c.name, lang)),
    bands,
    bandsTotal,
    history,
    historySource: sourceOf(
      summaries.map((s) => s.credits),
      lang,
    ),
    changeYear,
    change,
    changeMissing,
    multiples,
    multiplesMax,
    grid,
  };
}
