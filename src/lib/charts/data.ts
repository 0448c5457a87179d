/**
 * What the marks of a general chart (XYChart) draw, already worded by a view-model: every datum
 * has a key, its values, its value in words and the sentence read by screen readers and shown
 * in the tooltip. Marks place and draw these; they never format a number.
 */
import type { AxisValue } from './scales.ts';

/** What every drawn datum carries. */
export interface MarkDatum {
  /** Unique within its mark (and the value of the mark's key attribute, for tests). */
  key: string;
  /** The value as written next to the mark: "16/19", "1,2 tỷ đồng". Plain text. */
  valueText: string;
  /** The sentence read by screen readers and shown in the tooltip. Plain text, never HTML. */
  description: string;
}

/** One bar (`Bars`): its band and its value. */
export interface BandDatum extends MarkDatum {
  band: string;
  value: number;
}

/** One value of one series in a band (`Stack`, `GroupedBars`). */
export interface SeriesDatum extends MarkDatum {
  band: string;
  /** The series' key: its place in the mark's `series` list gives its colour, pattern and shape. */
  series: string;
  value: number;
}

/** A point (`Line`, `Dots`): its place on x and y; a null y is a missing value (no dot, a break in the line). */
export interface PointDatum extends MarkDatum {
  x: AxisValue;
  y: AxisValue | null;
}

/** A dot, optionally of a series: `style` is the series' index (its shape and colour; default 0). */
export interface DotDatum extends PointDatum {
  style?: number;
}

/** One line (`Line`): its points in order along x, and its name. */
export interface LineSeries {
  key: string;
  /** The series' name: the list's label for screen readers, and the end label when shown. */
  label: string;
  points: readonly PointDatum[];
  /** The series' index in the palette (default: its place in the list). */
  style?: number;
}

/** A change within a band (`Dumbbell`): from one value to another (last year → this year). */
export interface RangeDatum extends MarkDatum {
  band: string;
  from: number;
  to: number;
}

/** One cell of a grid (`Cells`): its column and row, and whether it holds (true), not (false), or is unknown (null). */
export interface CellDatum {
  key: string;
  x: string;
  y: string;
  value: boolean | null;
  /** The sentence read by screen readers and shown in the tooltip ("Bộc Bố, tiêu chí 7: đạt"). */
  description: string;
}

/** A text at a point (`Labels`): already written, placed at x, y. */
export interface LabelDatum {
  key: string;
  x: AxisValue;
  y: AxisValue;
  text: string;
}
