/**
 * Bytes → text: encodings (UTF-8/16, windows-1258/1252, TCVN3, VNI) and lost-letter warnings.
 */
export { DataLossScanner } from './data-loss-scanner.ts';
export type { DataLossPart } from './data-loss-scanner.ts';
export { SAMPLE_BYTES, conversionNotice, createDecoder, decodeBytes, sniffEncoding } from './decode.ts';
export type { SniffResult } from './decode.ts';
export { CP1252_C1 } from './legacy-vn-tables.ts';
export { decodeWindows1252, encodeLegacy } from './legacy-vn.ts';
