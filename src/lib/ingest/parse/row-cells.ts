/**
 * Cheap questions about the raw cells of a row, for the validator's hot loop: a million rows
 * must not each pay for `normalize` and regular expressions when the answer is plain.
 */

/** The index of the first cell that is not blank (`trim` leaves something), or -1. */
export function firstFilled(cells: readonly string[]): number {
  for (let i = 0; i < cells.length; i++) if (cells[i]!.trim() !== '') return i;
  return -1;
}

/**
 * False when a cell cannot fold (`foldDiacritics(cleanText(cell))`) to "tong cong", "tong" or
 * "cong" with an optional colon, told without folding it: its first character is ASCII but not
 * t or c, or it holds more than the nine letters and colon those words have. Folding keeps one
 * character for each letter counted here (it drops only marks), so neither test can be wrong.
 * @example mayBeTotal('Chi bộ thôn Nà Pài') === false; mayBeTotal('Tổng cộng') === true
 */
export function mayBeTotal(cell: string): boolean {
  let i = 0;
  while (i < cell.length && isSpace(cell.charCodeAt(i))) i++;
  const c = cell.charCodeAt(i);
  if (c < 0x7f && (c | 0x20) !== 0x74 && (c | 0x20) !== 0x63) return false;
  let letters = 0;
  for (; i < cell.length; i++) {
    const d = cell.charCodeAt(i);
    // Printable ASCII, Latin-1 and Latin Extended, Vietnamese letters: none is a mark or a space.
    if ((d > 0x20 && d < 0x7f) || (d >= 0xc0 && d < 0x250) || (d >= 0x1e00 && d < 0x1f00)) {
      if (++letters > 9) return false;
    }
  }
  return true;
}

/** White space as `String.prototype.trim` (and so `cleanText`) sees it. */
function isSpace(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** True when one of the cells `indices` (-1: absent from the file) is marked in `present` (no closure per row, unlike `some`). */
export function anyPresent(indices: readonly number[], present: Uint8Array): boolean {
  for (let k = 0; k < indices.length; k++) if (indices[k]! >= 0 && present[indices[k]!]) return true;
  return false;
}

/** The number a cell of exactly four ASCII digits writes ("2018" → 2018), else -1. */
export function fourDigits(cell: string): number {
  if (cell.length !== 4) return -1;
  let n = 0;
  for (let i = 0; i < 4; i++) {
    const d = cell.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/**
 * A copy of a cell that does not hold on to the text it was cut from. The parser's cells are
 * slices of a chunk of the file; one kept in a dictionary would keep its whole chunk alive,
 * and over a large file that is all of its text.
 */
export function own(cell: string): string {
  return cell.length < 13 ? cell : (' ' + cell).slice(1); // V8 copies strings shorter than 13 anyway
}
