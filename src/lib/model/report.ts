/**
 * What the engine reports about one file (`IngestReport`) and the small helpers that make one:
 * an empty report, a refused one.
 */
import type { RecordTable } from './records.ts';
import type { Delimiter, EncodingName, Kind, Notice, NumberFormat, Problem } from './types.ts';

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

/** The cells of a row without the empty cells at its end. */
export function trimTrailingEmpty(cells: string[]): string[] {
  let n = cells.length;
  while (n > 0 && cells[n - 1]!.trim() === '') n--;
  return cells.slice(0, n);
}

/**
 * The report of a file refused before its text could be read: it is not text, could not be
 * decoded, or the app failed reading it. `problem` says why; null when the caller tells the
 * user another way (the dataset's own `error`), so that nothing is said twice.
 */
export function rejectedReport(options: IngestOptions, problem: Problem | null): IngestReport {
  return { ...emptyReport(options), rejected: true, problems: problem ? [problem] : [] };
}

/** A whole-file problem: no line, column or value; `params` for its message. */
export function fileProblem(code: Problem['code'], params?: Problem['params']): Problem {
  return { code, line: null, column: null, value: null, ...(params ? { params } : {}) };
}

/** The report of a file before anything is known of it (its name without any path). */
export function emptyReport(options: IngestOptions): IngestReport {
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
export function refuse(report: IngestReport, problem: Problem): IngestReport {
  return { ...report, rejected: true, table: null, excluded: [], problems: [problem] };
}
