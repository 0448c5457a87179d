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
import { PLACE_FIELD, relation, type Placement } from './placement.ts';
import { creditsOf, mergeCredits, type Credit, type SourcedTable } from './provenance.ts';
import { UNKNOWN_RANK, type UnitDirectory, type UnitNode } from './units.ts';
import type { NumberColumn, YearColumn } from '../model/index.ts';

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

interface Candidate {
  row: number;
  self: boolean;
  rank: number;
  unit: number;
}

/** The figure of `q.field` for `q.area` (see the module comment), or null when the data holds none. */
export function areaFigure(q: FigureQuery): AreaFigure | null {
  const values = q.st.table.columns[q.field] as NumberColumn | undefined;
  const years = q.st.table.columns.year as YearColumn | undefined;
  if (!values || values.type !== 'number' || !years) return null;
  const candidates = candidatesOf(q, values);
  if (!candidates.length) return null;
  const period = q.period ?? latestPeriod(candidates, years);
  const exact = candidates.filter((c) => years.start[c.row] === period.start && years.end[c.row] === period.end);
  if (exact.length) return figureOf(q, values, period, exact, null);
  if (period.start < period.end) return yearlyIntoPeriod(q, values, years, period, candidates);
  return null;
}

/** Rows with a value, in the area or inside it. */
function candidatesOf(q: FigureQuery, values: NumberColumn): Candidate[] {
  const out: Candidate[] = [];
  const { placement, units, area } = q;
  for (let i = 0; i < q.st.table.length; i++) {
    if (Number.isNaN(values.values[i]!) || (q.only && !q.only(i))) continue;
    const rel = relation(placement, units, area, i);
    if (rel === 'outside') continue;
    const node = placement.node[i]!;
    out.push({
      row: i,
      self: rel === 'self',
      rank: node >= 0 ? units.nodes[node]!.rank : UNKNOWN_RANK,
      // Units no list holds are told apart by their name's row group: -1 - row of first sight.
      unit: node >= 0 ? node : -1 - i,
    });
  }
  return out;
}

/** The latest period; of two ending the same year, the longer (the report's five years before its last year). */
function latestPeriod(candidates: readonly Candidate[], years: YearColumn): Period {
  let best: Period | null = null;
  for (const { row } of candidates) {
    const p = { start: years.start[row]!, end: years.end[row]! };
    if (!best || p.end > best.end || (p.end === best.end && p.start < best.start)) best = p;
  }
  return best!;
}

function figureOf(
  q: FigureQuery,
  values: NumberColumn,
  period: Period,
  rows: readonly Candidate[],
  yearsHeld: number[] | null,
): AreaFigure | null {
  const self = rows.filter((c) => c.self);
  const inside = rows.filter((c) => !c.self);
  const reported = self.length ? rowsSum(q, values, self) : null;
  let parts: PartsSum | null = null;
  let otherLevels = 0;
  if (inside.length) {
    const rank = Math.min(...inside.map((c) => c.rank));
    const level = inside.filter((c) => c.rank === rank);
    otherLevels = inside.length - level.length;
    const node = level.find((c) => c.unit >= 0);
    parts = {
      ...rowsSum(q, values, level),
      level: node ? q.units.nodes[node.unit]!.level : null,
      rank,
      units: distinctUnits(q, level),
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
function yearlyIntoPeriod(
  q: FigureQuery,
  values: NumberColumn,
  years: YearColumn,
  period: Period,
  candidates: readonly Candidate[],
): AreaFigure | null {
  const yearly = candidates.filter(
    (c) => years.start[c.row] === years.end[c.row] && years.start[c.row]! >= period.start && years.end[c.row]! <= period.end,
  );
  const every = (list: readonly Candidate[]) => {
    const held = new Set(list.map((c) => years.start[c.row]!));
    return held.size === period.end - period.start + 1;
  };
  const all = Array.from({ length: period.end - period.start + 1 }, (_, k) => period.start + k);
  const self = yearly.filter((c) => c.self);
  if (self.length && every(self)) return figureOf(q, values, period, self, all);
  const inside = yearly.filter((c) => !c.self);
  if (!inside.length) return null;
  const rank = Math.min(...inside.map((c) => c.rank));
  const level = inside.filter((c) => c.rank === rank);
  return every(level) ? figureOf(q, values, period, inside, all) : null;
}

function rowsSum(q: FigureQuery, values: NumberColumn, rows: readonly Candidate[]): RowsSum {
  const indices = Uint32Array.from(rows, (c) => c.row);
  return { ...sumQualified(values, indices), rows: indices, credits: creditsOf(q.st, indices) };
}

/** Different units among `rows`: by node, or by name for units no list holds. */
function distinctUnits(q: FigureQuery, rows: readonly Candidate[]): number {
  const seen = new Set<string>();
  const names = q.st.table.columns[PLACE_FIELD[q.st.table.kind]] as { codes: Int32Array } | undefined;
  for (const c of rows) seen.add(c.unit >= 0 ? `n${c.unit}` : `t${names?.codes[c.row] ?? c.row}`);
  return seen.size;
}
