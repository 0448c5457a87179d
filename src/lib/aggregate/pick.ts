/**
 * Typed access to a RecordTable's columns, and the small scans the overview needs
 * (rows where a value is present, distinct texts, the span of years), on typed arrays.
 */
import type { NumberColumn, RecordTable, TextColumn, YearColumn } from '../model/index.ts';

/** A span of years: one year has start === end. */
export interface Period {
  start: number;
  end: number;
}

/** The text column `name`, or null when the table lacks it. */
export function textColumn(table: RecordTable | undefined, name: string): TextColumn | null {
  const col = table?.columns[name];
  return col?.type === 'text' ? col : null;
}

/** The number column `name`, or null when the table lacks it. */
export function numberColumn(table: RecordTable | undefined, name: string): NumberColumn | null {
  const col = table?.columns[name];
  return col?.type === 'number' ? col : null;
}

/** The year column `name` (default `year`), or null when the table lacks it. */
export function yearColumn(table: RecordTable | undefined, name = 'year'): YearColumn | null {
  const col = table?.columns[name];
  return col?.type === 'year' ? col : null;
}

/** The rows (indices) where the number column holds a value. */
export function presentRows(col: NumberColumn): Uint32Array {
  const { values } = col;
  const out = new Uint32Array(values.length);
  let n = 0;
  for (let i = 0; i < values.length; i++) if (values[i] === values[i]) out[n++] = i;
  return out.subarray(0, n);
}

/** The rows (indices) whose text equals `value` exactly (text is already cleaned by ingestion). */
export function rowsWithText(col: TextColumn, value: string): Uint32Array {
  const code = col.dict.indexOf(value);
  if (code < 0) return new Uint32Array(0);
  const out = new Uint32Array(col.codes.length);
  let n = 0;
  for (let i = 0; i < col.codes.length; i++) if (col.codes[i] === code) out[n++] = i;
  return out.subarray(0, n);
}

/** The distinct non-empty texts of `rows` (or every row), in order of first appearance. */
export function distinctTexts(col: TextColumn | null, rows: Uint32Array | null = null): string[] {
  if (!col) return [];
  const seen = new Uint8Array(col.dict.length);
  const out: string[] = [];
  const n = rows ? rows.length : col.codes.length;
  for (let k = 0; k < n; k++) {
    const code = col.codes[rows ? rows[k]! : k]!;
    if (code < 0 || seen[code]) continue;
    seen[code] = 1;
    out.push(col.dict[code]!);
  }
  return out;
}

/** The earliest start and latest end of `rows` (or every row); null when there is no row. */
export function yearSpan(col: YearColumn | null, rows: Uint32Array | null = null): Period | null {
  if (!col) return null;
  const n = rows ? rows.length : col.start.length;
  let start = Infinity;
  let end = -Infinity;
  for (let k = 0; k < n; k++) {
    const i = rows ? rows[k]! : k;
    start = Math.min(start, col.start[i]!);
    end = Math.max(end, col.end[i]!);
  }
  return n ? { start, end } : null;
}

/** The period of row `i`. */
export function periodAt(col: YearColumn, i: number): Period {
  return { start: col.start[i] ?? 0, end: col.end[i] ?? 0 };
}
