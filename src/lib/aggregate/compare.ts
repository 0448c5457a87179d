/**
 * Units side by side for one indicator and one period: each unit's value at one level (the one
 * nearest the area), its rank among them ("thứ 2/10", equal values share a rank), the average and
 * median, and the change of rank since the period before. A unit without a figure for the period
 * is listed as missing, never ranked on an older figure. Sums keep their qualifiers; a count that
 * cannot be added (criteria met) is taken from the unit's own row, never summed.
 */
import { combineQualifiers, sumQualified } from './aggregate.ts';
import type { Period } from './pick.ts';
import type { Placed } from './placed.ts';
import { insideMask, PLACE_FIELD } from './placement.ts';
import { creditsOf, type Credit } from './provenance.ts';
import { UNKNOWN_RANK, type UnitNode } from './units.ts';
import type { Kind, NumberColumn, Qualifier, TextColumn, YearColumn } from '../model/index.ts';

/** A figure a unit can be compared and ranked by. */
export interface Indicator {
  id: IndicatorId;
  kind: Kind;
  /** The number column. */
  field: string;
  /** The column of the whole it is out of (`criteria_total`), if any. */
  totalField: string | null;
  /** Values of two units add up (money, workdays); false for a count out of a unit's own set (criteria met). */
  additive: boolean;
}

export type IndicatorId = 'criteria' | 'pledges' | 'money' | 'workdays' | 'awards' | 'targets';

/** Every indicator the compare view offers, in its order. */
export const INDICATORS: readonly Indicator[] = [
  { id: 'criteria', kind: 'criteria', field: 'criteria_met', totalField: 'criteria_total', additive: false },
  { id: 'pledges', kind: 'pledges', field: 'pledges', totalField: null, additive: true },
  // Contributions count where they went: the commune that received them (its `beneficiary_commune`).
  { id: 'money', kind: 'contributions', field: 'money_million_vnd', totalField: null, additive: true },
  { id: 'workdays', kind: 'contributions', field: 'workdays', totalField: null, additive: true },
  { id: 'awards', kind: 'awards', field: 'count', totalField: null, additive: true },
  { id: 'targets', kind: 'targets', field: 'targets_met', totalField: 'targets_total', additive: false },
];

/** The indicator of `id`; the first (criteria) when unknown. */
export function indicatorOf(id: string | null | undefined): Indicator {
  return INDICATORS.find((i) => i.id === id) ?? INDICATORS[0]!;
}

/** One unit's value for the period. */
export interface UnitValue {
  /** `n<node id>`, or `t<name>` for a unit no list holds. */
  key: string;
  name: string;
  node: UnitNode | null;
  value: number;
  qualifier: Qualifier | null;
  /** The whole it is out of (criteria_total), or null. */
  total: number | null;
  rows: number[];
  credits: Credit[];
}

/** The units of one level of an area, for one indicator and one period. */
export interface LevelValues {
  period: Period;
  /** The level as the list writes it ("xã"); null when unknown. */
  level: string | null;
  /** Most first; equal values in Vietnamese alphabetical order. */
  values: UnitValue[];
  /** Units of the level with no figure for the period (they existed then), alphabetical. */
  missing: string[];
}

const collator = new Intl.Collator('vi');

/** The rows of `kind` inside `area` (not its own), with a value for `field`. */
function rowsInside(placed: Placed, area: UnitNode, ind: Indicator): number[] {
  const st = placed.tables[ind.kind];
  const placement = placed.placements[ind.kind];
  const values = st?.table.columns[ind.field] as NumberColumn | undefined;
  if (!st || !placement || values?.type !== 'number') return [];
  const mask = insideMask(placed.units, area);
  const out: number[] = [];
  const { node, host } = placement;
  for (let i = 0; i < st.table.length; i++) {
    if (Number.isNaN(values.values[i]!) || node[i] === area.id) continue;
    const at = node[i]! >= 0 ? node[i]! : host[i]!;
    if (at >= 0 && at !== area.id && mask[at]) out.push(i);
  }
  return out;
}

/** The periods of the rows of `units` or inside them (own rows too), earliest first, a span after the years it ends with. */
export function periodsWithin(placed: Placed, units: readonly UnitNode[], ind: Indicator): Period[] {
  const st = placed.tables[ind.kind];
  const placement = placed.placements[ind.kind];
  const years = st?.table.columns.year as YearColumn | undefined;
  const values = st?.table.columns[ind.field] as NumberColumn | undefined;
  if (!st || !placement || !years || values?.type !== 'number') return [];
  // One mask for all the units: a row costs a lookup, however many units.
  const mask = new Uint8Array(placed.units.nodes.length);
  for (const u of units) insideMask(placed.units, u).forEach((on, k) => on && (mask[k] = 1));
  const seen = new Map<number, Period>();
  for (let i = 0; i < st.table.length; i++) {
    const at = placement.node[i]! >= 0 ? placement.node[i]! : placement.host[i]!;
    if (at < 0 || !mask[at] || Number.isNaN(values.values[i]!)) continue;
    const key = years.start[i]! * 10000 + years.end[i]!;
    if (!seen.has(key)) seen.set(key, { start: years.start[i]!, end: years.end[i]! });
  }
  return sortPeriods(seen.values());
}

function sortPeriods(periods: Iterable<Period>): Period[] {
  return [...periods].sort((a, b) => a.end - b.end || b.start - a.start);
}

/**
 * Every unit of the level nearest `area` (the same level in every period, so ranks compare
 * over the years) with its value for `period` exactly; additive values summed per unit with
 * their qualifiers, others taken from the unit's row. Null when the area holds no such rows.
 */
export function levelValues(placed: Placed, area: UnitNode, ind: Indicator, period: Period): LevelValues | null {
  const st = placed.tables[ind.kind];
  const placement = placed.placements[ind.kind];
  if (!st || !placement) return null;
  const { table } = st;
  const values = table.columns[ind.field] as NumberColumn;
  const years = table.columns.year as YearColumn | undefined;
  const names = table.columns[PLACE_FIELD[ind.kind]] as TextColumn | undefined;
  const totals = ind.totalField ? (table.columns[ind.totalField] as NumberColumn | undefined) : undefined;
  if (!years || !names) return null;
  const all = rowsInside(placed, area, ind);
  if (!all.length) return null;
  const rankOf = (i: number) => (placement.node[i]! >= 0 ? placed.units.nodes[placement.node[i]!]!.rank : UNKNOWN_RANK);
  let rank = Infinity;
  for (const i of all) rank = Math.min(rank, rankOf(i));
  const level = all.filter((i) => rankOf(i) === rank);

  const groups = new Map<string, { name: string; node: UnitNode | null; rows: number[] }>();
  for (const i of level) {
    if (years.start[i] !== period.start || years.end[i] !== period.end || names.codes[i]! < 0) continue;
    const at = placement.node[i]!;
    const node = at >= 0 ? placed.units.nodes[at]! : null;
    const key = node ? `n${node.id}` : `t${names.dict[names.codes[i]!]!}`;
    const group = groups.get(key) ?? { name: node?.name ?? names.dict[names.codes[i]!]!, node, rows: [] };
    group.rows.push(i);
    groups.set(key, group);
  }
  const out: UnitValue[] = [...groups].map(([key, g]) => {
    // A count out of a unit's own set is read from its first row, never added to a second one.
    const rows = ind.additive ? g.rows : g.rows.slice(0, 1);
    const sum = sumQualified(values, Uint32Array.from(rows));
    const total = totals?.type === 'number' ? totals.values[rows[0]!]! : NaN;
    return { key, name: g.name, node: g.node, ...sum, total: Number.isNaN(total) ? null : total, rows, credits: creditsOf(st, rows) };
  });
  out.sort((a, b) => b.value - a.value || collator.compare(a.name, b.name));

  // Every unit of that level the area held in the period: the list's, and those the rows name.
  const members = new Map<string, string>();
  if (rank < UNKNOWN_RANK) {
    for (const n of placed.units.inside(area, rank)) if (n.until === null || period.start <= n.until) members.set(`n${n.id}`, n.name);
  }
  for (const i of level) {
    const at = placement.node[i]!;
    if (at < 0 && names.codes[i]! >= 0) members.set(`t${names.dict[names.codes[i]!]!}`, names.dict[names.codes[i]!]!);
  }
  const missing = [...members]
    .filter(([key]) => !groups.has(key))
    .map(([, name]) => name)
    .sort(collator.compare);
  const named = level.map((i) => placement.node[i]!).find((n) => n >= 0);
  return { period, level: named === undefined ? null : placed.units.nodes[named]!.level, values: out, missing };
}

/** The periods (years and spans) the level's rows hold, earliest first, a span after the years it ends with. */
export function indicatorPeriods(placed: Placed, area: UnitNode, ind: Indicator): Period[] {
  const years = placed.tables[ind.kind]?.table.columns.year as YearColumn | undefined;
  if (!years) return [];
  const seen = new Map<number, Period>();
  for (const i of rowsInside(placed, area, ind))
    seen.set(years.start[i]! * 10000 + years.end[i]!, { start: years.start[i]!, end: years.end[i]! });
  return sortPeriods(seen.values());
}

/** A unit's place in a ranking: `rank` of `of` (equal values share a rank: 1, 2, 2, 4). */
export interface Standing {
  rank: number;
  of: number;
}

/** The standing of each unit, by key (competition ranking: a tie shares the better rank). */
export function standings(values: readonly { key: string; value: number }[]): Map<string, Standing> {
  const sorted = [...values].sort((a, b) => b.value - a.value);
  const out = new Map<string, Standing>();
  sorted.forEach((v, k) => {
    const prev = sorted[k - 1];
    const rank = prev && prev.value === v.value ? out.get(prev.key)!.rank : k + 1;
    out.set(v.key, { rank, of: sorted.length });
  });
  return out;
}

/** A figure worked out from others (an average, a median): its value, qualifier and how many went in. */
export interface DerivedFigure {
  value: number;
  qualifier: Qualifier | null;
  count: number;
}

/** The mean of the values, qualifiers combined ("hơn" stays "hơn" when every term is a lower bound); null for none. */
export function averageOf(values: readonly { value: number; qualifier: Qualifier | null }[]): DerivedFigure | null {
  if (!values.length) return null;
  const sum = values.reduce((s, v) => s + v.value, 0);
  return { value: sum / values.length, qualifier: qualifierOf(values), count: values.length };
}

/** The median (the mean of the two middle values for an even count), their qualifiers combined; null for none. */
export function medianOf(values: readonly { value: number; qualifier: Qualifier | null }[]): DerivedFigure | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a.value - b.value);
  const mid = Math.floor(sorted.length / 2);
  const middle = sorted.length % 2 ? [sorted[mid]!] : [sorted[mid - 1]!, sorted[mid]!];
  return { value: middle.reduce((s, v) => s + v.value, 0) / middle.length, qualifier: qualifierOf(middle), count: values.length };
}

function qualifierOf(values: readonly { qualifier: Qualifier | null }[]): Qualifier | null {
  return values.slice(1).reduce<Qualifier | null>((q, v) => combineQualifiers(q, v.qualifier), values[0]?.qualifier ?? null);
}

/** A unit's rank now and in the period before, and the places it moved (up positive). */
export interface RankChange {
  now: Standing | null;
  before: Standing | null;
  /** Places moved up since the period before (2 → 1: +1); null when either rank is missing. */
  moved: number | null;
}

/** The change of rank of `key` between two rankings (a unit missing from one has no change). */
export function rankChange(now: ReadonlyMap<string, Standing>, before: ReadonlyMap<string, Standing> | null, key: string): RankChange {
  const a = now.get(key) ?? null;
  const b = before?.get(key) ?? null;
  return { now: a, before: b, moved: a && b ? b.rank - a.rank : null };
}
