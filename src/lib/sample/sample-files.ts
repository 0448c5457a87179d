/**
 * The sample district as files to import: one imaginary district ("Nà Pài (mẫu)") of 10
 * communes over 2016–2025 and its units, every kind the overview charts and a units list that
 * places them all in it, each row's source saying "Dữ liệu mẫu". Loaded on
 * demand (the generator stays out of the first page's JavaScript).
 */
import { sampleText } from './sample.ts';
import type { Kind } from '../model/index.ts';
import { sampleFileName, translate } from '../i18n/index.ts';

/** The district's communes; its units (village party cells, unions, schools…) are as many. */
const COMMUNES = 10;
const UNITS = 10;

// Rows per kind: the generator writes ten years per commune or unit; the units list holds the
// province, the district, its communes and its units.
const SAMPLE: readonly { kind: Kind; rows: number }[] = [
  { kind: 'units', rows: 2 + COMMUNES + UNITS },
  { kind: 'criteria', rows: COMMUNES * 10 },
  { kind: 'pledges', rows: UNITS * 10 },
  // Three communes helped by each unit, ten years each: five units.
  { kind: 'contributions', rows: 150 },
  { kind: 'awards', rows: 40 },
  { kind: 'targets', rows: UNITS * 10 },
];

/**
 * The sample files, named "Dữ liệu mẫu – <kind>.csv" whatever the language: the name is part of
 * the data (loading the sample again offers to replace it); the page shows it in the current
 * language (`dataText`).
 */
export function sampleFiles(): File[] {
  const district = { name: translate('vi', 'sample.district'), province: translate('vi', 'sample.province'), communes: COMMUNES };
  return SAMPLE.map(
    ({ kind, rows }) => new File([sampleText({ kind, rows, seed: 5, district })], sampleFileName(kind, 'vi'), { type: 'text/csv' }),
  );
}
