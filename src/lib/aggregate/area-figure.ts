/**
 * One figure for one area, one level and one period: the rules every card and chart stands on.
 *
 * - **Level.** A figure reported for the area itself (the district's "15.486 lượt") is shown as
 *   reported. Otherwise the rows of the units inside it are summed at one level only, the one
 *   nearest the area ("tổng của 10 xã"); rows at other levels are counted, never added. When
 *   both exist for the period, the reported figure is shown and a difference is flagged.
 * - **Period.** A figure is taken for one period exactly: a period figure (2016–2021) is never
 *   spread over its years nor added to yearly figures inside it; yearly figures are summed into a
 *   period only when every year of it is present, and the figure says which years it holds.
 * - **Qualifiers** are kept through every sum ("hơn 57" + "hơn 34" = "hơn 91").
 * - **Provenance.** Every figure names the datasets of its rows.
 */
import { sumQualified, type QualifiedSum } from './aggregate.ts';
import type { Period } from './pick.ts';
import { insideMask, PLACE_FIELD, type Placement } from './placement.ts';
import { creditsOf, mergeCredits, type Credit, type SourcedTable } from './provenance.ts';
import { UNKNOWN_RANK, type UnitDirectory, type UnitNode } from './units.ts';
import { Recent, type NumberColumn, type YearColumn } from '../model/index.ts';

/** What a figure is asked for. */
export interface FigureQuery {
  st: SourcedTable;
  placement: Placement;
  units: UnitDirectory;
  area: UnitNode;
  /** The number column summed. */
  field: string;
  /** The period; when absent, the latest one the area has a figure for (of two ending together, the longer). */
  period?: Period;
  /** Only the rows this keeps (one indicator of many, say). */
  only?: (row: number) => boolean;
}

/** A qualified sum over some rows, with the rows and their datasets. */
export interface RowsSum extends QualifiedSum {
  rows: Uint32Array;
  credits: Credit[];
}

/** The sum of the units inside an area, at one level. */
export interface PartsSum extends RowsSum {
  /** The level as a units list writes it ("xã"), null when the rows' level is unknown. */
  level: string | null;
  rank: number;
  /** How many different units were summed. */
  units: number;
}

/** One area's figure for one period. */
export interface AreaFigure {
  period: Period;
  /** What to show: the area's own figure when there is one, else the sum of its parts. */
  basis: 'reported' | 'parts';
  value: number;
  qualifier: QualifiedSum['qualifier'];
  /** How many values went into `value`. */
  count: number;
  reported: RowsSum | null;
  parts: PartsSum | null;
  /** Reported figure and parts' sum both exist and disagree: shown side by side, never added. */
  differs: boolean;
  /** Rows inside the area at levels other than `parts.level`, left out of the sum. */
  otherLevels: number;
  /** For yearly figures summed into the period: the years (every one of the period). */
  years: number[] | null;
  /** Every dataset the figure (and the flagged difference) draws on. */
  credits: Credit[];
}

/**
 * How the rows of one query sit in the tree: whether a row is the area's own, its unit's rank,
 * and which unit it is. Rows travel as typed arrays of indices: a million of them never become
 * a million objects.
 */
interface Rows {
  q: Omit<FigureQuery, 'period'>;
  values: NumberColumn;
  years: YearColumn;
  self: (i: number) => boolean;
  rank: (i: number) => number;
  /** A unit's node, or -1 - the dictionary code of a name no list holds. */
  unit: (i: number) => number;
}

function rowsOf(q: Omit<FigureQuery, 'period'>, values: NumberColumn, years: YearColumn): Rows {
  const { placement, units, area } = q;
  const names = q.st.table.columns[PLACE_FIELD[q.st.table.kind]] as { codes: Int32Array } | undefined;
  const ranks = Uint8Array.from(units.nodes, (n) => n.rank);
  return {
    q,
    values,
    years,
    self: (i) => placement.node[i] === area.id,
    rank: (i) => {
      const node = placement.node[i]!;
      return node >= 0 ? ranks[node]! : UNKNOWN_RANK;
    },
    unit: (i) => {
      const node = placement.node[i]!;
      return node >= 0 ? node : -1 - (names?.codes[i] ?? i);
    },
  };
}

/** The figure of `q.field` for `q.area` (see the module comment), or null when the data holds none. */
export function areaFigure(q: FigureQuery): AreaFigure | null {
  const values = q.st.table.columns[q.field] as NumberColumn | undefined;
  const years = q.st.table.columns.year as YearColumn | undefined;
  if (!values || values.type !== 'number' || !years) return null;
  const byPeriod = rowsByPeriod(q);
  const period = q.period ?? latestPeriod(byPeriod);
  if (!period) return null;
  const r = rowsOf(q, values, years);
  const exact = byPeriod.get(periodKey(period));
  if (exact?.length) return figureOf(r, period, exact, null);
  if (period.start === period.end) return null;
  // No figure for the period itself: its single years, when every one is there.
  const yearly: Uint32Array[] = [];
  for (let y = period.start; y <= period.end; y++) yearly.push(byPeriod.get(y * 10000 + y) ?? new Uint32Array(0));
  const candidates = new Uint32Array(yearly.reduce((n, rows) => n + rows.length, 0));
  let at = 0;
  for (const rows of yearly) {
    candidates.set(rows, at);
    at += rows.length;
  }
  return yearlyIntoPeriod(r, period, candidates);
}

/**
 * The area's figure for every period its rows hold exactly (years as years, spans as spans),
 * earliest end first, in one pass over the rows.
 */
export function areaFiguresByPeriod(q: Omit<FigureQuery, 'period'>): AreaFigure[] {
  const values = q.st.table.columns[q.field] as NumberColumn | undefined;
  const years = q.st.table.columns.year as YearColumn | undefined;
  if (!values || values.type !== 'number' || !years) return [];
  const r = rowsOf(q, values, years);
  return [...rowsByPeriod(q)]
    .map(([key, rows]) => figureOf(r, { start: Math.floor(key / 10000), end: key % 10000 }, rows, null))
    .filter((f): f is AreaFigure => f !== null)
    .sort((a, b) => a.period.end - b.period.end || b.period.start - a.period.start);
}

/** The key of a period in `rowsByPeriod`. */
export const periodKey = (p: Period) => p.start * 10000 + p.end;

/**
 * The rows with a value of `q.field`, in the area or inside it, by period (`periodKey`). Kept
 * for the last few areas and fields of this data (4 bytes a row each): a change of year then
 * reads that year's rows, not the whole file again. Not kept for a query with `only`.
 */
export function rowsByPeriod(q: Omit<FigureQuery, 'period'>): ReadonlyMap<number, Uint32Array> {
  if (q.only) return computeRowsByPeriod(q);
  let recent = byPeriodCache.get(q.placement);
  if (!recent) byPeriodCache.set(q.placement, (recent = new Recent(RECENT_AREAS)));
  return recent.get([q.area.id, q.field], () => computeRowsByPeriod(q));
}

const RECENT_AREAS = 6;
const byPeriodCache = new WeakMap<Placement, Recent<ReadonlyMap<number, Uint32Array>>>();

function computeRowsByPeriod(q: Omit<FigureQuery, 'period'>): Map<number, Uint32Array> {
  const values = q.st.table.columns[q.field] as NumberColumn | undefined;
  const years = q.st.table.columns.year as YearColumn | undefined;
  if (!values || values.type !== 'number' || !years) return new Map();
  const candidates = candidatesOf(rowsOf(q, values, years));
  // Counting sort by period: one pass to count, one to place. Periods are few and years close
  // together, so a period's slot is found in a small table (years from the earliest), not a Map
  // lookup a row; a Map only for years spread too far for a table.
  let first = Infinity;
  let last = -Infinity;
  for (let k = 0; k < candidates.length; k++) {
    const i = candidates[k]!;
    first = Math.min(first, years.start[i]!);
    last = Math.max(last, years.end[i]!);
  }
  const span = last - first + 1;
  const table = span > 0 && span <= 300 ? new Int16Array(span * span).fill(-1) : null;
  const byKey = new Map<number, number>();
  const slots = new Uint16Array(candidates.length);
  const keys: number[] = [];
  const counts: number[] = [];
  for (let k = 0; k < candidates.length; k++) {
    const i = candidates[k]!;
    const key = years.start[i]! * 10000 + years.end[i]!;
    const at = table ? (years.start[i]! - first) * span + (years.end[i]! - first) : -1;
    let slot = table ? table[at]! : (byKey.get(key) ?? -1);
    if (slot < 0) {
      slot = keys.length;
      if (table) table[at] = slot;
      else byKey.set(key, slot);
      keys.push(key);
      counts.push(0);
    }
    counts[slot]!++;
    slots[k] = slot;
  }
  const lists = counts.map((n) => new Uint32Array(n));
  const filled = new Uint32Array(lists.length);
  for (let k = 0; k < candidates.length; k++) lists[slots[k]!]![filled[slots[k]!]!++] = candidates[k]!;
  return new Map(keys.map((key, slot) => [key, lists[slot]!]));
}

/** Rows with a value, in the area or inside it. */
function candidatesOf(r: Rows): Uint32Array {
  const { q, values } = r;
  const mask = insideMask(q.units, q.area);
  const { node, host } = q.placement;
  const out = new Uint32Array(q.st.table.length);
  // A number compare per row, no callback: the place first (most rows of a large file lie elsewhere).
  let n = 0;
  for (let i = 0; i < q.st.table.length; i++) {
    const at = node[i]! >= 0 ? node[i]! : host[i]!;
    if (at < 0 || !mask[at]) continue;
    if (Number.isNaN(values.values[i]!) || (q.only && !q.only(i))) continue;
    out[n++] = i;
  }
  return out.subarray(0, n);
}

/** The latest period the area has a value for; of two ending the same year, the longer (the report's five years before its last year). */
function latestPeriod(byPeriod: ReadonlyMap<number, Uint32Array>): Period | null {
  let best: Period | null = null;
  for (const [key, rows] of byPeriod) {
    if (!rows.length) continue;
    const p = { start: Math.floor(key / 10000), end: key % 10000 };
    if (!best || p.end > best.end || (p.end === best.end && p.start < best.start)) best = p;
  }
  return best;
}

/** Rows split by where they stand: the area's own, and those inside it at the level nearest it (of `rows` that `keep` accepts). */
export interface LevelSplit {
  self: Uint32Array;
  nearest: Uint32Array;
  /** The nearest level's rank (Infinity when no row lies inside). */
  rank: number;
  /** Rows inside the area at other levels, left out of `nearest`. */
  otherLevels: number;
}

/**
 * Splits `rows` into the area's own and those at the level nearest it, in plain loops over typed
 * arrays (a million rows in a few ms): the rule that never puts a unit's figure beside its
 * commune's, nor the area's own beside its parts.
 */
export function splitByLevel(
  rows: Uint32Array,
  placement: Placement,
  units: UnitDirectory,
  areaId: number,
  keep?: (i: number) => boolean,
): LevelSplit {
  const { node } = placement;
  const rankOf = (i: number) => (node[i]! >= 0 ? units.nodes[node[i]!]!.rank : UNKNOWN_RANK);
  const self = new Uint32Array(rows.length);
  const inside = new Uint32Array(rows.length);
  let ns = 0;
  let ni = 0;
  // The nearest level in the same pass: a loop, not Math.min(...rows), which overflows the stack on a million rows.
  let rank = Infinity;
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k]!;
    if (keep && !keep(i)) continue;
    if (node[i] === areaId) self[ns++] = i;
    else {
      inside[ni++] = i;
      rank = Math.min(rank, rankOf(i));
    }
  }
  let nl = 0;
  for (let k = 0; k < ni; k++) if (rankOf(inside[k]!) === rank) inside[nl++] = inside[k]!;
  return { self: self.subarray(0, ns), nearest: inside.subarray(0, nl), rank, otherLevels: ni - nl };
}

function figureOf(r: Rows, period: Period, rows: Uint32Array, yearsHeld: number[] | null): AreaFigure | null {
  const { node } = r.q.placement;
  const split = splitByLevel(rows, r.q.placement, r.q.units, r.q.area.id);
  const reported = split.self.length ? rowsSum(r, split.self) : null;
  let parts: PartsSum | null = null;
  const otherLevels = split.otherLevels;
  const rowsAtLevel = split.nearest;
  if (rowsAtLevel.length) {
    let named = -1;
    for (let k = 0; k < rowsAtLevel.length && named < 0; k++) if (node[rowsAtLevel[k]!]! >= 0) named = node[rowsAtLevel[k]!]!;
    parts = {
      ...rowsSum(r, rowsAtLevel),
      level: named < 0 ? null : r.q.units.nodes[named]!.level,
      rank: split.rank,
      units: distinctUnits(r, rowsAtLevel),
    };
  }
  const shown = reported ?? parts;
  if (!shown) return null;
  const differs = !!reported && !!parts && Math.abs(reported.value - parts.value) > 1e-9 * Math.max(1, Math.abs(reported.value));
  return {
    period,
    basis: reported ? 'reported' : 'parts',
    value: shown.value,
    qualifier: shown.qualifier,
    count: shown.count,
    reported,
    parts,
    differs,
    otherLevels,
    years: yearsHeld,
    credits: differs ? mergeCredits(reported!.credits, parts!.credits) : shown.credits,
  };
}

/**
 * A period from yearly figures: only when every year of it has a figure on one basis (the
 * area's own yearly figures, or its parts' at one level), never mixing the two.
 */
function yearlyIntoPeriod(r: Rows, period: Period, candidates: Uint32Array): AreaFigure | null {
  const { years } = r;
  const yearly = candidates.filter(
    (i) => years.start[i] === years.end[i] && years.start[i]! >= period.start && years.end[i]! <= period.end,
  );
  const every = (list: Uint32Array) => {
    const held = new Set<number>();
    for (const i of list) held.add(years.start[i]!);
    return held.size === period.end - period.start + 1;
  };
  const all = Array.from({ length: period.end - period.start + 1 }, (_, k) => period.start + k);
  const self = yearly.filter(r.self);
  if (self.length && every(self)) return figureOf(r, period, self, all);
  const inside = yearly.filter((i) => !r.self(i));
  if (!inside.length) return null;
  const rank = minRank(r, inside);
  const level = inside.filter((i) => r.rank(i) === rank);
  return every(level) ? figureOf(r, period, inside, all) : null;
}

/** The smallest rank among rows (a loop: a spread of a million values would overflow the stack). */
function minRank(r: Rows, rows: Uint32Array): number {
  let min = Infinity;
  for (const i of rows) min = Math.min(min, r.rank(i));
  return min;
}

function rowsSum(r: Rows, rows: Uint32Array): RowsSum {
  return { ...sumQualified(r.values, rows), rows, credits: creditsOf(r.q.st, rows) };
}

/** Different units among `rows`: by node, or by name for units no list holds. */
function distinctUnits(r: Rows, rows: Uint32Array): number {
  const seen = new Set<number>();
  for (const i of rows) seen.add(r.unit(i));
  return seen.size;
}
