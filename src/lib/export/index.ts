/**
 * What the app writes: safe CSV (UTF-8 with BOM, formulas neutralised) and downloads.
 */
export { csvBlob, excludedToCsv, toCsv } from './csv.ts';
export type { CsvCell, CsvOptions } from './csv.ts';
export { downloadBlob } from './download.ts';
export { qualifiedText } from './number-text.ts';
