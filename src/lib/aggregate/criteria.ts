/**
 * The new-rural criteria of an area's communes: side by side for one year (never an older value
 * beside a newer one), over the years (average and communes reaching the standard), the change
 * per commune since the year before, and the bands provinces report. A commune's total is its
 * row's `criteria_total` (19 in the 2016–2020 and 2021–2025 sets, 10 in the 2026–2030 national
 * set): never a hard-coded 19.
 */
import type { Period } from './pick.ts';
import type { Placed } from './placed.ts';
import { creditsOf, mergeCredits, type Credit } from './provenance.ts';
import { rankUnits, type RankedUnit } from './ranking.ts';
import type { UnitNode } from './units.ts';
import type { Column, NumberColumn, TextColumn, YearColumn } from '../model/index.ts';

/**
 * The criteria a commune must meet when its row gives no total: the 19 of the 2016–2020 and
 * 2021–2025 national sets. A row's `criteria_total` always wins (the 2026–2030 set has 10).
 */
export const DEFAULT_CRITERIA_TOTAL = 19;

/** Criteria one commune met in the year of the ranking. */
export interface CommuneCriteria extends RankedUnit {
  met: number;
  total: number;
  /** The set the year was scored against (`criteria_set`), or null when the row does not say. */
  set: string | null;
  /** The criteria met, by number (1 = `tc01`), when the row has the per-criterion columns; else null. */
  flags: boolean[] | null;
  credits: Credit[];
}

/** The communes of the area side by side for one year. */
export interface CriteriaYear {
  period: Period;
  communes: CommuneCriteria[];
  /** Communes of the area with no figure for that year. */
  missing: string[];
}

/** The communes' criteria for `period` (default: the latest year any of them has), with those that lack it. */
export function criteriaYear(placed: Placed, area: UnitNode, period?: Period): CriteriaYear | null {
  const st = placed.tables.criteria;
  const placement = placed.placements.criteria;
  if (!st || !placement) return null;
  const ranking = rankUnits({ st, placement, units: placed.units, area, field: 'criteria_met', ...(period && { period }) });
  if (!ranking) return null;
  const { columns } = st.table;
  const totals = columns.criteria_total as NumberColumn | undefined;
  const sets = columns.criteria_set as TextColumn | undefined;
  const flagNames = Object.keys(columns)
    .filter((name) => /^tc\d\d$/.test(name))
    .sort();
  const communes = ranking.ranked.map((u) => {
    const total = totals?.values[u.row];
    const setCode = sets?.type === 'text' ? sets.codes[u.row]! : -1;
    const flags = flagNames.length ? flagNames.map((name) => flagAt(columns[name], u.row)) : null;
    return {
      ...u,
      met: u.value,
      total: total === undefined || Number.isNaN(total) ? DEFAULT_CRITERIA_TOTAL : total,
      set: setCode >= 0 ? sets!.dict[setCode]! : null,
      flags: flags && flags.some((f) => f !== null) ? flags.map((f) => f === true) : null,
      credits: creditsOf(st, [u.row]),
    };
  });
  return { period: ranking.period, communes, missing: ranking.missing };
}

/** The single years the area's communes have criteria for, earliest first. */
export function criteriaYears(placed: Placed, area: UnitNode): number[] {
  const st = placed.tables.criteria;
  const placement = placed.placements.criteria;
  const years = st?.table.columns.year as YearColumn | undefined;
  if (!st || !placement || !years) return [];
  const out = new Set<number>();
  for (let i = 0; i < st.table.length; i++) {
    if (years.start[i] !== years.end[i]) continue;
    const node = placement.node[i]!;
    const at = node >= 0 ? node : placement.host[i]!;
    if (at >= 0 && at !== area.id && placed.units.within(placed.units.nodes[at]!, area)) out.add(years.start[i]!);
  }
  return [...out].sort((a, b) => a - b);
}

/** One year of the area's communes, summed up. */
export interface CriteriaSummary {
  year: number;
  /** Communes with a figure that year. */
  communes: number;
  /** Of the communes of the area that year, those without a figure. */
  missing: number;
  /** Criteria met per commune, on average, over the communes with a figure. */
  average: number;
  /** Communes that met every criterion of their set. */
  reached: number;
  /** The sets the year's rows name (more than one: the year mixes sets). */
  sets: string[];
  credits: Credit[];
}

/** Every year the area's communes have criteria for: average, communes at the standard, sets. */
export function criteriaHistory(placed: Placed, area: UnitNode): CriteriaSummary[] {
  return summarise(criteriaYears(placed, area).map((year) => criteriaYear(placed, area, { start: year, end: year })));
}

/** The summary of each year already side by side (a view that has them reads them once). */
export function summarise(years: readonly (CriteriaYear | null)[]): CriteriaSummary[] {
  return years.flatMap((y) => {
    if (!y || !y.communes.length) return [];
    const { communes } = y;
    return [
      {
        year: y.period.end,
        communes: communes.length,
        missing: y.missing.length,
        average: communes.reduce((s, c) => s + c.met, 0) / communes.length,
        reached: communes.filter((c) => c.met >= c.total).length,
        sets: [...new Set(communes.map((c) => c.set).filter((s): s is string => s !== null))],
        credits: mergeCredits(...communes.map((c) => c.credits)),
      },
    ];
  });
}

/** One commune's criteria in a year and the year before. */
export interface CriteriaChange {
  name: string;
  from: CommuneCriteria;
  to: CommuneCriteria;
  /** The two years were scored against different sets (or totals): the change is no decline or gain. */
  rescored: boolean;
}

/** The change per commune from the year before `year` to `year`; communes lacking either year are named apart. */
export function criteriaChange(placed: Placed, area: UnitNode, year: number): { changes: CriteriaChange[]; missing: string[] } | null {
  const now = criteriaYear(placed, area, { start: year, end: year });
  const before = criteriaYear(placed, area, { start: year - 1, end: year - 1 });
  if (!now) return null;
  const key = (c: CommuneCriteria) => (c.node ? `n${c.node.id}` : `t${c.name}`);
  const earlier = new Map((before?.communes ?? []).map((c) => [key(c), c]));
  const changes: CriteriaChange[] = [];
  const missing: string[] = [...now.missing];
  for (const to of now.communes) {
    const from = earlier.get(key(to));
    if (!from) missing.push(to.name);
    else changes.push({ name: to.name, from, to, rescored: from.total !== to.total || (from.set ?? '') !== (to.set ?? '') });
  }
  changes.sort((a, b) => b.to.met - b.from.met - (a.to.met - a.from.met) || b.to.met - a.to.met);
  return { changes, missing: missing.sort(new Intl.Collator('vi').compare) };
}

/** A band of communes by criteria met, as provinces report them. */
export interface CriteriaBand {
  /** Inclusive bounds in criteria of a set of `total`. */
  from: number;
  to: number;
  communes: string[];
}

/**
 * The bands of a year: for 19 criteria, 19 · 15–18 · 10–14 · 5–9 · under 5 (as provinces report
 * them); for another total, the same shares of it, rounded up (for 10: 10 · 8–9 · 6–7 · 3–5 · under 3).
 * Communes of different totals are banded against their own.
 */
export function criteriaBands(communes: readonly CommuneCriteria[], total: number): CriteriaBand[] {
  const cut = (share: number) => Math.ceil((share * total) / 19 - 1e-9);
  const edges = [total, cut(15), cut(10), cut(5), 0];
  const bands: CriteriaBand[] = edges.slice(0, -1).map((from, i) => ({ from, to: i === 0 ? total : edges[i - 1]! - 1, communes: [] }));
  bands.push({ from: 0, to: edges[3]! - 1, communes: [] });
  for (const c of communes) {
    const met = total === c.total ? c.met : Math.round((c.met / c.total) * total);
    const band = bands.find((b) => met >= b.from && met <= b.to) ?? bands[0]!;
    band.communes.push(c.name);
  }
  return bands;
}

/** A criterion flag cell (read as a number: 1 met, 0 not met, absent when blank). */
function flagAt(col: Column | undefined, i: number): boolean | null {
  if (col?.type !== 'number') return null;
  const v = col.values[i]!;
  return Number.isNaN(v) ? null : v > 0;
}
