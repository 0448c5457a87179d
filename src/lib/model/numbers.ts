/**
 * Vietnamese numbers in cells (docs/data-format.md §3.1–3.4): `15.486` is 15486, `1.250,5` is 1250.5,
 * units (`57 triệu`, `2,3408 tỷ`, `103 ngày công`) are stripped and converted, and qualifiers
 * (`hơn 57`, `gần 1.000`, `từ 3 trở lên`) are kept beside the value.
 */
import { foldDiacritics } from './normalize.ts';
import type { NumberFormat, Qualifier } from './types.ts';

/** What a numeric column accepts. */
export interface NumberSpec {
  /** A count: never holds a fraction, so `1.203` is 1203 whatever the file's format. */
  integer: boolean;
  /** Negative values allowed (an indicator may be a change). */
  negative: boolean;
  /** Unit words allowed after the number, folded (no diacritics), → power of ten to apply. */
  units: Readonly<Record<string, number>>;
}

/** A cell read as a number, or why it could not be. */
export type NumberReading =
  | { ok: true; value: number; qualifier: Qualifier | null; thousandsDot: boolean }
  | { ok: false; reason: 'not-number' | 'fraction' | 'negative' | 'format' };

// Qualifier words before the number, folded. Longest first so "xap xi" wins over shorter ones.
const PREFIXES: readonly [string, Qualifier][] = [
  ['khong qua', 'lte'],
  ['toi da', 'lte'],
  ['it nhat', 'gte'],
  ['toi thieu', 'gte'],
  ['xap xi', 'approx'],
  ['khoang', 'approx'],
  ['uoc tinh', 'approx'],
  ['uoc', 'approx'],
  ['gan', 'nearly'],
  ['hon', 'gt'],
  ['tren', 'gt'],
  ['duoi', 'lt'],
  ['>=', 'gte'],
  ['≥', 'gte'],
  ['<=', 'lte'],
  ['≤', 'lte'],
  ['>', 'gt'],
  ['<', 'lt'],
  ['~', 'approx'],
  ['≈', 'approx'],
];

const NUMBER_TOKEN = /^([-−–]?)\s*(\d{1,3}(?: \d{3})+(?![\d.,])|\d[\d.,]*)/;

/** True when every character is an ASCII digit: the common case, read without regexes. */
function isPlainDigits(s: string): boolean {
  if (s.length === 0 || s.length > 15) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * Reads one non-empty cell as a number in the file's format.
 * `headerScale` is the power of ten of the unit named in the column's header, if any.
 * @example parseViNumber('hơn 57 triệu', 'vi', money) → { ok: true, value: 57, qualifier: 'gt', … }
 */
export function parseViNumber(raw: string, format: NumberFormat, spec: NumberSpec, headerScale = 0): NumberReading {
  if (headerScale === 0 && isPlainDigits(raw)) return { ok: true, value: Number(raw), qualifier: null, thousandsDot: false };
  // Digits with dots and commas only ("107,4", "2.305"), the most common other cell: no words,
  // units or signs to look for.
  if (isDigitsAndMarks(raw)) return fromDigits(readDigits(raw, format, spec.integer), false, headerScale, null, spec);
  let text = foldDiacritics(raw).trim();
  let qualifier: Qualifier | null = null;

  // "từ 3 trở lên", "3 trở lên": at least.
  const atLeast = /^(?:tu\s+)?(.*?)\s*tro len$/.exec(text);
  if (atLeast) {
    qualifier = 'gte';
    text = atLeast[1]!;
  } else {
    for (const [word, q] of PREFIXES) {
      if (text.startsWith(word)) {
        const rest = text.slice(word.length);
        // A word qualifier must stand alone ("hơn 57", not "hon57abc" inside a word).
        if (/^[a-z]/.test(word) && rest !== '' && !/^[\s\d]/.test(rest)) continue;
        qualifier = q;
        text = rest.trim();
        break;
      }
    }
  }

  const m = NUMBER_TOKEN.exec(text);
  if (!m) return { ok: false, reason: 'not-number' };
  const unitWord = text.slice(m[0].length).trim();
  // A unit in the cell wins over the one in the header ("Số tiền (tỷ đồng)").
  const scale = unitWord === '' ? headerScale : spec.units[unitWord];
  if (scale === undefined) return { ok: false, reason: 'not-number' };

  return fromDigits(readDigits(m[2]!.replace(/ /g, ''), format, spec.integer), m[1] !== '', scale, qualifier, spec);
}

/** True for a cell of ASCII digits, dots and commas that starts with a digit ("107,4", "2.305"). */
function isDigitsAndMarks(s: string): boolean {
  if (s.length === 0 || s.length > 30) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!(c >= 48 && c <= 57) && (i === 0 || (c !== 46 && c !== 44))) return false;
  }
  return true;
}

/** The reading of a number token split into digits (`readDigits`), with its sign, scale (a power of ten) and qualifier. */
function fromDigits(
  digits: Digits | 'format' | null,
  negative: boolean,
  scale: number,
  qualifier: Qualifier | null,
  spec: NumberSpec,
): NumberReading {
  if (!digits) return { ok: false, reason: 'not-number' };
  if (digits === 'format') return { ok: false, reason: 'format' };
  if (negative && !spec.negative) return { ok: false, reason: 'negative' };

  // Scale by a power of ten in the decimal string itself, so 2,3408 tỷ is exactly 2340.8.
  const value = Number(`${negative ? '-' : ''}${digits.mantissa}e${scale - digits.decimals}`);
  if (!Number.isFinite(value)) return { ok: false, reason: 'not-number' };
  if (spec.integer && !Number.isInteger(value)) return { ok: false, reason: 'fraction' };
  return { ok: true, value, qualifier, thousandsDot: digits.thousandsDot };
}

interface Digits {
  /** All digits, separators removed. */
  mantissa: string;
  /** How many of them are after the decimal mark. */
  decimals: number;
  /** A `.` was read as a thousands separator. */
  thousandsDot: boolean;
}

const GROUPED_DOT = /^\d{1,3}(?:\.\d{3})+$/;
const GROUPED_COMMA = /^\d{1,3}(?:,\d{3})+$/;

/** Splits a number token into digits and decimals by the file's format; 'format' when it contradicts it. */
function readDigits(token: string, format: NumberFormat, integer: boolean): Digits | 'format' | null {
  const [group, decimal] = format === 'vi' ? ['.', ','] : [',', '.'];
  const groupedInt = format === 'vi' ? GROUPED_DOT : GROUPED_COMMA;
  if (integer && GROUPED_DOT.test(token)) {
    // A count never holds a fraction, so 1.203 is 1203 in any file.
    return { mantissa: token.replace(/\./g, ''), decimals: 0, thousandsDot: true };
  }
  const parts = token.split(decimal);
  if (parts.length > 2) return null;
  const [intPart = '', fracPart] = parts;
  if (fracPart !== undefined && !/^\d+$/.test(fracPart)) return fracPart.includes(group) ? 'format' : null;
  if (intPart.includes(group)) {
    if (!groupedInt.test(intPart)) return /^[\d.,]+$/.test(intPart) ? 'format' : null;
  } else if (!/^\d+$/.test(intPart)) {
    return /^[\d.,]+$/.test(intPart) ? 'format' : null;
  }
  const intDigits = intPart.split(group).join('');
  return {
    mantissa: intDigits + (fracPart ?? ''),
    decimals: fracPart?.length ?? 0,
    // Only a dot with no decimal comma after it was a choice (1.250,5 says so itself).
    thousandsDot: format === 'vi' && intPart.includes('.') && fracPart === undefined,
  };
}

/**
 * What a number token says about the file's format: 'vi' (1.250,5 · 1,5), 'en' (1,250.5 · 1250.5),
 * or null when it could be either (15.486 · 1,250) or is a plain integer.
 */
export function numberEvidence(raw: string): NumberFormat | null {
  const m = /\d[\d.,]*\d/.exec(raw);
  if (!m) return null;
  const t = m[0];
  const lastDot = t.lastIndexOf('.');
  const lastComma = t.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) return lastComma > lastDot ? 'vi' : 'en';
  if (lastComma >= 0) return /^\d{1,3}(,\d{3})+$/.test(t) ? (t.split(',').length > 2 ? 'en' : null) : 'vi';
  if (lastDot >= 0) return /^\d{1,3}(\.\d{3})+$/.test(t) ? (t.split('.').length > 2 ? 'vi' : null) : 'en';
  return null;
}

/** A reported year or period. */
export type YearReading = { ok: true; start: number; end: number } | { ok: false; reason: 'range' | 'invalid' };

export const MIN_YEAR = 1990;
export const MAX_YEAR = 2100;

/** Reads "2018", "năm 2018", "2016-2020", "2016–2020" or "giai đoạn 2016 - 2020". */
export function parseYear(raw: string): YearReading {
  if (raw.length === 4 && isPlainDigits(raw)) return yearRange(Number(raw), Number(raw));
  const t = foldDiacritics(raw)
    .replace(/^(nam|giai doan)\s+/, '')
    .trim();
  const m = /^(\d{4})(?:\s*[-–—]\s*(\d{4}))?$/.exec(t);
  if (!m) return { ok: false, reason: 'invalid' };
  const start = Number(m[1]);
  const end = m[2] ? Number(m[2]) : start;
  if (end < start) return { ok: false, reason: 'invalid' };
  return yearRange(start, end);
}

function yearRange(start: number, end: number): YearReading {
  if (start < MIN_YEAR || end > MAX_YEAR) return { ok: false, reason: 'range' };
  return { ok: true, start, end };
}
