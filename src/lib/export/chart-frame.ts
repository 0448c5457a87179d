/**
 * The frame drawn around an exported chart, as plain data: its title, subtitle, notes, source
 * line and date as lines of text wrapped to the chart's width, where the chart goes, and the size
 * of the whole; the PNG scale a browser's canvas can take; and the file name (the title without
 * diacritics, and the date: `tieu-chi-nong-thon-moi-2026-12-04.png`).
 * Text widths come from a `measure` function (the browser's, with the bundled font) or an estimate.
 */

/** The width of `text` in px at `size` px and `weight`. */
export type Measure = (text: string, size: number, weight: number) => number;

/** A width estimate without a font: about 0.56 em a letter (0.6 bold), for tests and as a fallback. */
export const estimateWidth: Measure = (text, size, weight) => [...text].length * size * (weight >= 600 ? 0.6 : 0.56);

/** One line of text drawn in the frame: `y` is its baseline. */
export interface FrameText {
  text: string;
  x: number;
  y: number;
  size: number;
  weight: 400 | 600;
  fill: string;
  role: 'title' | 'subtitle' | 'note' | 'source' | 'date';
}

/** The frame around a chart: where the chart goes and every line of text. */
export interface FrameLayout {
  width: number;
  height: number;
  chartX: number;
  chartY: number;
  texts: FrameText[];
}

export interface FrameInput {
  title: string;
  subtitle: string;
  /** What the figure says under its chart (communes without figures, bars not shown), each its own paragraph. */
  notes?: readonly string[];
  /** "Nguồn: …" (lines split at line breaks), or null. */
  source: string | null;
  /** The date in words. */
  date: string;
  chartWidth: number;
  chartHeight: number;
  measure?: Measure;
}

export const FRAME = {
  pad: 24,
  minWidth: 360,
  title: { size: 20, weight: 600, lead: 26, fill: '#17212b' },
  subtitle: { size: 14, weight: 400, lead: 20, fill: '#55606c' },
  foot: { size: 12, weight: 400, lead: 17, fill: '#55606c' },
  gap: 14,
} as const;

/** `text` cut into lines no wider than `max` (a word longer than a line is cut at letters); given line breaks are kept. */
export function wrapText(text: string, max: number, size: number, weight: number, measure: Measure = estimateWidth): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const next = line ? `${line} ${word}` : word;
      if (measure(next, size, weight) <= max) {
        line = next;
        continue;
      }
      if (line) lines.push(line);
      // A word wider than the line is cut.
      let rest = word;
      while (measure(rest, size, weight) > max && rest.length > 1) {
        let n = rest.length - 1;
        while (n > 1 && measure(rest.slice(0, n), size, weight) > max) n--;
        lines.push(rest.slice(0, n));
        rest = rest.slice(n);
      }
      line = rest;
    }
    if (line) lines.push(line);
  }
  return lines;
}

/** Where the title, subtitle, chart, notes, source and date go, top to bottom, in a frame at least as wide as the chart. */
export function layoutFrame(input: FrameInput): FrameLayout {
  const measure = input.measure ?? estimateWidth;
  const { pad, gap } = FRAME;
  const width = Math.ceil(Math.max(FRAME.minWidth, input.chartWidth + 2 * pad));
  const textWidth = width - 2 * pad;
  const texts: FrameText[] = [];
  let y = pad;
  const block = (text: string, style: (typeof FRAME)['title' | 'subtitle' | 'foot'], role: FrameText['role']) => {
    for (const line of wrapText(text, textWidth, style.size, style.weight, measure)) {
      y += style.lead;
      texts.push({
        text: line,
        x: pad,
        y: y - (style.lead - style.size) / 2 - 2,
        size: style.size,
        weight: style.weight,
        fill: style.fill,
        role,
      });
    }
  };
  block(input.title, FRAME.title, 'title');
  if (input.subtitle.trim()) block(input.subtitle, FRAME.subtitle, 'subtitle');
  y += gap;
  const chartY = y;
  y += input.chartHeight + gap;
  for (const note of input.notes ?? []) if (note.trim()) block(note, FRAME.subtitle, 'note');
  if (input.notes?.some((n) => n.trim())) y += gap / 2;
  if (input.source?.trim()) block(input.source, FRAME.foot, 'source');
  block(input.date, FRAME.foot, 'date');
  return { width, height: Math.ceil(y + pad), chartX: pad, chartY, texts };
}

/** The largest canvas every browser draws: Safari's 16,777,216 pixels, and 16,384 px a side. */
export const CANVAS_LIMIT = { area: 16_777_216, side: 16_384 };

/** The PNG scale for a drawing of `width`×`height`: the one asked for, or less for a drawing so large the canvas would fail (two decimals). */
export function pngScale(width: number, height: number, asked: number): number {
  const fit = Math.min(asked, Math.sqrt(CANVAS_LIMIT.area / (width * height)), CANVAS_LIMIT.side / width, CANVAS_LIMIT.side / height);
  return fit >= asked ? asked : Math.floor(fit * 100) / 100;
}

/** Text as a file-name slug: no diacritics (đ → d), lower case, words joined by "-", at most 80 letters. */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 80)
    .replace(/^-+|-+$/g, '');
}

/** The file name of an exported chart: the title's slug and the date (`tieu-chi-2026-12-04.svg`); "chart" for a title with no letter. */
export function exportFileName(title: string, date: Date, ext: 'svg' | 'png'): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamp = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return `${slugify(title) || 'chart'}-${stamp}.${ext}`;
}
