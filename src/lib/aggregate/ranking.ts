/**
 * Units of an area side by side for one year (or one period) only. A unit without a figure for
 * it is listed as missing ("chưa có số liệu năm 2018"), never ranked with an older value.
 */
import type { Period } from './pick.ts';
import { PLACE_FIELD, relation, type Placement } from './placement.ts';
import type { SourcedTable } from './provenance.ts';
import { UNKNOWN_RANK, type UnitDirectory, type UnitNode } from './units.ts';
import type { NumberColumn, TextColumn, YearColumn } from '../model/index.ts';

/** What a ranking is asked for. */
export interface RankingQuery {
  st: SourcedTable;
  placement: Placement;
  units: UnitDirectory;
  area: UnitNode;
  /** The number column ranked. */
  field: string;
  /** The period; when absent, the latest single year any unit of the area has a figure for. */
  period?: Period;
}

/** One unit's row for the period. */
export interface RankedUnit {
  /** The unit's name as its row writes it. */
  name: string;
  node: UnitNode | null;
  row: number;
  value: number;
}

/** The units of the area's level nearest below it, for one period. */
export interface Ranking {
  period: Period;
  /** The level ranked ("xã"), null when unknown. */
  level: string | null;
  /** Most first; equal values in Vietnamese alphabetical order. */
  ranked: RankedUnit[];
  /** Units of that level in the area with no figure for the period, alphabetical. */
  missing: string[];
}

/** Ranks the units inside `q.area` (see the module comment); null when none has a figure. */
export function rankUnits(q: RankingQuery): Ranking | null {
  const { table } = q.st;
  const values = table.columns[q.field] as NumberColumn | undefined;
  const years = table.columns.year as YearColumn | undefined;
  const names = table.columns[PLACE_FIELD[table.kind]] as TextColumn | undefined;
  if (!values || !years || !names) return null;
  const rows: number[] = [];
  for (let i = 0; i < table.length; i++) {
    if (Number.isNaN(values.values[i]!) || names.codes[i]! < 0) continue;
    if (relation(q.placement, q.units, q.area, i) === 'inside') rows.push(i);
  }
  if (!rows.length) return null;
  const rankOf = (i: number) => {
    const node = q.placement.node[i]!;
    return node >= 0 ? q.units.nodes[node]!.rank : UNKNOWN_RANK;
  };
  // A loop, not Math.min(...rows): a spread of a million values overflows the stack.
  let rank = Infinity;
  for (const i of rows) rank = Math.min(rank, rankOf(i));
  const level = rows.filter((i) => rankOf(i) === rank);
  const period = q.period ?? latestYear(level, years);
  if (!period) return null;

  const collator = new Intl.Collator('vi');
  const ranked: RankedUnit[] = [];
  const seen = new Set<string>();
  for (const i of level) {
    if (years.start[i] !== period.start || years.end[i] !== period.end) continue;
    const name = names.dict[names.codes[i]!]!;
    const node = q.placement.node[i]! >= 0 ? q.units.nodes[q.placement.node[i]!]! : null;
    const key = node ? `n${node.id}` : `t${name}`;
    if (seen.has(key)) continue;
    seen.add(key);
    ranked.push({ name, node, row: i, value: values.values[i]! });
  }
  ranked.sort((a, b) => b.value - a.value || collator.compare(a.name, b.name));

  // Every unit of that level the area holds: the units list's, and those its rows name.
  const members = new Map<string, string>();
  if (rank < UNKNOWN_RANK) {
    for (const n of q.units.inside(q.area, rank)) if (existed(n, period)) members.set(`n${n.id}`, n.name);
  }
  for (const i of level) {
    const node = q.placement.node[i]!;
    const name = names.dict[names.codes[i]!]!;
    members.set(node >= 0 ? `n${node}` : `t${name}`, node >= 0 ? q.units.nodes[node]!.name : name);
  }
  const missing = [...members]
    .filter(([key]) => !seen.has(key))
    .map(([, name]) => name)
    .sort(collator.compare);
  const named = level.map((i) => q.placement.node[i]!).find((n) => n >= 0);
  return { period, level: named === undefined ? null : q.units.nodes[named]!.level, ranked, missing };
}

/** The latest single year among `rows`; null when they hold only periods. */
function latestYear(rows: readonly number[], years: YearColumn): Period | null {
  let best = -1;
  for (const i of rows) if (years.start[i] === years.end[i] && years.end[i]! > best) best = years.end[i]!;
  return best < 0 ? null : { start: best, end: best };
}

/** A unit that still existed in the period's first year (a commune merged away is not missing later). */
function existed(node: UnitNode, period: Period): boolean {
  return node.until === null || period.start <= node.until;
}
