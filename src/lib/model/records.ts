/**
 * Accepted records, stored by column so that a million rows can be re-grouped on every
 * filter change: text as dictionary codes, numbers in typed arrays, qualifiers beside them.
 * `rowAt` gives the simple object view used by the validator's JSON and by tests.
 */
import type { Kind, Qualifier } from './types.ts';

/** Text column: `codes[i]` indexes `dict`; -1 means the cell is empty (an absent optional value). */
export interface TextColumn {
  type: 'text';
  dict: string[];
  codes: Int32Array;
}

/** Number column: NaN means absent. `qualifiers[i]` is a `QUALIFIER_CODES` index (0 = none). */
export interface NumberColumn {
  type: 'number';
  values: Float64Array;
  qualifiers: Uint8Array;
}

/** Year column: a single year has start === end; a period "2016-2020" has start < end. */
export interface YearColumn {
  type: 'year';
  start: Uint16Array;
  end: Uint16Array;
}

export type Column = TextColumn | NumberColumn | YearColumn;

/** The accepted rows of one file (or several combined), column by column. */
export interface RecordTable {
  kind: Kind;
  length: number;
  /** Canonical field name → column, in the order of the kind's schema. */
  columns: Record<string, Column>;
  /** Extra columns kept as written, by their header in the file. */
  extras: Record<string, TextColumn>;
  /** Physical line of each row in its file. */
  lines: Uint32Array;
  /** For a combined table: the index of the dataset each row came from (see `combineTables`). */
  sources?: Uint16Array;
}

/** Qualifier codes as stored in `NumberColumn.qualifiers`; index 0 means "no qualifier". */
export const QUALIFIER_CODES: readonly (Qualifier | null)[] = [null, 'gt', 'gte', 'lt', 'lte', 'approx', 'nearly'];

/** The stored code of a qualifier. */
export function qualifierCode(q: Qualifier | null | undefined): number {
  return q ? QUALIFIER_CODES.indexOf(q) : 0;
}

/** A record as a plain object, as in docs/data-format.md §6. */
export type RecordRow = Record<string, unknown> & { line: number };

/** Formats a year column cell: 2018, or "2016-2020" for a period. */
export function yearValue(col: YearColumn, i: number): number | string {
  const s = col.start[i] ?? 0;
  const e = col.end[i] ?? 0;
  return s === e ? s : `${s}-${e}`;
}

/** The plain-object view of row `i`: canonical names, `<field>_qualifier`, `extra`, `line`. */
export function rowAt(table: RecordTable, i: number): RecordRow {
  const row: Record<string, unknown> = {};
  for (const [name, col] of Object.entries(table.columns)) {
    if (col.type === 'text') {
      const code = col.codes[i] ?? -1;
      if (code >= 0) row[name] = col.dict[code];
    } else if (col.type === 'number') {
      const v = col.values[i] ?? NaN;
      if (!Number.isNaN(v)) {
        row[name] = v;
        const q = QUALIFIER_CODES[col.qualifiers[i] ?? 0];
        // The contract knows "about" only: "gần" (nearly) is written as approx.
        if (q) row[`${name}_qualifier`] = q === 'nearly' ? 'approx' : q;
      }
    } else {
      row[name] = yearValue(col, i);
    }
  }
  const extraNames = Object.keys(table.extras);
  if (extraNames.length) {
    const extra: Record<string, string> = {};
    for (const name of extraNames) {
      const col = table.extras[name]!;
      const code = col.codes[i] ?? -1;
      if (code >= 0) extra[name] = col.dict[code]!;
    }
    row.extra = extra;
  }
  return { ...row, line: table.lines[i] ?? 0 };
}

/** Every row as plain objects (for small tables: the validator, tests). */
export function toRows(table: RecordTable): RecordRow[] {
  return Array.from({ length: table.length }, (_, i) => rowAt(table, i));
}
