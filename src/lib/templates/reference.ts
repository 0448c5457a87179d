/**
 * The CSV format reference (docs/data-format.md) as the Templates page shows it: the part in
 * the user's language (the document has a Vietnamese part, then an English one, each under its
 * own level-2 heading), read into blocks whose sections are the top headings.
 */
import type { Lang } from '../i18n/index.ts';
import { parseMarkdown, plainText, type Block } from './markdown.ts';

/** The level-2 heading that opens each language's part of the document. */
export const PART_TITLES: Readonly<Record<Lang, string>> = { vi: 'Tiếng Việt', en: 'English' };

/** The id of the reference on the page, and the prefix of its headings' ids (`data-format-3`). */
export const REFERENCE_ID = 'data-format';

/** One entry of the reference's table of contents. */
export interface ReferenceSection {
  id: string;
  text: string;
}

const FENCE = /^ {0,3}```/;
const TOP_HEADING = /^ {0,2}#{1,2}(?:\s|$)/;

/**
 * The Markdown under the level-2 heading `title`, up to the next heading of level 1 or 2 (one
 * inside a fenced code block does not count); '' when there is no such heading.
 * @example markdownPart('## A\nx\n## B\ny', 'B') === 'y'
 */
export function markdownPart(markdown: string, title: string): string {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [];
  let inside = false;
  let fenced = false;
  for (const line of lines) {
    if (!fenced && TOP_HEADING.test(line)) {
      if (inside) break;
      inside =
        /^ {0,2}##\s/.test(line) &&
        line
          .replace(/^ {0,2}##\s+/, '')
          .replace(/\s+#*\s*$/, '')
          .trim() === title;
      continue;
    }
    if (FENCE.test(line)) fenced = !fenced;
    if (inside) out.push(line);
  }
  return out.join('\n').trim();
}

/**
 * The blocks of one language's part of the reference, heading ids prefixed with `REFERENCE_ID`,
 * heading levels moved up so that the part's sections are level 1 (its subsections level 2).
 */
export function referenceBlocks(markdown: string, lang: Lang): Block[] {
  const blocks = parseMarkdown(markdownPart(markdown, PART_TITLES[lang]), { idPrefix: `${REFERENCE_ID}-` });
  const levels = blocks.flatMap((b) => (b.type === 'heading' ? [b.level] : []));
  const shift = levels.length ? Math.min(...levels) - 1 : 0;
  return blocks.map((b) => (b.type === 'heading' ? { ...b, level: b.level - shift } : b));
}

/** The part's sections (its level-1 headings), for a table of contents. */
export function referenceSections(blocks: readonly Block[]): ReferenceSection[] {
  return blocks.flatMap((b) => (b.type === 'heading' && b.level === 1 ? [{ id: b.id, text: plainText(b.children) }] : []));
}
