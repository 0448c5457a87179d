/**
 * Columns with no name in the header row: an empty header cell with named columns after it.
 * What is written under them cannot be read as any field, so it is not kept; rather than drop
 * it without a word, the reader gets a notice naming the columns by their spreadsheet letters
 * (as Excel shows them), with the first value found, so the columns can be given a name.
 */
import { own } from '../parse/index.ts';
import type { Notice } from '../../model/index.ts';

/** What was found under unnamed columns in some rows (a part of a file carries it to the whole). */
export interface UnnamedFound {
  /** Column indices that held something. */
  columns: number[];
  /** Rows that held something there. */
  rows: number;
  /** The first such cell. */
  first: { line: number; value: string } | null;
}

export class UnnamedColumns {
  /** The unnamed columns, by index; usually none. */
  readonly columns: number[];
  private readonly seen = new Set<number>();
  private rows = 0;
  private first: { line: number; value: string } | null = null;

  constructor(header: readonly string[]) {
    this.columns = header.flatMap((cell, i) => (cell.trim() === '' ? [i] : []));
  }

  /** Notes what row `cells`, read from `line`, holds under the unnamed columns. */
  row(cells: readonly string[], line: number): void {
    let held = false;
    for (const col of this.columns) {
      const cell = cells[col];
      if (cell === undefined || cell.trim() === '') continue;
      held = true;
      this.seen.add(col);
      this.first ??= { line, value: own(cell.trim()) };
    }
    if (held) this.rows++;
  }

  found(): UnnamedFound {
    return { columns: [...this.seen], rows: this.rows, first: this.first };
  }

  /** Adds what a later part of the file found (its lines start after line `offset`). */
  absorb(part: UnnamedFound, offset: number): void {
    for (const col of part.columns) this.seen.add(col);
    this.rows += part.rows;
    if (!this.first && part.first) this.first = { line: part.first.line + offset, value: part.first.value };
  }

  /** The notice, if anything was written under an unnamed column. */
  notice(): Notice | null {
    if (!this.first) return null;
    const columns = [...this.seen]
      .sort((a, b) => a - b)
      .map(columnLetter)
      .join(', ');
    return { code: 'column-unnamed-ignored', line: this.first.line, params: { columns, rows: this.rows, value: this.first.value } };
  }
}

/** A column's letters as a spreadsheet shows them: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
