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
  /** Their keys (`n<node id>`, `t<name>`): two units may share a name (a commune before and after a merger). */
  missingKeys: ReadonlySet<string>;
}

const collator = new Intl.Collator('vi');

/** The rows inside an area at the level nearest it, for one indicator, and the periods of every row inside. */
interface LevelRows {
  /** The level's rank (UNKNOWN_RANK for units no list holds). */
  rank: number;
  /** The rows at that level, in file order. */
  rows: Uint32Array;
  /** The node of the first row a list holds (its level names the level), or -1. */
  named: number;
  /** The periods of every row inside the area, earliest first. */
  periods: Period[];
}

/** Kept while the data is the same (a new placement): a change of year or unit does not rescan a million rows. */
const levelCache = new WeakMap<object, Map<string, LevelRows | null>>();

/** The rows of `ind` inside `area` (not its own) with a value, at the level nearest the area; null when none. */
function levelRowsOf(placed: Placed, area: UnitNode, ind: Indicator): LevelRows | null {
  const placement = placed.placements[ind.kind];
  if (!placement) return null;
  let byQuery = levelCache.get(placement);
  if (!byQuery) levelCache.set(placement, (byQuery = new Map()));
  const key = `${area.id}\u0000${ind.field}`;
  if (!byQuery.has(key)) byQuery.set(key, computeLevelRows(placed, area, ind));
  return byQuery.get(key)!;
}

function computeLevelRows(placed: Placed, area: UnitNode, ind: Indicator): LevelRows | null {
  const st = placed.tables[ind.kind];
  const placement = placed.placements[ind.kind];
  const values = st?.table.columns[ind.field] as NumberColumn | undefined;
  const years = st?.table.columns.year as YearColumn | undefined;
  if (!st || !placement || values?.type !== 'number' || !years) return null;
  const mask = insideMask(placed.units, area);
  const ranks = Uint8Array.from(placed.units.nodes, (n) => n.rank);
  const { node, host } = placement;
  // One pass: the rows inside, their smallest rank, and their periods.
  const inside = new Uint32Array(st.table.length);
  let n = 0;
  let rank = UNKNOWN_RANK + 1;
  const seen = new Map<number, Period>();
  for (let i = 0; i < st.table.length; i++) {
    if (node[i] === area.id || Number.isNaN(values.values[i]!)) continue;
    const at = node[i]! >= 0 ? node[i]! : host[i]!;
    if (at < 0 || at === area.id || !mask[at]) continue;
    inside[n++] = i;
    const r = node[i]! >= 0 ? ranks[node[i]!]! : UNKNOWN_RANK;
    if (r < rank) rank = r;
    const key = years.start[i]! * 10000 + years.end[i]!;
    if (!seen.has(key)) seen.set(key, { start: years.start[i]!, end: years.end[i]! });
  }
  if (!n) return null;
  const rows = new Uint32Array(n);
  let m = 0;
  let named = -1;
  for (let k = 0; k < n; k++) {
    const i = inside[k]!;
    const r = node[i]! >= 0 ? ranks[node[i]!]! : UNKNOWN_RANK;
    if (r !== rank) continue;
    rows[m++] = i;
    if (named < 0 && node[i]! >= 0) named = node[i]!;
  }
  return { rank, rows: rows.subarray(0, m), named, periods: sortPeriods(seen.values()) };
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
  const level = levelRowsOf(placed, area, ind);
  if (!years || !names || !level) return null;

  // Groups by unit: a node, or (for a name no list holds) -1 - its dictionary code.
  const groups = new Map<number, number[]>();
  for (const i of level.rows) {
    if (years.start[i] !== period.start || years.end[i] !== period.end || names.codes[i]! < 0) continue;
    const key = placement.node[i]! >= 0 ? placement.node[i]! : -1 - names.codes[i]!;
    const list = groups.get(key);
    if (list) list.push(i);
    else groups.set(key, [i]);
  }
  const keyOf = (g: number) => (g >= 0 ? `n${g}` : `t${names.dict[-1 - g]!}`);
  const out: UnitValue[] = [...groups].map(([g, all]) => {
    // A count out of a unit's own set is read from its first row, never added to a second one.
    const rows = ind.additive ? all : all.slice(0, 1);
    const sum = sumQualified(values, Uint32Array.from(rows));
    const total = totals?.type === 'number' ? totals.values[rows[0]!]! : NaN;
    const node = g >= 0 ? placed.units.nodes[g]! : null;
    const name = node?.name ?? names.dict[-1 - g]!;
    return { key: keyOf(g), name, node, ...sum, total: Number.isNaN(total) ? null : total, rows, credits: creditsOf(st, rows) };
  });
  out.sort((a, b) => b.value - a.value || collator.compare(a.name, b.name));

  // Every unit of that level the area held in the period: the list's, and those the rows name.
  const members = new Map<string, string>();
  if (level.rank < UNKNOWN_RANK) {
    for (const n of placed.units.inside(area, level.rank)) if (n.until === null || period.start <= n.until) members.set(`n${n.id}`, n.name);
  } else {
    const codes = new Set<number>();
    for (const i of level.rows) if (placement.node[i]! < 0 && names.codes[i]! >= 0) codes.add(names.codes[i]!);
    for (const c of codes) members.set(`t${names.dict[c]!}`, names.dict[c]!);
  }
  const ranked = new Set(out.map((v) => v.key));
  const absent = [...members].filter(([key]) => !ranked.has(key)).sort(([, a], [, b]) => collator.compare(a, b));
  return {
    period,
    level: level.named < 0 ? null : placed.units.nodes[level.named]!.level,
    values: out,
    missing: absent.map(([, name]) => name),
    missingKeys: new Set(absent.map(([key]) => key)),
  };
}

/** The periods (years and spans) of the rows inside the area, earliest first, a span after the years it ends with. */
export function indicatorPeriods(placed: Placed, area: UnitNode, ind: Indicator): Period[] {
  return levelRowsOf(placed, area, ind)?.periods ?? [];
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
