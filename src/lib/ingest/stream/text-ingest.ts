/**
 * The ingestion engine's entry point: bytes of one CSV file in, a report out
 * (accepted records column by column, every problem, every notice).
 * Used by the app (through the ingest worker), the validator CLI and the tests.
 */
import { detectDelimiter, headRows, RowSplitter, type Newline, type OpenQuote, type RowChunk } from '../parse/index.ts';
import { decodeBytes } from '../decode/index.ts';
import { chooseNumberFormat, findHeader, noteHeader } from './head.ts';
import {
  emptyReport,
  fileProblem,
  refuse,
  rejectedReport,
  trimTrailingEmpty,
  type ExcludedRow,
  type IngestOptions,
  type IngestProgress,
  type IngestReport,
  kindSpec,
  type HeaderMatch,
  type Delimiter,
  type NumberFormat,
  type Problem,
} from '../../model/index.ts';
import { columnLetter, RowValidator, type ValidatedPart } from '../validate/index.ts';

/** Reads the bytes of one file: decode, then `ingestText`. */
export function ingestBytes(bytes: Uint8Array, options: IngestOptions, onProgress?: (p: IngestProgress) => void): IngestReport {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return rejectedReport(options, decoded.problem);
  const report = ingestText(decoded.text, options, onProgress);
  report.encoding = decoded.encoding;
  report.notices.unshift(...decoded.notices);
  return report;
}

/** Reads decoded CSV text (docs/data-format.md §3–5) into records, problems and notices. */
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
  /** A quote the part's last cell opened and never closed (only in the file's last part). */
  unterminatedQuote: OpenQuote | null;
}

/** Characters the delimiter and the header are found in (as `headRows` reads them). */
const HEAD_CHARS = 65536;

/** What the head of a file decided for the rows below its header (a part's come from its plan). */
type HeadDecision = Pick<PartPlan, 'header' | 'match' | 'format' | 'delimiter'>;

/** The text so far, until there is enough of it to decide the delimiter and the header. */
interface HeadPhase {
  phase: 'head';
  text: string;
  /** Some text has come: a U+FEFF at the very start is a byte order mark, later it is data. */
  started: boolean;
}

/** The delimiter and the header are known; rows are being split, the header's row not reached yet. */
interface HeaderPhase {
  phase: 'header';
  splitter: RowSplitter;
  match: HeaderMatch;
  delimiter: Delimiter;
  /** The header's row among the rows of the file, and how many rows were split so far. */
  headerIndex: number;
  rowsSplit: number;
}

/** The header is read: each row is validated as it is split. */
interface BodyPhase {
  phase: 'body';
  splitter: RowSplitter;
  validator: RowValidator;
  decision: HeadDecision;
  /** The line the header starts on; 0 in a later part of a file, read on its own below the file's header. */
  headerLine: number;
}

/** The file is refused, whatever follows (a missing column, an unknown header, nothing written). */
interface RefusedPhase {
  phase: 'refused';
  report: IngestReport;
}

/** Where a `TextIngest` is: each phase holds what exists in it, and only that. */
type Phase = HeadPhase | HeaderPhase | BodyPhase | RefusedPhase;

/**
 * Reads decoded CSV text that arrives in pieces (a large file decoded chunk by chunk), with the
 * same result as `ingestText` on the whole text: the first 64 K characters decide the delimiter
 * and the header, then rows are validated chunk by chunk and the text is let go.
 * Progress `total` is the characters received so far.
 */
export class TextIngest {
  private readonly report: IngestReport;
  private state: Phase = { phase: 'head', text: '', started: false };
  private received = 0;
  private dataRows = 0;
  private lastLine = 0;
  /** The file's last part was read on its own and appended (`absorb`): the text ended there. */
  private absorbedLast = false;
  /** A quote never closed in the file's last part, read on its own and appended, lines counted in the file. */
  private partQuote: OpenQuote | null = null;
  /** Called once the head has decided how the rest of the file is read (see `plan`). */
  onPlan: ((plan: PartPlan) => void) | null = null;

  constructor(
    private readonly options: IngestOptions,
    private readonly onProgress?: (p: IngestProgress) => void,
  ) {
    this.report = emptyReport(options);
    this.report.encoding = 'utf-8';
  }

  /** Reads a later part of a file, which starts at a line break, by the plan its head gave. */
  static forPart(plan: PartPlan): TextIngest {
    const ingest = new TextIngest({ fileName: plan.fileName });
    const { header, match, format, delimiter } = plan;
    const validator = new RowValidator({ spec: kindSpec(match.kind), match, header, format, delimiter, part: true });
    const splitter = new RowSplitter(delimiter, (chunk) => ingest.validateRows(validator, chunk, 0), undefined, plan.newline);
    ingest.state = { phase: 'body', splitter, validator, decision: { header, match, format, delimiter }, headerLine: 0 };
    return ingest;
  }

  /**
   * What the rest of the file can be read by, in parts, once the head has decided it; null
   * before, if refused, or if the head already holds cells written on several lines: a cut at a
   * line break would then often fall inside a cell, and the parts would be read for nothing.
   */
  get plan(): PartPlan | null {
    const s = this.state;
    if (s.phase !== 'body' || s.splitter.breaksInCells) return null;
    const newline = s.splitter.newline;
    return newline ? { fileName: this.options.fileName, ...s.decision, newline } : null;
  }

  /** Parses all the text so far (which ends with a line break): true when it ended between rows. */
  endsBetweenRows(): boolean {
    const s = this.state;
    return s.phase === 'header' || s.phase === 'body' ? s.splitter.endsBetweenRows() : false;
  }

  /** The part read by `forPart`, once all its text is in; `last` when it is the end of the file. */
  partResult(last: boolean): TextPart {
    const { splitter, validator } = this.body();
    let endsBetweenRows = false;
    let unterminatedQuote: OpenQuote | null = null;
    // Blank lines at the very end are dropped once the part is appended (`finish`).
    if (last) unterminatedQuote = splitter.finish().unterminatedQuote;
    else endsBetweenRows = splitter.endsBetweenRows();
    return {
      validated: validator.partResult(),
      lines: splitter.nextLine - 1,
      lastLine: this.lastLine,
      rows: this.dataRows,
      endsBetweenRows,
      unterminatedQuote,
    };
  }

  /**
   * Appends a later part of the file, read on its own, as if its text had been pushed here.
   * The text so far must end between rows (`endsBetweenRows`), where the part starts.
   * Returns the lines before the part.
   */
  absorb(part: TextPart, last: boolean): number {
    const { splitter, validator } = this.body();
    const offset = splitter.nextLine - 1;
    validator.absorb(part.validated, offset);
    splitter.skipLines(part.lines);
    this.dataRows += part.rows;
    if (part.lastLine) this.lastLine = offset + part.lastLine;
    const quote = part.unterminatedQuote;
    if (quote) this.partQuote ??= { ...quote, line: offset + quote.line, rowLine: offset + quote.rowLine };
    this.absorbedLast = last;
    return offset;
  }

  /** Excluded rows of appended parts whose cells were rebuilt from their values: to be read again from the file. */
  get rebuilt(): ExcludedRow[] {
    return this.state.phase === 'body' ? this.state.validator.rebuilt : [];
  }

  /** True once the file is refused whatever follows (a missing column, an unknown header). */
  get rejected(): boolean {
    return this.state.phase === 'refused';
  }

  /** Data rows read so far. */
  get rows(): number {
    return this.dataRows;
  }

  /** Rows accepted so far. */
  get accepted(): number {
    return this.state.phase === 'body' ? this.state.validator.accepted : 0;
  }

  /** Makes room for about `rows` accepted rows (an estimate: a hint for speed, never a limit). */
  reserve(rows: number): void {
    if (this.state.phase === 'body') this.state.validator.reserve(rows);
  }

  /** Adds the next piece of text. */
  push(text: string): void {
    const s = this.state;
    if (s.phase === 'refused') return;
    if (s.phase === 'head' && !s.started && text) {
      s.started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    this.received += text.length;
    if (s.phase !== 'head') return s.splitter.push(text);
    s.text += text;
    // A blank head is not enough: the file is empty only if all of it is blank.
    if (s.text.length >= HEAD_CHARS && /\S/.test(s.text)) this.start(s.text);
  }

  /** The report, once all the text is in. */
  finish(): IngestReport {
    let s: Phase = this.state;
    if (s.phase === 'head') {
      this.start(s.text);
      s = this.state;
    }
    if (s.phase === 'refused') return s.report;
    if (s.phase === 'head') throw new Error('TextIngest: the head was not read');
    const report = this.report;
    const quote = this.absorbedLast ? this.partQuote : s.splitter.finish().unterminatedQuote;
    // The last rows split may have held the header.
    s = this.state;
    if (quote) return refuse(report, openQuoteProblem(quote, s.phase === 'body' ? s : null));
    if (s.phase !== 'body') return refuse(report, fileProblem('file-header-only'));
    const v = s.validator;
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

  /** The phase in which rows are validated (reading a part, or appending one, needs it). */
  private body(): BodyPhase {
    if (this.state.phase !== 'body') throw new Error(`TextIngest: no rows are read yet (${this.state.phase})`);
    return this.state;
  }

  /** Refuses the file by one whole-file problem. */
  private refuseWith(problem: Problem): void {
    this.state = { phase: 'refused', report: refuse(this.report, problem) };
  }

  /** Finds the delimiter and the header in the head of the text, then starts splitting rows. */
  private start(text: string): void {
    const { report, options } = this;
    if (text.trim() === '') return this.refuseWith(fileProblem('file-empty'));
    const delimiter = detectDelimiter(text);
    report.delimiter = delimiter;
    const found = findHeader(headRows(text, delimiter), options.kind);
    if ('problem' in found) {
      report.kind = found.kind;
      return this.refuseWith(found.problem);
    }
    const { index: headerIndex, match } = found;
    report.kind = match.kind;
    const splitter = new RowSplitter(delimiter, (chunk) => this.split(chunk));
    this.state = { phase: 'header', splitter, match, delimiter, headerIndex, rowsSplit: 0 };
    splitter.push(text);
  }

  /** A chunk of the file's rows: those down to the header are looked at for it, those below it validated. */
  private split(chunk: RowChunk): void {
    const s = this.state;
    if (s.phase === 'body') return this.validateRows(s.validator, chunk, 0);
    if (s.phase !== 'header') return;
    const { rows, lines } = chunk;
    // The chunk that holds the header: note title rows, then decide how numbers are written.
    const start = s.headerIndex + 1 - s.rowsSplit;
    if (start > rows.length) {
      s.rowsSplit += rows.length;
      return;
    }
    const { report, options } = this;
    const { match, delimiter } = s;
    const headerLine = lines[start - 1]!;
    const header = trimTrailingEmpty(rows[start - 1]!);
    report.header = header;
    noteHeader(report, match, lines, start - 1, headerLine);
    const chosen = chooseNumberFormat(rows.slice(start), match, delimiter);
    const format = options.numberFormat ?? chosen.format;
    report.numberFormat = format;
    report.numberFormatUncertain = !options.numberFormat && chosen.uncertain;
    const validator = new RowValidator({ spec: kindSpec(match.kind), match, header, format, delimiter });
    this.state = { phase: 'body', splitter: s.splitter, validator, decision: { header, match, format, delimiter }, headerLine };
    const plan = this.plan;
    if (plan) this.onPlan?.(plan);
    this.validateRows(validator, chunk, start);
  }

  /** Validates the data rows of a chunk, from row `start` (the header's chunk starts after it). */
  private validateRows(validator: RowValidator, { rows, lines, cursor }: RowChunk, start: number): void {
    for (let i = start; i < rows.length; i++) validator.row(rows[i]!, lines[i]!);
    this.dataRows += rows.length - start;
    this.lastLine = lines[lines.length - 1] ?? this.lastLine;
    this.onProgress?.({ done: cursor, total: this.received, rows: this.dataRows });
  }
}

/**
 * The refusal of a file whose quote is never closed: the line of the quote, and its column by
 * its name in the header, or by its letter (A, B, …) when the header itself holds the quote or
 * names no column there.
 */
function openQuoteProblem(quote: OpenQuote, body: Pick<BodyPhase, 'decision' | 'headerLine'> | null): Problem {
  const belowHeader = body !== null && quote.rowLine > body.headerLine;
  const name = belowHeader ? (body.decision.header[quote.field] ?? '').trim() : '';
  const column = name || columnLetter(quote.field);
  return { code: 'file-unterminated-quote', line: quote.line, column, value: null, params: name ? { column } : { position: column } };
}
