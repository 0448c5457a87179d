/**
 * The overview's figures prepared while the page is idle, after the data changes (an import, a
 * dataset hidden or removed): the work is then a task of its own, not part of the click that
 * opens the overview, so neither blocks the page for long. Only a visit whose data changes pays
 * it, and only what opening the overview would have cost.
 */
import type { Dashboard } from './dashboard.svelte.ts';

/** Starts preparing; returns a function that stops it. */
export function prepareFiguresWhenIdle(dashboard: Dashboard, win: Window = window): () => void {
  return $effect.root(() => {
    $effect(() => {
      // A change of the data (or of the area, the year, the language) makes the figures stale.
      void dashboard.datasets.tables;
      const idle = win.requestIdleCallback ?? ((fn: () => void) => win.setTimeout(fn, 200));
      const cancel = win.cancelIdleCallback ?? ((id: number) => win.clearTimeout(id));
      const id = idle(() => {
        // Read outside any effect: Svelte computes the derived values once and keeps them until their inputs change.
        void dashboard.kpis;
        void dashboard.criteriaChart;
      });
      return () => cancel(id);
    });
  });
}
