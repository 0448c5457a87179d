/**
 * Builds a RecordTable row by row: text cells become dictionary codes, numbers go into
 * growable typed arrays. Rows can be dropped afterwards (a duplicate key found later).
 */
import { type Column, type NumberColumn, type RecordTable, type TextColumn, type YearColumn, qualifierCode } from './records.ts';
import type { FieldSpec, KindSpec } from './schema.ts';
import type { Qualifier } from './types.ts';

/** A growable typed array. */
class Grow<T extends Float64Array | Int32Array | Uint16Array | Uint8Array | Uint32Array> {
  array: T;
  constructor(
    private readonly make: (n: number) => T,
    /** The value of a cell never set (NaN for numbers, -1 for text codes). */
    private readonly empty = 0,
  ) {
    this.array = make(1024);
    if (empty !== 0) this.array.fill(empty);
  }
  set(i: number, v: number): void {
    if (i >= this.array.length) {
      const bigger = this.make(this.array.length * 2);
      if (this.empty !== 0) bigger.fill(this.empty);
      bigger.set(this.array);
      this.array = bigger;
    }
    this.array[i] = v;
  }
}

/** A text column under construction, with its dictionary. */
export class TextBuilder {
  readonly dict: string[] = [];
  private readonly index = new Map<string, number>();
  private readonly codes = new Grow((n) => new Int32Array(n), -1);

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
    this.codes.set(row, value === null ? -1 : this.code(value));
  }
  get(row: number): number {
    return this.codes.array[row] ?? -1;
  }
  build(keep: (i: number) => boolean, length: number, kept: number): TextColumn {
    const codes = new Int32Array(kept);
    for (let i = 0, j = 0; i < length; i++) if (keep(i)) codes[j++] = this.codes.array[i] ?? -1;
    return { type: 'text', dict: this.dict, codes };
  }
}

class NumberBuilder {
  private readonly values = new Grow((n) => new Float64Array(n), NaN);
  private readonly qualifiers = new Grow((n) => new Uint8Array(n));
  set(row: number, value: number, qualifier: Qualifier | null): void {
    this.values.set(row, value);
    this.qualifiers.set(row, qualifierCode(qualifier));
  }
  get(row: number): { value: number; qualifier: number } {
    return { value: this.values.array[row] ?? NaN, qualifier: this.qualifiers.array[row] ?? 0 };
  }
  build(keep: (i: number) => boolean, length: number, kept: number): NumberColumn {
    const values = new Float64Array(kept);
    const qualifiers = new Uint8Array(kept);
    for (let i = 0, j = 0; i < length; i++) {
      if (!keep(i)) continue;
      values[j] = this.values.array[i] ?? NaN;
      qualifiers[j++] = this.qualifiers.array[i] ?? 0;
    }
    return { type: 'number', values, qualifiers };
  }
}

class YearBuilder {
  private readonly start = new Grow((n) => new Uint16Array(n));
  private readonly end = new Grow((n) => new Uint16Array(n));
  set(row: number, start: number, end: number): void {
    this.start.set(row, start);
    this.end.set(row, end);
  }
  get(row: number): [number, number] {
    return [this.start.array[row] ?? 0, this.end.array[row] ?? 0];
  }
  build(keep: (i: number) => boolean, length: number, kept: number): YearColumn {
    const start = new Uint16Array(kept);
    const end = new Uint16Array(kept);
    for (let i = 0, j = 0; i < length; i++) {
      if (!keep(i)) continue;
      start[j] = this.start.array[i] ?? 0;
      end[j++] = this.end.array[i] ?? 0;
    }
    return { type: 'year', start, end };
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
  private readonly lines = new Grow((n) => new Uint32Array(n));
  private readonly dropped = new Set<number>();
  length = 0;

  constructor(readonly spec: KindSpec, extraNames: readonly string[]) {
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
    this.lines.set(this.length, line);
    return this.length++;
  }
  /** Drops an earlier row from the result (a duplicate key). */
  drop(row: number): void {
    this.dropped.add(row);
  }
  lineOf(row: number): number {
    return this.lines.array[row] ?? 0;
  }

  /** The finished table, without dropped rows. */
  build(): RecordTable {
    const keep = (i: number) => !this.dropped.has(i);
    const kept = this.length - this.dropped.size;
    const columns: Record<string, Column> = {};
    for (const f of this.spec.fields) {
      const b = this.text.get(f.name) ?? this.numbers.get(f.name) ?? this.years.get(f.name)!;
      columns[f.name] = b.build(keep, this.length, kept);
    }
    const extras: Record<string, TextColumn> = {};
    for (const [name, b] of this.extras) extras[name] = b.build(keep, this.length, kept);
    const lines = new Uint32Array(kept);
    for (let i = 0, j = 0; i < this.length; i++) if (keep(i)) lines[j++] = this.lines.array[i] ?? 0;
    return { kind: this.spec.kind, length: kept, columns, extras, lines };
  }
}
