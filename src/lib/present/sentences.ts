/**
 * Sentences for a report, made from the figures, in Vietnamese and English: "Năm 2018, xã Bộc Bố
 * đạt 16/19 tiêu chí, hơn xã Giáo Hiệu 2 tiêu chí; tăng 6 tiêu chí so với năm 2017." A sentence
 * never says more than the data holds: qualifiers are kept ("hơn 57 triệu đồng"), a period is
 * named as a period, a figure the data marks as derived is said to be derived, a difference of two
 * inexact values is not given, and a missing year is said to be missing. Plain TypeScript.
 */
import { formatDecimal, formatPeriod, formatPlain, formatRatio, translate, type Lang, type MessageKey } from '../i18n/index.ts';
import { foldDiacritics, type Qualifier } from '../model/index.ts';
import type { Period } from '../aggregate/index.ts';
import { valueWords, type ValueStyle } from './view-chart.ts';

type Params = Record<string, string>;
const tr = (lang: Lang, key: MessageKey, params?: Params) => translate(lang, key, params);

/** "Năm 2018" / "Giai đoạn 2016–2021" at the head of a sentence ("In 2018", "Over 2016–2021"). */
export function whenWords(period: Period, lang: Lang): string {
  return period.start === period.end
    ? tr(lang, 'compare.s.when.year', { year: formatPlain(period.start, lang) })
    : tr(lang, 'compare.s.when.period', { period: formatPeriod(period.start, period.end, lang) });
}

/** "năm 2018" / "giai đoạn 2016–2021" inside a sentence. */
export function inWords(period: Period, lang: Lang): string {
  return period.start === period.end
    ? tr(lang, 'compare.s.in.year', { year: formatPlain(period.start, lang) })
    : tr(lang, 'compare.s.in.period', { period: formatPeriod(period.start, period.end, lang) });
}

/** True when a row's note says its figure was worked out, not stated ("Suy ra, không ghi trong báo cáo…", "derived…", "ước tính…"). */
export function isDerivedNote(note: string | null | undefined): boolean {
  return !!note && /(^|[^a-z])(suy ra|derived|uoc tinh|estimated)([^a-z]|$)/.test(foldDiacritics(note).toLowerCase());
}

/** One unit's criteria in one year. */
export interface CriteriaFact {
  met: number;
  total: number;
  /** The row's note says the figure is derived, not stated. */
  derived: boolean;
}

/** A unit's criteria in the year shown and the year before (null: no figure). */
export interface CriteriaUnit {
  /** The unit in words, as inside a sentence ("xã Bộc Bố", "Bộc Bố commune"). */
  unit: string;
  now: CriteriaFact | null;
  before: CriteriaFact | null;
}

/** The first unit against the second, then each other unit alone: one sentence each. */
export function criteriaSentences(year: number, units: readonly CriteriaUnit[], lang: Lang): string[] {
  const period = { start: year, end: year };
  return units.map((u, k) => {
    const other = k === 0 ? units[1] : undefined;
    return sentence(criteriaClauses(period, u, other, lang), lang);
  });
}

function criteriaClauses(period: Period, u: CriteriaUnit, other: CriteriaUnit | undefined, lang: Lang): string[] {
  const when = whenWords(period, lang);
  const year = formatPlain(period.end, lang);
  if (!u.now) {
    const head = tr(lang, 'compare.s.noFigure', { when, unit: u.unit, what: tr(lang, 'compare.what.criteria') });
    return other?.now ? [head, criteriaHead(other, when, lang)] : [head];
  }
  let head = criteriaHead(u, when, lang);
  if (u.now.derived) head += ` (${tr(lang, 'compare.s.derived', { year })})`;
  const clauses = [head];
  if (other) clauses[0] += `, ${versus(u.now, other, year, lang)}`;
  clauses.push(change(u, period.end, lang));
  return clauses;
}

function criteriaHead(u: CriteriaUnit, when: string, lang: Lang): string {
  return tr(lang, 'compare.s.criteria', { when, unit: u.unit, ratio: formatRatio(u.now!.met, u.now!.total, lang) });
}

/** "hơn xã Giáo Hiệu 2 tiêu chí", or why the two do not compare. */
function versus(a: CriteriaFact, other: CriteriaUnit, year: string, lang: Lang): string {
  const b = other.now;
  if (!b) return tr(lang, 'compare.s.otherMissing', { other: other.unit, year });
  if (a.total !== b.total) return tr(lang, 'compare.s.otherSet', { other: other.unit, total: formatDecimal(b.total, lang) });
  const d = a.met - b.met;
  const n = formatDecimal(Math.abs(d), lang);
  const key: MessageKey = d > 0 ? 'compare.s.more' : d < 0 ? 'compare.s.fewer' : 'compare.s.same';
  const text = tr(lang, key, { other: other.unit, n });
  return b.derived ? `${text} (${tr(lang, 'compare.s.otherDerived', { other: other.unit, year })})` : text;
}

/** "tăng 6 tiêu chí so với năm 2017", with what the year before lacks. */
function change(u: CriteriaUnit, year: number, lang: Lang): string {
  const before = formatPlain(year - 1, lang);
  const b = u.before;
  if (!b) return tr(lang, 'compare.s.noBefore', { before });
  if (b.total !== u.now!.total) return tr(lang, 'compare.s.rescored', { before });
  const d = u.now!.met - b.met;
  const n = formatDecimal(Math.abs(d), lang);
  const text = tr(lang, d > 0 ? 'compare.s.up' : d < 0 ? 'compare.s.down' : 'compare.s.flat', { n, before });
  return b.derived ? `${text} (${tr(lang, 'compare.s.derived', { year: before })})` : text;
}

/** A unit's value of a summed figure for a period (null: no figure). */
export interface ValueUnit {
  unit: string;
  value: { value: number; qualifier: Qualifier | null } | null;
}

/**
 * One sentence on a summed figure for a period: the first unit's value and each other's beside
 * it; the difference only when both are exact ("nhiều hơn … 23 triệu đồng"), never from "hơn 57".
 * @example valueSentence('đóng góp nhận được', { money: true }, { start: 2016, end: 2021 }, units, 'vi')
 *   // "Giai đoạn 2016–2021, đóng góp nhận được của xã Giáo Hiệu: hơn 57 triệu đồng; xã Bộc Bố chưa có số liệu giai đoạn này."
 */
export function valueSentence(what: string, style: ValueStyle, period: Period, units: readonly ValueUnit[], lang: Lang): string {
  const when = whenWords(period, lang);
  const inPeriod = inWords(period, lang);
  const [first, ...rest] = units;
  if (!first) return '';
  const clauses: string[] = [];
  const words = (v: NonNullable<ValueUnit['value']>) => valueWords(v.value, v.qualifier, style, lang);
  clauses.push(
    first.value
      ? tr(lang, 'compare.s.value', { when, what, unit: first.unit, value: words(first.value) })
      : tr(lang, 'compare.s.noFigure', { when, unit: first.unit, what }),
  );
  for (const o of rest) {
    if (!o.value) {
      clauses.push(tr(lang, 'compare.s.otherNone', { other: o.unit, period: inPeriod }));
      continue;
    }
    const exact = first.value && !first.value.qualifier && !o.value.qualifier;
    const d = exact ? first.value!.value - o.value.value : 0;
    const diff = words({ value: Math.abs(d), qualifier: null });
    clauses.push(
      !exact
        ? tr(lang, 'compare.s.otherValue', { other: o.unit, value: words(o.value) })
        : tr(lang, d > 0 ? 'compare.s.valueMore' : d < 0 ? 'compare.s.valueLess' : 'compare.s.valueSame', {
            other: o.unit,
            value: words(o.value),
            diff,
            first: first.unit,
          }),
    );
  }
  return sentence(clauses, lang);
}

/** A unit's rank among the units of its level for a period, and the period before. */
export interface StandingFacts {
  unit: string;
  period: Period;
  /** "2 xã" (the units ranked, in words). */
  ranked: string;
  rank: number | null;
  before: { period: Period; rank: number | null } | null;
}

/** "Xã Bộc Bố xếp thứ 1/2 xã có số liệu năm 2018, tăng 1 bậc so với năm 2017." or that it has no figure. */
export function standingSentence(f: StandingFacts, lang: Lang): string {
  const period = inWords(f.period, lang);
  if (f.rank === null) return sentence([tr(lang, 'compare.s.notRanked', { unit: f.unit, period })], lang);
  const clauses = [tr(lang, 'compare.s.rank', { unit: f.unit, rank: formatPlain(f.rank, lang), ranked: f.ranked, period })];
  if (f.before) {
    const before = inWords(f.before.period, lang);
    if (f.before.rank === null) clauses.push(tr(lang, 'compare.s.rankNoBefore', { before }));
    else {
      const moved = f.before.rank - f.rank;
      const n = formatPlain(Math.abs(moved), lang);
      clauses.push(tr(lang, moved > 0 ? 'compare.s.rankUp' : moved < 0 ? 'compare.s.rankDown' : 'compare.s.rankSame', { n, before }));
    }
  }
  return sentence(clauses, lang, ', ');
}

/** Clauses joined by "; " (or `joiner`), the first letter capital, a full stop at the end. */
function sentence(clauses: readonly string[], _lang: Lang, joiner = '; '): string {
  return sentenceOf(clauses.filter(Boolean).join(joiner));
}

/** A clause as a sentence: the first letter capital, a full stop at the end ('' stays ''). */
export function sentenceOf(text: string): string {
  return text ? `${text.charAt(0).toUpperCase()}${text.slice(1)}.` : '';
}
