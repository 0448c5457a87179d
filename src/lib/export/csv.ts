/**
 * CSV written by the app (docs/data-format.md §7): UTF-8 with BOM, comma-separated, RFC 4180
 * quoting, CRLF, formula injection neutralised. Tables are written the way the ingestion
 * engine reads them back, and excluded rows with their problems so users can fix and re-import.
 */
import {
  type IngestReport,
  foldKey,
  yearValue,
  QUALIFIER_CODES,
  type Column,
  type RecordTable,
  type Delimiter,
  kindSpec,
  recogniseKind,
  type FieldSpec,
  viHeader,
} from '../model/index.ts';
import { problemMessage } from '../i18n/index.ts';
import { qualifiedText } from './number-text.ts';

/** A number the app itself wrote as text (`hơn 1.250,5`): quoted when needed, never prefixed. */
export interface NumberText {
  readonly numberText: string;
}

/** One cell: text (neutralised if it could start a formula), a JS number (never altered), empty. */
export type CsvCell = string | number | null | NumberText;

// Excel, LibreOffice and Google Sheets start a formula (or DDE call) on these first characters.
const FORMULA_START = /^[=+\-@\t\r\n]/;
const NEEDS_QUOTES = /[,;"\r\n]/;
// A negative number as a user typed it ("-3", "-1.250,5"): no formula, and "'-3" would not read back.
const NEGATIVE_NUMBER = /^-\d[\d.,]*$/;

const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;

function field(cell: CsvCell, delimiter: Delimiter = ','): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isNaN(cell) ? '' : String(cell);
  const text = typeof cell === 'string' ? cell : cell.numberText;
  // The apostrophe makes spreadsheets show the cell as text; the quotes keep it one field.
  if (typeof cell === 'string' && FORMULA_START.test(text)) return quote(`'${text}`);
  return NEEDS_QUOTES.test(text) || (delimiter === '\t' && text.includes('\t')) ? quote(text) : text;
}

/** How `toCsv` writes: the delimiter (`,` by default; `;` for Excel set to Vietnamese; Tab for the clipboard), and the BOM. */
export interface CsvOptions {
  delimiter?: Delimiter;
  /** The UTF-8 byte order mark Excel needs to read the letters (a file: yes; the clipboard: no). */
  bom?: boolean;
}

/**
 * A CSV file's text: BOM, header, rows, each record ended by CRLF.
 * @example toCsv(['Xã', 'Năm'], [['Bộc Bố', 2018]]) === '\uFEFFXã,Năm\r\nBộc Bố,2018\r\n'
 * @example toCsv(['Xã'], [['a;b']], { delimiter: ';' }) === '\uFEFFXã\r\n"a;b"\r\n'
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[], options: CsvOptions = {}): string {
  const { delimiter = ',', bom = true } = options;
  const out: string[] = bom ? ['\uFEFF'] : [];
  const line = (cells: readonly CsvCell[]) => cells.map((c) => field(c, delimiter)).join(delimiter);
  out.push(line(header), '\r\n');
  for (const row of rows) out.push(line(row), '\r\n');
  return out.join('');
}

/** CSV text as a Blob to download. */
export function csvBlob(text: string): Blob {
  return new Blob([text], { type: 'text/csv;charset=utf-8' });
}

/** How `tableToCsv` names columns. */
export interface TableCsvOptions {
  /** `canonical` writes `money_million_vnd`; `vi` writes "Số tiền (triệu đồng)". */
  headers: 'canonical' | 'vi';
}

/**
 * A table as CSV that `ingestText` reads back as the same records: schema columns (optional
 * ones only when some row has a value), then extra columns; numbers and qualifiers in words.
 * @example tableToCsv(report.table, { headers: 'vi' })
 */
export function tableToCsv(table: RecordTable, options: TableCsvOptions = { headers: 'canonical' }): string {
  const extraNames = Object.keys(table.extras);
  const headerOf = (fields: readonly FieldSpec[]) => [
    ...fields.map((f) => (options.headers === 'vi' ? viHeader(f) : f.name)),
    ...extraNames,
  ];
  const fields = fieldsToWrite(table, headerOf);
  const header = headerOf(fields);
  const writers = [
    ...fields.map((f) => cellWriter(f, table.columns[f.name]!)),
    ...extraNames.map((name) => cellWriter(null, table.extras[name]!)),
  ];
  const rows: CsvCell[][] = new Array(table.length);
  for (let i = 0; i < table.length; i++) rows[i] = writers.map((w) => w(i));
  return toCsv(header, rows);
}

/**
 * The schema columns to write: required ones, and optional ones some row fills (a table holds
 * every column of its kind, and nobody wants 19 empty criterion flags). Leaving a column out
 * must not change what the file is read as: a contributions file needs its money or workdays
 * column, a list of units a column beyond the name, so empty ones are put back until it is.
 */
function fieldsToWrite(table: RecordTable, headerOf: (fields: readonly FieldSpec[]) => string[]): FieldSpec[] {
  const spec = kindSpec(table.kind);
  const present = spec.fields.filter((f) => table.columns[f.name]);
  const chosen = new Set(present.filter((f) => f.required || hasValue(table.columns[f.name]!, table.length)));
  const spare = present.filter((f) => !chosen.has(f) && f.type !== 'flag');
  const inOrder = () => present.filter((f) => chosen.has(f));
  // A kind the user forced on a header that fits another stays forced: stop when nothing is left.
  while (spare.length && recogniseKind(headerOf(inOrder()))?.kind !== table.kind) chosen.add(spare.shift()!);
  return inOrder();
}

function hasValue(col: Column, length: number): boolean {
  if (col.type === 'year') return length > 0;
  if (col.type === 'text') return col.codes.some((c) => c >= 0);
  return col.values.some((v) => !Number.isNaN(v));
}

function cellWriter(f: FieldSpec | null, col: Column): (i: number) => CsvCell {
  if (col.type === 'text')
    return (i) => {
      const code = col.codes[i] ?? -1;
      return code >= 0 ? col.dict[code]! : null;
    };
  if (col.type === 'year') return (i) => yearValue(col, i);
  // Flags (tc01…) are 1/0; measured values carry their qualifier in words.
  if (f?.type === 'flag') return (i) => (Number.isNaN(col.values[i]!) ? null : col.values[i]!);
  return (i) => {
    const q = QUALIFIER_CODES[col.qualifiers[i] ?? 0] ?? null;
    const text = qualifiedText(col.values[i] ?? NaN, q);
    return text === '' ? null : { numberText: text };
  };
}

/** The header of the problems column in the excluded-rows download. */
export const PROBLEMS_HEADER = 'Lỗi';

/**
 * The rows a file lost, as written, with a last column "Lỗi" naming each row's problems:
 * users fix them in Excel and import the file again (the reader ignores "Lỗi").
 */
export function excludedToCsv(report: IngestReport): string {
  // A file that is itself such a download has a "Lỗi" column already: its messages are stale.
  const stale = new Set<number>();
  for (let i = 0; i < report.header.length; i++) if (foldKey(report.header[i]!) === foldKey(PROBLEMS_HEADER)) stale.add(i);
  const keep = <T>(cells: readonly T[]) => (stale.size ? cells.filter((_, i) => !stale.has(i)) : [...cells]);
  const header = keep(report.header);
  const width = header.length;
  const messages = new Map<number, string[]>();
  for (const p of report.problems) {
    if (p.line === null) continue;
    const text = (p.column ? `${p.column}: ` : '') + problemMessage(p, 'vi');
    const list = messages.get(p.line);
    if (list) list.push(text);
    else messages.set(p.line, [text]);
  }
  const rows = report.excluded.map(({ line, cells }) => {
    // Short rows are padded so "Lỗi" stays under its header; long rows keep every cell.
    const written: CsvCell[] = keep(cells).map((c) => (NEGATIVE_NUMBER.test(c) ? { numberText: c } : c));
    while (written.length < width) written.push('');
    written.push((messages.get(line) ?? []).join(' | '));
    return written;
  });
  return toCsv([...header, PROBLEMS_HEADER], rows);
}
