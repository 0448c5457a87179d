import { describe, expect, it } from 'vitest';
import { columnWindow, rowWindow, scrollLeftFor, scrollTopFor, type WindowInput } from './window.ts';

const ROW = 34;
const input = (total: number, scrollTop: number, view = 500): WindowInput => ({
  scrollTop,
  total,
  row: ROW,
  view,
  maxPx: 15_000_000,
  overscan: 8,
});

/** Where row k is seen, in px below the top of the rows' box. */
function placeOf(w: ReturnType<typeof rowWindow>, k: number): number {
  return (k - w.anchor) * ROW + w.shift;
}

/** The drawn rows cover the view, and the row said to be at the top is there. */
function expectCovered(i: WindowInput) {
  const w = rowWindow(i);
  const viewTop = i.scrollTop;
  expect(placeOf(w, w.first)).toBeLessThanOrEqual(viewTop);
  expect(placeOf(w, w.last)).toBeGreaterThanOrEqual(Math.min(w.height, viewTop + i.view));
  expect(placeOf(w, w.top)).toBeLessThanOrEqual(viewTop + 1);
  expect(placeOf(w, w.top + 1)).toBeGreaterThan(viewTop - 1);
  // Rows inside the moved box stay near it, far from any float or layout limit.
  expect((w.last - w.anchor) * ROW).toBeLessThan(200_000);
  return w;
}

describe('row window', () => {
  it('draws the rows in view and a few either side, in place, for a table under the height cap', () => {
    const w = rowWindow(input(3000, 0));
    expect(w).toMatchObject({ first: 0, top: 0, anchor: 0, shift: 0, height: 3000 * ROW });
    expect(w.last).toBe(Math.ceil(500 / ROW) + 1 + 8);
    const down = rowWindow(input(3000, 100 * ROW));
    expect(down).toMatchObject({ top: 100, first: 92, shift: 0 });
    expect(rowWindow(input(3000, 3000 * ROW - 500)).last).toBe(3000);
    for (const s of [0, 17, 5000, 3000 * ROW - 500]) expectCovered(input(3000, s));
  });

  it('keeps a million rows under the cap and reaches the last row at the end of the scroll', () => {
    const total = 1_000_000;
    const top = rowWindow(input(total, 0));
    expect(top).toMatchObject({ first: 0, top: 0, shift: 0, height: 15_000_000 });
    const end = expectCovered(input(total, 15_000_000 - 500));
    expect(end.last).toBe(total);
    // The last row ends where the box ends.
    expect(placeOf(end, total)).toBe(15_000_000);
    for (const s of [1, 120, 499_999, 7_500_000, 14_999_000]) expectCovered(input(total, s));
  });

  it('moves whole rows by the share of the way down, and a row stays where it is in the moved box', () => {
    const total = 1_000_000;
    const a = rowWindow(input(total, 7_500_000));
    const b = rowWindow(input(total, 7_500_120));
    // 120 px of scrolling go past 120 × (34,000,000 - 500) / (15,000,000 - 500) px of rows: 8 rows.
    expect(b.top - a.top).toBe(Math.round((120 * (total * ROW - 500)) / (15_000_000 - 500) / ROW));
    expect(b.anchor).toBe(a.anchor);
    // The rows drawn in both are placed at the same offset in the box; only the box moves.
    const k = b.first;
    expect((k - b.anchor) * ROW).toBe((k - a.anchor) * ROW);
  });

  it('draws nothing for an empty table', () => {
    const w = rowWindow(input(0, 0));
    expect(w.last - w.first).toBe(0);
    expect(w.height).toBe(0);
  });
});

describe('scrolling a row into view', () => {
  it('leaves a row in view where it is, and brings one above or below just into view', () => {
    expect(scrollTopFor(5, input(3000, 0))).toBeNull();
    const below = scrollTopFor(40, input(3000, 0))!;
    expect(below).toBe(41 * ROW - 500);
    const above = scrollTopFor(10, input(3000, 100 * ROW))!;
    expect(above).toBe(10 * ROW);
  });

  it('brings any row of a million wholly into view', () => {
    const total = 1_000_000;
    for (const [k, from] of [
      [999_999, 0],
      [0, 15_000_000 - 500],
      [123_457, 7_000_000],
      [654_321, 1_000_000],
    ] as const) {
      const to = scrollTopFor(k, input(total, from));
      expect(to).not.toBeNull();
      const w = rowWindow(input(total, to!));
      const seen = placeOf(w, k) - to!;
      expect(seen).toBeGreaterThanOrEqual(0);
      expect(seen + ROW).toBeLessThanOrEqual(500);
      expect(scrollTopFor(k, input(total, to!))).toBeNull();
    }
  });
});

describe('column window', () => {
  const widths = [200, 150, 150, 150, 150, 150, 150, 150];

  it('draws every column when they all fit', () => {
    expect(columnWindow([200, 150], 0, 1000, 100)).toEqual([0, 1]);
  });

  it('draws the pinned first column and those reaching into the view, a little beyond', () => {
    // View 0…500 (+100): columns spanning 0-200, 200-350, 350-500, 500-650 (starts before 600).
    expect(columnWindow(widths, 0, 500, 100)).toEqual([0, 1, 2, 3]);
    // Scrolled to 600, view 600…1100: 500-650 reaches into it, 1100-1250 does not.
    expect(columnWindow(widths, 600, 500, 0)).toEqual([0, 3, 4, 5, 6]);
    // View 700…1000.
    expect(columnWindow(widths, 700, 300, 0)).toEqual([0, 4, 5, 6]);
  });

  it('scrolls sideways just enough to show a column beside the pinned one', () => {
    expect(scrollLeftFor(0, widths, 300, 500)).toBeNull();
    expect(scrollLeftFor(2, widths, 0, 500)).toBeNull();
    // Column 5 spans 800-950: its end brought to the view's right edge.
    expect(scrollLeftFor(5, widths, 0, 500)).toBe(450);
    // Column 1 spans 200-350: hidden under the pinned column at 300, brought back beside it.
    expect(scrollLeftFor(1, widths, 300, 500)).toBe(0);
    // A column wider than the view shows from its start.
    expect(scrollLeftFor(2, [200, 150, 900], 0, 500)).toBe(150);
  });
});
