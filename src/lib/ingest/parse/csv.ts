/**
 * CSV text → rows of cells, with PapaParse doing the quoting rules and the engine choosing
 * the delimiter (a decimal comma must not fool it). Never PapaParse's dynamicTyping.
 */
import Papa from 'papaparse';
import { closestKind, recogniseKind, type Delimiter } from '../../model/index.ts';

export const DELIMITERS: readonly Delimiter[] = [',', ';', '\t'];

/** How many rows from the top are looked at to find the delimiter and the header. */
export const HEAD_ROWS = 60;

/** The first rows of `text` split with `delimiter` (for detection only). */
export function headRows(text: string, delimiter: Delimiter, rows = HEAD_ROWS): string[][] {
  // Only the first ~64 KB: detection must not cost a pass over a 90 MB file.
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  const parsed = Papa.parse<string[]>(sample, { delimiter, preview: rows, skipEmptyLines: false });
  return parsed.data;
}

/**
 * Chooses the delimiter: the one under which some row of the head reads as a known header,
 * matching the most columns; failing that, the one that splits the rows most consistently.
 * A decimal comma in a `;` file splits values, never the header, so it cannot win.
 */
export function detectDelimiter(text: string): Delimiter {
  let best: { d: Delimiter; score: number } = { d: ',', score: -1 };
  for (const d of DELIMITERS) {
    const rows = headRows(text, d);
    let score = 0;
    let known = 0;
    for (const row of rows) {
      if (row.length < 2) continue;
      const m = recogniseKind(row);
      if (m) {
        score = 1000 + m.fields.size;
        break;
      }
      known = Math.max(known, closestKind(row).fields.size);
    }
    // No header fits: known column names still tell the delimiter (a missing column must be
    // named from a header split right); how evenly rows split only breaks ties.
    if (score === 0) score = known * 100 + Math.min(consistency(rows), 99);
    if (score > best.score) best = { d, score };
  }
  return best.d;
}

/** How many rows share the most common field count (above 1). */
function consistency(rows: string[][]): number {
  const counts = new Map<number, number>();
  for (const r of rows) if (r.length > 1) counts.set(r.length, (counts.get(r.length) ?? 0) + 1);
  return Math.max(0, ...counts.values());
}

const LINE_BREAK = /\r\n|\r|\n/g;

/** How many line breaks a string holds (CRLF counts once). */
export function countLineBreaks(s: string): number {
  if (s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return 0;
  return s.match(LINE_BREAK)?.length ?? 0;
}

/** The 1-based line on which character `index` of `text` stands. */
export function lineAt(text: string, index: number): number {
  return 1 + countLineBreaks(text.slice(0, index));
}

/** One chunk of rows, with the physical line each row starts on. */
export interface RowChunk {
  rows: string[][];
  /** The physical line each row starts on. */
  lines: Uint32Array;
  /** Characters of the text consumed so far (for progress). */
  cursor: number;
}

/** A quote opened and never closed: the rest of the text is one cell. */
export interface OpenQuote {
  /** The line the quote stands on. */
  line: number;
  /** The line its row starts on (earlier when a cell before the quote spans lines). */
  rowLine: number;
  /** The cell the quote opens: its index in the row, from 0. */
  field: number;
}

/** The outcome of splitting a whole text into rows. */
export interface SplitResult {
  /** Set when a quote was opened and never closed. */
  unterminatedQuote: OpenQuote | null;
}

/** A line ending, as PapaParse splits rows by it. */
export type Newline = '\r\n' | '\r' | '\n';

/** PapaParse's chunk-level parser, which its streamers drive (not in its type definitions). */
export interface PapaHandle {
  parse(input: string, baseIndex: number, ignoreLastRow: boolean): Papa.ParseResult<string[]>;
  guessLineEndings(input: string, quoteChar: string): '\r\n' | '\r' | '\n';
}
type PapaHandleClass = new (config: Papa.ParseConfig<string[]>) => PapaHandle;

/** PapaParse guesses line endings from the first megabyte of text (as in its `ParserHandle`). */
const NEWLINE_SAMPLE = 1024 * 1024;

/** Characters parsed at a time: 64 KB of two-byte text, under V8's large-object threshold. */
const CHUNK_CHARS = 1 << 15;

/**
 * Splits text into rows as it arrives, chunk by chunk, the way `Papa.parse` streams a string:
 * each chunk is parsed with the unfinished last row carried into the next, and line endings
 * are guessed once from the first megabyte. Where the pieces of text are cut does not matter:
 * chunks are always cut at the same offsets, so the rows are those of the whole text.
 * `onChunk` is called synchronously for each chunk, in order.
 */
export class RowSplitter {
  /** Text received and not yet parsed, as it came (joining pieces would copy megabytes each time). */
  private pieces: string[] = [];
  private queued = 0;
  private partialLine = '';
  private baseIndex = 0;
  private handle: PapaHandle | null = null;
  private line = 1;
  private unterminatedQuote: OpenQuote | null = null;
  private started = false;
  private chosenNewline: Newline = '\n';
  /** True once a cell has held a line break (a quoted cell written on several lines). */
  breaksInCells = false;

  constructor(
    private readonly delimiter: Delimiter,
    private readonly onChunk: (chunk: RowChunk) => void,
    /**
     * Characters per chunk. Small chunks keep few rows alive at once (much less garbage-collector
     * work) and stay below V8's large-object size, so their strings are cheap to make.
     */
    private readonly chunkSize = CHUNK_CHARS,
    /**
     * The line ending, when already known: the text is then a later part of a file whose head
     * decided it, so a U+FEFF at its start is data, not a byte order mark.
     */
    private readonly knownNewline?: Newline,
  ) {
    this.started = knownNewline !== undefined;
  }

  /** The line ending in use, once known. */
  get newline(): Newline | null {
    return this.handle ? this.chosenNewline : null;
  }

  /** The line the next row starts on (1 before any row). */
  get nextLine(): number {
    return this.line;
  }

  /** Adds the next piece of text. */
  push(text: string): void {
    if (!this.started && text) {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1); // as Papa.parse does with a string
    }
    if (text) {
      this.pieces.push(text);
      this.queued += text.length;
    }
    if (!this.handle) {
      if (this.queued <= NEWLINE_SAMPLE && !this.knownNewline) return;
      this.handle = this.createHandle(this.peek(NEWLINE_SAMPLE));
    }
    // The last chunk is parsed by `finish`, so at least one character is always held back.
    while (this.queued > this.chunkSize) this.parse(this.take(this.chunkSize), false);
  }

  /**
   * Parses all the text received so far, which must end with a line break: true when it ended
   * between rows (no row is left unfinished, no quote left open), false when the break fell
   * inside a quoted cell. Used where a file is read in parts, at the end of each part but the last.
   */
  endsBetweenRows(): boolean {
    this.handle ??= this.createHandle(this.peek(NEWLINE_SAMPLE));
    this.parse(this.take(this.queued), false);
    return this.partialLine === '';
  }

  /** Moves the line count on by `n` lines read elsewhere (a part of the file read on its own and appended). */
  skipLines(n: number): void {
    this.line += n;
  }

  /** Parses what is left, as the last chunk. */
  finish(): SplitResult {
    const rest = this.take(this.queued);
    this.handle ??= this.createHandle(rest.slice(0, NEWLINE_SAMPLE));
    this.parse(rest, true);
    return { unterminatedQuote: this.unterminatedQuote };
  }

  /** The first `n` queued characters, left in the queue. */
  private peek(n: number): string {
    const parts: string[] = [];
    for (const piece of this.pieces) {
      if (n <= 0) break;
      parts.push(piece.length <= n ? piece : piece.slice(0, n));
      n -= piece.length;
    }
    return parts.join('');
  }

  /** Removes and returns the first `n` queued characters (a slice when they lie in one piece). */
  private take(n: number): string {
    const first = this.pieces[0] ?? '';
    let taken: string;
    if (first.length >= n) {
      taken = first.slice(0, n);
      if (first.length === n) this.pieces.shift();
      else this.pieces[0] = first.slice(n);
    } else {
      const parts: string[] = [];
      let need = n;
      while (need > 0 && this.pieces.length) {
        const piece = this.pieces[0]!;
        if (piece.length <= need) {
          parts.push(piece);
          this.pieces.shift();
          need -= piece.length;
        } else {
          parts.push(piece.slice(0, need));
          this.pieces[0] = piece.slice(need);
          need = 0;
        }
      }
      taken = parts.join('');
    }
    this.queued -= taken.length;
    return taken;
  }

  private parse(chunk: string, last: boolean): void {
    if (!this.handle) throw new Error('RowSplitter: parse before the line endings are known');
    const aggregate = this.partialLine + chunk;
    const results = this.handle.parse(aggregate, this.baseIndex, !last);
    if (!last) {
      this.partialLine = aggregate.substring(results.meta.cursor - this.baseIndex);
      this.baseIndex = results.meta.cursor;
    }
    const rows = results.data;
    // Only a quoted cell can hold a line break, so without quotes the count is skipped.
    const mayHaveBreaks = aggregate.includes('"');
    const lines = new Uint32Array(rows.length);
    const before = this.line;
    for (let i = 0; i < rows.length; i++) {
      lines[i] = this.line++;
      if (mayHaveBreaks) for (const cell of rows[i]!) this.line += countLineBreaks(cell);
    }
    for (const e of results.errors) {
      if (e.code === 'MissingQuotes' && this.unterminatedQuote === null) {
        // The aggregate starts where its first row does: count the lines up to the quote. The
        // open cell, the rest of the text, is the last cell of its row.
        const row = e.row ?? rows.length - 1;
        this.unterminatedQuote = {
          line: before + countLineBreaks(aggregate.slice(0, e.index ?? 0)),
          rowLine: lines[row] ?? before,
          field: Math.max(0, (rows[row]?.length ?? 1) - 1),
        };
      }
    }
    if (this.line - before > rows.length) this.breaksInCells = true;
    this.onChunk({ rows, lines, cursor: results.meta.cursor });
  }

  private createHandle(head: string): PapaHandle {
    const Handle = (Papa as unknown as { ParserHandle: PapaHandleClass }).ParserHandle;
    this.chosenNewline = this.knownNewline ?? guessLineEndings(head);
    return new Handle({ delimiter: this.delimiter, newline: this.chosenNewline, quoteChar: '"', skipEmptyLines: false });
  }
}

/**
 * The line ending PapaParse guesses for `text` (its `ParserHandle.guessLineEndings` with the `"`
 * quote), counted instead of splitting the first megabyte into arrays twice: quoted text left out,
 * "\n" when no "\r" is left or a "\n" comes first, else "\r\n" when at least half the "\r"-split
 * pieces start with "\n", else "\r".
 */
export function guessLineEndings(text: string): Newline {
  let s = text.length > NEWLINE_SAMPLE ? text.slice(0, NEWLINE_SAMPLE) : text;
  if (s.includes('"')) s = s.replace(/"([^]*?)"/gm, '');
  const firstR = s.indexOf('\r');
  if (firstR < 0) return '\n';
  const firstN = s.indexOf('\n');
  if (firstN >= 0 && firstN < firstR) return '\n';
  let pieces = 1;
  let withN = s.charCodeAt(0) === 10 ? 1 : 0;
  for (let at = firstR; at >= 0; at = s.indexOf('\r', at + 1)) {
    pieces++;
    if (s.charCodeAt(at + 1) === 10) withN++;
  }
  return withN >= pieces / 2 ? '\r\n' : '\r';
}

/** Splits a whole `text` into rows, chunk by chunk (so a 90 MB file never becomes one giant array). */
export function splitRows(text: string, delimiter: Delimiter, onChunk: (chunk: RowChunk) => void, chunkSize?: number): SplitResult {
  const splitter = new RowSplitter(delimiter, onChunk, chunkSize);
  splitter.push(text);
  return splitter.finish();
}
