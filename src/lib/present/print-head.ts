/**
 * What a printed page says about itself: the head block of its first page (the app, the page's
 * name, the area, the year or period, the units chosen, the date in words) and the text of the
 * margin of every page (name and area; date), as CSS strings for `@page` margin boxes. Pure.
 */
import type { Period } from '../aggregate/index.ts';
import { formatList, formatPeriod, translate, type Lang } from '../i18n/index.ts';
import { formatLongDate } from '../i18n/long-date.ts';

/** The page printed. */
export interface PrintedPage {
  /** The page's name ("Nông thôn mới"). */
  view: string;
  /** The area in words, or null. */
  place: string | null;
  /** For a page of figures: the year or period asked for (null: the latest) and the units chosen. */
  filters: { period: Period | null; units: readonly string[] } | null;
  /** The table view prints only the rows on screen: it says so. */
  table: boolean;
  date: Date;
  lang: Lang;
}

/** The head block and the margins' text. */
export interface PrintHead {
  view: string;
  lines: string[];
  /** `--print-head` and `--print-date`: CSS strings, the data's text escaped. */
  marginHead: string;
  marginDate: string;
}

/** What a printed page carries. */
export function printHead(page: PrintedPage): PrintHead {
  const tr = (key: Parameters<typeof translate>[1], params?: Record<string, string>) => translate(page.lang, key, params);
  const date = formatLongDate(page.date, page.lang);
  const lines: string[] = [];
  if (page.place) lines.push(tr('print.area', { area: page.place }));
  if (page.filters) {
    const p = page.filters.period;
    lines.push(p ? tr('print.period', { period: formatPeriod(p.start, p.end, page.lang) }) : tr('print.latest'));
    if (page.filters.units.length) lines.push(tr('print.units', { units: formatList(page.filters.units, page.lang) }));
  }
  if (page.table) lines.push(tr('print.tableNote'));
  lines.push(tr('print.printed', { date }));
  return {
    view: page.view,
    lines,
    marginHead: cssString(page.place ? `${page.view} — ${page.place}` : page.view),
    marginDate: cssString(date),
  };
}

/** Text as a CSS string literal: quotes and backslashes escaped, line breaks as `\A`, nothing else can close it. */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, (c) => `\\${c}`).replace(/\r?\n|\r|\f/g, '\\A ')}"`;
}
