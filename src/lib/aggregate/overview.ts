/**
 * The overview's key figures, computed from the loaded tables: pledges over their period,
 * the latest socio-economic targets, money and workdays contributed, commendations, and
 * the new-rural criteria each commune met in its latest year.
 */
import { sumQualified, type QualifiedSum } from './aggregate.ts';
import {
  distinctTexts, numberColumn, periodAt, presentRows, rowsWithText, textColumn, yearColumn, yearSpan,
  type Period,
} from './pick.ts';
import { type RecordTable, type Kind } from '../model/index.ts';

/**
 * The indicator that holds the report's own count of commendations. The bundled data
 * keeps "gần 50" there: it spans two levels and both recipient types, so it cannot be
 * split into award rows, and the award rows (letters of praise) are part of it.
 */
export const COMMENDATIONS_INDICATOR = 'Tập thể, cá nhân được khen thưởng cấp tỉnh, huyện';

/** A commune meets the new-rural standard with all 19 criteria (Decision 1980/QĐ-TTg). */
export const DEFAULT_CRITERIA_TOTAL = 19;

/** The accepted table of each kind. */
export type TablesByKind = Partial<Record<Kind, RecordTable>>;

/** A qualified total with the years it covers and the reports it comes from. */
export interface Figure extends QualifiedSum {
  period: Period | null;
  sources: string[];
}

/** Targets met out of the total, for one unit and year. */
export interface TargetsFigure {
  met: number;
  total: number;
  period: Period;
  unit: string | null;
  sources: string[];
}

/** Criteria one commune met in its latest reported year. */
export interface CommuneCriteria {
  commune: string;
  period: Period;
  met: number;
  total: number;
  source: string | null;
}

/** Every key figure of the overview; null where the data holds none. */
export interface Overview {
  pledges: Figure | null;
  targets: TargetsFigure | null;
  money: Figure | null;
  workdays: Figure | null;
  commendations: (Figure & { from: 'indicator' | 'awards' }) | null;
  /** Most criteria first. */
  criteria: CommuneCriteria[];
}

/** Computes the overview from the tables loaded so far. */
export function computeOverview(tables: TablesByKind): Overview {
  return {
    pledges: total(tables.pledges, 'pledges'),
    targets: latestTargets(tables.targets),
    money: total(tables.contributions, 'money_million_vnd'),
    workdays: total(tables.contributions, 'workdays'),
    commendations: commendations(tables),
    criteria: latestCriteria(tables.criteria),
  };
}

/** The qualified sum of a number column over the rows that hold a value, or over `only`. */
function total(table: RecordTable | undefined, field: string, only?: Uint32Array): Figure | null {
  const col = numberColumn(table, field);
  if (!col) return null;
  const rows = only ?? presentRows(col);
  const sum = sumQualified(col, rows);
  if (sum.count === 0) return null;
  return { ...sum, period: yearSpan(yearColumn(table), rows), sources: distinctTexts(textColumn(table, 'source'), rows) };
}

function commendations(tables: TablesByKind): Overview['commendations'] {
  const indicator = textColumn(tables.indicators, 'indicator');
  const rows = indicator ? rowsWithText(indicator, COMMENDATIONS_INDICATOR) : null;
  if (rows?.length) {
    const figure = total(tables.indicators, 'value', rows);
    if (figure) return { ...figure, from: 'indicator' };
  }
  const awards = total(tables.awards, 'count');
  return awards && { ...awards, from: 'awards' };
}

/**
 * The targets of the latest year. Several units reporting that year are never added
 * together (a district's 26/33 and a commune's targets do not sum): the broadest report,
 * the one with the most targets, is shown.
 */
function latestTargets(table: RecordTable | undefined): TargetsFigure | null {
  const met = numberColumn(table, 'targets_met');
  const tot = numberColumn(table, 'targets_total');
  const years = yearColumn(table);
  if (!table || !met || !tot || !years) return null;
  let best = -1;
  for (let i = 0; i < table.length; i++) {
    if (best < 0 || years.end[i]! > years.end[best]! || (years.end[i] === years.end[best] && tot.values[i]! > tot.values[best]!)) best = i;
  }
  if (best < 0) return null;
  const only = Uint32Array.of(best);
  return {
    met: met.values[best]!,
    total: tot.values[best]!,
    period: periodAt(years, best),
    unit: distinctTexts(textColumn(table, 'unit'), only)[0] ?? null,
    sources: distinctTexts(textColumn(table, 'source'), only),
  };
}

/** Each commune's row with the latest year (a later line wins a tie), most criteria first. */
function latestCriteria(table: RecordTable | undefined): CommuneCriteria[] {
  const communes = textColumn(table, 'commune');
  const met = numberColumn(table, 'criteria_met');
  const years = yearColumn(table);
  if (!table || !communes || !met || !years) return [];
  const totals = numberColumn(table, 'criteria_total');
  const sources = textColumn(table, 'source');
  const latest = new Int32Array(communes.dict.length).fill(-1);
  for (let i = 0; i < table.length; i++) {
    const c = communes.codes[i]!;
    if (c < 0) continue;
    const prev = latest[c]!;
    if (prev < 0 || years.end[i]! >= years.end[prev]!) latest[c] = i;
  }
  const out: CommuneCriteria[] = [];
  latest.forEach((i, c) => {
    if (i < 0) return;
    const total = totals?.values[i];
    const source = sources?.codes[i] ?? -1;
    out.push({
      commune: communes.dict[c]!,
      period: periodAt(years, i),
      met: met.values[i]!,
      total: total === undefined || Number.isNaN(total) ? DEFAULT_CRITERIA_TOTAL : total,
      source: source >= 0 ? sources!.dict[source]! : null,
    });
  });
  const collator = new Intl.Collator('vi');
  return out.sort((a, b) => b.met - a.met || collator.compare(a.commune, b.commune));
}
