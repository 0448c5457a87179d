/**
 * The explorer's row model on typed arrays: which rows pass the search and the filters (row
 * indices in a Uint32Array, no object per row), in what order, and grouped with subtotals that
 * keep their qualifiers and never mix periods or levels. What is shown is a list of display
 * rows: a row index (≥ 0), or a group heading or subtotal (negative, into `items`).
 */
import { sumQualified, type Period, type QualifiedSum } from '../../aggregate/index.ts';
import { foldDiacritics } from '../../model/index.ts';
import type { ExplorerColumn } from './columns.ts';

/** One sort key: a column, ascending or descending (empty cells last either way). */
export interface SortKey {
  id: string;
  desc: boolean;
}

/** A numeric range; null ends are open. */
export interface NumberRange {
  min: number | null;
  max: number | null;
}

/** What the rows are filtered by. */
export interface RowFilter {
  /** The search box: every word must be found in some shown column (no diacritics, no case). */
  q: string;
  /** Text each column's cells must contain (no diacritics, no case), by column id. */
  filters: Readonly<Record<string, string>>;
  /** Ranges each number column's values must lie in, by column id. */
  ranges: Readonly<Record<string, NumberRange>>;
  /** One year or period: rows of exactly that span (a period is never a year of it). */
  period: Period | null;
  /** The columns shown: the search looks only at what can be seen. */
  visible: readonly string[];
  /**
   * The communes or units chosen in the views (`unit=`): a row is kept when its unit, commune
   * or name is exactly one of them. Empty or absent: every row.
   */
  units?: readonly string[];
}

/** The columns that name who a row is about, matched against the units chosen. */
export const UNIT_COLUMNS: readonly string[] = ['unit', 'commune', 'beneficiary_commune', 'name'];

/** The rows to start from. */
export interface RowSpace {
  columns: readonly ExplorerColumn[];
  length: number;
  /** 1 for a row that may be shown (inside the area chosen), or null for every row. */
  mask: Uint8Array | null;
}

/** The folded words of a search. */
export function searchTerms(q: string): string[] {
  return foldDiacritics(q).split(/\s+/).filter(Boolean);
}

/** The rows of `rows` that pass `test`, in order. */
function keep(rows: Uint32Array, test: (i: number) => boolean): Uint32Array {
  const out = new Uint32Array(rows.length);
  let n = 0;
  for (let p = 0; p < rows.length; p++) if (test(rows[p]!)) out[n++] = rows[p]!;
  return out.subarray(0, n);
}

/**
 * The rows of `rows` where some column of `columns` holds `term`: a column held in a dictionary
 * is read in a plain loop over its codes (each distinct value tested once), others row by row.
 * Null when no column can ever hold it.
 */
function keepMatching(rows: Uint32Array, columns: readonly ExplorerColumn[], term: string): Uint32Array | null {
  const found = new Uint8Array(rows.length);
  let any = false;
  for (const column of columns) {
    const hits = column.codeHits(term);
    if (hits) {
      any = true;
      const { codes, hit } = hits;
      // No value of the column holds the term: its million codes need not be read.
      if (!hit.includes(1)) continue;
      for (let p = 0; p < rows.length; p++) {
        const c = codes[rows[p]!]!;
        if (c >= 0 && hit[c] === 1) found[p] = 1;
      }
      continue;
    }
    const match = column.matcher(term);
    if (!match) continue;
    any = true;
    for (let p = 0; p < rows.length; p++) if (found[p] === 0 && match(rows[p]!)) found[p] = 1;
  }
  if (!any) return null;
  const out = new Uint32Array(rows.length);
  let n = 0;
  for (let p = 0; p < rows.length; p++) if (found[p] === 1) out[n++] = rows[p]!;
  return out.subarray(0, n);
}

/**
 * The rows that pass `filter`, in file order: the area's rows, then narrowed by each condition
 * in turn (the period, the ranges, each column's filter, each word of the search), so every pass
 * reads only the rows still in and is a plain loop over typed arrays.
 * @example filterRows(space, { q: 'boc bo', filters: {}, ranges: {}, period: null, visible }) // the rows of Bộc Bố
 */
export function filterRows(space: RowSpace, filter: RowFilter): Uint32Array {
  const { columns, length, mask } = space;
  const byId = new Map(columns.map((c) => [c.id, c]));
  let rows: Uint32Array = new Uint32Array(length);
  let n = 0;
  for (let i = 0; i < length; i++) if (!mask || mask[i] === 1) rows[n++] = i;
  rows = rows.subarray(0, n);

  if (filter.units?.length) {
    const chosen = new Set(filter.units);
    const found = new Uint8Array(rows.length);
    for (const column of columns.filter((c) => UNIT_COLUMNS.includes(c.id))) {
      const hits = column.codeEquals(chosen);
      if (!hits) continue;
      for (let p = 0; p < rows.length; p++) {
        const c = hits.codes[rows[p]!]!;
        if (c >= 0 && hits.hit[c] === 1) found[p] = 1;
      }
    }
    rows = rows.filter((_, p) => found[p] === 1);
  }
  const period = filter.period;
  const years = columns.find((c) => c.type === 'period')?.years;
  if (period && years) rows = keep(rows, (i) => years.start[i] === period.start && years.end[i] === period.end);
  for (const [id, range] of Object.entries(filter.ranges)) {
    const values = byId.get(id)?.numbers?.values;
    if (!values || (range.min === null && range.max === null)) continue;
    const min = range.min ?? -Infinity;
    const max = range.max ?? Infinity;
    rows = keep(rows, (i) => {
      const v = values[i]!;
      return v >= min && v <= max; // NaN fails both
    });
  }
  for (const [id, text] of Object.entries(filter.filters)) {
    const column = byId.get(id);
    if (!column) continue;
    for (const term of searchTerms(text)) {
      const next = keepMatching(rows, [column], term);
      if (!next) return new Uint32Array(0);
      rows = next;
    }
  }
  const shown = filter.visible.map((id) => byId.get(id)).filter((c) => c !== undefined);
  for (const term of searchTerms(filter.q)) {
    const next = keepMatching(rows, shown, term);
    if (!next) return new Uint32Array(0);
    rows = next;
  }
  // A copy of its own, as long as the rows kept (not a view into a million-row buffer).
  return rows.slice();
}

/** A column's rank per row for one direction: empty cells last. */
function directed(column: ExplorerColumn, desc: boolean): { rank: Uint32Array; size: number } {
  const { rank, size } = column.ranks();
  if (!desc) return { rank, size };
  const flipped = new Uint32Array(rank.length);
  for (let i = 0; i < rank.length; i++) flipped[i] = rank[i]! < size ? size - 1 - rank[i]! : size;
  return { rank: flipped, size };
}

/**
 * `rows` in stable order of one column's ranks (a counting sort: no comparison, O(rows + ranks)),
 * descending when `desc`; empty cells last either way.
 */
function sortByRank(rows: Uint32Array, column: ExplorerColumn, desc: boolean): Uint32Array {
  const { rank, size } = column.ranks();
  const n = rows.length;
  // Slot of a rank: ascending r, descending size - 1 - r; empty (size) stays last.
  const counts = new Uint32Array(size + 2);
  for (let p = 0; p < n; p++) {
    const r = rank[rows[p]!]!;
    counts[(desc && r < size ? size - 1 - r : r) + 1]!++;
  }
  for (let r = 1; r < counts.length; r++) counts[r]! += counts[r - 1]!;
  const out = new Uint32Array(n);
  for (let p = 0; p < n; p++) {
    const i = rows[p]!;
    const r = rank[i]!;
    out[counts[desc && r < size ? size - 1 - r : r]!++] = i;
  }
  return out;
}

/**
 * `rows` (in file order) ordered by `sort` (several keys: the first decides, then the next…),
 * ties in file order: one stable counting sort per key, the last key first (a radix sort over
 * the keys' ranks), so a million rows sort in a few passes over typed arrays.
 */
export function sortRows(rows: Uint32Array, columns: readonly ExplorerColumn[], sort: readonly SortKey[]): Uint32Array {
  const keys = sort.flatMap((s) => {
    const column = columns.find((c) => c.id === s.id);
    return column ? [{ column, desc: s.desc }] : [];
  });
  if (!keys.length || rows.length < 2) return rows;
  let out = rows;
  for (let k = keys.length - 1; k >= 0; k--) out = sortByRank(out, keys[k]!.column, keys[k]!.desc);
  return out;
}

/** A heading over a group's rows. */
export interface GroupItem {
  type: 'group';
  /** The group's rank in its column (the same whichever way it is sorted): what names it when folded. */
  key: number;
  /** A row of the group (its value of the grouping column names the group). */
  row: number;
  /** How many rows the group holds. */
  count: number;
}

/** A subtotal of a group: one period (and one level when the group holds several). */
export interface SubtotalItem {
  type: 'subtotal';
  period: Period | null;
  /** The level of the units summed when the group holds rows of several levels ('' when unknown), else null. */
  level: string | null;
  /** Rows summed. */
  count: number;
  /** Qualified sums of each number column, by column id. */
  sums: Readonly<Record<string, QualifiedSum>>;
}

export type DisplayItem = GroupItem | SubtotalItem;

/** What the table shows, row by row. */
export interface Display {
  /** A row index (≥ 0), or `-(k + 1)` for `items[k]`. */
  rows: Int32Array;
  items: DisplayItem[];
}

/** Each row's level in the tree of units, for subtotals that never add one level to another. */
export interface RowLevels {
  /** Index into `names`, -1 when unknown. */
  codes: Int32Array;
  names: readonly string[];
}

/** Rows as shown, ungrouped. */
export function plainDisplay(rows: Uint32Array): Display {
  // Row indices stay below 2³¹: the same memory read as signed, not a copy.
  return { rows: new Int32Array(rows.buffer, rows.byteOffset, rows.length), items: [] };
}

/**
 * `rows` (already sorted) in groups of equal `group` values, the groups in that column's order
 * (descending when `desc`), each followed by its subtotals: one per period, and per level when
 * the group holds several (a district's reported total is never added to its communes' figures).
 */
export function groupDisplay(
  rows: Uint32Array,
  columns: readonly ExplorerColumn[],
  group: string,
  desc: boolean,
  levels: RowLevels | null,
): Display {
  const column = columns.find((c) => c.id === group);
  if (!column) return plainDisplay(rows);
  const { rank, size } = directed(column, desc);
  // A stable counting sort by the group's rank keeps the rows' order inside each group.
  const counts = new Uint32Array(size + 2);
  for (const i of rows) counts[rank[i]! + 1]!++;
  for (let r = 1; r < counts.length; r++) counts[r]! += counts[r - 1]!;
  const starts = counts.slice();
  const grouped = new Uint32Array(rows.length);
  for (const i of rows) grouped[starts[rank[i]!]!++] = i;

  const numbers = columns.filter((c) => c.type === 'number');
  const years = columns.find((c) => c.type === 'period')?.years ?? null;
  const own = column.ranks().rank;
  const groups: { members: Uint32Array; subtotals: SubtotalItem[] }[] = [];
  let length = 0;
  for (let r = 0; r <= size; r++) {
    const members = grouped.subarray(counts[r]!, counts[r + 1]!);
    if (!members.length) continue;
    const subtotals = numbers.length ? subtotalsOf(members, numbers, years, levels) : [];
    groups.push({ members, subtotals });
    length += 1 + members.length + subtotals.length;
  }
  const out = new Int32Array(length);
  const items: DisplayItem[] = [];
  let at = 0;
  for (const { members, subtotals } of groups) {
    items.push({ type: 'group', key: own[members[0]!]!, row: members[0]!, count: members.length });
    out[at++] = -items.length;
    out.set(members, at);
    at += members.length;
    for (const s of subtotals) {
      items.push(s);
      out[at++] = -items.length;
    }
  }
  return { rows: out, items };
}

/** A group's subtotals: rows bucketed by period and level, each bucket summed with its qualifiers. */
function subtotalsOf(
  members: Uint32Array,
  numbers: readonly ExplorerColumn[],
  years: { start: Uint16Array; end: Uint16Array } | null,
  levels: RowLevels | null,
): SubtotalItem[] {
  const buckets = new Map<number, number[]>();
  for (const i of members) {
    const periodKey = years ? years.start[i]! * 10000 + years.end[i]! : 0;
    const level = levels ? levels.codes[i]! : -1;
    const key = periodKey * 1024 + (level + 1);
    const list = buckets.get(key);
    if (list) list.push(i);
    else buckets.set(key, [i]);
  }
  const levelCount = new Set([...buckets.keys()].map((k) => k % 1024)).size;
  return [...buckets.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([key, list]) => {
      const rows = Uint32Array.from(list);
      const periodKey = Math.floor(key / 1024);
      const level = (key % 1024) - 1;
      const sums: Record<string, QualifiedSum> = {};
      for (const c of numbers) sums[c.id] = sumQualified(c.numbers!, rows);
      return {
        type: 'subtotal' as const,
        period: years ? { start: Math.floor(periodKey / 10000), end: periodKey % 10000 } : null,
        level: levelCount > 1 ? (level >= 0 ? (levels!.names[level] ?? '') : '') : null,
        count: rows.length,
        sums,
      };
    });
}

/**
 * `display` with the rows of the groups in `folded` (by key) left out: their headings and
 * subtotals stay, so a folded group still shows its count and sums.
 */
export function foldDisplay(display: Display, folded: ReadonlySet<number>): Display {
  if (!folded.size) return display;
  const out = new Int32Array(display.rows.length);
  let n = 0;
  let hiding = false;
  for (const r of display.rows) {
    if (r < 0) {
      const item = display.items[-r - 1]!;
      if (item.type === 'group') hiding = folded.has(item.key);
      out[n++] = r;
    } else if (!hiding) out[n++] = r;
  }
  return { rows: out.slice(0, n), items: display.items };
}

/** The years and periods the rows hold, by start then end. */
export function tablePeriods(columns: readonly ExplorerColumn[], length: number): Period[] {
  const years = columns.find((c) => c.type === 'period')?.years;
  if (!years) return [];
  const keys = new Set<number>();
  for (let i = 0; i < length; i++) keys.add(years.start[i]! * 10000 + years.end[i]!);
  return [...keys].sort((a, b) => a - b).map((k) => ({ start: Math.floor(k / 10000), end: k % 10000 }));
}
