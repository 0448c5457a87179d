/**
 * The table-core features every table of the dashboard registers: sorting (client-side),
 * and typed column meta. One registry, so column helpers and the table agree on types.
 */
import { createSortedRowModel, metaHelper, rowSortingFeature, tableFeatures } from '@tanstack/table-core';
import { storeReactivityBindings } from '@tanstack/table-core/store-reactivity-bindings';

/** What a column tells the renderer. */
export interface ColumnMeta {
  /** Numbers align at the end so their digits line up. */
  align?: 'start' | 'end';
  /** Short values that read badly broken over two lines (periods: 2016–2021). */
  nowrap?: boolean;
}

/** The feature registry. */
export const features = tableFeatures({
  coreReactivityFeature: storeReactivityBindings(),
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  columnMeta: metaHelper<ColumnMeta>(),
});

export type Features = typeof features;

/** What a cell shows: one line, or a line with smaller details under it. */
export type CellContent = string | { main: string; detail: string };

/** A header or cell template: fixed text or a function of its context. */
export type Template<C> = string | ((context: C) => unknown) | undefined;

/** Renders a header or cell template to what the table shows (text, never markup). */
export function renderTemplate<C>(template: Template<C>, context: C): CellContent {
  const out = typeof template === 'function' ? template(context) : template;
  if (out && typeof out === 'object' && 'main' in out) return out as CellContent;
  return out === undefined || out === null ? '' : String(out);
}
