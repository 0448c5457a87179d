/**
 * The window of rows the explorer draws, from the scroll position: which rows are in view and
 * where they stand. Every row is `row` px tall, so this is arithmetic, no measuring.
 *
 * Browsers cap an element's height (Chromium near 33.5 million px): a million rows of 34 px would
 * pass it, so past `maxPx` the rows' box is `maxPx` tall and a scroll position maps to a place in
 * the rows by the share of the way down (the rows keep their height; the last row is reached).
 *
 * The drawn rows are placed inside a box moved as a whole (`shift`): each row's own offset in
 * it (`(k - anchor) * row`) stays the same while the window moves, so a scroll step lays out and
 * paints only the rows that come into view, even when a scroll position maps to rows faster than
 * the pixels go by. The anchor moves by whole blocks of rows, now and then.
 */

/** Rows per block of the anchor: a drawn row's offset inside the moved box stays under ~140,000 px. */
const BLOCK = 4096;

export type WindowInput = {
  /** The scroll box's scrollTop (px). */
  scrollTop: number;
  /** Rows in the table. */
  total: number;
  /** One row's height (px). */
  row: number;
  /** The height the rows are seen in: the scroll box's height less the header's (px). */
  view: number;
  /** The tallest the rows' box may be (px). */
  maxPx: number;
  /** Rows drawn beyond each edge of the view. */
  overscan: number;
};

export type RowWindow = {
  /** The rows drawn: first ≤ k < last. */
  first: number;
  last: number;
  /** The row at the top of the view. */
  top: number;
  /** The height of the rows' box (px): every row's, or `maxPx`. */
  height: number;
  /** Row k is placed at `(k - anchor) * row` px inside a box moved down by `shift` px. */
  anchor: number;
  shift: number;
};

/** The rows' box height: every row's, up to `maxPx`. */
const rowsHeight = (total: number, row: number, maxPx: number): number => Math.min(total * row, maxPx);

/** The place in the rows (px from the first row's top) seen at the top of the view at `scrollTop`. */
function virtualTop({ scrollTop, total, row, view, maxPx }: WindowInput): number {
  const full = total * row;
  const height = rowsHeight(total, row, maxPx);
  const range = height - view;
  if (full <= maxPx || range <= 0) return Math.max(0, scrollTop);
  const share = Math.min(1, Math.max(0, scrollTop / range));
  return share * (full - view);
}

export function rowWindow(input: WindowInput): RowWindow {
  const { scrollTop, total, row, view, maxPx, overscan } = input;
  const height = rowsHeight(total, row, maxPx);
  const v = virtualTop(input);
  const top = Math.min(Math.max(0, total - 1), Math.floor(v / row));
  const first = Math.max(0, top - overscan);
  const last = Math.min(total, top + Math.ceil(view / row) + 1 + overscan);
  if (total * row <= maxPx) return { first, last, top, height, anchor: 0, shift: 0 };
  // Row k is seen at k * row - v below the top of the view, which is scrollTop down the box.
  const anchor = first - (first % BLOCK);
  const shift = Math.round(anchor * row - v + Math.max(0, scrollTop));
  return { first, last, top, height, anchor, shift };
}

/**
 * The scrollTop that brings row `k` wholly into view (just under the top edge when above the
 * view, just over the bottom edge when below), or null when it is in view already.
 */
export function scrollTopFor(k: number, input: WindowInput): number | null {
  const { total, row, view, maxPx } = input;
  const v = virtualTop(input);
  const full = total * row;
  let target: number;
  if (k * row < v) target = k * row;
  else if ((k + 1) * row > v + view) target = (k + 1) * row - view;
  else return null;
  const height = rowsHeight(total, row, maxPx);
  if (full <= maxPx || height <= view) return Math.max(0, target);
  // Scaled: the scroll position whose share of the way down is the target's (rounded so the row is wholly in view).
  const ratio = (height - view) / (full - view);
  const scrollTop = target * ratio;
  return Math.max(0, Math.min(height - view, k * row < v ? Math.floor(scrollTop) : Math.ceil(scrollTop)));
}

/**
 * The columns drawn: the first (pinned) and every column that reaches into the view, or a
 * little beyond it (`overscan` px), from `scrollLeft` across `view` px. When every column fits
 * in the view, all of them. Column j spans `widths[j]` px after the ones before it.
 */
export function columnWindow(widths: readonly number[], scrollLeft: number, view: number, overscan: number): number[] {
  const all = widths.map((_, j) => j);
  if (widths.reduce((a, b) => a + b, 0) <= view) return all;
  const from = scrollLeft - overscan;
  const to = scrollLeft + view + overscan;
  let x = 0;
  return all.filter((j) => {
    const start = x;
    x += widths[j]!;
    return j === 0 || (x > from && start < to);
  });
}

/**
 * The scrollLeft that brings column `j` wholly into view beside the pinned first column (or as
 * much of it as fits, from its start), or null when it is in view already or is the first.
 */
export function scrollLeftFor(j: number, widths: readonly number[], scrollLeft: number, view: number): number | null {
  if (j <= 0) return null;
  const start = widths.slice(0, j).reduce((a, b) => a + b, 0);
  const end = start + widths[j]!;
  const pinned = widths[0] ?? 0;
  if (start < scrollLeft + pinned) return Math.max(0, start - pinned);
  if (end > scrollLeft + view) return Math.max(0, Math.min(start - pinned, end - view));
  return null;
}
