/**
 * Every figure of the loaded tables as one row of the figures table: what is measured, for
 * whom, when, the value with its qualifier and unit, the report it comes from and the file and
 * line that hold it.
 */
import {
  DEFAULT_CRITERIA_TOTAL,
  numberColumn,
  periodAt,
  textColumn,
  yearColumn,
  type Period,
  type SourcedTable,
  type SourcedTables,
} from '../aggregate/index.ts';
import { QUALIFIER_CODES, type RecordTable, type Kind, type Qualifier } from '../model/index.ts';
import type { MessageKey } from '../i18n/index.ts';

/** Text to show: a message of the interface, or text from the data (shown as written). */
export type Label = { key: MessageKey; params?: Record<string, string> } | { text: string };

/** One figure. */
export interface FigureRow {
  id: string;
  kind: Kind;
  measure: Label;
  /** Smaller text under the measure: purpose, beneficiary, form and level of an award. */
  details: Label[];
  /** The unit or commune the figure belongs to ('' when the data names none). */
  subject: string;
  period: Period;
  value: number;
  qualifier: Qualifier | null;
  /** For met-of-total figures (criteria, targets). */
  total: number | null;
  unit: Label | null;
  /** The report the row names in its `source` column ('' when none). */
  source: string;
  /** The file (dataset) the row was read from, and its line there. */
  file: string;
  line: number;
}

/** The kinds in the overview's reading order; the measure column sorts by it. */
export const KIND_ORDER: readonly Kind[] = ['pledges', 'targets', 'criteria', 'contributions', 'awards', 'indicators'];

/** How many figures the overview's table shows at most: a page, not a 200,000-row DOM. */
export const FIGURE_LIMIT = 500;

/** How many records the figures come from (for "showing 500 of N"). */
export function figureSourceRows(tables: SourcedTables): number {
  return KIND_ORDER.reduce((n, kind) => n + (tables[kind]?.table.length ?? 0), 0);
}

/**
 * Every figure of every table, kind by kind in `KIND_ORDER`, rows in file order (the list of
 * units holds no figure), stopping once `limit` figures are gathered.
 */
export function figureRows(tables: SourcedTables, limit = Infinity): FigureRow[] {
  const rows: FigureRow[] = [];
  for (const kind of KIND_ORDER) {
    const st = tables[kind];
    if (st) for (let i = 0; i < st.table.length && rows.length < limit; i++) rows.push(...figuresOfRow(st, i));
  }
  return rows;
}

function figuresOfRow({ table, datasets }: SourcedTable, i: number): FigureRow[] {
  const years = yearColumn(table);
  if (!years) return [];
  const text = (name: string) => textAt(table, name, i);
  const file = datasets[table.sources?.[i] ?? 0]?.name ?? '';
  const base = {
    kind: table.kind,
    details: [] as Label[],
    subject: text('unit') ?? '',
    source: text('source') ?? '',
    file,
    line: table.lines[i]!,
    total: null,
    unit: null,
  };
  const period = periodAt(years, i);
  const figure = (field: string, rest: Partial<FigureRow> & Pick<FigureRow, 'measure'>): FigureRow[] => {
    const col = numberColumn(table, field);
    const value = col?.values[i] ?? NaN;
    if (Number.isNaN(value)) return [];
    const qualifier = QUALIFIER_CODES[col!.qualifiers[i] ?? 0] ?? null;
    return [{ ...base, id: `${table.kind}:${table.sources?.[i] ?? 0}:${table.lines[i]}:${field}`, period, value, qualifier, ...rest }];
  };
  const dataText = (name: string): Label[] => (text(name) ? [{ text: text(name)! }] : []);

  switch (table.kind) {
    case 'pledges':
      return figure('pledges', { measure: { key: 'measure.pledges' } });
    case 'targets':
      return figure('targets_met', { measure: { key: 'measure.targets' }, total: numberAt(table, 'targets_total', i) });
    case 'criteria':
      return figure('criteria_met', {
        measure: { key: 'measure.criteria' },
        subject: text('commune') ?? '',
        total: numberAt(table, 'criteria_total', i) ?? DEFAULT_CRITERIA_TOTAL,
      });
    case 'contributions': {
      const commune = text('beneficiary_commune');
      const details: Label[] = [...dataText('purpose'), ...(commune ? [{ key: 'figures.beneficiary' as const, params: { commune } }] : [])];
      return [
        ...figure('money_million_vnd', { measure: { key: 'measure.money' }, details, unit: { key: 'unit.millionVnd' } }),
        ...figure('workdays', { measure: { key: 'measure.workdays' }, details, unit: { key: 'unit.workdays' } }),
        ...figure('quantity', { measure: { key: 'measure.quantity' }, details, unit: dataText('quantity_uom')[0] ?? null }),
      ];
    }
    case 'awards':
      return figure('count', {
        measure: { key: 'measure.awards' },
        details: [...dataText('form'), ...dataText('level'), ...dataText('recipient_type')],
      });
    case 'indicators':
      return figure('value', { measure: { text: text('indicator') ?? '' }, unit: dataText('uom')[0] ?? null });
    case 'units':
      return [];
  }
}

function textAt(table: RecordTable, name: string, i: number): string | null {
  const col = textColumn(table, name);
  const code = col?.codes[i] ?? -1;
  return code >= 0 ? col!.dict[code]! : null;
}

function numberAt(table: RecordTable, name: string, i: number): number | null {
  const v = numberColumn(table, name)?.values[i] ?? NaN;
  return Number.isNaN(v) ? null : v;
}
