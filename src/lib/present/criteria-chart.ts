/**
 * The criteria chart, worded: one bar per commune (met of its own total) for one year, the
 * communes without figures for that year named below it, the reference line of the standard,
 * and the source line naming every file, in the current language.
 */
import type { BarDatum } from './chart-types.ts';
import { sourceLine } from './kpi-cards.ts';
import { mergeCredits, type CriteriaYear } from '../aggregate/index.ts';
import { formatDecimal, formatList, formatPeriod, formatRatio, translate, type Lang } from '../i18n/index.ts';

/** Everything the criteria chart shows. */
export interface CriteriaChart {
  /** "Số tiêu chí đạt năm 2018": the one year every bar is taken from. */
  subtitle: string;
  bars: BarDatum[];
  /** The value at the chart's right edge: the largest total. */
  max: number;
  /** The standard's line, drawn only when every commune is scored against the same total. */
  reference: { value: number; label: string } | null;
  /** "Chưa có số liệu năm 2018: An Thắng, …", or null when every commune has one. */
  missing: string | null;
  source: string | null;
}

/** Words the bars, the reference line, the missing communes and the source of the criteria chart. */
export function criteriaChart(criteria: CriteriaYear | null, lang: Lang): CriteriaChart {
  if (!criteria) {
    return { subtitle: translate(lang, 'chart.criteria.subtitle.none'), bars: [], max: 0, reference: null, missing: null, source: null };
  }
  const year = formatPeriod(criteria.period.start, criteria.period.end, lang);
  const { communes } = criteria;
  const max = Math.max(0, ...communes.map((c) => Math.max(c.total, c.met)));
  const totals = new Set(communes.map((c) => c.total));
  return {
    subtitle: translate(lang, 'chart.criteria.subtitle', { year }),
    bars: communes.map((c) => ({
      key: c.name,
      value: c.met,
      total: c.total,
      valueText: formatRatio(c.met, c.total, lang),
      description: translate(lang, 'chart.criteria.bar', {
        commune: c.name,
        met: formatDecimal(c.met, lang),
        total: formatDecimal(c.total, lang),
        year,
      }),
    })),
    max,
    reference:
      totals.size === 1 ? { value: max, label: translate(lang, 'chart.criteria.reference', { total: formatDecimal(max, lang) }) } : null,
    missing: criteria.missing.length
      ? translate(lang, 'chart.criteria.missing', { year, communes: formatList(criteria.missing, lang) })
      : null,
    source: sourceLine(mergeCredits(...communes.map((c) => c.credits)), lang),
  };
}
