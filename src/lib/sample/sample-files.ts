/**
 * The sample district as files to import: 10 imaginary communes over 2016–2025 and their
 * units, every kind the overview charts, each row's source saying "Dữ liệu mẫu". Loaded on
 * demand (the generator stays out of the first page's JavaScript).
 */
import { sampleText } from './sample.ts';
import type { Kind } from '../model/index.ts';
import { sampleFileName } from '../i18n/index.ts';

// Rows per kind: the generator writes ten years per commune or unit.
const SAMPLE: readonly { kind: Kind; rows: number }[] = [
  { kind: 'criteria', rows: 100 },
  { kind: 'pledges', rows: 50 },
  { kind: 'contributions', rows: 60 },
  { kind: 'awards', rows: 40 },
  { kind: 'targets', rows: 50 },
];

/**
 * The sample files, named "Dữ liệu mẫu – <kind>.csv" whatever the language: the name is part of
 * the data (loading the sample again offers to replace it); the page shows it in the current
 * language (`dataText`).
 */
export function sampleFiles(): File[] {
  return SAMPLE.map(({ kind, rows }) => new File(
    [sampleText({ kind, rows, seed: 5 })],
    sampleFileName(kind, 'vi'),
    { type: 'text/csv' },
  ));
}
