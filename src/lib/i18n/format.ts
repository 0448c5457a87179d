/**
 * Numbers as people read them, through cached `Intl` formatters: Vietnamese `15.486` and
 * `78,8`, English `15,486` and `78.8`; qualified values as words ("hơn 91 triệu đồng").
 */
import type { Qualifier } from '../model/index.ts';
import { translate, type Lang } from './translate.ts';

const LOCALES: Record<Lang, string> = { vi: 'vi-VN', en: 'en-US' };

type Style = 'integer' | 'decimal' | 'percent' | 'plain';
const OPTIONS: Record<Style, Intl.NumberFormatOptions> = {
  integer: { maximumFractionDigits: 0 },
  decimal: { maximumFractionDigits: 2 },
  percent: { style: 'percent', maximumFractionDigits: 1 },
  // Years and line numbers: never grouped (2016, not 2.016).
  plain: { useGrouping: false, maximumFractionDigits: 0 },
};

const numberFormats = new Map<string, Intl.NumberFormat>();
const listFormats = new Map<Lang, Intl.ListFormat>();

function numberFormat(lang: Lang, style: Style): Intl.NumberFormat {
  const key = `${lang}:${style}`;
  let f = numberFormats.get(key);
  if (!f) numberFormats.set(key, (f = new Intl.NumberFormat(LOCALES[lang], OPTIONS[style])));
  return f;
}

/** A whole number with grouping: `15.486` (vi), `15,486` (en). */
export function formatInteger(value: number, lang: Lang): string {
  return numberFormat(lang, 'integer').format(value);
}

/** A number with up to two decimals: `78,8` (vi), `78.8` (en); whole numbers show none. */
export function formatDecimal(value: number, lang: Lang): string {
  return numberFormat(lang, 'decimal').format(value);
}

/** A ratio as a percentage: 0.788 → `78,8%` (vi), `78.8%` (en). */
export function formatPercent(ratio: number, lang: Lang): string {
  return numberFormat(lang, 'percent').format(ratio);
}

/** A year or a line number, never grouped: `2016`. */
export function formatPlain(value: number, lang: Lang): string {
  return numberFormat(lang, 'plain').format(value);
}

/** A year, or a period of years: `2018`, `2016–2021`. */
export function formatPeriod(start: number, end: number, lang: Lang): string {
  if (start === end) return formatPlain(start, lang);
  return translate(lang, 'format.period', { start: formatPlain(start, lang), end: formatPlain(end, lang) });
}

/** Met out of total: `26/33`. */
export function formatRatio(met: number, total: number, lang: Lang): string {
  return translate(lang, 'format.ratio', { met: formatDecimal(met, lang), total: formatDecimal(total, lang) });
}

/** Items as a list in the language's punctuation: `a, b, c`. */
export function formatList(items: readonly string[], lang: Lang): string {
  let f = listFormats.get(lang);
  if (!f) listFormats.set(lang, (f = new Intl.ListFormat(LOCALES[lang], { style: 'short', type: 'unit' })));
  return f.format(items);
}

/** One piece of a qualified value, so the number can be set apart from the words around it. */
export interface QualifiedPart {
  type: 'word' | 'number' | 'unit';
  text: string;
}

/** The pieces of a qualified value: words, the number, the unit (when given), in reading order. */
export function qualifiedParts(value: number, qualifier: Qualifier | null, lang: Lang, unit?: string): QualifiedPart[] {
  const template = translate(lang, `qualifier.${qualifier ?? 'none'}` as const);
  const parts: QualifiedPart[] = [];
  for (const piece of template.split(/(\{value\}|\{unit\})/)) {
    const text = piece === '{value}' ? formatDecimal(value, lang) : piece === '{unit}' ? (unit ?? '') : piece.trim();
    if (text) parts.push({ type: piece === '{value}' ? 'number' : piece === '{unit}' ? 'unit' : 'word', text });
  }
  return parts;
}

/**
 * A qualified value in words.
 * @example formatQualified(91, 'gt', 'vi', 'triệu đồng') === 'hơn 91 triệu đồng'
 * @example formatQualified(3, 'gte', 'vi') === 'từ 3 trở lên'
 */
export function formatQualified(value: number, qualifier: Qualifier | null, lang: Lang, unit?: string): string {
  return qualifiedParts(value, qualifier, lang, unit)
    .map((p) => p.text)
    .join(' ');
}

// Dates are day/month/year in both languages: en-GB writes 05/03/2025, as vi-VN does.
const DATE_LOCALES: Record<Lang, string> = { vi: 'vi-VN', en: 'en-GB' };
const dateFormats = new Map<Lang, Intl.DateTimeFormat>();

/** A date as dd/mm/yyyy: `05/03/2025`. */
export function formatDate(date: Date | string, lang: Lang): string {
  let f = dateFormats.get(lang);
  if (!f) dateFormats.set(lang, (f = new Intl.DateTimeFormat(DATE_LOCALES[lang], { day: '2-digit', month: '2-digit', year: 'numeric' })));
  return f.format(typeof date === 'string' ? new Date(date) : date);
}

/** A size in bytes as megabytes with up to one decimal: `12,5` (vi), `12.5` (en). */
export function formatMegabytes(bytes: number, lang: Lang): string {
  const key = `${lang}:mb`;
  let f = numberFormats.get(key);
  if (!f) numberFormats.set(key, (f = new Intl.NumberFormat(LOCALES[lang], { minimumFractionDigits: 1, maximumFractionDigits: 1 })));
  return f.format(bytes / 1e6);
}

/** A sum of money written at a readable scale, with the exact value when it was rounded. */
export interface MoneyText {
  parts: QualifiedPart[];
  /** "100.178.564,4 triệu đồng" when `parts` shows "100.178,6 tỷ đồng"; null when nothing was rounded. */
  exact: string | null;
}

/**
 * Money held in million đồng, as a person reads it: under ten thousand million in triệu đồng,
 * exact (`hơn 91 triệu đồng`, `1.250,5 triệu đồng`); from there in tỷ đồng with one decimal
 * (`100,2 tỷ đồng`), the exact value beside it for a tooltip and the tables.
 * @example moneyParts(100178564.4, null, 'vi').exact === '100.178.564,4 triệu đồng'
 */
/** From this many million đồng, money is written in tỷ đồng. */
const MONEY_IN_BILLIONS = 10_000;

export function moneyParts(millions: number, qualifier: Qualifier | null, lang: Lang): MoneyText {
  const million = translate(lang, 'unit.millionVnd');
  if (Math.abs(millions) < MONEY_IN_BILLIONS) return { parts: qualifiedParts(millions, qualifier, lang, million), exact: null };
  const billions = Math.round(millions / 100) / 10;
  const parts = qualifiedParts(billions, qualifier, lang, translate(lang, 'unit.billionVnd'));
  return { parts, exact: formatQualified(millions, qualifier, lang, million) };
}
