/**
 * An area's figures over time and split by a column, by the rules of `area-figure.ts`: one
 * figure per period the data holds (a period figure stays a period, never spread over its
 * years), and sums per unit, commune or category for one period exactly, qualifiers kept.
 */
import { sumQualified, type QualifiedSum } from './aggregate.ts';
import { areaFiguresByPeriod, periodKey, rowsByPeriod, splitByLevel, type AreaFigure, type FigureQuery } from './area-figure.ts';
import type { Period } from './pick.ts';
import type { Placement } from './placement.ts';
import { creditsOf, creditsOfLists, type Credit, type SourcedTable } from './provenance.ts';
import { Recent, type NumberColumn, type TextColumn } from '../model/index.ts';

/** A figure query without its period. */
export type SeriesQuery = Omit<FigureQuery, 'period'>;

/** The periods (years, and spans such as 2016–2021) of the rows in or inside the area with a value, earliest first, a span after the years it ends with. */
export function periodsOf(q: SeriesQuery): Period[] {
  if (q.only) return computePeriods(q);
  // Kept while the data is the same, like the series: a filter change does not rescan.
  let byQuery = periodsCache.get(q.placement);
  if (!byQuery) periodsCache.set(q.placement, (byQuery = new Map()));
  const key = `${q.area.id}\u0000${q.field}`;
  let periods = byQuery.get(key);
  if (!periods) byQuery.set(key, (periods = computePeriods(q)));
  return periods;
}

const periodsCache = new WeakMap<Placement, Map<string, Period[]>>();

function computePeriods(q: SeriesQuery): Period[] {
  return [...rowsByPeriod(q)]
    .filter(([, rows]) => rows.length)
    .map(([key]) => ({ start: Math.floor(key / 10000), end: key % 10000 }))
    .sort((a, b) => a.end - b.end || b.start - a.start);
}

/** The area's figure for every period of `periodsOf`: yearly figures as years, period figures as periods. */
export function areaSeries(q: SeriesQuery): AreaFigure[] {
  if (q.only) return areaFiguresByPeriod(q);
  // The same data, area and field give the same series: a filter change (a year, a unit) does
  // not recompute it. Keyed by the placement, which is new whenever the data changes.
  let byQuery = seriesCache.get(q.placement);
  if (!byQuery) seriesCache.set(q.placement, (byQuery = new Map()));
  const key = `${q.area.id}\u0000${q.field}`;
  let series = byQuery.get(key);
  if (!series) byQuery.set(key, (series = areaFiguresByPeriod(q)));
  return series;
}

const seriesCache = new WeakMap<Placement, Map<string, AreaFigure[]>>();

/** The sum of one group (a unit, a commune, a category) for one period. */
export interface GroupFigure extends QualifiedSum {
  name: string;
  /** The rows summed, rows of `st`. */
  rows: Uint32Array;
  st: SourcedTable;
  /** The group's files and reports, made when first read (a split into thousands of groups rarely needs each one's). */
  readonly credits: Credit[];
}

/** The files and reports of several groups of one split together (a chart's source line), in one pass over their rows. */
export function creditsOfGroups(groups: readonly GroupFigure[]): Credit[] {
  return groups.length
    ? creditsOfLists(
        groups[0]!.st,
        groups.map((g) => g.rows),
      )
    : [];
}

/**
 * Sums of `q.field` per value of the text column `by` for exactly `period`, largest first, over
 * rows of one level only: the rows inside the area at the level nearest it (as a sum of parts
 * is), so the area's own figure is never a group beside its communes, nor a unit's rows beside
 * its commune's. With `own: true` (a split by category: level, form), the area's own rows when
 * it has any for the period, else those parts.
 */
export function sumsBy(q: SeriesQuery & { period: Period; by: string; own?: boolean }): GroupFigure[] {
  if (q.only) return computeSumsBy(q);
  // A view asks for the same sums several times (a chart, then the matrix): kept for the last
  // few queries of this data only, since each holds its rows.
  let recent = sumsCache.get(q.placement);
  if (!recent) sumsCache.set(q.placement, (recent = new Recent(RECENT_SUMS)));
  return recent.get([q.area.id, q.field, q.by, q.period.start, q.period.end, q.own === true], () => computeSumsBy(q));
}

/** How many sums a placement keeps (each holds the indices of its rows). */
const RECENT_SUMS = 8;
const sumsCache = new WeakMap<Placement, Recent<GroupFigure[]>>();

function computeSumsBy(q: SeriesQuery & { period: Period; by: string; own?: boolean }): GroupFigure[] {
  const { table } = q.st;
  const values = table.columns[q.field] as NumberColumn | undefined;
  const keys = table.columns[q.by] as TextColumn | undefined;
  if (!values || values.type !== 'number' || !keys || keys.type !== 'text') return [];
  // The period's rows with a value in or inside the area, kept from the last change of year.
  const rows = rowsByPeriod(q).get(periodKey(q.period)) ?? new Uint32Array(0);
  const split = splitByLevel(rows, q.placement, q.units, q.area.id, (i) => keys.codes[i]! >= 0);
  if (q.own && split.self.length) return groupsOf(q, values, keys, split.self);
  return groupsOf(q, values, keys, split.nearest);
}

function groupsOf(q: SeriesQuery, values: NumberColumn, keys: TextColumn, rows: Uint32Array): GroupFigure[] {
  // A counting sort by dictionary code: one array of row indices, each group a slice of it.
  // Indexed loops: a typed array's iterator costs several times as much over 100,000 rows.
  const codes = keys.codes;
  const counts = new Uint32Array(keys.dict.length + 1);
  for (let k = 0; k < rows.length; k++) counts[codes[rows[k]!]! + 1]!++;
  const starts = new Uint32Array(counts.length);
  for (let c = 1; c < counts.length; c++) starts[c] = starts[c - 1]! + counts[c - 1]!;
  const fill = starts.slice();
  const sorted = new Uint32Array(rows.length);
  for (let k = 0; k < rows.length; k++) sorted[fill[codes[rows[k]!]! + 1]!++] = rows[k]!;
  const out: GroupFigure[] = [];
  for (let c = 1; c < counts.length; c++) {
    if (!counts[c]) continue;
    const slice = sorted.subarray(starts[c]!, starts[c]! + counts[c]!);
    const sum = sumQualified(values, slice);
    out.push(new Group(keys.dict[c - 1]!, sum.value, sum.qualifier, sum.count, slice, q.st));
  }
  return out.sort((a, b) => b.value - a.value || COLLATOR.compare(a.name, b.name));
}

/** A group of `groupsOf`: a class, so thousands are made fast; its credits counted when first read. */
class Group implements GroupFigure {
  #credits: Credit[] | undefined;
  constructor(
    readonly name: string,
    readonly value: number,
    readonly qualifier: QualifiedSum['qualifier'],
    readonly count: number,
    readonly rows: Uint32Array,
    readonly st: SourcedTable,
  ) {}
  get credits(): Credit[] {
    return (this.#credits ??= creditsOf(this.st, this.rows));
  }
}

const COLLATOR = new Intl.Collator('vi');

/** The period just before `p`, of the same length (2018 → 2017; 2016–2020 → 2011–2015). */
export function previousPeriod(p: Period): Period {
  const length = p.end - p.start + 1;
  return { start: p.start - length, end: p.end - length };
}
