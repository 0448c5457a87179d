/**
 * A small Markdown reader for the subset the project's own documents use (docs/data-format.md):
 * headings, paragraphs, bullet and numbered lists (nested by indentation), tables, fenced code,
 * inline `code`, **bold** and *italic*. It gives a token tree of plain text, never markup, so a
 * component can render it with ordinary elements and text nodes. Anything outside the subset
 * (links, HTML, block quotes) is kept as the text it is.
 */

/** A run of inline content. */
export type Inline =
  | { type: 'text'; text: string }
  | { type: 'code'; text: string }
  | { type: 'strong'; children: Inline[] }
  | { type: 'em'; children: Inline[] };

/** One item of a list: its first paragraph, then any blocks under it (a nested list…). */
export interface ListItem {
  children: Inline[];
  blocks: Block[];
}

/** A block of the document. */
export type Block =
  | { type: 'heading'; level: number; id: string; children: Inline[] }
  | { type: 'paragraph'; children: Inline[] }
  | { type: 'list'; ordered: boolean; start: number; items: ListItem[] }
  | { type: 'table'; head: Inline[][]; rows: Inline[][][] }
  | { type: 'code'; lang: string; text: string };

/** How `parseMarkdown` names headings. */
export interface MarkdownOptions {
  /** Put before every heading id, so ids do not clash with the page's own. */
  idPrefix?: string;
}

const FENCE = /^ {0,3}(`{3,})\s*([^`\s]*)[^`]*$/;
const HEADING = /^ {0,3}(#{1,6})(?:\s+(.*?))?(?:\s+#+)?\s*$/;
const ITEM = /^( *)([-*+]|\d{1,9}[.)])( +|$)(.*)$/;
const TABLE_RULE = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/;
const BLANK = /^\s*$/;
const SECTION_NUMBER = /^(\d+(?:\.\d+)*)\.?(?:\s|$)/;

/**
 * Reads a Markdown text into blocks. Heading ids are the section number where the heading has
 * one (`### 3.2 Units` → `3-2`), else the heading's words without diacritics; unique in the text.
 * @example parseMarkdown('## 1. Tệp\n\nMột `CSV`.') // [{ type: 'heading', level: 2, id: '1', … }, { type: 'paragraph', … }]
 */
export function parseMarkdown(source: string, options: MarkdownOptions = {}): Block[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const ids = new Set<string>();
  const name = (text: string): string => {
    const base = (options.idPrefix ?? '') + headingSlug(text);
    let id = base;
    for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
    ids.add(id);
    return id;
  };
  return readBlocks(lines, name);
}

/** The id part a heading's text gives: its section number (dots as dashes), or its words folded. */
export function headingSlug(text: string): string {
  const numbered = SECTION_NUMBER.exec(text);
  if (numbered) return numbered[1]!.replace(/\./g, '-');
  const words = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return words || 'section';
}

/** The text of inline content without its formatting. */
export function plainText(inlines: readonly Inline[]): string {
  return inlines.map((n) => (n.type === 'text' || n.type === 'code' ? n.text : plainText(n.children))).join('');
}

/** Reads lines (already split, no line endings) into blocks. */
function readBlocks(lines: readonly string[], name: (text: string) => string): Block[] {
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (BLANK.test(line)) {
      i++;
      continue;
    }
    const fence = FENCE.exec(line);
    if (fence) {
      const close = new RegExp(`^ {0,3}${fence[1]}\`*\\s*$`);
      const body: string[] = [];
      for (i++; i < lines.length && !close.test(lines[i]!); i++) body.push(lines[i]!);
      i++; // the closing fence (or the end of the text)
      blocks.push({ type: 'code', lang: fence[2] ?? '', text: body.join('\n') });
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      const children = parseInline(heading[2] ?? '');
      blocks.push({ type: 'heading', level: heading[1]!.length, id: name(plainText(children)), children });
      i++;
      continue;
    }
    if (startsTable(lines, i)) {
      const head = splitRow(line);
      const rows: Inline[][][] = [];
      for (i += 2; i < lines.length && lines[i]!.includes('|') && !BLANK.test(lines[i]!); i++) {
        const cells = splitRow(lines[i]!);
        rows.push(head.map((_, c) => parseInline(cells[c] ?? '')));
      }
      blocks.push({ type: 'table', head: head.map(parseInline), rows });
      continue;
    }
    if (ITEM.test(line)) {
      i = readList(lines, i, blocks, name);
      continue;
    }
    const text: string[] = [line.trim()];
    for (i++; i < lines.length && !endsParagraph(lines, i); i++) text.push(lines[i]!.trim());
    blocks.push({ type: 'paragraph', children: parseInline(text.join(' ')) });
  }
  return blocks;
}

/** True when line `i` starts a table: a row with a pipe, then a rule of dashes. */
function startsTable(lines: readonly string[], i: number): boolean {
  const next = lines[i + 1];
  return lines[i]!.includes('|') && next !== undefined && next.includes('-') && TABLE_RULE.test(next);
}

/** True when line `i` cannot continue a paragraph: blank, or the start of another block. */
function endsParagraph(lines: readonly string[], i: number): boolean {
  const line = lines[i]!;
  if (BLANK.test(line) || FENCE.test(line) || HEADING.test(line) || startsTable(lines, i)) return true;
  const item = ITEM.exec(line);
  // As in CommonMark, a numbered line interrupts a paragraph only when it counts from 1
  // ("… is\n103. Only" stays one paragraph), and an empty item never does.
  if (!item || item[4] === '') return false;
  return !/^\d/.test(item[2]!) || parseInt(item[2]!, 10) === 1;
}

/** The cells of a table row, split on pipes that are not escaped as `\|`. */
function splitRow(line: string): string[] {
  let row = line.trim();
  if (row.startsWith('|')) row = row.slice(1);
  if (row.endsWith('|') && !row.endsWith('\\|')) row = row.slice(0, -1);
  const cells: string[] = [];
  let cell = '';
  for (let k = 0; k < row.length; k++) {
    const c = row[k]!;
    if (c === '\\' && row[k + 1] === '|') {
      cell += '|';
      k++;
    } else if (c === '|') {
      cells.push(cell.trim());
      cell = '';
    } else cell += c;
  }
  cells.push(cell.trim());
  return cells;
}

/** Reads the list starting at line `i` into `blocks`; returns the line after it. */
function readList(lines: readonly string[], i: number, blocks: Block[], name: (text: string) => string): number {
  const first = ITEM.exec(lines[i]!)!;
  const indent = first[1]!.length;
  const ordered = /^\d/.test(first[2]!);
  const delimiter = first[2]!.slice(-1);
  const sameList = (m: RegExpExecArray | null): m is RegExpExecArray =>
    m !== null && m[1]!.length === indent && /^\d/.test(m[2]!) === ordered && m[2]!.slice(-1) === delimiter;
  const items: ListItem[] = [];
  while (i < lines.length) {
    const m = ITEM.exec(lines[i]!);
    if (!sameList(m)) break;
    const content = indent + m[2]!.length + Math.max(1, m[3]!.length);
    const body: string[] = [m[4]!];
    for (i++; i < lines.length; i++) {
      const line = lines[i]!;
      if (BLANK.test(line)) {
        // A blank line ends the item unless what follows is indented under it.
        const next = lines.slice(i + 1).find((l) => !BLANK.test(l));
        if (next !== undefined && leading(next) >= content) {
          body.push('');
          continue;
        }
        break;
      }
      if (leading(line) >= content) body.push(line.slice(content));
      else if (sameList(ITEM.exec(line)) || endsParagraph(lines, i)) break;
      else body.push(line.trim()); // a lazy continuation of the item's text
    }
    const inner = readBlocks(body, name);
    const lead = inner[0]?.type === 'paragraph' ? inner.shift()! : null;
    items.push({ children: lead?.type === 'paragraph' ? lead.children : [], blocks: inner });
    // Items of one list may be parted by blank lines.
    let next = i;
    while (next < lines.length && BLANK.test(lines[next]!)) next++;
    if (next < lines.length && sameList(ITEM.exec(lines[next]!))) i = next;
  }
  blocks.push({ type: 'list', ordered, start: ordered ? parseInt(first[2]!, 10) : 1, items });
  return i;
}

/** The number of spaces a line starts with. */
function leading(line: string): number {
  return line.length - line.trimStart().length;
}

/**
 * Reads inline content: `code` (any number of backticks), **bold**, *italic*, and backslash
 * escapes of punctuation. An opening mark with no closing one is kept as text.
 * @example parseInline('**Tệp** `CSV`') // [{ type: 'strong', children: [{ type: 'text', text: 'Tệp' }] }, { type: 'text', text: ' ' }, { type: 'code', text: 'CSV' }]
 */
export function parseInline(source: string): Inline[] {
  const out: Inline[] = [];
  const text = (t: string) => {
    const last = out[out.length - 1];
    if (last?.type === 'text') last.text += t;
    else if (t) out.push({ type: 'text', text: t });
  };
  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    if (c === '\\' && i + 1 < source.length && /[!-/:-@[-`{-~]/.test(source[i + 1]!)) {
      text(source[i + 1]!);
      i += 2;
      continue;
    }
    if (c === '`') {
      const run = runLength(source, i, '`');
      const close = findCodeClose(source, i + run, run);
      if (close < 0) {
        text(source.slice(i, i + run));
        i += run;
        continue;
      }
      let code = source.slice(i + run, close);
      if (code.length > 2 && code.startsWith(' ') && code.endsWith(' ') && code.trim() !== '') code = code.slice(1, -1);
      out.push({ type: 'code', text: code });
      i = close + run;
      continue;
    }
    if (c === '*') {
      const strong = source.startsWith('**', i);
      const mark = strong ? '**' : '*';
      const start = i + mark.length;
      const close = findEmphasisClose(source, start, mark);
      if (close > start && !/\s/.test(source[start]!) && !/\s/.test(source[close - 1]!)) {
        out.push({ type: strong ? 'strong' : 'em', children: parseInline(source.slice(start, close)) });
        i = close + mark.length;
        continue;
      }
      text(mark);
      i = start;
      continue;
    }
    const next = nextSpecial(source, i + 1);
    text(source.slice(i, next));
    i = next;
  }
  return out;
}

/** The index of the next character that may start inline markup, or the end. */
function nextSpecial(s: string, from: number): number {
  for (let k = from; k < s.length; k++) if (s[k] === '\\' || s[k] === '`' || s[k] === '*') return k;
  return s.length;
}

function runLength(s: string, at: number, ch: string): number {
  let n = 0;
  while (s[at + n] === ch) n++;
  return n;
}

/** Where a code span opened by `run` backticks closes: a run of exactly as many, or -1. */
function findCodeClose(s: string, from: number, run: number): number {
  for (let k = s.indexOf('`', from); k >= 0; k = s.indexOf('`', k)) {
    const n = runLength(s, k, '`');
    if (n === run) return k;
    k += n;
  }
  return -1;
}

/** Where emphasis opened by `mark` closes, skipping code spans and escapes; -1 when it does not. */
function findEmphasisClose(s: string, from: number, mark: string): number {
  for (let k = from; k < s.length; k++) {
    const c = s[k]!;
    if (c === '\\') k++;
    else if (c === '`') {
      const run = runLength(s, k, '`');
      const close = findCodeClose(s, k + run, run);
      k = close < 0 ? k + run - 1 : close + run - 1;
    } else if (s.startsWith(mark, k) && (mark === '**' || s[k + 1] !== '*')) return k;
    else if (mark === '*' && s.startsWith('**', k)) {
      // Bold inside italic: step over it whole.
      const close = findEmphasisClose(s, k + 2, '**');
      if (close < 0) return -1;
      k = close + 1;
    }
  }
  return -1;
}
