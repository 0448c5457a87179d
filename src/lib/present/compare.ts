/**
 * The compare view (`?view=compare&unit=Bộc Bố&unit=Giáo Hiệu&year=2018`), worded: 2 to 6 units
 * chosen by name; their criteria over the years as small multiples on one shared axis (0 to the
 * largest `criteria_total`); which criteria each has and lacks, differences marked; their figures
 * side by side, each for a period the data holds (a period named as a period); each unit's rank
 * among the units of its level, against the average and median, and its change of rank; a
 * ranking of every unit; the 2025 merger (old communes under the new one, sums rolled up, criteria
 * never summed); and sentences for a report. Plain TypeScript.
 */
import {
  isDerivedNote,
  criteriaSentences,
  sentenceOf,
  standingSentence,
  valueSentence,
  inWords,
  whenWords,
  type CriteriaUnit,
} from './sentences.ts';
import { partsName, placeName } from './levels.ts';
import { sourceOf, valueWords, type ValueStyle } from './view-chart.ts';
import {
  DEFAULT_CRITERIA_TOTAL,
  INDICATORS,
  areaFigure,
  averageOf,
  creditsOf,
  indicatorOf,
  indicatorPeriods,
  levelValues,
  medianOf,
  periodsWithin,
  predecessorsOf,
  previousPeriod,
  rollUp,
  standings,
  successorOf,
  type Credit,
  type DerivedFigure,
  type Indicator,
  type IndicatorId,
  type LevelValues,
  type PartFigure,
  type Period,
  type Placed,
  type Standing,
  type UnitNode,
} from '../aggregate/index.ts';
import { qualifiedText, toCsv, type CsvCell, type CsvOptions } from '../export/index.ts';
import {
  dataText,
  formatDate,
  formatDecimal,
  formatList,
  formatPeriod,
  formatPlain,
  formatRatio,
  translate,
  type Lang,
  type MessageKey,
} from '../i18n/index.ts';
import { QUALIFIER_CODES, type NumberColumn, type Qualifier, type TextColumn, type YearColumn } from '../model/index.ts';

/** At most this many units side by side. */
export const MAX_COMPARED = 6;

/** What the compare view is asked for (the URL's filters and indicator). */
export interface CompareQuery {
  placed: Placed;
  /** The area the units are ranked in (the district shown); null without a units list. */
  area: UnitNode | null;
  asked: Period | null;
  chosen: readonly string[];
  /** The indicator of the rank and ranking (`?indicator=`), criteria by default. */
  indicator?: string | null;
  lang: Lang;
}

/** One unit chosen. */
export interface ComparedUnit {
  /** As chosen (the URL's name). */
  name: string;
  node: UnitNode;
  /** In a sentence: "xã Bộc Bố" / "Bộc Bố commune". */
  words: string;
  /** Its heading: the name, translated when it is a sample's. */
  title: string;
}

/** A small multiple: one unit's criteria over the years. */
export interface CriteriaPanel {
  key: string;
  title: string;
  points: { year: number; met: number; total: number; valueText: string; description: string }[];
}

/** The criterion-by-criterion matrix of the year shown. */
export interface CriteriaMatrix {
  year: number;
  criteria: number[];
  /** Criteria where the units differ. */
  differing: number[];
  rows: { name: string; cells: { criterion: number; met: boolean | null; differs: boolean; text: string }[] }[];
  summary: string;
}

/** One figure of each unit side by side. */
export interface FigureRow {
  id: string;
  label: string;
  period: string;
  cells: string[];
}

/** A unit's rank for the indicator, worded. */
export interface StandingRow {
  name: string;
  valueText: string;
  rankText: string;
  changeText: string;
  vsAverage: string;
}

/** One unit of the ranking of all. */
export interface RankingRow {
  key: string;
  name: string;
  rank: number;
  value: number;
  qualifier: Qualifier | null;
  valueText: string;
  /** The rank in the period before, or null. */
  before: number | null;
  chosen: boolean;
}

/** The ranking of all units of the level for the indicator. */
export interface RankingTable {
  indicator: IndicatorId;
  what: string;
  period: Period;
  periodText: string;
  before: Period;
  beforeText: string;
  level: string;
  rows: RankingRow[];
  missing: string | null;
  source: string | null;
}

/** Everything the compare view shows. */
export interface CompareView {
  /** Why there is nothing to compare, in words; null when there is. */
  notice: string | null;
  /** Names the URL gives that no unit matches, in words. */
  unknown: string | null;
  /** Chosen beyond MAX_COMPARED, in words. */
  tooMany: string | null;
  /** Every name a person can choose. */
  names: string[];
  /** The years and periods a person can pick. */
  periods: Period[];
  period: Period | null;
  units: ComparedUnit[];
  panels: CriteriaPanel[];
  panelYears: number[];
  /** The shared axis of every panel: 0 to this. */
  panelMax: number;
  panelSource: string | null;
  matrix: CriteriaMatrix | null;
  figures: FigureRow[];
  indicators: { id: IndicatorId; label: string }[];
  indicator: IndicatorId;
  standing: StandingRow[];
  average: string | null;
  ranking: RankingTable | null;
  mergers: string[];
  sentences: string[];
}

type T = (key: MessageKey, params?: Record<string, string>) => string;

const collator = new Intl.Collator('vi');

/** The compare view for a query (see the module comment). */
export function compareView(q: CompareQuery): CompareView {
  const { placed, area, lang } = q;
  const t: T = (key, params) => translate(lang, key, params);
  const indicator = indicatorOf(q.indicator);
  const base: CompareView = {
    notice: null,
    unknown: null,
    tooMany: null,
    names: [],
    periods: [],
    period: null,
    units: [],
    panels: [],
    panelYears: [],
    panelMax: 0,
    panelSource: null,
    matrix: null,
    figures: [],
    indicators: INDICATORS.map((i) => ({ id: i.id, label: whatOf(i.id, t) })),
    indicator: indicator.id,
    standing: [],
    average: null,
    ranking: null,
    mergers: [],
    sentences: [],
  };
  if (!area) return { ...base, notice: t('compare.noArea') };

  const names = choosableNames(placed, area);
  const periods = comparePeriods(placed, area);
  const period = q.asked ?? latestYear(periods) ?? periods.at(-1) ?? null;
  // A year asked that the data does not hold stays choosable (each figure then says its own period).
  if (period && !periods.some((p) => p.start === period.start && p.end === period.end)) {
    periods.push(period);
    periods.sort((a, b) => a.end - b.end || b.start - a.start);
  }
  const wanted = q.chosen.slice(0, MAX_COMPARED);
  const tooMany =
    q.chosen.length > MAX_COMPARED
      ? t('compare.tooMany', { max: String(MAX_COMPARED), names: q.chosen.slice(MAX_COMPARED).join(', ') })
      : null;
  const units: ComparedUnit[] = [];
  const unknown: string[] = [];
  for (const name of wanted) {
    const node = placed.units.find(name, period ? { year: period.end } : {});
    if (!node) unknown.push(name);
    else if (!units.some((u) => u.node.id === node.id))
      units.push({ name, node, words: placeName([node], lang, false), title: dataText(node.name, lang) });
  }
  const view: CompareView = {
    ...base,
    names,
    periods,
    period,
    units,
    tooMany,
    unknown: unknown.length ? t('compare.unknown', { names: unknown.join(', ') }) : null,
  };
  if (units.length < 2 || !period) return { ...view, notice: t('compare.few') };

  const multiples = criteriaPanels(placed, units, lang, t);
  const ranking = rankingOf(placed, area, indicator, period, units, lang, t);
  const standing = ranking ? standingRows(ranking.now, ranking.before, units, ranking.table, lang, t) : { rows: [], average: null };
  const matrix = period.start === period.end ? criteriaMatrix(placed, units, period.end, lang, t) : null;
  return {
    ...view,
    ...multiples,
    matrix,
    figures: figureRows(placed, units, period, lang, t),
    standing: standing.rows,
    average: standing.average,
    ranking: ranking?.table ?? null,
    mergers: mergerLines(placed, units, lang, t),
    sentences: sentencesOf(placed, units, period, ranking, lang, t),
  };
}

/**
 * The main sentence of the compare view for a page's filters (the URL's year or period and
 * units), the first a report would take; null when the filters compare nothing (fewer than two
 * units, no units list). For a slide's caption in meeting mode.
 */
export function compareSentence(
  placed: Placed,
  area: UnitNode | null,
  filters: { readonly period: Period | null; readonly units: readonly string[] },
  lang: Lang,
): string | null {
  return compareView({ placed, area, asked: filters.period, chosen: filters.units, lang }).sentences[0] ?? null;
}

/** The ranking of all, as CSV exactly as shown (rows in the order given). */
export function rankingCsv(table: RankingTable, rows: readonly RankingRow[], lang: Lang, options: CsvOptions = {}): string {
  const t: T = (key, params) => translate(lang, key, params);
  const header = [
    t('compare.ranking.col.rank'),
    t('compare.ranking.col.name'),
    `${table.what} (${table.periodText})`,
    t('compare.ranking.col.before', { before: table.beforeText }),
  ];
  const body: CsvCell[][] = rows.map((r) => [r.rank, r.name, { numberText: qualifiedText(r.value, r.qualifier) }, r.before]);
  return toCsv(header, body, options);
}

function whatOf(id: IndicatorId, t: T): string {
  return t(`compare.what.${id}`);
}

/** Units inside the area at every level, and what they became in a merger. */
function choosableNames(placed: Placed, area: UnitNode): string[] {
  const out = new Set<string>();
  for (const n of placed.units.nodes) {
    if (n.id === area.id || !placed.units.within(n, area)) continue;
    out.add(n.name);
    const next = successorOf(placed.units, n);
    if (next) out.add(next.name);
  }
  return [...out].sort(collator.compare);
}

/** Every year and period any indicator's rows hold inside the area. */
function comparePeriods(placed: Placed, area: UnitNode): Period[] {
  const seen = new Map<string, Period>();
  for (const ind of INDICATORS) for (const p of indicatorPeriods(placed, area, ind)) seen.set(`${p.start}-${p.end}`, p);
  return [...seen.values()].sort((a, b) => a.end - b.end || b.start - a.start);
}

/** The latest single year among the criteria's years, else among all (a report compares years first). */
function latestYear(periods: readonly Period[]): Period | null {
  return [...periods].reverse().find((p) => p.start === p.end) ?? null;
}

/** The own criteria rows of a unit, by single year (the first row of each year). */
function criteriaRows(placed: Placed, node: UnitNode): Map<number, number> {
  const st = placed.tables.criteria;
  const placement = placed.placements.criteria;
  const years = st?.table.columns.year as YearColumn | undefined;
  const met = st?.table.columns.criteria_met as NumberColumn | undefined;
  const out = new Map<number, number>();
  if (!st || !placement || !years || !met) return out;
  for (let i = 0; i < st.table.length; i++) {
    if (placement.node[i] !== node.id || years.start[i] !== years.end[i] || Number.isNaN(met.values[i]!)) continue;
    if (!out.has(years.end[i]!)) out.set(years.end[i]!, i);
  }
  return out;
}

/** A criteria row as a fact: met, total (the row's, else the format's default, DEFAULT_CRITERIA_TOTAL), and whether its note says it is derived. */
function criteriaFact(placed: Placed, row: number): { met: number; total: number; derived: boolean } {
  const { columns } = placed.tables.criteria!.table;
  const met = (columns.criteria_met as NumberColumn).values[row]!;
  const totalCol = columns.criteria_total as NumberColumn | undefined;
  const total = totalCol?.type === 'number' && !Number.isNaN(totalCol.values[row]!) ? totalCol.values[row]! : DEFAULT_CRITERIA_TOTAL;
  const note = columns.note as TextColumn | undefined;
  const code = note?.type === 'text' ? note.codes[row]! : -1;
  return { met, total, derived: code >= 0 && isDerivedNote(note!.dict[code]) };
}

/** Each unit's criteria over the years (an old commune of a new one shown under it), on one axis. */
function criteriaPanels(
  placed: Placed,
  units: readonly ComparedUnit[],
  lang: Lang,
  t: T,
): Pick<CompareView, 'panels' | 'panelYears' | 'panelMax' | 'panelSource'> {
  const panels: CriteriaPanel[] = [];
  const credits: Credit[][] = [];
  let max = 0;
  const years = new Set<number>();
  const add = (node: UnitNode, title: string) => {
    const rows = criteriaRows(placed, node);
    if (!rows.size || panels.some((p) => p.key === `n${node.id}`)) return;
    const points = [...rows]
      .sort(([a], [b]) => a - b)
      .map(([year, row]) => {
        const f = criteriaFact(placed, row);
        max = Math.max(max, f.total, f.met);
        years.add(year);
        const valueText = formatRatio(f.met, f.total, lang);
        return {
          year,
          met: f.met,
          total: f.total,
          valueText,
          description: t('chart.criteria.bar', {
            commune: title,
            met: formatDecimal(f.met, lang),
            total: formatDecimal(f.total, lang),
            year: formatPlain(year, lang),
          }),
        };
      });
    panels.push({ key: `n${node.id}`, title, points });
    credits.push(creditsOf(placed.tables.criteria!, rows.values()));
  };
  for (const u of units) {
    add(u.node, u.title);
    // A new commune: its old communes' criteria under it, each its own (never summed).
    for (const old of predecessorsOf(placed.units, u.node))
      add(old, t('compare.multiples.merged', { old: dataText(old.name, lang), new: u.title }));
  }
  return { panels, panelYears: [...years].sort((a, b) => a - b), panelMax: max, panelSource: sourceOf(credits, lang) };
}

/** Which criteria each unit has and lacks in `year`, when the rows say (tc01…); columns where they differ marked. */
function criteriaMatrix(placed: Placed, units: readonly ComparedUnit[], year: number, lang: Lang, t: T): CriteriaMatrix | null {
  const columns = placed.tables.criteria?.table.columns;
  if (!columns) return null;
  const flagNames = Object.keys(columns)
    .filter((n) => /^tc\d\d$/.test(n))
    .sort();
  if (!flagNames.length) return null;
  const flagsOf = (row: number | undefined) =>
    flagNames.map((n) => {
      const col = columns[n];
      if (row === undefined || col?.type !== 'number' || Number.isNaN(col.values[row]!)) return null;
      return col.values[row]! > 0;
    });
  const rows = units.map((u) => ({ u, row: criteriaRows(placed, u.node).get(year) }));
  // As in the criteria view: a row that ticks some criteria leaves the others blank for "not met".
  const withFlags = rows
    .map((r) => ({ ...r, flags: flagsOf(r.row) }))
    .filter((r) => r.flags.some((f) => f !== null))
    .map((r) => ({ ...r, flags: r.flags.map((f) => f === true) }));
  if (!withFlags.length) return null;
  const total = Math.max(...withFlags.map((r) => criteriaFact(placed, r.row!).total));
  const criteria = Array.from({ length: Math.min(total, flagNames.length) }, (_, i) => i + 1);
  const differing = criteria.filter((n) => {
    const known = withFlags.map((r) => r.flags[n - 1]).filter((f): f is boolean => f !== null);
    return known.length > 1 && new Set(known).size > 1;
  });
  const text = (met: boolean | null) => t(met === null ? 'compare.matrix.none' : met ? 'compare.matrix.met' : 'compare.matrix.not');
  return {
    year,
    criteria,
    differing,
    rows: withFlags.map((r) => ({
      name: r.u.title,
      cells: criteria.map((n) => ({
        criterion: n,
        met: r.flags[n - 1] ?? null,
        differs: differing.includes(n),
        text: `${r.u.title}, ${t('view.criteria.grid.criterion', { n: formatPlain(n, lang) })}: ${text(r.flags[n - 1] ?? null)}`,
      })),
    })),
    summary:
      withFlags.length < 2
        ? t('compare.matrix.onlyOne', { name: withFlags[0]!.u.title })
        : differing.length
          ? t('compare.matrix.diffCount', {
              count: formatPlain(differing.length, lang),
              criteria: formatList(
                differing.map((n) => t('view.criteria.grid.criterion', { n: formatPlain(n, lang) })),
                lang,
              ),
            })
          : t('compare.matrix.noDiff'),
  };
}

/** How an indicator's value reads. */
function styleOf(ind: Indicator, t: T): ValueStyle {
  if (ind.field === 'money_million_vnd') return { money: true };
  if (ind.field === 'workdays') return { unit: t('unit.workdays') };
  if (ind.kind === 'pledges') return { unit: t('unit.pledges') };
  if (ind.kind === 'awards') return { unit: t('unit.awards') };
  return { unit: t(ind.kind === 'targets' ? 'compare.unit.targets' : 'compare.unit.criteria') };
}

/** A unit's figure of an indicator for exactly `period`: a sum (with its qualifier) or its own count out of a total. */
interface UnitFigure {
  value: number;
  qualifier: Qualifier | null;
  total: number | null;
}

function unitFigure(placed: Placed, node: UnitNode, ind: Indicator, period: Period): UnitFigure | null {
  const st = placed.tables[ind.kind];
  const placement = placed.placements[ind.kind];
  if (!st || !placement) return null;
  const f = areaFigure({ st, placement, units: placed.units, area: node, field: ind.field, period });
  if (!f) return null;
  // A count out of each unit's own set is the unit's own row: never a sum of its parts.
  if (!ind.additive) {
    if (!f.reported) return null;
    const row = f.reported.rows[0]!;
    const totals = ind.totalField ? (st.table.columns[ind.totalField] as NumberColumn | undefined) : undefined;
    const total = totals?.type === 'number' ? totals.values[row]! : NaN;
    const values = st.table.columns[ind.field] as NumberColumn;
    return { value: values.values[row]!, qualifier: null, total: Number.isNaN(total) ? null : total };
  }
  return { value: f.value, qualifier: f.qualifier, total: null };
}

/** Contributions each unit gave (its `unit` column names it or a unit inside it), for exactly `period`: one pass for all. */
function givenFigures(placed: Placed, nodes: readonly UnitNode[], field: string, period: Period): (UnitFigure | null)[] {
  const table = placed.tables.contributions?.table;
  const values = table?.columns[field] as NumberColumn | undefined;
  const givers = table?.columns.unit as TextColumn | undefined;
  const years = table?.columns.year as YearColumn | undefined;
  if (!table || values?.type !== 'number' || givers?.type !== 'text' || !years) return nodes.map(() => null);
  // Per giver's name, the chosen units it lies in (a commune and its party cell may both be chosen).
  const within = givers.dict.map((name) => {
    const found = placed.units.find(name, { year: period.end });
    return found ? nodes.flatMap((n, k) => (placed.units.within(found, n) ? [k] : [])) : [];
  });
  const parts: { value: number; qualifier: Qualifier | null }[][] = nodes.map(() => []);
  for (let i = 0; i < table.length; i++) {
    const code = givers.codes[i]!;
    if (code < 0 || !within[code]!.length || years.start[i] !== period.start || years.end[i] !== period.end) continue;
    if (Number.isNaN(values.values[i]!)) continue;
    for (const k of within[code]!) parts[k]!.push({ value: values.values[i]!, qualifier: qualifierAt(values, i) });
  }
  return parts.map((list) => {
    const r = rollUp(
      [],
      list.map((p, k) => ({ name: String(k), ...p })),
      true,
    );
    return r.kind === 'sum' ? { value: r.value, qualifier: r.qualifier, total: null } : null;
  });
}

function qualifierAt(col: NumberColumn, i: number): Qualifier | null {
  return QUALIFIER_CODES[col.qualifiers[i]!] ?? null;
}

/** A unit's figure with its old units: its own alone, their sums rolled up, or their counts each apart; null when none. */
type Rolled =
  | { kind: 'own'; figure: UnitFigure }
  | { kind: 'sum'; value: number; qualifier: Qualifier | null; from: string[] }
  | { kind: 'each'; parts: (PartFigure & { total: number | null })[] };

function rolledOf(placed: Placed, u: ComparedUnit, ind: Indicator, period: Period, lang: Lang): Rolled | null {
  const own = unitFigure(placed, u.node, ind, period);
  const olds = predecessorsOf(placed.units, u.node);
  if (!olds.length) return own ? { kind: 'own', figure: own } : null;
  const parts: (PartFigure & { total: number | null })[] = [];
  for (const old of olds) {
    const f = unitFigure(placed, old, ind, period);
    if (f) parts.push({ name: dataText(old.name, lang), ...f });
  }
  if (own) parts.push({ name: u.title, ...own });
  const r = rollUp(
    olds.map((o) => dataText(o.name, lang)),
    parts,
    ind.additive,
  );
  if (r.kind === 'none') return null;
  if (r.kind === 'each') return { kind: 'each', parts };
  return { kind: 'sum', value: r.value, qualifier: r.qualifier, from: r.from };
}

/** A unit's figure in words, its old units rolled up (sums) or listed (counts); null when none. */
function figureWords(placed: Placed, u: ComparedUnit, ind: Indicator, period: Period, lang: Lang, t: T): string | null {
  const style = styleOf(ind, t);
  const words = (f: UnitFigure) => (f.total !== null ? formatRatio(f.value, f.total, lang) : valueWords(f.value, f.qualifier, style, lang));
  const r = rolledOf(placed, u, ind, period, lang);
  if (!r) return null;
  if (r.kind === 'own') return words(r.figure);
  if (r.kind === 'each') return t('compare.figures.notAdded', { parts: r.parts.map((p) => `${p.name} ${words(p)}`).join('; ') });
  return t('compare.figures.rolled', { value: valueWords(r.value, r.qualifier, style, lang), parts: formatList(r.from, lang) });
}

/** The periods the units (and their old units) hold for an indicator. */
function periodsFor(placed: Placed, units: readonly ComparedUnit[], ind: Indicator): Period[] {
  return periodsWithin(
    placed,
    units.flatMap((u) => [u.node, ...predecessorsOf(placed.units, u.node)]),
    ind,
  );
}

/**
 * The period an indicator is shown for: the one asked when the data holds it, else the latest
 * held that contains it (named as that period, never spread), else the latest held.
 */
export function periodFor(held: readonly Period[], asked: Period): Period | null {
  const exact = held.find((p) => p.start === asked.start && p.end === asked.end);
  if (exact) return exact;
  const containing = held.filter((p) => p.start <= asked.start && p.end >= asked.end);
  return containing.at(-1) ?? held.at(-1) ?? null;
}

/** Every indicator's figure for each unit side by side. */
function figureRows(placed: Placed, units: readonly ComparedUnit[], asked: Period, lang: Lang, t: T): FigureRow[] {
  const out: FigureRow[] = [];
  for (const ind of INDICATORS) {
    const period = periodFor(periodsFor(placed, units, ind), asked);
    if (!period) continue;
    const cells = units.map((u) => figureWords(placed, u, ind, period, lang, t) ?? t('compare.figures.none'));
    out.push({ id: ind.id, label: whatOf(ind.id, t), period: formatPeriod(period.start, period.end, lang), cells });
  }
  // Contributions given to other places, by the units inside each one.
  for (const [id, field] of [
    ['moneyGiven', 'money_million_vnd'],
    ['workdaysGiven', 'workdays'],
  ] as const) {
    const ind = indicatorOf(field === 'workdays' ? 'workdays' : 'money');
    const held = periodsFor(placed, units, ind);
    const period = periodFor(held, asked);
    if (!period) continue;
    const figures = givenFigures(
      placed,
      units.map((u) => u.node),
      field,
      period,
    );
    if (figures.every((f) => !f)) continue;
    const style = styleOf(ind, t);
    out.push({
      id,
      label: t(`compare.what.${id}`),
      period: formatPeriod(period.start, period.end, lang),
      cells: figures.map((f) => (f ? valueWords(f.value, f.qualifier, style, lang) : t('compare.figures.none'))),
    });
  }
  return out;
}

/** The ranking of the indicator now and in the period before, worded as a table. */
interface RankingOf {
  now: LevelValues;
  before: LevelValues | null;
  table: RankingTable;
}

function rankingOf(
  placed: Placed,
  area: UnitNode,
  ind: Indicator,
  asked: Period,
  units: readonly ComparedUnit[],
  lang: Lang,
  t: T,
): RankingOf | null {
  const period = periodFor(indicatorPeriods(placed, area, ind), asked);
  if (!period) return null;
  const now = levelValues(placed, area, ind, period);
  if (!now) return null;
  const beforePeriod = previousPeriod(period);
  const before = levelValues(placed, area, ind, beforePeriod);
  const ranks = standings(now.values);
  const ranksBefore = before ? standings(before.values) : null;
  const style = styleOf(ind, t);
  const chosen = new Set(units.map((u) => `n${u.node.id}`));
  const periodText = formatPeriod(period.start, period.end, lang);
  const rows: RankingRow[] = now.values.map((v) => ({
    key: v.key,
    name: dataText(v.name, lang),
    rank: ranks.get(v.key)!.rank,
    value: v.value,
    qualifier: v.qualifier,
    valueText: v.total !== null ? formatRatio(v.value, v.total, lang) : valueWords(v.value, v.qualifier, style, lang),
    before: ranksBefore?.get(v.key)?.rank ?? null,
    chosen: chosen.has(v.key),
  }));
  return {
    now,
    before,
    table: {
      indicator: ind.id,
      what: whatOf(ind.id, t),
      period,
      periodText,
      before: beforePeriod,
      beforeText: formatPeriod(beforePeriod.start, beforePeriod.end, lang),
      level: partsName(now.level, now.values.length + now.missing.length, lang).replace(/^[\d.,]+\s*/, ''),
      rows,
      missing: now.missing.length
        ? t('compare.ranking.missing', {
            period: inWords(period, lang),
            names: formatList(
              now.missing.map((m) => dataText(m, lang)),
              lang,
            ),
          })
        : null,
      source: sourceOf(
        now.values.map((v) => v.credits),
        lang,
      ),
    },
  };
}

/** Each chosen unit's rank, change of rank and distance from the average; and the average and median. */
function standingRows(
  now: LevelValues,
  before: LevelValues | null,
  units: readonly ComparedUnit[],
  table: RankingTable,
  lang: Lang,
  t: T,
): { rows: StandingRow[]; average: string | null } {
  const ind = indicatorOf(table.indicator);
  const style = styleOf(ind, t);
  const ranks = standings(now.values);
  const ranksBefore = before ? standings(before.values) : null;
  const avg = averageOf(now.values);
  const med = medianOf(now.values);
  const exactAvg = avg && now.values.every((v) => !v.qualifier);
  const perOne = (f: DerivedFigure) => valueWords(Math.round(f.value * 10) / 10, f.qualifier, style, lang);
  const ranked = partsName(now.level, now.values.length, lang);
  const one = partsName(now.level, 1, lang).replace(/^[\d.,]+\s*/, '');
  const average =
    avg && med ? t('compare.standing.average', { value: perOne(avg), one, median: perOne(med), ranked, period: table.periodText }) : null;
  const rows = units.map((u): StandingRow => {
    const key = `n${u.node.id}`;
    const v = now.values.find((x) => x.key === key);
    const missing = now.missingKeys.has(key);
    const s: Standing | undefined = ranks.get(key);
    const b = ranksBefore?.get(key);
    const valueText = v ? (v.total !== null ? formatRatio(v.value, v.total, lang) : valueWords(v.value, v.qualifier, style, lang)) : '—';
    const rankText = s
      ? t('compare.standing.rank', { rank: formatPlain(s.rank, lang), of: formatPlain(s.of, lang) })
      : missing
        ? t('compare.standing.missing', { period: inWords(table.period, lang) })
        : t('compare.standing.otherLevel');
    const changeText = !s
      ? ''
      : !b
        ? t('compare.standing.noBefore', { before: table.beforeText })
        : t(b.rank > s.rank ? 'compare.standing.up' : b.rank < s.rank ? 'compare.standing.down' : 'compare.standing.same', {
            n: formatPlain(Math.abs(b.rank - s.rank), lang),
            before: table.beforeText,
          });
    let vsAverage = '';
    if (v && avg) {
      if (!exactAvg || v.qualifier) vsAverage = t('compare.standing.inexact');
      else {
        const d = Math.round((v.value - avg.value) * 10) / 10;
        const diff = valueWords(Math.abs(d), null, style, lang);
        vsAverage =
          d > 0 ? t('compare.standing.above', { diff }) : d < 0 ? t('compare.standing.below', { diff }) : t('compare.standing.atAverage');
      }
    }
    return { name: u.title, valueText, rankText, changeText, vsAverage };
  });
  return { rows, average };
}

/** The merger in words: each old unit chosen and what it became; each new unit chosen and what it was made of. */
function mergerLines(placed: Placed, units: readonly ComparedUnit[], lang: Lang, t: T): string[] {
  const lines: string[] = [];
  for (const u of units) {
    const next = successorOf(placed.units, u.node);
    if (next) {
      const chain = [next, ...placed.units.ancestors(next)];
      lines.push(
        t('compare.merger.into', {
          old: placeName([u.node], lang),
          new: placeName(chain, lang, false),
          date: sinceDate(placed, u.node, lang),
        }),
      );
    }
    const olds = predecessorsOf(placed.units, u.node);
    if (olds.length)
      lines.push(
        t('compare.merger.made', {
          new: placeName([u.node, ...placed.units.ancestors(u.node)], lang),
          olds: formatList(
            olds.map((o) => dataText(o.name, lang)),
            lang,
          ),
        }),
      );
  }
  if (lines.length) lines.push(t('compare.merger.rule'));
  return lines;
}

/** The day after a unit's `valid_to` ("2025-06-30" → 01/07/2025), or the year after its last. */
function sinceDate(placed: Placed, node: UnitNode, lang: Lang): string {
  const col = placed.tables.units?.table.columns.valid_to as TextColumn | undefined;
  const code = col?.type === 'text' ? (col.codes[node.id] ?? -1) : -1;
  const m = code >= 0 ? /^(\d{4})-(\d\d)-(\d\d)$/.exec(col!.dict[code]!) : null;
  if (m) {
    const day = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + 1));
    return formatDate(day, lang);
  }
  return formatPlain((node.until ?? 0) + 1, lang);
}

/**
 * The units a sentence speaks of: those with a figure, and those of the same level without one
 * (a commune without the year's figure is named; a party cell, which has no criteria, is not).
 */
function sameLevel<T extends { u: ComparedUnit }>(items: readonly T[], has: (item: T) => boolean): T[] {
  const ranks = new Set(items.filter(has).map((x) => x.u.node.rank));
  return items.filter((x) => has(x) || ranks.has(x.u.node.rank));
}

/** The sentences for a report: criteria compared, then the sums, then the first unit's rank. */
function sentencesOf(
  placed: Placed,
  units: readonly ComparedUnit[],
  period: Period,
  ranking: RankingOf | null,
  lang: Lang,
  t: T,
): string[] {
  const out: string[] = [];
  if (period.start === period.end) {
    const year = period.end;
    const withRows = units.map((u) => ({ u, rows: criteriaRows(placed, u.node) }));
    const facts: CriteriaUnit[] = sameLevel(withRows, (x) => x.rows.size > 0).map(({ u, rows }) => {
      const now = rows.get(year);
      const before = rows.get(year - 1);
      return {
        unit: u.words,
        now: now === undefined ? null : criteriaFact(placed, now),
        before: before === undefined ? null : criteriaFact(placed, before),
      };
    });
    if (facts.some((f) => f.now)) out.push(...criteriaSentences(year, facts, lang));
  }
  // A new commune: its old communes' criteria, each its own, never summed.
  const criteria = indicatorOf('criteria');
  const cp = periodFor(periodsFor(placed, units, criteria), period);
  for (const u of cp ? units : []) {
    const r = rolledOf(placed, u, criteria, cp!, lang);
    if (r?.kind !== 'each') continue;
    out.push(
      sentenceOf(
        t('compare.s.mergedCriteria', {
          when: whenWords(cp!, lang),
          unit: u.words,
          parts: formatList(
            r.parts.map((p) => `${p.name} ${formatRatio(p.value, p.total ?? 0, lang)}`),
            lang,
          ),
        }),
      ),
    );
  }
  for (const id of ['money', 'workdays'] as const) {
    const ind = indicatorOf(id);
    const p = periodFor(periodsFor(placed, units, ind), period);
    if (!p) continue;
    const figures = units.map((u) => {
      const r = rolledOf(placed, u, ind, p, lang);
      // A new commune's sum is worked out from its old communes: the sentence says so.
      if (r?.kind === 'sum')
        return {
          u,
          words: t('compare.s.rolledFrom', { unit: u.words, parts: formatList(r.from, lang) }),
          value: { value: r.value, qualifier: r.qualifier },
        };
      return { u, words: u.words, value: r?.kind === 'own' ? r.figure : null };
    });
    const values = sameLevel(figures, (x) => x.value !== null).map(({ words, value }) => ({ unit: words, value }));
    if (values.some((v) => v.value)) {
      // The unit with a figure first: the sentence is about what the data holds.
      values.sort((a, b) => Number(!!b.value) - Number(!!a.value));
      out.push(valueSentence(whatOf(id, t), styleOf(ind, t), p, values, lang));
    }
  }
  if (ranking) {
    const first = units[0]!;
    const key = `n${first.node.id}`;
    const s = standings(ranking.now.values).get(key);
    const b = ranking.before ? standings(ranking.before.values).get(key) : undefined;
    if (s || ranking.now.missingKeys.has(key))
      out.push(
        standingSentence(
          {
            unit: first.words,
            period: ranking.table.period,
            ranked: partsName(ranking.now.level, ranking.now.values.length, lang),
            rank: s?.rank ?? null,
            before: ranking.before || s ? { period: ranking.table.before, rank: b?.rank ?? null } : null,
          },
          lang,
        ),
      );
  }
  return out;
}
