/**
 * The thin glue between table-core and Svelte: sorting state in a rune, the table rebuilt
 * from its inputs whenever they or the sorting change (cheap for the figures table, and it
 * keeps table-core's caches from ever serving a stale sort).
 */
import { constructTable, functionalUpdate, type ColumnDef, type RowData, type SortingState } from '@tanstack/table-core';
import { features, type Features } from './features.ts';

/** What a table is built from; read through a getter, so it can follow props. */
export interface TableInput<TData extends RowData> {
  data: TData[];
  // table-core's own column type: each column keeps its value type.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  columns: ColumnDef<Features, TData, any>[];
  getRowId: (row: TData) => string;
}

/** A sortable table over `input()`. */
export class TableModel<TData extends RowData> {
  #sorting = $state.raw<SortingState>([]);
  readonly #input: () => TableInput<TData>;

  constructor(input: () => TableInput<TData>) {
    this.#input = input;
  }

  /** The table-core instance for the current inputs and sorting. */
  readonly table = $derived.by(() => {
    const { data, columns, getRowId } = this.#input();
    return constructTable({
      features,
      data,
      columns,
      getRowId,
      state: { sorting: this.#sorting },
      onSortingChange: (updater) => {
        this.#sorting = functionalUpdate(updater, this.#sorting);
      },
    });
  });

  /** The current sort order. */
  get sorting(): SortingState {
    return this.#sorting;
  }

  /** The `aria-sort` value of a column: ascending, descending, or undefined when unsorted. */
  ariaSort(columnId: string): 'ascending' | 'descending' | undefined {
    const sort = this.#sorting.find((s) => s.id === columnId);
    return sort ? (sort.desc ? 'descending' : 'ascending') : undefined;
  }
}
