/**
 * CSV text → rows of cells, with PapaParse doing the quoting rules and the engine choosing
 * the delimiter (a decimal comma must not fool it). Never PapaParse's dynamicTyping.
 */
import Papa from 'papaparse';
import { recogniseKind } from './schema.ts';
import type { Delimiter } from './types.ts';

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
    for (const row of rows) {
      const m = row.length > 1 ? recogniseKind(row) : null;
      if (m) {
        score = 1000 + m.fields.size;
        break;
      }
    }
    if (score === 0) score = consistency(rows);
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

/** The outcome of splitting a whole text into rows. */
export interface SplitResult {
  /** Set when a quote was opened and never closed: the line where it opened. */
  unterminatedQuoteLine: number | null;
}

/**
 * Splits `text` into rows, chunk by chunk (so a 90 MB file never becomes one giant array).
 * `onChunk` is called synchronously for each chunk, in order.
 */
export function splitRows(text: string, delimiter: Delimiter, onChunk: (chunk: RowChunk) => void, chunkSize = 1 << 21): SplitResult {
  let line = 1;
  let unterminatedQuoteLine: number | null = null;
  // Only a quoted cell can hold a line break, so without quotes the count is skipped.
  const mayHaveBreaks = text.includes('"');
  const config = {
    delimiter,
    quoteChar: '"',
    skipEmptyLines: false,
    chunkSize,
    chunk(results: Papa.ParseResult<string[]>) {
      const rows = results.data;
      for (const e of results.errors) {
        if (e.code === 'MissingQuotes' && unterminatedQuoteLine === null) {
          unterminatedQuoteLine = lineAt(text, e.index ?? 0);
        }
      }
      const lines = new Uint32Array(rows.length);
      for (let i = 0; i < rows.length; i++) {
        lines[i] = line++;
        if (mayHaveBreaks) for (const cell of rows[i]!) line += countLineBreaks(cell);
      }
      onChunk({ rows, lines, cursor: results.meta.cursor });
    },
  };
  // PapaParse streams a string in chunks too (synchronously); its types only model files.
  Papa.parse<string[]>(text, config as Papa.ParseConfig<string[]>);
  return { unterminatedQuoteLine };
}
