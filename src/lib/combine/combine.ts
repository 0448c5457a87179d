/**
 * Several datasets of one kind as one table, column by column: typed-array loops and no
 * per-row objects, since it runs on up to a million rows whenever a dataset is added,
 * hidden or removed.
 *
 * Rule for keys across datasets (docs/data-format.md §5.3): the FIRST dataset in the given order
 * keeps a key; a later dataset's row with the same key is left out of the combined table
 * and reported as a conflict, never summed, never overwriting. Callers pass datasets in
 * import order, so figures already shown do not change until the user removes or hides one.
 */
import { findKeyConflicts, type KeyConflict } from './key-conflicts.ts';
import { type Column, type NumberColumn, type RecordTable, type TextColumn, type YearColumn, kindSpec, type Kind } from '../model/index.ts';
import { shareDicts, type SharedDict } from './shared-dict.ts';

export type { KeyConflict } from './key-conflicts.ts';

/** One dataset's table, as given to `combineTables`. */
export interface CombineSource {
  id: string;
  table: RecordTable;
}

/** The combined table (its `sources` index into the input) and the rows left out. */
export interface Combined {
  table: RecordTable;
  conflicts: KeyConflict[];
}

/**
 * Combines the tables of one kind; see the module comment for the rule on shared keys.
 * @example combineTables('criteria', [{ id: 'a', table: a }, { id: 'b', table: b }])
 */
export function combineTables(kind: Kind, inputs: readonly CombineSource[]): Combined {
  if (inputs.length > 0x10000) throw new RangeError('combineTables: more datasets than Uint16Array sources can index');
  for (const { id, table } of inputs) {
    if (table.kind !== kind) throw new TypeError(`combineTables: dataset ${id} holds ${table.kind}, not ${kind}`);
  }
  const tables = inputs.map((s) => s.table);
  const lengths = tables.map((t) => t.length);
  const offsets = new Uint32Array(tables.length + 1);
  lengths.forEach((n, s) => (offsets[s + 1] = offsets[s]! + n));
  const total = offsets[tables.length]!;

  const layout = columnLayout(kind, tables);
  const texts = new Map<string, SharedDict>();
  for (const [name, type] of layout)
    if (type === 'text') texts.set(name, shareDicts(tables.map((t) => only<TextColumn>(t.columns[name], 'text'))));

  const keep = new Uint8Array(total).fill(1);
  const conflicts = tables.length > 1 ? findKeyConflicts({ kind, ids: inputs.map((s) => s.id), tables, offsets, texts }, keep) : [];
  // Rows left out per table: a table that lost none is copied whole (typed-array copies, not a
  // loop a row) — a large import beside a small bundled file loses none.
  const dropped = new Uint32Array(tables.length);
  for (let s = 0; s < tables.length; s++) for (let g = offsets[s]!; g < offsets[s + 1]!; g++) dropped[s]! += 1 - keep[g]!;
  const rows: Rows = { lengths, keep, kept: total - conflicts.length, dropped };

  const columns: Record<string, Column> = {};
  for (const [name, type] of layout) {
    if (type === 'text')
      columns[name] = gatherText(
        texts.get(name)!,
        tables.map((t) => only<TextColumn>(t.columns[name], 'text')),
        rows,
      );
    else if (type === 'number')
      columns[name] = gatherNumbers(
        tables.map((t) => only<NumberColumn>(t.columns[name], 'number')),
        rows,
      );
    else
      columns[name] = gatherYears(
        tables.map((t) => only<YearColumn>(t.columns[name], 'year')),
        rows,
      );
  }
  // Extra columns: the union of names; a dataset without one leaves its cells empty.
  const extras: Record<string, TextColumn> = {};
  for (const name of new Set(tables.flatMap((t) => Object.keys(t.extras)))) {
    const cols = tables.map((t) => t.extras[name]);
    extras[name] = gatherText(shareDicts(cols), cols, rows);
  }

  const lines = new Uint32Array(rows.kept);
  const sources = new Uint16Array(rows.kept);
  for (let s = 0, g = 0, j = 0; s < tables.length; s++) {
    const from = tables[s]!.lines;
    if (!dropped[s]) {
      lines.set(from.subarray(0, lengths[s]!), j);
      sources.fill(s, j, j + lengths[s]!);
      j += lengths[s]!;
      g += lengths[s]!;
      continue;
    }
    for (let i = 0; i < lengths[s]!; i++, g++) {
      if (!keep[g]) continue;
      lines[j] = from[i]!;
      sources[j++] = s;
    }
  }
  return { table: { kind, length: rows.kept, columns, extras, lines, sources }, conflicts };
}

/** Which rows of the concatenated tables are kept. */
interface Rows {
  lengths: readonly number[];
  keep: Uint8Array;
  kept: number;
  /** Rows left out, per table. */
  dropped: Uint32Array;
}

/** Column names and types: the kind's schema order, then any other column some table has. */
function columnLayout(kind: Kind, tables: readonly RecordTable[]): Map<string, Column['type']> {
  const layout = new Map<string, Column['type']>();
  for (const f of kindSpec(kind).fields) {
    const col = tables.find((t) => t.columns[f.name])?.columns[f.name];
    if (col) layout.set(f.name, col.type);
  }
  for (const t of tables) for (const [name, col] of Object.entries(t.columns)) if (!layout.has(name)) layout.set(name, col.type);
  return layout;
}

/** The column if it has the expected type; a table lacking it contributes empty cells. */
function only<C extends Column>(col: Column | undefined, type: Column['type']): C | undefined {
  return col?.type === type ? (col as C) : undefined;
}

function gatherText(shared: SharedDict, cols: readonly (TextColumn | undefined)[], { lengths, keep, kept, dropped }: Rows): TextColumn {
  const codes = new Int32Array(kept).fill(-1);
  for (let s = 0, g = 0, j = 0; s < cols.length; s++) {
    const n = lengths[s]!;
    const col = cols[s];
    const remap = shared.remaps[s];
    if (!col || !remap) {
      for (let i = 0; i < n; i++, g++) j += keep[g]!;
      continue;
    }
    const from = col.codes;
    if (!dropped[s] && remap.every((code, old) => code === old)) {
      // Every row kept, codes unchanged (the first table's dictionary leads the shared one).
      codes.set(from.subarray(0, n), j);
      j += n;
      g += n;
      continue;
    }
    for (let i = 0; i < n; i++, g++) {
      if (!keep[g]) continue;
      const old = from[i]!;
      codes[j++] = old >= 0 ? remap[old]! : -1;
    }
  }
  return { type: 'text', dict: shared.dict, codes };
}

function gatherNumbers(cols: readonly (NumberColumn | undefined)[], rows: Rows): NumberColumn {
  const values = new Float64Array(rows.kept).fill(NaN);
  const qualifiers = new Uint8Array(rows.kept);
  gatherPairs(
    cols.map((c) => c && [c.values, c.qualifiers]),
    rows,
    values,
    qualifiers,
  );
  return { type: 'number', values, qualifiers };
}

function gatherYears(cols: readonly (YearColumn | undefined)[], rows: Rows): YearColumn {
  const start = new Uint16Array(rows.kept);
  const end = new Uint16Array(rows.kept);
  gatherPairs(
    cols.map((c) => c && [c.start, c.end]),
    rows,
    start,
    end,
  );
  return { type: 'year', start, end };
}

/**
 * Copies the kept rows of each table's pair of arrays (values and qualifiers, or start and end)
 * into `a` and `b`; a table without the column leaves its rows as `a` and `b` were filled.
 */
function gatherPairs<A extends Float64Array | Uint16Array, B extends Uint8Array | Uint16Array>(
  pairs: readonly (readonly [A, B] | undefined)[],
  { lengths, keep, dropped }: Rows,
  a: A,
  b: B,
): void {
  for (let s = 0, g = 0, j = 0; s < pairs.length; s++) {
    const n = lengths[s]!;
    const pair = pairs[s];
    if (!pair) {
      for (let i = 0; i < n; i++, g++) j += keep[g]!;
      continue;
    }
    const [x, y] = pair;
    if (!dropped[s]) {
      a.set(x.subarray(0, n) as never, j);
      b.set(y.subarray(0, n) as never, j);
      j += n;
      g += n;
      continue;
    }
    for (let i = 0; i < n; i++, g++) {
      if (!keep[g]) continue;
      a[j] = x[i]!;
      b[j++] = y[i]!;
    }
  }
}
