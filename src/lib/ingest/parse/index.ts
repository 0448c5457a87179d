/**
 * Text → rows of cells: the delimiter, the header's rows, a row splitter that keeps quoted line breaks.
 */
export { RowSplitter, countLineBreaks, detectDelimiter, headRows } from './csv.ts';
export type { Newline, OpenQuote, RowChunk } from './csv.ts';
export { anyPresent, firstFilled, fourDigits, mayBeTotal, own } from './row-cells.ts';
