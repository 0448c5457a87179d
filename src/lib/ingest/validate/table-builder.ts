/**
 * Builds a RecordTable row by row: text cells become dictionary codes, numbers go into
 * growable typed arrays. Rows can be dropped afterwards (a duplicate key found later).
 */
import {
  type Column,
  type NumberColumn,
  type RecordTable,
  type TextColumn,
  type YearColumn,
  qualifierCode,
  type FieldSpec,
  type KindSpec,
  type Qualifier,
} from '../../model/index.ts';

type Numeric = Float64Array | Int32Array | Uint16Array | Uint8Array | Uint32Array;

/** Rows to keep: the first n (none dropped), or their indices. */
type Kept = number | Uint32Array;

const FIRST_CAPACITY = 1024;

/**
 * `array` with room for index `i`: the same array, or a copy twice as long (or longer) whose new
 * cells hold `empty` (NaN for numbers, -1 for text codes). Each builder keeps its arrays in its
 * own fields, so the hot stores see one array type only (a shared generic holder made them slow).
 */
function withRoom<T extends Numeric>(array: T, i: number, empty: number): T {
  if (i < array.length) return array;
  let length = array.length * 2;
  while (length <= i) length *= 2;
  const bigger = new (array.constructor as new (n: number) => T)(length);
  if (empty !== 0) bigger.fill(empty, array.length);
  bigger.set(array);
  return bigger;
}

/** `array` with at least `n` cells, new cells `empty`. */
function reserved<T extends Numeric>(array: T, n: number, empty: number): T {
  if (n <= array.length) return array;
  const bigger = new (array.constructor as new (n: number) => T)(n);
  if (empty !== 0) bigger.fill(empty, array.length);
  bigger.set(array);
  return bigger;
}

function filled<T extends Numeric>(array: T, empty: number): T {
  if (empty !== 0) array.fill(empty);
  return array;
}

/**
 * The kept rows of a column. With no row dropped and little room left over (the columns were
 * sized from an estimate of the row count), a view of the first rows: copying a million-row
 * column costs more than the few spare cells its buffer keeps (at most 1/8 of it). Otherwise a
 * right-sized copy. A column that no row set has not grown with the others: its missing cells
 * are `empty`.
 */
function keepRows<T extends Numeric>(array: T, kept: Kept, empty: number): T {
  if (typeof kept === 'number' && kept <= array.length) {
    return (array.length - kept <= array.length / 8 ? array.subarray(0, kept) : array.slice(0, kept)) as T;
  }
  const n = typeof kept === 'number' ? kept : kept.length;
  const out = filled(new (array.constructor as new (n: number) => T)(n), empty);
  if (typeof kept === 'number') out.set(array);
  else for (let j = 0; j < n; j++) if (kept[j]! < array.length) out[j] = array[kept[j]!]!;
  return out;
}

/** A text column under construction, with its dictionary. */
export class TextBuilder {
  readonly dict: string[] = [];
  private readonly index = new Map<string, number>();
  private codes = filled(new Int32Array(FIRST_CAPACITY), -1);

  /** The code of a (cleaned) value, adding it to the dictionary when new. */
  code(value: string): number {
    let c = this.index.get(value);
    if (c === undefined) {
      c = this.dict.length;
      this.dict.push(value);
      this.index.set(value, c);
    }
    return c;
  }
  set(row: number, value: string | null): void {
    this.setCode(row, value === null ? -1 : this.code(value));
  }
  /** Sets a code already obtained from `code` (the validator caches them per distinct cell). */
  setCode(row: number, code: number): void {
    if (row >= this.codes.length) this.codes = withRoom(this.codes, row, -1);
    this.codes[row] = code;
  }
  get(row: number): number {
    return this.codes[row] ?? -1;
  }
  reserve(rows: number): void {
    this.codes = reserved(this.codes, rows, -1);
  }
  /** Copies a column of another table in at row `at`, its codes turned into this dictionary's. */
  append(at: number, col: TextColumn, n: number): void {
    const ours = Int32Array.from(col.dict, (value) => this.code(value));
    this.codes = reserved(this.codes, at + n, -1);
    const codes = this.codes;
    for (let i = 0; i < n; i++) {
      const c = col.codes[i]!;
      codes[at + i] = c < 0 ? -1 : ours[c]!;
    }
  }
  build(kept: Kept): TextColumn {
    return { type: 'text', dict: this.dict, codes: keepRows(this.codes, kept, -1) };
  }
}

/** A number column under construction. */
export class NumberBuilder {
  private values = filled(new Float64Array(FIRST_CAPACITY), NaN);
  private qualifiers = new Uint8Array(FIRST_CAPACITY);
  set(row: number, value: number, qualifier: Qualifier | null): void {
    if (row >= this.values.length) {
      this.values = withRoom(this.values, row, NaN);
      this.qualifiers = withRoom(this.qualifiers, row, 0);
    }
    this.values[row] = value;
    this.qualifiers[row] = qualifier === null ? 0 : qualifierCode(qualifier);
  }
  reserve(rows: number): void {
    this.values = reserved(this.values, rows, NaN);
    this.qualifiers = reserved(this.qualifiers, rows, 0);
  }
  /** Copies a column of another table in at row `at`. */
  append(at: number, col: NumberColumn, n: number): void {
    this.reserve(at + n);
    this.values.set(col.values.subarray(0, n), at);
    this.qualifiers.set(col.qualifiers.subarray(0, n), at);
  }
  get(row: number): { value: number; qualifier: number } {
    return { value: this.values[row] ?? NaN, qualifier: this.qualifiers[row] ?? 0 };
  }
  build(kept: Kept): NumberColumn {
    return { type: 'number', values: keepRows(this.values, kept, NaN), qualifiers: keepRows(this.qualifiers, kept, 0) };
  }
}

/** A year column under construction. */
export class YearBuilder {
  private start = new Uint16Array(FIRST_CAPACITY);
  private end = new Uint16Array(FIRST_CAPACITY);
  set(row: number, start: number, end: number): void {
    if (row >= this.start.length) {
      this.start = withRoom(this.start, row, 0);
      this.end = withRoom(this.end, row, 0);
    }
    this.start[row] = start;
    this.end[row] = end;
  }
  reserve(rows: number): void {
    this.start = reserved(this.start, rows, 0);
    this.end = reserved(this.end, rows, 0);
  }
  /** Copies a column of another table in at row `at`. */
  append(at: number, col: YearColumn, n: number): void {
    this.reserve(at + n);
    this.start.set(col.start.subarray(0, n), at);
    this.end.set(col.end.subarray(0, n), at);
  }
  get(row: number): [number, number] {
    return [this.start[row] ?? 0, this.end[row] ?? 0];
  }
  /** Row `row`'s years as one number, start × 65536 + end (years are below 2^16). */
  packed(row: number): number {
    return (this.start[row] ?? 0) * 65536 + (this.end[row] ?? 0);
  }
  build(kept: Kept): YearColumn {
    return { type: 'year', start: keepRows(this.start, kept, 0), end: keepRows(this.end, kept, 0) };
  }
}

type AnyBuilder = TextBuilder | NumberBuilder | YearBuilder;

function builderFor(field: FieldSpec): AnyBuilder {
  if (field.type === 'year') return new YearBuilder();
  if (field.type === 'number' || field.type === 'flag') return new NumberBuilder();
  return new TextBuilder();
}

/** Collects accepted rows of one kind into columns. */
export class TableBuilder {
  readonly text = new Map<string, TextBuilder>();
  readonly numbers = new Map<string, NumberBuilder>();
  readonly years = new Map<string, YearBuilder>();
  readonly extras = new Map<string, TextBuilder>();
  private lines = new Uint32Array(FIRST_CAPACITY);
  private readonly dropped = new Set<number>();
  length = 0;

  /**
   * @param unset Fields no row will set (absent from the file and without a default): a later
   *   part of a file read on its own (`part`) neither reserves nor builds them (its table has
   *   them empty, of length 0), and `append` skips them; the whole table builds them all empty.
   */
  constructor(
    readonly spec: KindSpec,
    extraNames: readonly string[],
    private readonly unset: ReadonlySet<string> = new Set(),
    private readonly part = false,
  ) {
    for (const f of spec.fields) {
      const b = builderFor(f);
      if (b instanceof TextBuilder) this.text.set(f.name, b);
      else if (b instanceof NumberBuilder) this.numbers.set(f.name, b);
      else this.years.set(f.name, b);
    }
    for (const name of extraNames) this.extras.set(name, new TextBuilder());
  }

  /** Starts a new row at a line of the file; returns its index. */
  addRow(line: number): number {
    if (this.length >= this.lines.length) this.lines = withRoom(this.lines, this.length, 0);
    this.lines[this.length] = line;
    return this.length++;
  }
  /** Makes room for `rows` rows at once (an estimate from the file's size): no growing and copying on the way. */
  reserve(rows: number): void {
    this.lines = reserved(this.lines, rows, 0);
    for (const [name, b] of [...this.text, ...this.numbers]) if (!this.leftOut(name)) b.reserve(rows);
    for (const b of [...this.years.values(), ...this.extras.values()]) b.reserve(rows);
  }

  /** True for a field a part of a file leaves out of its table (see `unset`). */
  private leftOut(name: string): boolean {
    return this.part && this.unset.has(name);
  }
  /**
   * Adds the rows of a table of the same kind and extra columns (a later part of the file, read
   * on its own), its lines moved down by `lineOffset`; returns the index of its first row here.
   */
  append(table: RecordTable, lineOffset: number): number {
    const at = this.length;
    const n = table.length;
    this.lines = reserved(this.lines, at + n, 0);
    for (let i = 0; i < n; i++) this.lines[at + i] = table.lines[i]! + lineOffset;
    // An unset column holds nothing in either table: its cells stay empty here.
    for (const [name, b] of this.text) if (!this.unset.has(name)) b.append(at, table.columns[name] as TextColumn, n);
    for (const [name, b] of this.numbers) if (!this.unset.has(name)) b.append(at, table.columns[name] as NumberColumn, n);
    for (const [name, b] of this.years) b.append(at, table.columns[name] as YearColumn, n);
    for (const [name, b] of this.extras) b.append(at, table.extras[name]!, n);
    this.length += n;
    return at;
  }

  /** Drops an earlier row from the result (a duplicate key). */
  drop(row: number): void {
    this.dropped.add(row);
  }
  lineOf(row: number): number {
    return this.lines[row] ?? 0;
  }

  /** The finished table, without dropped rows. */
  build(): RecordTable {
    const kept = this.keptRows();
    const columns: Record<string, Column> = {};
    for (const f of this.spec.fields) {
      const b = this.text.get(f.name) ?? this.numbers.get(f.name) ?? this.years.get(f.name)!;
      columns[f.name] = b.build(this.leftOut(f.name) ? 0 : kept);
    }
    const extras: Record<string, TextColumn> = {};
    for (const [name, b] of this.extras) extras[name] = b.build(kept);
    const length = typeof kept === 'number' ? kept : kept.length;
    return { kind: this.spec.kind, length, columns, extras, lines: keepRows(this.lines, kept, 0) };
  }

  /** The row count when no row was dropped, else the indices of the rows kept (computed once for all columns). */
  private keptRows(): Kept {
    if (this.dropped.size === 0) return this.length;
    const kept = new Uint32Array(this.length - this.dropped.size);
    for (let i = 0, j = 0; i < this.length; i++) if (!this.dropped.has(i)) kept[j++] = i;
    return kept;
  }
}
