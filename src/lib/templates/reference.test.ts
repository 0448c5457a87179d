import { describe, expect, it } from 'vitest';
import reference from '../../../docs/data-format.md?raw';
import { reportJson } from '../../cli/validate.ts';
import { ingestText } from '../ingest/index.ts';
import { FLAG_WORDS, KINDS, type NoticeCode, type ProblemCode } from '../model/index.ts';
import { plainText, type Block } from './markdown.ts';
import { markdownPart, referenceBlocks, referenceSections } from './reference.ts';

describe('markdownPart', () => {
  it.each([
    ['takes the lines under the named level-2 heading', '# T\n## A\na\n## B\nb', 'A', 'a'],
    ['stops at the next level-1 heading too', '## A\na\n# Next\nx', 'A', 'a'],
    ['keeps level-3 headings and below', '## A\n### 1. x\ny\n## B', 'A', '### 1. x\ny'],
    ['does not stop at a hash line inside a fenced block', '## A\n```\n## not a heading\n```\n## B', 'A', '```\n## not a heading\n```'],
    ['ignores closing hashes on the heading', '## English ##\ne', 'English', 'e'],
    ['gives nothing for a missing heading', '## A\na', 'B', ''],
  ])('%s', (_name, markdown, title, expected) => {
    expect(markdownPart(markdown, title)).toBe(expected);
  });
});

const parts = { vi: referenceBlocks(reference, 'vi'), en: referenceBlocks(reference, 'en') };
const headings = (blocks: readonly Block[]) => blocks.flatMap((b) => (b.type === 'heading' ? [b] : []));
const codeBlocks = (blocks: readonly Block[], lang: string) =>
  blocks.flatMap((b) => (b.type === 'code' && b.lang === lang ? [b.text] : []));
const partText = { vi: markdownPart(reference, 'Tiếng Việt'), en: markdownPart(reference, 'English') };

describe('docs/data-format.md', () => {
  it.each(['vi', 'en'] as const)('has a %s part whose sections are level-1 headings with ids by number', (lang) => {
    const sections = referenceSections(parts[lang]);
    expect(sections.map((s) => s.id)).toEqual(['1', '2', '3', '4', '5', '6', '7'].map((n) => `data-format-${n}`));
    expect(headings(parts[lang]).every((h) => h.level === 1 || h.level === 2)).toBe(true);
  });

  it('numbers the sections of both languages alike, so "§3.2" means the same in each', () => {
    const ids = (lang: 'vi' | 'en') => headings(parts[lang]).map((h) => h.id);
    expect(ids('en')).toEqual(ids('vi'));
  });

  it('shows the same example files in both languages', () => {
    expect(codeBlocks(parts.en, 'csv')).toEqual(codeBlocks(parts.vi, 'csv'));
    expect(codeBlocks(parts.vi, 'csv').length).toBeGreaterThanOrEqual(KINDS.length);
  });

  it('has an example file of every kind', () => {
    const kinds = codeBlocks(parts.vi, 'csv').map((csv) => ingestText(csv, { fileName: 'x.csv' }).kind);
    expect(new Set(kinds)).toEqual(new Set(KINDS.map((k) => k.kind)));
  });

  it.each(['vi', 'en'] as const)('in %s, every example file imports with no problem, except the one whose JSON it prints', (lang) => {
    const blocks = parts[lang].filter((b) => b.type === 'code');
    blocks.forEach((b, i) => {
      if (b.type !== 'code' || b.lang !== 'csv') return;
      const next = blocks[i + 1];
      if (next?.type === 'code' && next.lang === 'json') {
        const printed = JSON.parse(next.text) as { file: string };
        expect(reportJson(ingestText(b.text, { fileName: printed.file }), lang)).toEqual(printed);
      } else {
        const report = ingestText(b.text, { fileName: 'x.csv' });
        expect(report.problems, b.text).toEqual([]);
        expect(report.table?.length, b.text).toBeGreaterThan(0);
      }
    });
  });

  it.each(['vi', 'en'] as const)('in %s, names every column of every kind and each of its Vietnamese names', (lang) => {
    const text = partText[lang];
    for (const spec of KINDS) {
      for (const f of spec.fields) {
        if (f.type === 'flag') continue; // tc01 … tc19: named as a range
        expect(text, `${spec.kind}.${f.name}`).toContain(`\`${f.name}\``);
        for (const alias of f.aliases) expect(text, `${spec.kind}.${f.name}: ${alias}`).toContain(`\`${alias}\``);
      }
    }
    expect(text).toContain('`tc01` … `tc19`');
    for (const word of [...FLAG_WORDS.yes, ...FLAG_WORDS.no]) expect(text, `flag word ${word}`).toContain(`\`${word}\``);
  });

  // Every code the engine reports, and whether the reference explains it: a new code fails to
  // compile here until someone decides (false: declared but never reported).
  const DOCUMENTED: Record<ProblemCode | NoticeCode, boolean> = {
    'file-empty': true,
    'file-header-only': true,
    'file-not-text': true,
    'file-excel': true,
    'file-missing-column': true,
    'file-duplicate-column': true,
    'file-unterminated-quote': true,
    'file-undecodable': true,
    'file-kind-unknown': true,
    'file-read-failed': true,
    'row-field-count': true,
    'row-empty-required': true,
    'row-one-of-required': true,
    'row-not-number': true,
    'row-fraction-in-count': true,
    'row-negative': true,
    'row-met-over-total': true,
    'row-year-range': true,
    'row-year-invalid': true,
    'row-total-not-positive': true,
    'row-value-not-allowed': true,
    'row-duplicate-key': true,
    'title-rows-skipped': true,
    'blank-rows-skipped': true,
    'total-row-skipped': true,
    'converted-legacy': true,
    'data-loss': true,
    'number-format-chosen': true,
    'column-ignored': true,
    'extra-columns-kept': true,
    'column-unnamed-ignored': true,
    'nfc-normalised': true,
  };

  it.each(['vi', 'en'] as const)('in %s, explains every problem and notice the engine reports', (lang) => {
    const documented = Object.entries(DOCUMENTED)
      .filter(([, yes]) => yes)
      .map(([code]) => code);
    const missing = documented.filter((code) => !partText[lang].includes(`\`${code}\``));
    expect(missing).toEqual([]);
  });

  it.each(['vi', 'en'] as const)('in %s, says that an empty criteria_total is read as 19 while the 2026–2030 set has 10', (lang) => {
    const paragraphs = parts[lang].flatMap((b) => (b.type === 'paragraph' ? [plainText(b.children)] : []));
    const total = paragraphs.find((text) => text.includes('criteria_total') && text.includes('2026–2030'));
    expect(total).toMatch(/\b19\b[^]*\b10\b/);
  });
});
