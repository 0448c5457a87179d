/**
 * What every bar chart of a view needs, worded: its subtitle, bars, scale end, reference line,
 * the units without data, and the source line naming every file. Built by the views'
 * view-models; drawn by `Chart` + `BarX` (one band per bar).
 */
import type { BarDatum } from './chart-types.ts';
import { sourceLine } from './kpi-cards.ts';
import { creditsOfGroups, mergeCredits, type Credit, type GroupFigure, type Period } from '../aggregate/index.ts';
import { dataText, formatPeriod, formatQualified, moneyParts, translate, type Lang } from '../i18n/index.ts';

/** A bar chart, worded. */
export interface BarChartModel {
  subtitle: string;
  bars: BarDatum[];
  /** The value at the right edge. */
  max: number;
  reference: { value: number; label: string } | null;
  /** "Chưa có số liệu năm …: …", or null. */
  missing: string | null;
  source: string | null;
}

/** How a value reads: money at a readable scale, or a count with its unit word. */
export type ValueStyle = { money: true } | { money?: false; unit?: string };

/** A value in words ("hơn 91 triệu đồng", "100,2 tỷ đồng", "gần 1.000 ngày công"). */
export function valueWords(value: number, qualifier: GroupFigure['qualifier'], style: ValueStyle, lang: Lang): string {
  if (style.money) {
    return moneyParts(value, qualifier, lang)
      .parts.map((p) => p.text)
      .join(' ');
  }
  return formatQualified(value, qualifier, lang, style.unit);
}

/** One bar per group (a unit, a commune, a category), its value in words, the period in its description. */
export function groupBars(groups: readonly GroupFigure[], period: Period, style: ValueStyle, lang: Lang): BarChartModel {
  const when = formatPeriod(period.start, period.end, lang);
  // Words are made when read: a chart of thousands of units draws twenty of them until "Xem tất cả".
  const bars = groups.map((g) => ({
    key: g.name,
    value: g.value,
    total: null,
    get valueText() {
      return valueWords(g.value, g.qualifier, style, lang);
    },
    get description() {
      return translate(lang, 'view.bar', { name: dataText(g.name, lang), value: this.valueText, period: when });
    },
  }));
  return {
    subtitle: when,
    bars,
    max: Math.max(0, ...groups.map((g) => g.value)),
    reference: null,
    missing: null,
    source: sourceLine(creditsOfGroups(groups), lang),
  };
}

/** The source line of several figures' credits. */
export function sourceOf(credits: readonly (readonly Credit[])[], lang: Lang): string | null {
  return sourceLine(mergeCredits(...credits.map((c) => [...c])), lang);
}

/** At most `count` bars at each end of a long ranking, for a chart that must stay readable ("xem tất cả" shows the rest). */
export function topAndBottom<T>(items: readonly T[], count = 10): { shown: T[]; hidden: number } {
  if (items.length <= 2 * count) return { shown: [...items], hidden: 0 };
  return { shown: [...items.slice(0, count), ...items.slice(-count)], hidden: items.length - 2 * count };
}
