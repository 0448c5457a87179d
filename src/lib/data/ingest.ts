/**
 * The ingestion engine's entry point: bytes of one CSV file in, a report out
 * (accepted records column by column, every problem, every notice).
 * Used by the app (through the ingest worker), the validator CLI and the tests.
 */
import { countLineBreaks, detectDelimiter, headRows, RowSplitter } from './csv.ts';
import { decodeBytes } from './decode.ts';
import { numberEvidence } from './numbers.ts';
import type { RecordTable } from './records.ts';
import { closestKind, kindSpec, matchHeader, recogniseKind, type HeaderMatch } from './schema.ts';
import type { Delimiter, EncodingName, Kind, Notice, NumberFormat, Problem } from './types.ts';
import { RowValidator } from './validate.ts';

/** A row that was excluded, as written in the file, so it can be downloaded and fixed. */
export interface ExcludedRow {
  line: number;
  cells: string[];
}

/** Everything the engine learned about one file. */
export interface IngestReport {
  /** The file's name as given (no path). */
  file: string;
  kind: Kind | null;
  encoding: EncodingName | null;
  delimiter: Delimiter | null;
  numberFormat: NumberFormat | null;
  /**
   * The number format was a guess the user should confirm: the file showed both ways of
   * writing numbers, or only `15.486`-style values in a comma-delimited file.
   */
  numberFormatUncertain: boolean;
  /** True when a whole-file error refused the file: `table` is then null. */
  rejected: boolean;
  /** Accepted rows; null when the file was rejected. */
  table: RecordTable | null;
  /** The header row as written in the file. */
  header: string[];
  /** Rows excluded by row errors, as written. */
  excluded: ExcludedRow[];
  problems: Problem[];
  notices: Notice[];
}

/** Options for one file. */
export interface IngestOptions {
  /** Shown in messages and in the report. */
  fileName: string;
  /** Force the kind instead of recognising it from the header. */
  kind?: Kind;
  /** Force how numbers are read instead of detecting it (the user chose in the preview). */
  numberFormat?: NumberFormat;
}

/** Progress of one import, reported between chunks. */
export interface IngestProgress {
  /** Characters of the decoded text read so far, and in all. */
  done: number;
  total: number;
  /** Data rows read so far. */
  rows: number;
}

/** Reads the bytes of one file: decode, then `ingestText`. */
export function ingestBytes(bytes: Uint8Array, options: IngestOptions, onProgress?: (p: IngestProgress) => void): IngestReport {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return refuse(emptyReport(options), decoded.problem);
  const report = ingestText(decoded.text, options, onProgress);
  report.encoding = decoded.encoding;
  report.notices.unshift(...decoded.notices);
  return report;
}

/** Reads decoded CSV text (DATA-FORMAT.md §2–3) into records, problems and notices. */
export function ingestText(raw: string, options: IngestOptions, onProgress?: (p: IngestProgress) => void): IngestReport {
  const ingest = new TextIngest(options, onProgress);
  ingest.push(raw);
  return ingest.finish();
}

/** Characters the delimiter and the header are found in (as `headRows` reads them). */
const HEAD_CHARS = 65536;

/**
 * Reads decoded CSV text that arrives in pieces (a large file decoded chunk by chunk), with the
 * same result as `ingestText` on the whole text: the first 64 K characters decide the delimiter
 * and the header, then rows are validated chunk by chunk and the text is let go.
 * Progress `total` is the characters received so far.
 */
export class TextIngest {
  private report: IngestReport;
  private head = '';
  private started = false;
  private received = 0;
  private splitter: RowSplitter | null = null;
  private refused: IngestReport | null = null;
  private validator: RowValidator | null = null;
  private rowIndex = 0;
  private dataRows = 0;
  private lastLine = 0;

  constructor(private readonly options: IngestOptions, private readonly onProgress?: (p: IngestProgress) => void) {
    this.report = emptyReport(options);
    this.report.encoding = 'utf-8';
  }

  /** True once the file is refused whatever follows (a missing column, an unknown header). */
  get rejected(): boolean {
    return this.refused !== null;
  }

  /** Data rows read so far. */
  get rows(): number {
    return this.dataRows;
  }

  /** Rows accepted so far. */
  get accepted(): number {
    return this.validator?.accepted ?? 0;
  }

  /** Makes room for about `rows` accepted rows (an estimate: a hint for speed, never a limit). */
  reserve(rows: number): void {
    this.validator?.reserve(rows);
  }

  /** Adds the next piece of text. */
  push(text: string): void {
    if (this.refused) return;
    if (!this.started && text) {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    this.received += text.length;
    if (this.splitter) return this.splitter.push(text);
    this.head += text;
    // A blank head is not enough: the file is empty only if all of it is blank.
    if (this.head.length >= HEAD_CHARS && /\S/.test(this.head)) this.start();
  }

  /** The report, once all the text is in. */
  finish(): IngestReport {
    if (!this.splitter && !this.refused) this.start();
    if (this.refused) return this.refused;
    const report = this.report;
    const split = this.splitter!.finish();
    if (split.unterminatedQuoteLine !== null) {
      return refuse(report, { ...fileProblem('file-unterminated-quote'), line: split.unterminatedQuoteLine });
    }
    const v = this.validator as RowValidator | null;
    if (!v) return refuse(report, fileProblem('file-header-only'));
    v.trimTrailingBlank(this.lastLine);
    const table = v.finish();
    const skippedOnly = table.length === 0 && v.excluded.length === 0;
    if (skippedOnly) return refuse(report, { ...fileProblem('file-header-only'), line: null });
    report.table = table;
    // One at a time: spreading a quarter of a million problems into push() overflows the stack.
    for (const p of v.problems) report.problems.push(p);
    for (const n of v.notices) report.notices.push(n);
    report.excluded = v.excluded;
    report.notices.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    return report;
  }

  /** Finds the delimiter and the header in the head of the text, then starts splitting rows. */
  private start(): void {
    const { report, options } = this;
    const text = this.head;
    this.head = '';
    if (text.trim() === '') {
      this.refused = refuse(report, fileProblem('file-empty'));
      return;
    }
    const delimiter = detectDelimiter(text);
    report.delimiter = delimiter;
    const found = findHeader(headRows(text, delimiter), options.kind);
    if ('problem' in found) {
      report.kind = found.kind;
      this.refused = refuse(report, found.problem);
      return;
    }
    const { index: headerIndex, match } = found;
    report.kind = match.kind;
    this.splitter = new RowSplitter(delimiter, ({ rows, lines, cursor }) => {
      let start = 0;
      if (!this.validator) {
        // The first chunk holds the header: note title rows, then decide how numbers are written.
        start = headerIndex + 1 - this.rowIndex;
        if (start > rows.length) {
          this.rowIndex += rows.length;
          return;
        }
        const headerRow = rows[start - 1]!;
        const headerLine = lines[start - 1]!;
        report.header = trimTrailingEmpty(headerRow);
        noteHeader(report, match, lines, start - 1, headerLine);
        const chosen = chooseNumberFormat(rows.slice(start), match, delimiter);
        const format = options.numberFormat ?? chosen.format;
        report.numberFormat = format;
        report.numberFormatUncertain = !options.numberFormat && chosen.uncertain;
        this.validator = new RowValidator({ spec: kindSpec(match.kind), match, header: report.header, format, delimiter });
      }
      for (let i = start; i < rows.length; i++) this.validator.row(rows[i]!, lines[i]!);
      this.rowIndex += rows.length;
      this.dataRows += rows.length - start;
      this.lastLine = lines[lines.length - 1] ?? this.lastLine;
      this.onProgress?.({ done: cursor, total: this.received, rows: this.dataRows });
    });
    this.splitter.push(text);
  }
}

/** Where the header is among the first rows, and which kind it belongs to. */
function findHeader(rows: string[][], kind: Kind | undefined):
  | { index: number; match: HeaderMatch }
  | { problem: Problem; kind: Kind | null } {
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    if (row.length < 2 && !kind) continue;
    const m = kind ? matchHeader(row, kindSpec(kind)) : recogniseKind(row);
    if (!m || m.missing.length) continue;
    if (m.duplicates.length) {
      const [field, a, b] = m.duplicates[0]!;
      return {
        kind: m.kind,
        problem: { code: 'file-duplicate-column', line: physicalLine(rows, i), column: `${row[a]!.trim()}, ${row[b]!.trim()}`, value: null, params: { field } },
      };
    }
    return { index: i, match: m };
  }
  // No header fits: explain with the row and kind that come closest.
  let best: { match: HeaderMatch; row: string[] } | null = null;
  for (const row of rows) {
    if (row.every((c) => c.trim() === '')) continue;
    const m = kind ? matchHeader(row, kindSpec(kind)) : closestKind(row);
    if (!best || m.fields.size > best.match.fields.size) best = { match: m, row };
  }
  // Only separators (;;;;) on every line: nothing was written at all.
  if (!best) return { kind: kind ?? null, problem: fileProblem('file-empty') };
  const found = best.row.map((c) => c.trim()).filter(Boolean).join(', ');
  // Nothing required is missing yet no kind was recognised (a bare "Đơn vị" column): say so plainly.
  if ((!kind && best.match.fields.size < 2) || best.match.missing.length === 0) {
    return { kind: kind ?? null, problem: { ...fileProblem('file-kind-unknown'), params: { found } } };
  }
  return {
    kind: best.match.kind,
    problem: { ...fileProblem('file-missing-column'), column: best.match.missing.join(', '), params: { missing: best.match.missing.join(', '), found, kind: best.match.kind } },
  };
}

/** The physical line row `i` starts on, counting line breaks inside the quoted cells above it. */
function physicalLine(rows: string[][], i: number): number {
  let line = 1 + i;
  for (const row of rows.slice(0, i)) for (const cell of row) line += countLineBreaks(cell);
  return line;
}

/** Notices about the rows above the header and the columns not read as fields. */
function noteHeader(report: IngestReport, match: HeaderMatch, lines: Uint32Array, headerAt: number, headerLine: number): void {
  if (headerAt > 0) {
    report.notices.push({ code: 'title-rows-skipped', line: lines[0]!, params: { from: lines[0]!, to: headerLine - 1, header: headerLine } });
  }
  if (match.ignored.length) {
    report.notices.push({ code: 'column-ignored', line: headerLine, params: { columns: match.ignored.map((i) => report.header[i]!.trim()).join(', ') } });
  }
  if (match.extras.size) {
    report.notices.push({ code: 'extra-columns-kept', line: headerLine, params: { columns: [...match.extras.values()].join(', ') } });
  }
}

/**
 * How the file writes numbers, from its first data rows: English only when some cell shows
 * it (1250.5, 1,250.5) and none shows Vietnamese; Vietnamese otherwise (DATA-FORMAT.md §2).
 */
function chooseNumberFormat(rows: string[][], match: HeaderMatch, delimiter: Delimiter): { format: NumberFormat; uncertain: boolean } {
  const spec = kindSpec(match.kind);
  const fields = spec.fields.filter((f) => f.type === 'number' && match.fields.has(f.name));
  const cols = fields.map((f) => ({ at: match.fields.get(f.name)!, count: f.number!.integer }));
  let vi = 0;
  let en = 0;
  let dotGroups = 0;
  for (const row of rows.slice(0, 5000)) {
    for (const c of cols) {
      const cell = row[c.at] ?? '';
      const e = numberEvidence(cell);
      if (e === 'vi') vi++;
      else if (e === 'en') en++;
      // 15.486 in a count is 15486 either way; in money it could be 15,486 million.
      else if (!c.count && /\d\.\d{3}(?!\d)/.test(cell)) dotGroups++;
    }
  }
  const format = en > 0 && vi === 0 ? 'en' : 'vi';
  const uncertain = (en > 0 && vi > 0) || (delimiter === ',' && vi === 0 && en === 0 && dotGroups > 0);
  return { format, uncertain };
}

function trimTrailingEmpty(cells: string[]): string[] {
  let n = cells.length;
  while (n > 0 && cells[n - 1]!.trim() === '') n--;
  return cells.slice(0, n);
}

/** The report of a file refused before its text could be read (it could not be decoded). */
export function rejectedReport(options: IngestOptions, problem: Problem): IngestReport {
  return refuse(emptyReport(options), problem);
}

function fileProblem(code: Problem['code']): Problem {
  return { code, line: null, column: null, value: null };
}

function emptyReport(options: IngestOptions): IngestReport {
  return {
    file: options.fileName.split(/[\\/]/).pop() ?? options.fileName,
    kind: options.kind ?? null,
    encoding: null,
    delimiter: null,
    numberFormat: null,
    numberFormatUncertain: false,
    rejected: false,
    table: null,
    header: [],
    excluded: [],
    problems: [],
    notices: [],
  };
}

/** Marks a report as refused by one whole-file problem: nothing of the file is kept. */
function refuse(report: IngestReport, problem: Problem): IngestReport {
  return { ...report, rejected: true, table: null, excluded: [], problems: [problem] };
}
