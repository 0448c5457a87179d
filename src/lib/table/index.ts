/**
 * The figures table: column definitions and the thin glue to @tanstack/table-core.
 */
export { figureColumns, figureRowId, labelText, valueText } from './columns.ts';
