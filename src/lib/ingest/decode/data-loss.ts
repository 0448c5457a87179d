/**
 * Finds Vietnamese letters that were lost before the file reached us. Saving Vietnamese text in a
 * code page without those letters (Excel "CSV" on a Western Windows) writes "?" in their place
 * ("T?nh ?oàn", "Huy?n"); a broken byte sequence decodes to U+FFFD. Neither can be undone, so the
 * user is told where it happened.
 */
import type { Notice } from '../../model/index.ts';

/**
 * A `data-loss` notice for the first line with a lost letter, with the number of such lines and
 * an example word, or null. One pass of `indexOf` over the text: cheap on a large file.
 * @example findDataLoss('Tỉnh,T?nh ?oàn') // { code: 'data-loss', line: 1, params: { lines: 1, example: 'T?nh' } }
 */
export function findDataLoss(text: string): Notice | null {
  const newline = text.includes('\n') ? '\n' : '\r';
  let line = 1,
    counted = 0; // `line` is the line of offset `counted`
  let lines = 0,
    lastLine = 0,
    firstLine = 0,
    example = '';
  let q = text.indexOf('?');
  let r = text.indexOf('\uFFFD');
  while (q >= 0 || r >= 0) {
    const at = q < 0 ? r : r < 0 ? q : Math.min(q, r);
    if (at === q) q = text.indexOf('?', q + 1);
    else r = text.indexOf('\uFFFD', r + 1);
    if (text.charCodeAt(at) === 0x3f && !standsForLetter(text, at)) continue;
    for (let n = text.indexOf(newline, counted); n >= 0 && n < at; n = text.indexOf(newline, n + 1)) line++;
    counted = at;
    if (line === lastLine) continue;
    if (lines === 0) {
      firstLine = line;
      example = wordAround(text, at);
    }
    lines++;
    lastLine = line;
  }
  return lines === 0 ? null : { code: 'data-loss', line: firstLine, params: { lines, example } };
}

/**
 * A "?" stands for a letter when a letter follows it inside a short word ("T?nh", "?oàn",
 * "Huy?n"). A "?" at the end of a word is a question ("Có không?"), and one inside a web address
 * ("index.php?id=3") is not a letter either.
 */
function standsForLetter(text: string, at: number): boolean {
  if (!isLetter(text.charCodeAt(at + 1))) return false;
  let start = at,
    end = at + 1;
  while (start > 0 && isWordChar(text.charCodeAt(start - 1))) start--;
  while (end < text.length && isWordChar(text.charCodeAt(end))) end++;
  if (end - start > 10) return false;
  const before = text.charCodeAt(start - 1),
    after = text.charCodeAt(end);
  return before !== 0x2e && before !== 0x2f && after !== 0x3d; // not after "." or "/", not before "="
}

function wordAround(text: string, at: number): string {
  let start = at,
    end = at + 1;
  while (start > 0 && isWordChar(text.charCodeAt(start - 1))) start--;
  while (end < text.length && isWordChar(text.charCodeAt(end))) end++;
  return text.slice(start, end);
}

const isWordChar = (c: number): boolean => c === 0x3f || c === 0xfffd || isLetter(c);

/** Latin letters as Vietnamese uses them, with combining marks (NaN, past the end, is not one). */
function isLetter(c: number): boolean {
  if (c < 0x80) return (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
  return (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x300 && c <= 0x36f) || (c >= 0x1e00 && c <= 0x1eff);
}
