/**
 * The criteria chart, worded: one bar per commune (met of total, latest year), the reference
 * line of the new-rural standard, and the source line, in the current language.
 */
import type { BarDatum } from './chart-types.ts';
import type { CommuneCriteria } from '../aggregate/index.ts';
import { formatDecimal, formatList, formatPeriod, formatRatio, translate, type Lang } from '../i18n/index.ts';

/** Everything the criteria chart shows. */
export interface CriteriaChart {
  bars: BarDatum[];
  /** The value at the chart's right edge: the largest total (19). */
  max: number;
  reference: { value: number; label: string };
  source: string | null;
}

/** Words the bars, the reference line and the source of the criteria chart. */
export function criteriaChart(criteria: readonly CommuneCriteria[], lang: Lang): CriteriaChart {
  const max = Math.max(0, ...criteria.map((c) => Math.max(c.total, c.met)));
  const sources = [...new Set(criteria.flatMap((c) => (c.source ? [c.source] : [])))];
  return {
    bars: criteria.map((c) => ({
      key: c.commune,
      value: c.met,
      total: c.total,
      valueText: formatRatio(c.met, c.total, lang),
      description: translate(lang, 'chart.criteria.bar', {
        commune: c.commune,
        met: formatDecimal(c.met, lang),
        total: formatDecimal(c.total, lang),
        year: formatPeriod(c.period.start, c.period.end, lang),
      }),
    })),
    max,
    reference: { value: max, label: translate(lang, 'chart.criteria.reference', { total: formatDecimal(max, lang) }) },
    source: sources.length ? translate(lang, 'chart.source', { source: formatList(sources, lang) }) : null,
  };
}
