/**
 * An exported chart is data, not a program: `sanitizeSvg` strips from an SVG tree everything
 * that could run or reach outside it — scripts, `foreignObject`, links, animations, any element
 * not on a short list of drawing elements, every `on…` attribute, any `href` that is not a
 * `#id` inside the file, `javascript:` and `data:` in attributes, and `url()` to anything but a
 * `#id`. It strips rather than trusts: what it does not know goes. Works on any DOM (the
 * browser's or jsdom's); no layout needed.
 */

export const SVG_NS = 'http://www.w3.org/2000/svg';

/** The drawing elements an exported chart may hold (by their SVG local names). */
export const ALLOWED_SVG_ELEMENTS: ReadonlySet<string> = new Set([
  'svg',
  'g',
  'defs',
  'title',
  'desc',
  'path',
  'rect',
  'line',
  'polyline',
  'polygon',
  'circle',
  'ellipse',
  'text',
  'tspan',
  'pattern',
  'clipPath',
  'mask',
  'linearGradient',
  'radialGradient',
  'stop',
  'marker',
  'symbol',
  'use',
]);

/** A `url(…)` in a value: its target, quotes and spaces taken away. */
const URL_REF = /url\s*\(\s*(['"]?)(.*?)\1\s*\)/gi;
/** A scheme that runs or carries code or a file, with spaces and control characters allowed inside it (`java\nscript:`), as browsers read it. */
const BAD_SCHEME = schemes(['javascript', 'vbscript', 'data']);

function schemes(names: string[]): RegExp {
  const gap = '[\\s\\u0000-\\u001f]*';
  return new RegExp(names.map((n) => [...n, ':'].join(gap)).join('|'), 'i');
}
/** An attribute name plain enough to keep. */
const PLAIN_NAME = /^[a-zA-Z][a-zA-Z0-9_.:-]*$/;

/** True when every `url(…)` in `value` points inside the file (`url(#id)`). */
export function onlyLocalUrls(value: string): boolean {
  for (const m of value.matchAll(URL_REF)) if (!(m[2] ?? '').trim().startsWith('#')) return false;
  // An unbalanced "url(" (no closing parenthesis) is not read as local either.
  return (value.match(/url\s*\(/gi)?.length ?? 0) === [...value.matchAll(URL_REF)].length;
}

/** A style attribute with only the declarations that are plain drawing: no external url(), no script, no import. */
export function cleanStyle(style: string): string {
  return style
    .split(';')
    .map((d) => d.trim())
    .filter((d) => /^[a-zA-Z-]+\s*:/.test(d) && onlyLocalUrls(d) && !BAD_SCHEME.test(d) && !/expression\s*\(|@import|\\/i.test(d))
    .join('; ');
}

/** The value an attribute keeps after cleaning, or null when it must go. */
export function cleanAttribute(name: string, value: string): string | null {
  const lower = name.toLowerCase();
  if (!PLAIN_NAME.test(name) || lower.startsWith('on')) return null;
  if (lower === 'href' || lower.endsWith(':href')) return value.trim().startsWith('#') ? value : null;
  if (lower === 'style') {
    const style = cleanStyle(value);
    return style ? style : null;
  }
  if (BAD_SCHEME.test(value) || !onlyLocalUrls(value)) return null;
  return value;
}

/** True when an element may stay: an SVG drawing element of the list. */
function allowed(el: Element): boolean {
  return el.namespaceURI === SVG_NS && ALLOWED_SVG_ELEMENTS.has(el.localName);
}

/**
 * Cleans `root` in place and returns it: elements not allowed are removed with their content,
 * attributes cleaned (see `cleanAttribute`), comments and processing instructions removed.
 * Throws when the root itself is not an `<svg>`.
 */
export function sanitizeSvg<T extends Element>(root: T): T {
  if (root.namespaceURI !== SVG_NS || root.localName !== 'svg') throw new Error('sanitizeSvg: the root is not an <svg> element');
  cleanElement(root);
  return root;
}

function cleanElement(el: Element): void {
  for (const attr of [...el.attributes]) {
    const kept = cleanAttribute(attr.name, attr.value);
    if (kept === null) el.removeAttributeNode(attr);
    else if (kept !== attr.value) attr.value = kept;
  }
  for (const child of [...el.childNodes]) {
    if (child.nodeType === 1) {
      if (allowed(child as Element)) cleanElement(child as Element);
      else child.remove();
    } else if (child.nodeType !== 3) {
      // Comments, CDATA, processing instructions: nothing a chart needs.
      child.remove();
    } else if (el.localName !== 'text' && el.localName !== 'tspan' && el.localName !== 'title' && el.localName !== 'desc') {
      // Text only where text is drawn or names something.
      if (child.textContent?.trim()) child.remove();
    }
  }
}

/** The problems of a finished export, for tests and a last check: forbidden elements, handlers, external references. */
export function svgProblems(root: Element, allowStyle = true): string[] {
  const problems: string[] = [];
  const visit = (el: Element) => {
    const name = el.localName;
    const ok = el.namespaceURI === SVG_NS && (ALLOWED_SVG_ELEMENTS.has(name) || (allowStyle && name === 'style'));
    if (!ok) problems.push(`element <${el.nodeName}>`);
    for (const attr of el.attributes)
      if (cleanAttribute(attr.name, attr.value) !== attr.value) problems.push(`attribute ${attr.name}="${attr.value}"`);
    if (name === 'style' && !styleSheetSafe(el.textContent ?? '')) problems.push('style sheet with an external reference');
    for (const child of el.children) visit(child);
  };
  visit(root);
  return problems;
}

/** True when a style sheet reaches nothing outside: every url() is `#id` or an embedded font (`data:font/…`), no @import. */
export function styleSheetSafe(css: string): boolean {
  if (/@import|expression\s*\(|javascript:/i.test(css)) return false;
  for (const m of css.matchAll(URL_REF)) {
    const target = (m[2] ?? '').trim();
    if (!target.startsWith('#') && !/^data:font\/woff2;base64,[A-Za-z0-9+/=]+$/.test(target)) return false;
  }
  return true;
}
