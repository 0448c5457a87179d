/**
 * The table explorer's columns for one kind, read straight from its RecordTable (no object per
 * row): every field of the kind the table holds (text, number with its qualifier, flag, year or
 * period), the extra columns kept as written, then the file and the line each row was read
 * from. Each column gives a row's text in a language, its CSV cell, a sort rank and a search.
 */
import type { DatasetRef } from '../../aggregate/index.ts';
import { qualifiedText, type CsvCell } from '../../export/index.ts';
import { dataText, fieldLabel, formatPeriod, formatQualified, translate, type Lang } from '../../i18n/index.ts';
import {
  foldDiacritics,
  kindSpec,
  QUALIFIER_CODES,
  yearValue,
  type FieldSpec,
  type NumberColumn,
  type RecordTable,
  type TextColumn,
  type YearColumn,
} from '../../model/index.ts';

/** What a column holds. */
export type ColumnType = 'text' | 'number' | 'flag' | 'period' | 'file' | 'line';

/** The table of one kind with the datasets its rows came from. */
export interface ExplorerSource {
  table: RecordTable;
  datasets: readonly DatasetRef[];
}

/** One column of the explorer. */
export interface ExplorerColumn {
  /** Stable id (the field's name; `x:<header>` for an extra column; `file`, `line`). */
  id: string;
  type: ColumnType;
  /** Its header in a language. */
  header(lang: Lang): string;
  /** Line breaks in its cells are data (a note over several lines). */
  multiline: boolean;
  /** Shown when nobody chose the columns (flags and columns without a value start hidden). */
  shownByDefault: boolean;
  /** Row `i` as shown ('' when empty). */
  text(i: number, lang: Lang): string;
  /** Row `i` as a CSV cell (numbers as the app writes them: `hơn 57`, `1.250,5`). */
  cell(i: number): CsvCell;
  /** The number column behind it (numbers and flags), for subtotals. */
  numbers: NumberColumn | null;
  /** The year column behind it (the period). */
  years: YearColumn | null;
  /**
   * A sort rank per row: equal values equal ranks, in the column's order (Vietnamese collation
   * for text, numbers as numbers, periods by start then end); empty cells rank `size`.
   */
  ranks(): { rank: Uint32Array; size: number };
  /** Matches a folded search term (no diacritics, lower case) against row `i`; null when it never can. */
  matcher(term: string): ((i: number) => boolean) | null;
}

const collator = new Intl.Collator('vi', { numeric: true });

/** Ranks of a dictionary's entries in Vietnamese order (equal strings share a rank). */
function dictRanks(dict: readonly string[]): { ranks: Uint32Array; size: number } {
  const order = dict.map((_, c) => c).sort((a, b) => collator.compare(dict[a]!, dict[b]!));
  const ranks = new Uint32Array(dict.length);
  let r = 0;
  order.forEach((c, k) => {
    if (k > 0 && collator.compare(dict[order[k - 1]!]!, dict[c]!) !== 0) r++;
    ranks[c] = r;
  });
  return { ranks, size: dict.length ? r + 1 : 0 };
}

/** Row ranks from per-row codes into a dictionary (`-1` empty). */
function codeRanks(codes: ArrayLike<number>, n: number, dict: readonly string[]): { rank: Uint32Array; size: number } {
  const { ranks: byCode, size } = dictRanks(dict);
  const rank = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const c = codes[i]!;
    rank[i] = c >= 0 ? byCode[c]! : size;
  }
  return { rank, size };
}

/** Dense ranks of numeric keys (NaN empty, ranked last). */
function numberRanks(keys: Float64Array): { rank: Uint32Array; size: number } {
  const sorted = Float64Array.from(keys).sort(); // NaN sorts last
  let distinct = 0;
  for (let k = 0; k < sorted.length; k++) {
    const v = sorted[k]!;
    if (v !== v) break;
    if (k === 0 || v !== sorted[k - 1]) sorted[distinct++] = v;
  }
  const values = sorted.subarray(0, distinct);
  const rank = new Uint32Array(keys.length);
  for (let i = 0; i < keys.length; i++) {
    const v = keys[i]!;
    if (v !== v) {
      rank[i] = distinct;
      continue;
    }
    let lo = 0;
    let hi = distinct - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[mid]! < v) lo = mid + 1;
      else hi = mid;
    }
    rank[i] = lo;
  }
  return { rank, size: distinct };
}

/** A per-code "does the folded entry contain the term" table, for text held in a dictionary. */
function dictMatcher(dict: readonly string[], codeOf: (i: number) => number): (term: string) => (i: number) => boolean {
  let folded: string[] | null = null;
  return (term) => {
    folded ??= dict.map((d) => foldDiacritics(d));
    const hit = new Uint8Array(dict.length);
    folded.forEach((f, c) => (hit[c] = f.includes(term) ? 1 : 0));
    return (i) => {
      const c = codeOf(i);
      return c >= 0 && hit[c] === 1;
    };
  };
}

function cached<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

function textColumnOf(id: string, col: TextColumn, n: number, header: (lang: Lang) => string, multiline: boolean): ExplorerColumn {
  const codeOf = (i: number) => col.codes[i] ?? -1;
  const matcher = dictMatcher(col.dict, codeOf);
  return {
    id,
    type: 'text',
    header,
    multiline,
    shownByDefault: col.codes.some((c) => c >= 0),
    text: (i, lang) => {
      const c = codeOf(i);
      return c >= 0 ? dataText(col.dict[c]!, lang) : '';
    },
    cell: (i) => {
      const c = codeOf(i);
      return c >= 0 ? col.dict[c]! : null;
    },
    numbers: null,
    years: null,
    ranks: cached(() => codeRanks(col.codes, n, col.dict)),
    matcher,
  };
}

/** Digits of a search term as a number is written plainly (`15.486` → `15486`, `1,5` → `1.5`), or null. */
function numericTerm(term: string): string | null {
  if (!/^[\d.,]+$/.test(term) || !/\d/.test(term)) return null;
  return term.replace(/\./g, '').replace(',', '.');
}

function numberColumnOf(id: string, field: FieldSpec, col: NumberColumn, n: number): ExplorerColumn {
  const flag = field.type === 'flag';
  return {
    id,
    type: flag ? 'flag' : 'number',
    header: (lang) => fieldLabel(field, lang),
    multiline: false,
    shownByDefault: !flag && col.values.some((v) => !Number.isNaN(v)),
    text: (i, lang) => {
      const v = col.values[i]!;
      if (Number.isNaN(v)) return '';
      return formatQualified(v, QUALIFIER_CODES[col.qualifiers[i]!] ?? null, lang);
    },
    cell: (i) => {
      const v = col.values[i]!;
      if (Number.isNaN(v)) return null;
      if (flag) return v;
      return { numberText: qualifiedText(v, QUALIFIER_CODES[col.qualifiers[i]!] ?? null) };
    },
    numbers: col,
    years: null,
    ranks: cached(() => numberRanks(col.values.subarray(0, n))),
    matcher: (term) => {
      const digits = numericTerm(term);
      if (digits === null || flag) return null;
      return (i) => {
        const v = col.values[i]!;
        return v === v && String(v).includes(digits);
      };
    },
  };
}

function periodColumnOf(field: FieldSpec, col: YearColumn, n: number): ExplorerColumn {
  const keyOf = (i: number) => col.start[i]! * 10000 + col.end[i]!;
  return {
    id: field.name,
    type: 'period',
    header: (lang) => fieldLabel(field, lang),
    multiline: false,
    shownByDefault: true,
    text: (i, lang) => formatPeriod(col.start[i]!, col.end[i]!, lang),
    cell: (i) => String(yearValue(col, i)),
    numbers: null,
    years: col,
    ranks: cached(() => {
      const keys = new Float64Array(n);
      for (let i = 0; i < n; i++) keys[i] = keyOf(i);
      return numberRanks(keys);
    }),
    matcher: (term) => {
      if (!/^\d[\d\s–-]*$/.test(term)) return null;
      const plain = term.replace(/[\s–]/g, '-');
      return (i) => {
        const s = col.start[i]!;
        const e = col.end[i]!;
        return (s === e ? String(s) : `${s}-${e}`).includes(plain);
      };
    },
  };
}

function fileColumnOf(source: ExplorerSource): ExplorerColumn {
  const { table, datasets } = source;
  const names = datasets.map((d) => d.name);
  const codeOf = (i: number) => (datasets[table.sources?.[i] ?? 0] ? (table.sources?.[i] ?? 0) : -1);
  return {
    id: 'file',
    type: 'file',
    header: (lang) => translate(lang, 'table.col.file'),
    multiline: false,
    shownByDefault: true,
    text: (i, lang) => {
      const c = codeOf(i);
      return c >= 0 ? dataText(names[c]!, lang) : '';
    },
    cell: (i) => {
      const c = codeOf(i);
      return c >= 0 ? names[c]! : null;
    },
    numbers: null,
    years: null,
    ranks: cached(() => {
      const codes = new Int32Array(table.length);
      for (let i = 0; i < table.length; i++) codes[i] = codeOf(i);
      return codeRanks(codes, table.length, names);
    }),
    matcher: dictMatcher(names, codeOf),
  };
}

function lineColumnOf(table: RecordTable): ExplorerColumn {
  return {
    id: 'line',
    type: 'line',
    header: (lang) => translate(lang, 'table.col.line'),
    multiline: false,
    shownByDefault: true,
    text: (i) => String(table.lines[i] ?? ''),
    cell: (i) => table.lines[i] ?? null,
    numbers: null,
    years: null,
    ranks: cached(() => numberRanks(Float64Array.from(table.lines.subarray(0, table.length)))),
    matcher: () => null,
  };
}

/**
 * The columns of `source`: the kind's fields in the order of its spec (those the table holds),
 * its extra columns, then the file and line of each row.
 * @example explorerColumns(criteria).map((c) => c.id) // ['commune', 'year', 'criteria_met', …, 'file', 'line']
 */
export function explorerColumns(source: ExplorerSource): ExplorerColumn[] {
  const { table } = source;
  const n = table.length;
  const columns: ExplorerColumn[] = [];
  for (const field of kindSpec(table.kind).fields) {
    const col = table.columns[field.name];
    if (!col) continue;
    if (col.type === 'text') columns.push(textColumnOf(field.name, col, n, (lang) => fieldLabel(field, lang), field.multiline === true));
    else if (col.type === 'number') columns.push(numberColumnOf(field.name, field, col, n));
    else columns.push(periodColumnOf(field, col, n));
  }
  for (const [name, col] of Object.entries(table.extras)) columns.push(textColumnOf(`x:${name}`, col, n, () => name, true));
  columns.push(fileColumnOf(source), lineColumnOf(table));
  return columns;
}
