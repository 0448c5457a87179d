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

/** Rows' codes into a dictionary (-1 empty) and, per code, whether its entry matches. */
export interface CodeHits {
  codes: Int32Array;
  hit: Uint8Array;
}

/** A sort rank per row and how many distinct ranks there are. */
export interface Ranks {
  rank: Uint32Array;
  size: number;
}

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
  ranks(): Ranks;
  /**
   * Works towards `ranks()` in a slice of a few milliseconds, so they can be made ahead in idle
   * moments without blocking the page; true once they are ready.
   */
  warm(): boolean;
  /** Matches a folded search term (no diacritics, lower case) against row `i`; null when it never can. */
  matcher(term: string): ((i: number) => boolean) | null;
  /**
   * For a column held in a dictionary: each row's code and, per code, 1 when its entry holds the
   * folded term — the same answer as `matcher`, read in a plain loop over a million rows. Null
   * for other columns.
   */
  codeHits(term: string): CodeHits | null;
  /** For a column held in a dictionary: per code, 1 when its entry is exactly one of `values` (a unit chosen by name). */
  codeEquals(values: ReadonlySet<string>): CodeHits | null;
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

/** Rows handled between two yields of a ranking job (a few milliseconds of work). */
const SLICE = 1 << 16;

/** Row ranks from per-row codes into a dictionary (`-1` empty), a slice of rows at a time. */
function* codeRanks(codes: ArrayLike<number>, n: number, dict: readonly string[]): Generator<void, Ranks> {
  const { ranks: byCode, size } = dictRanks(dict);
  yield;
  const rank = new Uint32Array(n);
  for (let from = 0; from < n; from += SLICE) {
    const to = Math.min(n, from + SLICE);
    for (let i = from; i < to; i++) {
      const c = codes[i]!;
      rank[i] = c >= 0 ? byCode[c]! : size;
    }
    yield;
  }
  return { rank, size };
}

/**
 * Dense ranks of numeric keys (NaN empty, ranked last; -0 equals 0), by a radix sort of the
 * keys' bits (16 bits a pass, the keys carried along, passes where every key agrees skipped),
 * a slice of rows at a time.
 */
export function* numberRanks(keys: Float64Array): Generator<void, Ranks> {
  const n = keys.length;
  let lo = new Uint32Array(n);
  let hi = new Uint32Array(n);
  let ix = new Uint32Array(n);
  const scratch = new Float64Array(1);
  const bits = new Uint32Array(scratch.buffer);
  let m = 0;
  for (let from = 0; from < n; from += SLICE) {
    const to = Math.min(n, from + SLICE);
    for (let i = from; i < to; i++) {
      const v = keys[i]!;
      if (v !== v) continue;
      scratch[0] = v === 0 ? 0 : v;
      // IEEE 754 bits made to sort as unsigned integers: negatives flipped, positives above them.
      let l = bits[0]!;
      let h = bits[1]!;
      if (h & 0x80000000) {
        l = ~l >>> 0;
        h = ~h >>> 0;
      } else h = (h | 0x80000000) >>> 0;
      lo[m] = l;
      hi[m] = h;
      ix[m++] = i;
    }
    yield;
  }
  let lo2 = new Uint32Array(m);
  let hi2 = new Uint32Array(m);
  let ix2 = new Uint32Array(m);
  const counts = new Uint32Array(0x10001);
  for (let pass = 0; pass < 4; pass++) {
    const src = pass < 2 ? lo : hi;
    const shift = pass % 2 ? 16 : 0;
    counts.fill(0);
    for (let k = 0; k < m; k++) counts[((src[k]! >>> shift) & 0xffff) + 1]!++;
    if (m === 0 || counts[((src[0]! >>> shift) & 0xffff) + 1] === m) continue;
    for (let d = 1; d < counts.length; d++) counts[d]! += counts[d - 1]!;
    yield;
    for (let from = 0; from < m; from += SLICE) {
      const to = Math.min(m, from + SLICE);
      for (let k = from; k < to; k++) {
        const p = counts[(src[k]! >>> shift) & 0xffff]!++;
        lo2[p] = lo[k]!;
        hi2[p] = hi[k]!;
        ix2[p] = ix[k]!;
      }
      yield;
    }
    [lo, lo2, hi, hi2, ix, ix2] = [lo2, lo, hi2, hi, ix2, ix];
  }
  const rank = new Uint32Array(n);
  let r = -1;
  for (let k = 0; k < m; k++) {
    if (k === 0 || lo[k] !== lo[k - 1] || hi[k] !== hi[k - 1]) r++;
    rank[ix[k]!] = r;
  }
  const size = r + 1;
  if (m < n) for (let i = 0; i < n; i++) if (keys[i] !== keys[i]) rank[i] = size;
  return { rank, size };
}

/** Per code, 1 when the folded dictionary entry contains the term (the dictionary folded once). */
function dictHits(dict: readonly string[]): (term: string) => Uint8Array {
  let folded: string[] | null = null;
  return (term) => {
    folded ??= dict.map((d) => foldDiacritics(d));
    const hit = new Uint8Array(dict.length);
    folded.forEach((f, c) => (hit[c] = f.includes(term) ? 1 : 0));
    return hit;
  };
}

/** `matcher` and `codeHits` of a column held in a dictionary, its codes made when first needed. */
function dictSearch(dict: readonly string[], codes: () => Int32Array): Pick<ExplorerColumn, 'matcher' | 'codeHits' | 'codeEquals'> {
  const hits = dictHits(dict);
  return {
    matcher: (term) => {
      const hit = hits(term);
      const c = codes();
      return (i) => {
        const code = c[i]!;
        return code >= 0 && hit[code] === 1;
      };
    },
    codeHits: (term) => ({ codes: codes(), hit: hits(term) }),
    codeEquals: (values) => ({ codes: codes(), hit: Uint8Array.from(dict, (d) => (values.has(d) ? 1 : 0)) }),
  };
}

function cached<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

/** A column's ranks made once, either at once when asked for or ahead in slices (`warm`). */
function lazyRanks(make: () => Generator<void, Ranks>): Pick<ExplorerColumn, 'ranks' | 'warm'> {
  let value: Ranks | null = null;
  let job: Generator<void, Ranks> | null = null;
  const step = (): boolean => {
    job ??= make();
    const next = job.next();
    if (next.done) {
      value = next.value;
      job = null;
    }
    return value !== null;
  };
  return {
    ranks: () => {
      while (!value) step();
      return value;
    },
    warm: () => value !== null || step(),
  };
}

export function textColumnOf(id: string, col: TextColumn, n: number, header: (lang: Lang) => string, multiline: boolean): ExplorerColumn {
  const codeOf = (i: number) => col.codes[i] ?? -1;
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
    ...lazyRanks(() => codeRanks(col.codes, n, col.dict)),
    ...dictSearch(col.dict, () => col.codes),
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
    ...lazyRanks(() => numberRanks(col.values.subarray(0, n))),
    codeHits: () => null,
    codeEquals: () => null,
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
    ...lazyRanks(function* () {
      const keys = new Float64Array(n);
      for (let i = 0; i < n; i++) keys[i] = keyOf(i);
      return yield* numberRanks(keys);
    }),
    codeHits: () => null,
    codeEquals: () => null,
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
  const fileCodes = cached(() => {
    const codes = new Int32Array(table.length);
    for (let i = 0; i < table.length; i++) codes[i] = codeOf(i);
    return codes;
  });
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
    ...lazyRanks(() => codeRanks(fileCodes(), table.length, names)),
    ...dictSearch(names, fileCodes),
  };
}

function lineColumnOf(table: RecordTable): ExplorerColumn {
  return linesColumn(table.lines, table.length);
}

/** The line each row was read from, as a column (`lines[i]`, the header being line 1). */
export function linesColumn(lines: Uint32Array, length: number): ExplorerColumn {
  const table = { lines, length };
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
    ...lazyRanks(() => numberRanks(Float64Array.from(table.lines.subarray(0, table.length)))),
    matcher: () => null,
    codeHits: () => null,
    codeEquals: () => null,
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
