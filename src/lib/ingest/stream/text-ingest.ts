/**
 * The ingestion engine's entry point: bytes of one CSV file in, a report out
 * (accepted records column by column, every problem, every notice).
 * Used by the app (through the ingest worker), the validator CLI and the tests.
 */
import { detectDelimiter, headRows, RowSplitter, type Newline, type RowChunk } from '../parse/index.ts';
import { decodeBytes } from '../decode/index.ts';
import { chooseNumberFormat, findHeader, noteHeader } from './head.ts';
import {
  emptyReport, fileProblem, refuse, rejectedReport, trimTrailingEmpty, type ExcludedRow, type IngestOptions, type IngestProgress, type IngestReport, kindSpec, type HeaderMatch, type Delimiter, type NumberFormat
} from '../../model/index.ts';
import { RowValidator, type ValidatedPart } from '../validate/index.ts';


/** Reads the bytes of one file: decode, then `ingestText`. */
export function ingestBytes(bytes: Uint8Array, options: IngestOptions, onProgress?: (p: IngestProgress) => void): IngestReport {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return rejectedReport(options, decoded.problem);
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

/**
 * What the head of a file decided for all of it, so that a later part of the file (starting
 * at a line break) can be read on its own exactly as the whole file would read it.
 */
export interface PartPlan {
  fileName: string;
  header: string[];
  match: HeaderMatch;
  format: NumberFormat;
  delimiter: Delimiter;
  newline: Newline;
}

/** A later part of a file read on its own (`TextIngest.forPart`), lines counted from 1 at its start. */
export interface TextPart {
  validated: ValidatedPart;
  /** Line breaks in the part: the lines it spans, when it ends with one. */
  lines: number;
  /** The line the part's last row started on (0 if none). */
  lastLine: number;
  /** Data rows read. */
  rows: number;
  /** True when the part ended between rows; false when its last line break was inside a quoted cell. */
  endsBetweenRows: boolean;
  unterminatedQuoteLine: number | null;
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
  private match: HeaderMatch | null = null;
  private rowIndex = 0;
  private dataRows = 0;
  private lastLine = 0;
  /** The file's last part was read on its own and appended (`absorb`): the text ended there. */
  private absorbedLast = false;
  private partQuoteLine: number | null = null;
  /** Called once the head has decided how the rest of the file is read (see `plan`). */
  onPlan: ((plan: PartPlan) => void) | null = null;

  constructor(private readonly options: IngestOptions, private readonly onProgress?: (p: IngestProgress) => void) {
    this.report = emptyReport(options);
    this.report.encoding = 'utf-8';
  }

  /** Reads a later part of a file, which starts at a line break, by the plan its head gave. */
  static forPart(plan: PartPlan): TextIngest {
    const ingest = new TextIngest({ fileName: plan.fileName });
    ingest.started = true;
    ingest.validator = new RowValidator({ spec: kindSpec(plan.match.kind), match: plan.match, header: plan.header, format: plan.format, delimiter: plan.delimiter, part: true });
    ingest.splitter = new RowSplitter(plan.delimiter, (chunk) => ingest.validateRows(chunk, 0), undefined, plan.newline);
    return ingest;
  }

  /**
   * What the rest of the file can be read by, in parts, once the head has decided it; null
   * before, if refused, or if the head already holds cells written on several lines: a cut at a
   * line break would then often fall inside a cell, and the parts would be read for nothing.
   */
  get plan(): PartPlan | null {
    const newline = this.splitter?.newline;
    if (!this.validator || this.refused || !newline || this.splitter!.breaksInCells) return null;
    const { header, numberFormat } = this.report;
    return { fileName: this.options.fileName, header, match: this.match!, format: numberFormat!, delimiter: this.report.delimiter!, newline };
  }

  /** Parses all the text so far (which ends with a line break): true when it ended between rows. */
  endsBetweenRows(): boolean {
    return this.splitter?.endsBetweenRows() ?? false;
  }

  /** The part read by `forPart`, once all its text is in; `last` when it is the end of the file. */
  partResult(last: boolean): TextPart {
    const splitter = this.splitter!;
    let endsBetweenRows = false;
    let unterminatedQuoteLine: number | null = null;
    // Blank lines at the very end are dropped once the part is appended (`finish`).
    if (last) unterminatedQuoteLine = splitter.finish().unterminatedQuoteLine;
    else endsBetweenRows = splitter.endsBetweenRows();
    return {
      validated: this.validator!.partResult(),
      lines: splitter.nextLine - 1,
      lastLine: this.lastLine,
      rows: this.dataRows,
      endsBetweenRows,
      unterminatedQuoteLine,
    };
  }

  /**
   * Appends a later part of the file, read on its own, as if its text had been pushed here.
   * The text so far must end between rows (`endsBetweenRows`), where the part starts.
   * Returns the lines before the part.
   */
  absorb(part: TextPart, last: boolean): number {
    const splitter = this.splitter!;
    const offset = splitter.nextLine - 1;
    this.validator!.absorb(part.validated, offset);
    splitter.skipLines(part.lines);
    this.dataRows += part.rows;
    if (part.lastLine) this.lastLine = offset + part.lastLine;
    if (part.unterminatedQuoteLine !== null) this.partQuoteLine ??= offset + part.unterminatedQuoteLine;
    this.absorbedLast = last;
    return offset;
  }

  /** Excluded rows of appended parts whose cells were rebuilt from their values: to be read again from the file. */
  get rebuilt(): ExcludedRow[] {
    return this.validator?.rebuilt ?? [];
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
    const quoteLine = this.absorbedLast ? this.partQuoteLine : this.splitter!.finish().unterminatedQuoteLine;
    if (quoteLine !== null) return refuse(report, { ...fileProblem('file-unterminated-quote'), line: quoteLine });
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
    this.match = match;
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
        const plan = this.plan;
        if (plan) this.onPlan?.(plan);
      }
      this.rowIndex += rows.length;
      this.validateRows({ rows, lines, cursor }, start);
    });
    this.splitter.push(text);
  }

  /** Validates the data rows of a chunk, from row `start` (the header's chunk starts after it). */
  private validateRows({ rows, lines, cursor }: RowChunk, start: number): void {
    for (let i = start; i < rows.length; i++) this.validator!.row(rows[i]!, lines[i]!);
    this.dataRows += rows.length - start;
    this.lastLine = lines[lines.length - 1] ?? this.lastLine;
    this.onProgress?.({ done: cursor, total: this.received, rows: this.dataRows });
  }
}
