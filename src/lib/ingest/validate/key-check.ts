/**
 * The duplicate-key rule of docs/data-format.md §5.3 within one file: when two rows share a key
 * (the kind's `key` fields), neither is kept, and each is listed naming both lines.
 * Keys are read back from the columns being built (text codes, packed years), so a row is
 * checked once it is in the table: as it is read, or when a later part of the file, read on
 * its own, is appended.
 */
import { own } from '../parse/index.ts';
import { QUALIFIER_CODES, type HeaderMatch, type KindSpec, type ExcludedRow, type Problem, type Qualifier } from '../../model/index.ts';
import type { TableBuilder, TextBuilder, YearBuilder } from './table-builder.ts';
import { hashInts, TupleIndex } from './tuple-index.ts';

/** How many accepted rows keep their cells as written (for the excluded-rows download). */
const RAW_ROWS_KEPT = 100_000;

/** Joins a row's cells into one string: one small copy, not an array and a copy of each cell to keep alive. */
const SEPARATOR = '\u0001';
function keepCells(cells: readonly string[]): string {
  return `${cells.length}${SEPARATOR}${cells.join(SEPARATOR)}`;
}
/** The cells `keepCells` kept, or null (none kept, or a cell held the separator itself: the count tells). */
function keptCells(kept: string | undefined): string[] | null {
  if (kept === undefined) return null;
  const parts = kept.split(SEPARATOR);
  return parts.length - 1 === Number(parts[0]) ? parts.slice(1) : null;
}

/** Vietnamese qualifier words, to write a value back as a person would. */
const QUALIFIER_WORD: Record<Qualifier, string> = { gt: 'hơn', gte: '≥', lt: 'dưới', lte: '≤', approx: 'khoảng', nearly: 'gần' };

export class DuplicateKeys {
  private readonly index: TupleIndex;
  /** Per key field: its text column, or null for the year or a field absent from the file (the hot loop sees one shape). */
  private readonly texts: (TextBuilder | null)[];
  /** Per key field: 1 text, 2 year, 0 absent. */
  private readonly kinds: Uint8Array;
  private readonly years: YearBuilder | null;
  /** Where the year is in the key, or -1. */
  private readonly yearAt: number;
  private readonly key: Int32Array;
  private readonly reported = new Set<number>();
  /** The cells of accepted rows as written (`keepCells`), by row, for the first RAW_ROWS_KEPT rows. */
  private readonly rawRows: string[] = [];
  /**
   * Rows listed with cells rebuilt from their values where the whole file, read in one piece,
   * would have had them as written: rows of later parts. The caller may read them again.
   */
  readonly rebuilt: ExcludedRow[] = [];
  /** The key's columns as written in the header, and the fields among them present in the file. */
  private readonly column: string;
  private readonly present: string[];

  constructor(
    private readonly table: TableBuilder,
    spec: KindSpec,
    private readonly match: HeaderMatch,
    private readonly header: readonly string[],
    private readonly problems: Problem[],
    private readonly excluded: ExcludedRow[],
  ) {
    this.kinds = Uint8Array.from(spec.key, (name) => (name === 'year' ? 2 : match.fields.has(name) ? 1 : 0));
    this.texts = spec.key.map((name) => (name !== 'year' && match.fields.has(name) ? table.text.get(name)! : null));
    this.years = table.years.get('year') ?? null;
    this.yearAt = spec.key.indexOf('year');
    this.key = new Int32Array(spec.key.length);
    this.index = new TupleIndex((row) => this.sameKey(row));
    this.present = spec.key.filter((f) => match.fields.has(f));
    this.column = this.present.map((f) => this.headerOf(f)).join(', ');
  }

  /** Makes room for about `rows` keys at once. */
  reserve(rows: number): void {
    this.index.reserve(rows);
  }

  /**
   * Checks row `row`, already in the table, read from `line`. `cells` are its cells as written,
   * or null when they are no longer at hand (a row of a later part): it is then written back
   * from its values if it has to be listed.
   */
  check(row: number, line: number, cells: readonly string[] | null): void {
    for (let k = 0; k < this.key.length; k++) this.key[k] = this.part(k, row);
    const first = this.index.firstOrAdd(this.hash(), row);
    if (first < 0) {
      // Kept so a later duplicate can hand this row back as written; past RAW_ROWS_KEPT rows
      // the memory matters more and the row is rebuilt from its values instead.
      if (cells && row < RAW_ROWS_KEPT) this.rawRows[row] = keepCells(cells);
      return;
    }
    const firstLine = this.table.lineOf(first);
    const value = this.present.map((f) => this.displayValue(f, row)).join(', ');
    const lines = [firstLine, line];
    const column = this.column;
    if (!this.reported.has(first)) {
      this.reported.add(first);
      this.table.drop(first);
      const raw = keptCells(this.rawRows[first]);
      const listed = { line: firstLine, cells: raw ?? this.cellsOf(first) };
      // Below RAW_ROWS_KEPT only a row of a later part has no cells as written.
      if (!raw && first < RAW_ROWS_KEPT) this.rebuilt.push(listed);
      this.excluded.push(listed);
      this.problems.push({ code: 'row-duplicate-key', line: firstLine, lines, column, value, params: { other: line } });
    }
    this.table.drop(row);
    const listed = { line, cells: cells ? cells.map(own) : this.cellsOf(row) };
    if (!cells) this.rebuilt.push(listed);
    this.excluded.push(listed);
    this.problems.push({ code: 'row-duplicate-key', line, lines, column, value, params: { other: firstLine } });
  }

  /**
   * The hash of the key being looked up. A unit's rows usually come one after another, one per
   * year: the year picks one of 16 neighbouring slots after a hash of the rest, so those rows
   * touch the same bit of the index rather than a random place in megabytes of it.
   */
  private hash(): number {
    const { key, yearAt } = this;
    if (yearAt < 0) return hashInts(key);
    const year = key[yearAt]!;
    key[yearAt] = 0;
    const rest = hashInts(key);
    key[yearAt] = year;
    return (rest & ~15) | (((year >>> 16) + year) & 15);
  }

  /** Key field `k` of row `row`: a text code (-1 for empty or absent), or the year packed as start × 65536 + end. */
  private part(k: number, row: number): number {
    const kind = this.kinds[k];
    return kind === 1 ? this.texts[k]!.get(row) : kind === 2 ? this.years!.packed(row) : -1;
  }

  /** True when row `row` (already in the table) has the key being looked up. */
  private sameKey(row: number): boolean {
    for (let k = 0; k < this.key.length; k++) if (this.part(k, row) !== this.key[k]) return false;
    return true;
  }

  private headerOf(field: string): string {
    const col = this.match.fields.get(field);
    return (col === undefined ? undefined : this.header[col]?.trim()) ?? field;
  }

  private displayValue(field: string, row: number): string {
    if (field === 'year') {
      const [s, e] = this.table.years.get('year')!.get(row);
      return s === e ? String(s) : `${s}-${e}`;
    }
    const b = this.table.text.get(field)!;
    const code = b.get(row);
    return code >= 0 ? b.dict[code]! : '';
  }

  /** An accepted row's cells rebuilt in the file's column order (for the excluded-rows download). */
  private cellsOf(row: number): string[] {
    const cells = new Array<string>(this.header.length).fill('');
    for (const [field, col] of this.match.fields) {
      const num = this.table.numbers.get(field);
      if (num) {
        const { value, qualifier } = num.get(row);
        const q = QUALIFIER_CODES[qualifier];
        if (!Number.isNaN(value)) cells[col] = (q ? `${QUALIFIER_WORD[q]} ` : '') + String(value).replace('.', ',');
      } else if (this.table.years.has(field) || this.table.text.has(field)) cells[col] = this.displayValue(field, row);
    }
    for (const [col, name] of this.match.extras) {
      const b = this.table.extras.get(name)!;
      const code = b.get(row);
      cells[col] = code >= 0 ? b.dict[code]! : '';
    }
    return cells;
  }
}
