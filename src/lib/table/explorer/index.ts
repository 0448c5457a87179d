/**
 * The table explorer (?view=table): every row of one kind, on typed arrays — columns from the
 * kind's spec, search and filters without diacritics, sorts in Vietnamese order, groups with
 * honest subtotals, the state in the URL, and what is shown as CSV or for the clipboard.
 */
export { explorerColumns } from './columns.ts';
export type { ColumnType, ExplorerColumn, ExplorerSource, Ranks } from './columns.ts';
export { excludedColumns, excludedCount } from './excluded.ts';
export type { ExcludedSource } from './excluded.ts';
export { areaRows, rowLevels } from './place.ts';
export { filterRows, foldDisplay, groupDisplay, plainDisplay, searchTerms, sortRows, tablePeriods, UNIT_COLUMNS } from './rows.ts';
export type { Display, DisplayItem, GroupItem, NumberRange, RowFilter, RowLevels, RowSpace, SortKey, SubtotalItem } from './rows.ts';
export { itemLabel, shownCells, shownCsv, shownHtml, shownTsv, sumText } from './shown.ts';
export { MAX_WIDTH, MIN_WIDTH, NO_EXPLORER, explorerFromUrl, urlWithExplorer, urlWithoutExplorer } from './url.ts';
export type { ExplorerState } from './url.ts';
export { columnWindow, rowWindow, scrollLeftFor, scrollTopFor } from './window.ts';
