/**
 * Text clean-up applied to every cell before it is compared or grouped (docs/data-format.md §3.5):
 * Unicode NFC, no-break space → space, runs of white space → one space, trimmed. Free text
 * (a note written over several lines with Alt+Enter) keeps its line breaks: `cleanMultiline`.
 */

// Anything that is not printable ASCII, or a space at an edge or doubled, needs the slow path.
const NEEDS_CLEANING = /[^\x21-\x7e ]|^ | $| {2}/;
const FORMULA_GUARD = /^'[=+\-@\t\r\n]/;
const SPACES = /[\s\u00a0\u2007\u202f\ufeff]+/g;
const LINE_BREAKS_OR_LF = /\r\n?|[\n\u2028\u2029]/;

/** Cleans one cell: NFC, no-break spaces and runs of white space folded, trimmed. */
export function cleanText(raw: string): string {
  // Our own exports write '=… for text that Excel would run as a formula: read it back as written.
  if (raw.charCodeAt(0) === 39 && FORMULA_GUARD.test(raw)) raw = raw.slice(1);
  if (!NEEDS_CLEANING.test(raw)) return raw;
  return raw.normalize('NFC').replace(SPACES, ' ').trim();
}

/**
 * Cleans one free-text cell (a note, a purpose, a source): as `cleanText`, but line breaks are
 * data. CRLF and CR become LF, each line is cleaned on its own, blank lines at the edges go.
 * @example cleanMultiline(' Làm đường\r\n  thôn Nà Pục \n') === 'Làm đường\nthôn Nà Pục'
 */
export function cleanMultiline(raw: string): string {
  if (raw.charCodeAt(0) === 39 && FORMULA_GUARD.test(raw)) raw = raw.slice(1);
  if (!NEEDS_CLEANING.test(raw)) return raw;
  const lines = raw.normalize('NFC').split(LINE_BREAKS_OR_LF);
  let first = 0;
  let end = lines.length;
  for (let i = 0; i < end; i++) lines[i] = lines[i]!.replace(SPACES, ' ').trim();
  while (first < end && lines[first] === '') first++;
  while (end > first && lines[end - 1] === '') end--;
  return lines.slice(first, end).join('\n');
}

const MARKS = /\p{M}/gu;
const TRAILING_BRACKET = /\s*[([][^)\]]*[)\]]\s*$/;

/**
 * Folds a header or a keyword for matching: cleaned, lower case, no diacritics, đ → d,
 * `_` and `-` as spaces, a trailing unit in brackets removed.
 * @example foldKey('Số tiền (triệu đồng)') === 'so tien'
 */
export function foldKey(raw: string): string {
  return foldDiacritics(cleanText(raw).replace(TRAILING_BRACKET, ''))
    .replace(/[_\s]+/g, ' ')
    .trim();
}

/** Lower case without diacritics, đ → d: "Bộc Bố" → "boc bo" (for search and matching). */
export function foldDiacritics(raw: string): string {
  return raw.normalize('NFD').replace(MARKS, '').replace(/đ/gi, 'd').toLowerCase().normalize('NFC');
}

/** The unit written in brackets at the end of a header, folded: 'Số tiền (tỷ đồng)' → 'ty dong'. */
export function headerUnit(raw: string): string | null {
  const m = /[([]([^)\]]*)[)\]]\s*$/.exec(cleanText(raw));
  return m ? foldDiacritics(m[1]!).replace(/\s+/g, ' ').trim() : null;
}
