/** One bar, already worded: marks draw it, they do not format it. */
export interface BarDatum {
  /** The band it sits in (a commune's name). */
  key: string;
  value: number;
  /** The full length the bar is measured against (19 criteria), drawn as a faint track. */
  total: number | null;
  /** The label at the bar's end: "16/19". */
  valueText: string;
  /** The sentence read by screen readers and shown in the tooltip. */
  description: string;
}
