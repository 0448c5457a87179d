/**
 * The shapes that flow through ingestion: bytes → decode → parse → validate → records.
 * Everything here is plain data (structured-clone safe), so it can cross the worker boundary.
 */

/** The seven kinds of table a CSV file can hold (docs/data-format.md §1). */
export type Kind = 'criteria' | 'pledges' | 'contributions' | 'awards' | 'targets' | 'indicators' | 'units';

/**
 * A qualifier written beside a number: "hơn 57" is `gt`, "khoảng 20" is `approx`. "gần 1.000"
 * (nearly) is kept as `nearly` so the app can say "gần" again; the validator's JSON writes it as
 * `approx`, as docs/data-format.md §3.3 lists.
 */
export type Qualifier = 'gt' | 'gte' | 'lt' | 'lte' | 'approx' | 'nearly';

/**
 * Encodings the decoder can report. `tcvn3` and `vni` are legacy Vietnamese font encodings;
 * `windows-1252` is a CSV saved on a Western Windows, whose lost letters are a `data-loss` notice.
 */
export type EncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1258' | 'windows-1252' | 'tcvn3' | 'vni';

/** How numbers in the file are written: `vi` is 1.250,5 and `en` is 1,250.5. */
export type NumberFormat = 'vi' | 'en';

/** The delimiters a file may use. */
export type Delimiter = ',' | ';' | '\t';

/**
 * Why a file or a row was refused. Messages are never stored here: `i18n/` renders them
 * from the code and params, in the user's language.
 */
export type ProblemCode =
  // whole-file errors
  | 'file-empty'
  | 'file-header-only'
  | 'file-not-text'
  | 'file-excel'
  | 'file-missing-column'
  | 'file-duplicate-column'
  | 'file-unterminated-quote'
  | 'file-undecodable'
  | 'file-kind-unknown'
  /** The app could not finish reading the file (its worker failed: out of memory, a browser error). Not a fault of the file. */
  | 'file-read-failed'
  // row errors
  | 'row-field-count'
  | 'row-empty-required'
  | 'row-one-of-required'
  | 'row-not-number'
  | 'row-fraction-in-count'
  | 'row-negative'
  | 'row-met-over-total'
  | 'row-year-range'
  | 'row-year-invalid'
  | 'row-total-not-positive'
  | 'row-value-not-allowed'
  | 'row-duplicate-key';

/** What the reader did on the user's behalf and wants them to know. */
export type NoticeCode =
  | 'title-rows-skipped'
  | 'blank-rows-skipped'
  | 'total-row-skipped'
  | 'converted-legacy'
  | 'data-loss'
  | 'number-format-chosen'
  | 'column-ignored'
  | 'extra-columns-kept'
  | 'column-unnamed-ignored'
  /** Text whose diacritics were written apart from their letters (NFD, "Unicode tổ hợp") was joined (NFC). */
  | 'nfc-normalised';

/** Values substituted into a message template. */
export type Params = Record<string, string | number>;

/** One problem: a whole-file error (line may be null) or a row error. */
export interface Problem {
  code: ProblemCode;
  /** Physical line in the file, header included, 1-based; null for a whole-file error with no line. */
  line: number | null;
  /** Every line concerned, for a duplicate key. */
  lines?: number[];
  /** The column as written in the file's header ("a, b" when several); null when none. */
  column: string | null;
  /** The cell as written; null when none. */
  value: string | null;
  params?: Params;
}

/** One notice. */
export interface Notice {
  code: NoticeCode;
  line: number | null;
  params?: Params;
}
