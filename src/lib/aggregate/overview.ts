/**
 * The overview's key figures for one area, each by the rules of `area-figure.ts` (one level,
 * one period, qualifiers kept, files credited): pledges, the area's socio-economic targets,
 * money and workdays contributed, commendations, and the criteria its communes met in one
 * year, with the communes that have no figure for it.
 */
import { areaFigure, type AreaFigure } from './area-figure.ts';
import { periodsOf, previousPeriod } from './series.ts';
import { defaultArea } from './areas.ts';
import type { Period } from './pick.ts';
import { relation, type Placement } from './placement.ts';
import { criteriaYear, type CriteriaYear } from './criteria.ts';
import { placeAll, type Placed, type SourcedTables, type TablesByKind } from './placed.ts';

export { placeAll, type Placed, type SourcedTables, type TablesByKind };
import { creditsOf, type Credit } from './provenance.ts';
import type { UnitNode } from './units.ts';
import type { Kind, NumberColumn, TextColumn, YearColumn } from '../model/index.ts';

/**
 * The indicator that holds the report's own count of commendations. The bundled data
 * keeps "gần 50" there: it spans two levels and both recipient types, so it cannot be
 * split into award rows, and the award rows (letters of praise) are part of it.
 */
export const COMMENDATIONS_INDICATOR = 'Tập thể, cá nhân được khen thưởng cấp tỉnh, huyện';

/** Targets met out of the total, reported by the area itself for one year. */
export interface TargetsFigure {
  met: number;
  total: number;
  period: Period;
  unit: string;
  credits: Credit[];
}

/** Units whose rows no units list places, by kind: shown as "Đơn vị khác", never counted in an area. */
export interface Unplaced {
  kind: Kind;
  names: string[];
}

/** Every key figure of one area; null where the data holds none. */
export interface Overview {
  /** The area shown; null when no units list is loaded (then nothing can be placed). */
  area: UnitNode | null;
  pledges: AreaFigure | null;
  targets: TargetsFigure | null;
  money: AreaFigure | null;
  workdays: AreaFigure | null;
  commendations: (AreaFigure & { from: 'indicator' | 'awards' }) | null;
  criteria: CriteriaYear | null;
  unplaced: Unplaced[];
  /**
   * Each summed figure for the period just before its own (2017 for 2018), on the same basis, to
   * say what changed; absent when the data holds none.
   */
  previous: Partial<Record<'pledges' | 'money' | 'workdays' | 'commendations', AreaFigure>>;
}

/**
 * The area a page opens on: the narrowest one holding the most rows of the bundled report
 * (or, with no bundled data in view, of all the data), so that importing a province's file
 * does not move the page away from the report's district.
 */
export function openingArea(placed: Placed): UnitNode | null {
  const entries = (Object.entries(placed.placements) as [Kind, Placement][]).map(([kind, p]) => ({ st: placed.tables[kind]!, p }));
  const anyBundled = entries.some(({ st }) => st.datasets.some((d) => d.origin === 'bundled'));
  const placements = entries.flatMap(({ st, p }) => {
    if (!anyBundled) return [p];
    const bundled = st.datasets.map((d) => d.origin === 'bundled');
    // A table of imported files only is left out, one of bundled files only kept whole: only a
    // mixed table is walked row by row (a loop: a callback per row costs tens of ms on 200,000).
    if (!bundled.some(Boolean)) return [];
    if (bundled.every(Boolean)) return [p];
    const node = new Int32Array(p.node.length).fill(-1);
    const host = new Int32Array(p.host.length).fill(-1);
    const sources = st.table.sources;
    for (let i = 0; i < node.length; i++) {
      if (!bundled[sources?.[i] ?? 0]) continue;
      node[i] = p.node[i]!;
      host[i] = p.host[i]!;
    }
    return [{ ...p, node, host }];
  });
  return defaultArea(placed.units, placements);
}

/**
 * Computes the overview of `area` (the opening area when null), for `period` when one is asked
 * (?year= or ?period=: every figure for exactly it, and the criteria of its last year), else each
 * figure for its latest period.
 */
export function computeOverview(placed: Placed, area: UnitNode | null = openingArea(placed), period: Period | null = null): Overview {
  const unplaced = (Object.entries(placed.placements) as [Kind, Placement][])
    .filter(([, p]) => p.unplaced.length)
    .map(([kind, p]) => ({ kind, names: p.unplaced }));
  if (!area)
    return { area, pledges: null, targets: null, money: null, workdays: null, commendations: null, criteria: null, unplaced, previous: {} };
  const figure = (kind: Kind, field: string, only?: (i: number) => boolean) => {
    const st = placed.tables[kind];
    const placement = placed.placements[kind];
    return st && placement
      ? areaFigure({ st, placement, units: placed.units, area, field, ...(only && { only }), ...(period && { period }) })
      : null;
  };
  const shown = {
    pledges: figure('pledges', 'pledges'),
    money: figure('contributions', 'money_million_vnd'),
    workdays: figure('contributions', 'workdays'),
    commendations: commendations(placed, figure),
  };
  const fields = {
    pledges: ['pledges', 'pledges'],
    money: ['contributions', 'money_million_vnd'],
    workdays: ['contributions', 'workdays'],
  } as const;
  const previous: Overview['previous'] = {};
  for (const [id, [kind, field]] of Object.entries(fields) as [keyof typeof fields, (typeof fields)[keyof typeof fields]][]) {
    const now = shown[id];
    const st = placed.tables[kind];
    const placement = placed.placements[kind];
    if (!now || !st || !placement) continue;
    const before = areaFigure({ st, placement, units: placed.units, area, field, period: previousPeriod(now.period) });
    // Only the same basis compares: a district's own figure against its own, a sum of communes against a sum.
    if (before && before.basis === now.basis) previous[id] = before;
  }
  const lastYear = period ? { start: period.end, end: period.end } : undefined;
  return {
    area,
    ...shown,
    targets: areaTargets(placed, area, lastYear),
    criteria: criteriaYear(placed, area, lastYear),
    unplaced,
    previous,
  };
}

function commendations(
  placed: Placed,
  figure: (kind: Kind, field: string, only?: (i: number) => boolean) => AreaFigure | null,
): Overview['commendations'] {
  const indicator = placed.tables.indicators?.table.columns.indicator as TextColumn | undefined;
  const code = indicator ? indicator.dict.indexOf(COMMENDATIONS_INDICATOR) : -1;
  if (code >= 0) {
    const f = figure('indicators', 'value', (i) => indicator!.codes[i] === code);
    if (f) return { ...f, from: 'indicator' };
  }
  const awards = figure('awards', 'count');
  return awards && { ...awards, from: 'awards' };
}

/**
 * The targets the area reported for itself in its latest year. Targets met of a total are a
 * ratio per unit: two units' targets never add up, so the units inside are not summed.
 */
function areaTargets(placed: Placed, area: UnitNode, year?: Period): TargetsFigure | null {
  const st = placed.tables.targets;
  const placement = placed.placements.targets;
  if (!st || !placement) return null;
  const { table } = st;
  const met = table.columns.targets_met as NumberColumn | undefined;
  const total = table.columns.targets_total as NumberColumn | undefined;
  const years = table.columns.year as YearColumn | undefined;
  const unit = table.columns.unit as TextColumn | undefined;
  if (!met || !total || !years || !unit) return null;
  let best = -1;
  for (let i = 0; i < table.length; i++) {
    if (relation(placement, placed.units, area, i) !== 'self') continue;
    if (year && (years.start[i] !== year.start || years.end[i] !== year.end)) continue;
    if (best < 0 || years.end[i]! > years.end[best]!) best = i;
  }
  if (best < 0) return null;
  return {
    met: met.values[best]!,
    total: total.values[best]!,
    period: { start: years.start[best]!, end: years.end[best]! },
    unit: unit.dict[unit.codes[best]!] ?? area.name,
    credits: creditsOf(st, [best]),
  };
}

/** Every year and period the overview's figures have for `area` (a period picker's choices), earliest first. */
export function overviewPeriods(placed: Placed, area: UnitNode | null): Period[] {
  if (!area) return [];
  const seen = new Map<string, Period>();
  const fields: [Kind, string][] = [
    ['pledges', 'pledges'],
    ['contributions', 'money_million_vnd'],
    ['contributions', 'workdays'],
    ['awards', 'count'],
    ['indicators', 'value'],
    ['targets', 'targets_met'],
    ['criteria', 'criteria_met'],
  ];
  for (const [kind, field] of fields) {
    const st = placed.tables[kind];
    const placement = placed.placements[kind];
    if (!st || !placement) continue;
    for (const p of periodsOf({ st, placement, units: placed.units, area, field })) seen.set(`${p.start}-${p.end}`, p);
  }
  return [...seen.values()].sort((a, b) => a.end - b.end || b.start - a.start);
}
