/**
 * A chart figure as a file: its drawn SVGs (one, or one per panel of small multiples) copied
 * with the styles they are drawn with written in (CSS variables resolved), the panels' and
 * legend's names as SVG text, framed by the title, subtitle, source and date (export/chart-frame)
 * on white, in the bundled font embedded as data (export-font), cleaned by the sanitizer
 * (export/chart-svg) — then, for PNG, drawn on a canvas at 2× or 3×. Loaded only when a chart is
 * first exported.
 */
import { exportFileName, layoutFrame, pngScale, type FrameLayout, type Measure } from '../export/chart-frame.ts';
import { SVG_NS, sanitizeSvg, svgProblems } from '../export/chart-svg.ts';
import { downloadBlob } from '../export/download.ts';
import type { Lang } from '../i18n/index.ts';
import { formatLongDate } from '../i18n/long-date.ts';
import { EXPORT_FONT, loadExportFont } from './export-font.ts';

/** What the figure says about its chart, drawn around it. */
export interface FigureText {
  title: string;
  subtitle: string;
  source: string | null;
  lang: Lang;
}

/** An exported SVG: its text and its size in px (the PNG is this times its scale). */
export interface ExportedSvg {
  svg: string;
  width: number;
  height: number;
}

/** Raised when a figure has no drawn chart to export (no data yet). */
export class NoChartError extends Error {
  override name = 'NoChartError';
}

/** The computed styles written into each copied element, with the value that need not be written. */
const PAINT: Record<string, string> = {
  fill: '',
  'fill-opacity': '1',
  stroke: 'none',
  'stroke-width': '1px',
  'stroke-opacity': '1',
  'stroke-dasharray': 'none',
  'stroke-linecap': 'butt',
  'stroke-linejoin': 'miter',
  opacity: '1',
  visibility: 'visible',
  'paint-order': 'normal',
};
const TEXT: Record<string, string> = {
  'font-size': '',
  'font-weight': '400',
  'font-style': 'normal',
  'text-anchor': 'start',
  'dominant-baseline': 'auto',
  'letter-spacing': 'normal',
};
const TEXT_ELEMENTS = new Set(['text', 'tspan']);
/** Attributes of the page's markup that mean nothing in a file (classes, ids of handlers, data keys, focus). */
const PAGE_ATTRIBUTE = /^(class|tabindex|role|focusable|data-.*|aria-.*)$/;

/** The figure's chart as an SVG document (text), with its frame and font. */
export async function figureSvg(figure: HTMLElement, text: FigureText, now = new Date()): Promise<ExportedSvg> {
  const font = await loadExportFont();
  const parts = chartParts(figure);
  if (!parts.svgs.length) throw new NoChartError('no chart drawn in this figure');
  const chart = composeChart(parts);
  const box = measuredBox(chart.group, chart.width, chart.height);
  const layout = layoutFrame({
    title: text.title,
    subtitle: text.subtitle,
    notes: parts.notes,
    source: text.source,
    date: formatLongDate(now, text.lang),
    chartWidth: box.width,
    chartHeight: box.height,
    measure: canvasMeasure(),
  });
  const root = frameRoot(layout, chart.group, box);
  sanitizeSvg(root);
  const style = document.createElementNS(SVG_NS, 'style');
  style.textContent = `${font.css}\ntext{font-family:'${EXPORT_FONT}',sans-serif}`;
  root.insertBefore(style, root.firstChild);
  const problems = svgProblems(root);
  if (problems.length) throw new Error(`export not clean: ${problems.join(', ')}`);
  return { svg: new XMLSerializer().serializeToString(root), width: layout.width, height: layout.height };
}

/** The figure's chart as a PNG at `scale` × its drawn size. */
export async function figurePng(figure: HTMLElement, text: FigureText, scale: number, now = new Date()): Promise<Blob> {
  const svg = await figureSvg(figure, text, now);
  return svgToPng(svg, pngScale(svg.width, svg.height, scale));
}

/**
 * Downloads the figure's chart as SVG or as PNG at 2× or 3×, named after its title and the date;
 * resolves with the PNG's scale when a very large chart had to be drawn smaller, else null.
 */
export async function downloadFigure(
  figure: HTMLElement,
  text: FigureText,
  format: 'svg' | 'png2' | 'png3',
  now = new Date(),
): Promise<number | null> {
  const svg = await figureSvg(figure, text, now);
  const asked = format === 'png2' ? 2 : 3;
  const scale = pngScale(svg.width, svg.height, asked);
  const blob = format === 'svg' ? new Blob([svg.svg], { type: 'image/svg+xml' }) : await svgToPng(svg, scale);
  downloadBlob(blob, exportFileName(text.title, now, format === 'svg' ? 'svg' : 'png'));
  return format !== 'svg' && scale < asked ? scale : null;
}

/** The SVG drawn on a canvas (as an image from a Blob URL: no tainting, the font inside it) and encoded as PNG. */
export async function svgToPng({ svg, width, height }: ExportedSvg, scale: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image(width, height);
    await new Promise((resolve, reject) => {
      image.onload = resolve;
      image.onerror = () => reject(new Error('the SVG did not load as an image'));
      image.src = url;
    });
    // Loaded is not always decoded (Chromium); some Safari versions refuse decode() for SVG, which then is drawn as loaded.
    await image.decode().catch(() => undefined);
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    const draw = () => {
      context.fillStyle = '#fff';
      context.fillRect(0, 0, canvas.width, canvas.height);
      context.drawImage(image, 0, 0, canvas.width, canvas.height);
    };
    draw();
    // Safari may apply an SVG image's embedded font a moment after decoding it: draw again after a frame.
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    draw();
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('canvas.toBlob gave nothing'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

interface Parts {
  svgs: SVGSVGElement[];
  labels: HTMLElement[];
  /** What the figure says under the chart: communes without figures, bars not shown. */
  notes: string[];
}

/** The drawn SVGs of the figure, the HTML names placed among them (panel headings, legend entries) and its notes; not the table, caption or buttons. */
function chartParts(figure: HTMLElement): Parts {
  const outside = (el: Element) => !el.closest('details, figcaption, .figure-actions') && el.closest('figure') === figure;
  const svgs = [...figure.querySelectorAll('svg')].filter((s) => outside(s) && !s.parentElement?.closest('svg'));
  const labels = [...figure.querySelectorAll<HTMLElement>('.panel-title, .legend li')].filter(outside);
  const notes = [...figure.querySelectorAll<HTMLElement>('[data-missing], [data-export-note]')]
    .filter(outside)
    .map((n) => n.innerText.trim());
  return { svgs: svgs.filter((s) => s.getBoundingClientRect().width > 0 || s.querySelector('defs, pattern')), labels, notes };
}

/** The SVGs and names copied into one group, at their places on screen relative to the top left of them all. */
function composeChart({ svgs, labels }: Parts): { group: SVGGElement; width: number; height: number } {
  const rects = [...svgs, ...labels].map((el) => el.getBoundingClientRect()).filter((r) => r.width > 0 && r.height > 0);
  const left = Math.min(...rects.map((r) => r.left));
  const top = Math.min(...rects.map((r) => r.top));
  const width = Math.max(...rects.map((r) => r.right)) - left;
  const height = Math.max(...rects.map((r) => r.bottom)) - top;
  const group = document.createElementNS(SVG_NS, 'g');
  for (const svg of svgs) {
    const r = svg.getBoundingClientRect();
    const copy = copyWithStyles(svg) as SVGSVGElement;
    copy.setAttribute('x', String(round(r.left - left)));
    copy.setAttribute('y', String(round(r.top - top)));
    copy.setAttribute('overflow', 'visible');
    group.append(copy);
  }
  for (const label of labels) {
    const t = labelText(label, left, top);
    if (t) group.append(t);
  }
  return { group, width, height };
}

/** A deep copy of `source` with the styles that draw it written into each element's style attribute. */
function copyWithStyles(source: Element): Element {
  const copy = source.cloneNode(false) as Element;
  for (const attr of [...copy.attributes]) if (PAGE_ATTRIBUTE.test(attr.name)) copy.removeAttribute(attr.name);
  const computed = getComputedStyle(source);
  const declarations: string[] = [];
  const write = (props: Record<string, string>) => {
    for (const [prop, skip] of Object.entries(props)) {
      const value = localUrls(computed.getPropertyValue(prop).trim());
      if (value && value !== skip) declarations.push(`${prop}: ${value}`);
    }
  };
  write(PAINT);
  if (TEXT_ELEMENTS.has(source.localName)) write(TEXT);
  if (declarations.length) copy.setAttribute('style', declarations.join('; '));
  else copy.removeAttribute('style');
  for (const child of source.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) copy.append(child.textContent ?? '');
    else if (child.nodeType === Node.ELEMENT_NODE && getComputedStyle(child as Element).display !== 'none')
      copy.append(copyWithStyles(child as Element));
  }
  return copy;
}

/** An HTML name (a panel's heading, a legend entry) as SVG text at the place of its words. */
function labelText(label: HTMLElement, left: number, top: number): SVGTextElement | null {
  const words = [...label.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim());
  const first = words[0];
  if (!first) return null;
  const range = document.createRange();
  range.setStartBefore(first);
  range.setEndAfter(words[words.length - 1]!);
  const r = range.getBoundingClientRect();
  const style = getComputedStyle(label);
  const size = parseFloat(style.fontSize) || 14;
  const text = document.createElementNS(SVG_NS, 'text');
  text.setAttribute('x', String(round(r.left - left)));
  // The baseline: the middle of the line box and a third of the letter height below it.
  text.setAttribute('y', String(round(r.top - top + r.height / 2 + size * 0.35)));
  text.setAttribute('style', `fill: ${style.color}; font-size: ${size}px; font-weight: ${style.fontWeight}`);
  text.textContent = words.map((w) => w.textContent?.trim()).join(' ');
  return text;
}

/** The box the chart's ink takes in the bundled font (names may run past the frame's edges): measured off screen. */
function measuredBox(group: SVGGElement, width: number, height: number): { x: number; y: number; width: number; height: number } {
  const probe = document.createElementNS(SVG_NS, 'svg');
  probe.setAttribute('width', String(Math.ceil(width)));
  probe.setAttribute('height', String(Math.ceil(height)));
  probe.setAttribute('aria-hidden', 'true');
  probe.setAttribute('style', `position: fixed; left: -100000px; top: 0; visibility: hidden; font-family: '${EXPORT_FONT}', sans-serif`);
  probe.append(group);
  document.body.append(probe);
  try {
    const origin = probe.getBoundingClientRect();
    let [x0, y0, x1, y1] = [0, 0, width, height];
    for (const text of probe.querySelectorAll('text')) {
      const r = text.getBoundingClientRect();
      if (!r.width) continue;
      x0 = Math.min(x0, r.left - origin.left);
      y0 = Math.min(y0, r.top - origin.top);
      x1 = Math.max(x1, r.right - origin.left);
      y1 = Math.max(y1, r.bottom - origin.top);
    }
    return { x: Math.floor(x0), y: Math.floor(y0), width: Math.ceil(x1 - Math.floor(x0)), height: Math.ceil(y1 - Math.floor(y0)) };
  } finally {
    probe.remove();
  }
}

/** The exported document: white ground, the frame's lines, the chart moved into its place. */
function frameRoot(layout: FrameLayout, chart: SVGGElement, box: { x: number; y: number }): SVGSVGElement {
  const root = document.createElementNS(SVG_NS, 'svg');
  root.setAttribute('width', String(layout.width));
  root.setAttribute('height', String(layout.height));
  root.setAttribute('viewBox', `0 0 ${layout.width} ${layout.height}`);
  root.setAttribute('font-family', `'${EXPORT_FONT}', sans-serif`);
  const ground = document.createElementNS(SVG_NS, 'rect');
  for (const [k, v] of Object.entries({ width: '100%', height: '100%', fill: '#ffffff' })) ground.setAttribute(k, v);
  root.append(ground);
  for (const line of layout.texts) {
    const text = document.createElementNS(SVG_NS, 'text');
    text.setAttribute('x', String(line.x));
    text.setAttribute('y', String(round(line.y)));
    text.setAttribute('font-size', String(line.size));
    text.setAttribute('font-weight', String(line.weight));
    text.setAttribute('fill', line.fill);
    text.setAttribute('data-role', line.role);
    text.textContent = line.text;
    root.append(text);
  }
  chart.setAttribute('transform', `translate(${round(layout.chartX - box.x)},${round(layout.chartY - box.y)})`);
  root.append(chart);
  return root;
}

/** Text widths in the bundled font, by a canvas. */
function canvasMeasure(): Measure {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return (text, size) => text.length * size * 0.6;
  return (text, size, weight) => {
    context.font = `${weight} ${size}px '${EXPORT_FONT}', sans-serif`;
    return context.measureText(text).width;
  };
}

/** A computed `url("http://host/page#id")` back to the `url(#id)` it was written as (a url to another page is left, and the sanitizer drops it). */
function localUrls(value: string): string {
  const page = location.href.split('#')[0];
  return value.replace(/url\((["']?)([^"')#]*)(#[^"')]+)\1\)/g, (m, _q, base: string, id: string) =>
    base === '' || base === page ? `url(${id})` : m,
  );
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
