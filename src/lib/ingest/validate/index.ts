/**
 * Rows of cells → records and problems: one plan per column, every row checked, keys unique.
 */
export { RowValidator } from './validate.ts';
export type { ValidatedPart } from './validate.ts';
export { columnLetter } from './unnamed-columns.ts';
