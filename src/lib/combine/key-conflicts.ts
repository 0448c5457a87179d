/**
 * Finds rows of different datasets that share a key (schema `key`), for `combineTables`.
 * Each row's key is one number built column by column from shared dictionary codes and
 * dense year-pair codes (mixed radix), looked up in a typed-array hash (`KeyIndex`);
 * only when the radix product passes 2^53 do keys fall back to strings of codes in a Map.
 * The two rows' values are read only when a person looks (`conflictValues`): a file imported
 * twice conflicts on every row.
 */
import { KeyIndex } from './key-index.ts';
import {
  QUALIFIER_CODES,
  yearValue,
  type Qualifier,
  type RecordTable,
  type TextColumn,
  type YearColumn,
  kindSpec,
  type Kind,
} from '../model/index.ts';
import type { SharedDict } from './shared-dict.ts';

/** A key found in two datasets: the later row was left out. */
export interface KeyConflict {
  /** The key's values as shown to a person: "Bộc Bố, 2018". */
  key: string;
  /** [dataset kept, dataset whose row was left out]. */
  datasets: [string, string];
  /** The two rows' lines in their files, in the same order. */
  lines: [number, number];
  /** The two rows' indices in their datasets' tables, in the same order (for `conflictValues`). */
  rows: [number, number];
}

/** One cell of a conflicting row: a number with its qualifier ("hơn 57"), or text. */
export type ConflictCell = { number: number; qualifier: Qualifier | null } | { text: string };

/** One value column of two rows that share a key. */
export interface ConflictValue {
  field: string;
  /** The cell in [the row kept, the row left out]; null where empty. */
  cells: [ConflictCell | null, ConflictCell | null];
}

/** What `findKeyConflicts` needs about the tables being combined. */
export interface KeyInput {
  kind: Kind;
  ids: readonly string[];
  tables: readonly RecordTable[];
  /** Global index of each table's first row (length tables + 1). */
  offsets: Uint32Array;
  /** Shared dictionaries of the text columns, by field name. */
  texts: ReadonlyMap<string, SharedDict>;
}

/**
 * Clears `keep[g]` for every row whose key an earlier dataset already holds, and lists them.
 * Rows of one dataset never conflict with each other: validation already refused those.
 */
export function findKeyConflicts(input: KeyInput, keep: Uint8Array): KeyConflict[] {
  const { tables, offsets } = input;
  const keyFields = kindSpec(input.kind).key;
  const parts = keyFields.map((name) => keyPart(name, input));
  const radix = parts.reduce((p, part) => p * part.radix, 1);
  const numeric = radix <= Number.MAX_SAFE_INTEGER;

  // The last table's keys are only looked up, never recorded (no table comes after it to meet
  // them): the index holds the rows before it, often a small file before a large import.
  const last = tables.length - 1;
  if (last < 1) return [];
  const index = numeric ? keyIndex(radix, Math.max(1, offsets[last]!)) : null;
  const seen = new Map<string, number>();
  const conflicts: KeyConflict[] = [];
  for (let s = 0; s < tables.length; s++) {
    const table = tables[s]!;
    const base = offsets[s]!;
    const numbers = index ? numericKeys(table.length, s, parts) : null;
    const strings = index ? null : stringKeys(table.length, s, parts);
    for (let i = 0; i < table.length; i++) {
      const first =
        s === last
          ? numbers
            ? index!.find(numbers[i]!)
            : (seen.get(strings![i]!) ?? -1)
          : numbers
            ? index!.claim(numbers[i]!, base + i)
            : claim(seen, strings![i]!, base + i);
      if (first < 0) continue;
      const owner = sourceOf(offsets, first);
      if (owner === s) continue;
      keep[base + i] = 0;
      const firstRow = first - offsets[owner]!;
      conflicts.push({
        key: keyFields.map((name) => displayValue(tables[owner]!, name, firstRow)).join(', '),
        datasets: [input.ids[owner]!, input.ids[s]!],
        lines: [tables[owner]!.lines[firstRow] ?? 0, table.lines[i] ?? 0],
        rows: [firstRow, i],
      });
    }
  }
  return conflicts;
}

/** One key field: how many values it can take, and its value for row i of table s. */
interface KeyPart {
  radix: number;
  fill(s: number, n: number, out: Float64Array | string[], numeric: boolean): void;
}

function keyPart(name: string, input: KeyInput): KeyPart {
  const shared = input.texts.get(name);
  if (shared) {
    // 0 is "empty" (an optional key field such as awards.form), so codes shift by one.
    return {
      radix: shared.dict.length + 1,
      fill(s, n, out, numeric) {
        const col = input.tables[s]!.columns[name] as TextColumn | undefined;
        const remap = shared.remaps[s];
        for (let i = 0; i < n; i++) {
          const old = col && remap ? col.codes[i]! : -1;
          const v = old >= 0 ? remap![old]! + 1 : 0;
          if (numeric) (out as Float64Array)[i] = (out as Float64Array)[i]! * this.radix + v;
          else (out as string[])[i] += `|${v}`;
        }
      },
    };
  }
  const years = input.tables.map((t) => (t.columns[name]?.type === 'year' ? (t.columns[name] as YearColumn) : undefined));
  let min = 0xffff;
  let max = 0;
  for (const col of years) {
    if (!col) continue;
    for (let i = 0; i < col.start.length; i++) {
      min = Math.min(min, col.start[i]!, col.end[i]!);
      max = Math.max(max, col.start[i]!, col.end[i]!);
    }
  }
  const span = Math.max(1, max - min + 1);
  // Dense codes for the (start, end) pairs present: a handful of years and periods, so the
  // key's radix stays small. Validated years span at most 1990–2100.
  const pairs = span * span <= 1 << 20 ? new Int32Array(span * span).fill(-1) : null;
  let distinct = 0;
  if (pairs) {
    for (const col of years) {
      if (!col) continue;
      for (let i = 0; i < col.start.length; i++) {
        const p = (col.start[i]! - min) * span + (col.end[i]! - min);
        if (pairs[p] === -1) pairs[p] = distinct++;
      }
    }
  }
  return {
    radix: pairs ? Math.max(1, distinct) : span * span,
    fill(s, n, out, numeric) {
      const col = years[s];
      for (let i = 0; i < n; i++) {
        const p = col ? (col.start[i]! - min) * span + (col.end[i]! - min) : 0;
        const v = pairs ? Math.max(0, pairs[p] ?? 0) : p;
        if (numeric) (out as Float64Array)[i] = (out as Float64Array)[i]! * this.radix + v;
        else (out as string[])[i] += `|${v}`;
      }
    },
  };
}

function numericKeys(n: number, s: number, parts: readonly KeyPart[]): Float64Array {
  const keys = new Float64Array(n);
  for (const p of parts) p.fill(s, n, keys, true);
  return keys;
}

function stringKeys(n: number, s: number, parts: readonly KeyPart[]): string[] {
  const keys = new Array<string>(n).fill('');
  for (const p of parts) p.fill(s, n, keys, false);
  return keys;
}

/** A direct-address table when the keys are few enough to be array positions, else a hash. */
function keyIndex(radix: number, rows: number): { claim(key: number, row: number): number; find(key: number): number } {
  if (radix > Math.max(1 << 16, rows * 4)) return new KeyIndex(rows);
  const first = new Int32Array(radix).fill(-1);
  return {
    claim(key, row) {
      const f = first[key]!;
      if (f < 0) first[key] = row;
      return f;
    },
    find: (key) => first[key]!,
  };
}

function claim(seen: Map<string, number>, key: string, row: number): number {
  const first = seen.get(key);
  if (first !== undefined) return first;
  seen.set(key, row);
  return -1;
}

/** The table a global row index belongs to (binary search over offsets). */
function sourceOf(offsets: Uint32Array, g: number): number {
  let lo = 0;
  let hi = offsets.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (offsets[mid]! <= g) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function displayValue(table: RecordTable, name: string, i: number): string {
  const col = table.columns[name];
  if (!col) return '';
  if (col.type === 'year') return String(yearValue(col, i));
  if (col.type === 'text') return col.codes[i]! >= 0 ? col.dict[col.codes[i]!]! : '';
  return String(col.values[i]);
}

/** Fields that say where a figure comes from, not what it is: left out of a conflict's values. */
const PROVENANCE = new Set(['source', 'note', 'district', 'province']);

/**
 * What two rows sharing a key hold, so a person can choose between them: each field of the
 * kind that is neither in the key nor provenance (source, note, district, province), nor a
 * criterion flag, and that either row fills — numbers with their qualifier, text as written.
 * `tables` and `rows` as in the conflict: [kept, left out].
 * @example conflictValues('criteria', [a, b], c.rows) // [{ field: 'criteria_met', cells: [{ number: 16, … }, { number: 17, … }] }, …]
 */
export function conflictValues(kind: Kind, tables: readonly [RecordTable, RecordTable], rows: readonly [number, number]): ConflictValue[] {
  const spec = kindSpec(kind);
  const out: ConflictValue[] = [];
  for (const f of spec.fields) {
    if (spec.key.includes(f.name) || PROVENANCE.has(f.name) || f.type === 'flag' || f.type === 'year') continue;
    const cells: [ConflictCell | null, ConflictCell | null] = [cellAt(tables[0], f.name, rows[0]), cellAt(tables[1], f.name, rows[1])];
    if (cells[0] || cells[1]) out.push({ field: f.name, cells });
  }
  return out;
}

function cellAt(table: RecordTable, name: string, i: number): ConflictCell | null {
  const col = table.columns[name];
  if (!col || i < 0 || i >= table.length) return null;
  if (col.type === 'text') return col.codes[i]! >= 0 ? { text: col.dict[col.codes[i]!]! } : null;
  if (col.type === 'number') {
    const value = col.values[i]!;
    return Number.isNaN(value) ? null : { number: value, qualifier: QUALIFIER_CODES[col.qualifiers[i]!] ?? null };
  }
  return null;
}
