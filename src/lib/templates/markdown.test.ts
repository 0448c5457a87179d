import { describe, expect, it } from 'vitest';
import { headingSlug, parseInline, parseMarkdown, plainText, type Block, type Inline } from './markdown.ts';

const t = (text: string): Inline => ({ type: 'text', text });
const code = (text: string): Inline => ({ type: 'code', text });
const strong = (...children: Inline[]): Inline => ({ type: 'strong', children });
const em = (...children: Inline[]): Inline => ({ type: 'em', children });
const p = (...children: Inline[]): Block => ({ type: 'paragraph', children });
const item = (...children: Inline[]) => ({ children, blocks: [] as Block[] });

describe('parseInline', () => {
  it.each<[string, string, Inline[]]>([
    ['plain text stays one text node', 'Tệp CSV UTF-8', [t('Tệp CSV UTF-8')]],
    ['backticks make a code span', 'cột `criteria_total` thôi', [t('cột '), code('criteria_total'), t(' thôi')]],
    ['a code span keeps stars and underscores as written', '`**not bold** _x_`', [code('**not bold** _x_')]],
    ['double backticks may hold a single one', '`` a ` b ``', [code('a ` b')]],
    ['double stars make bold text', 'ô trống **không bao giờ** là 0', [t('ô trống '), strong(t('không bao giờ')), t(' là 0')]],
    ['bold may hold a code span', '**Tệp `CSV`**', [strong(t('Tệp '), code('CSV'))]],
    ['a star pair makes italic text', '*For the people*', [em(t('For the people'))]],
    ['italic may hold bold', '*a **b** c*', [em(t('a '), strong(t('b')), t(' c'))]],
    ['underscores inside names are plain text', 'money_million_vnd and ghi_chu', [t('money_million_vnd and ghi_chu')]],
    ['a star with spaces around it is plain text', '2 * 3 * 4', [t('2 * 3 * 4')]],
    ['an unclosed bold mark is plain text', '**hơn 57', [t('**hơn 57')]],
    ['an unclosed backtick is plain text', 'a ` b', [t('a ` b')]],
    ['a backslash escapes punctuation', '\\*not italic\\* a\\|b', [t('*not italic* a|b')]],
    ['a backslash before a letter stays', 'C:\\data', [t('C:\\data')]],
    ['markup-looking text is only text', '<b>x</b> & [link](http://a)', [t('<b>x</b> & [link](http://a)')]],
  ])('%s', (_name, source, expected) => {
    expect(parseInline(source)).toEqual(expected);
  });
});

describe('parseMarkdown', () => {
  it.each<[string, string, Block[]]>([
    ['lines of a paragraph join with spaces', 'Một tệp\nlà một bảng.', [p(t('Một tệp là một bảng.'))]],
    ['a blank line parts two paragraphs', 'A\n\nB', [p(t('A')), p(t('B'))]],
    ['a numbered line that does not count from 1 continues a paragraph', 'is\n103. Only', [p(t('is 103. Only'))]],
    [
      'a heading takes its level from the hashes',
      '### 3.2 Đơn vị',
      [{ type: 'heading', level: 3, id: '3-2', children: [t('3.2 Đơn vị')] }],
    ],
    [
      'closing hashes are not part of the heading',
      '## English ##',
      [{ type: 'heading', level: 2, id: 'english', children: [t('English')] }],
    ],
    ['a hash without a space is text', '#5 là số', [p(t('#5 là số'))]],
    [
      'a fenced block keeps its lines as written',
      '```csv\nXã,Năm\n**x**,2018\n```',
      [{ type: 'code', lang: 'csv', text: 'Xã,Năm\n**x**,2018' }],
    ],
    ['a fenced block may hold blank lines and hashes', '```\na\n\n## b\n```', [{ type: 'code', lang: '', text: 'a\n\n## b' }]],
    ['an unclosed fence runs to the end', '```sh\nnpm test', [{ type: 'code', lang: 'sh', text: 'npm test' }]],
    [
      'bullets make an unordered list',
      '- a\n- **b**',
      [{ type: 'list', ordered: false, start: 1, items: [item(t('a')), item(strong(t('b')))] }],
    ],
    [
      'numbers make an ordered list',
      '1. Tệp\n2. Lưu',
      [{ type: 'list', ordered: true, start: 1, items: [item(t('Tệp')), item(t('Lưu'))] }],
    ],
    [
      'an ordered list keeps its first number',
      '3. c\n4. d',
      [{ type: 'list', ordered: true, start: 3, items: [item(t('c')), item(t('d'))] }],
    ],
    [
      'indented lines continue an item',
      '- một\n  hai\n- ba',
      [{ type: 'list', ordered: false, start: 1, items: [item(t('một hai')), item(t('ba'))] }],
    ],
    [
      'an unindented line right after an item continues it',
      '- một\nhai',
      [{ type: 'list', ordered: false, start: 1, items: [item(t('một hai'))] }],
    ],
    [
      'items parted by a blank line stay one list',
      '- a\n\n- b',
      [{ type: 'list', ordered: false, start: 1, items: [item(t('a')), item(t('b'))] }],
    ],
    [
      'a paragraph after a list is its own block',
      '- a\n\nB',
      [{ type: 'list', ordered: false, start: 1, items: [item(t('a'))] }, p(t('B'))],
    ],
    [
      'a bullet right after a paragraph line starts a list',
      'A:\n- b',
      [p(t('A:')), { type: 'list', ordered: false, start: 1, items: [item(t('b'))] }],
    ],
  ])('%s', (_name, source, expected) => {
    expect(parseMarkdown(source)).toEqual(expected);
  });

  it('nests a list indented under an item', () => {
    const [list] = parseMarkdown('- `--json`: in\n  - `records`: rows\n    that loaded\n  - `notices`\n- exit');
    expect(list).toEqual({
      type: 'list',
      ordered: false,
      start: 1,
      items: [
        {
          children: [code('--json'), t(': in')],
          blocks: [
            { type: 'list', ordered: false, start: 1, items: [item(code('records'), t(': rows that loaded')), item(code('notices'))] },
          ],
        },
        item(t('exit')),
      ],
    });
  });

  it.each<[string, string, Inline[][], Inline[][][]]>([
    ['a table has a head and rows of cells', '| a | b |\n|---|---|\n| 1 | `x` |', [[t('a')], [t('b')]], [[[t('1')], [code('x')]]]],
    ['outer pipes are optional and alignment colons are ignored', 'a | b\n:--|--:\n1 | 2', [[t('a')], [t('b')]], [[[t('1')], [t('2')]]]],
    ['an escaped pipe stays in its cell', '| a |\n|---|\n| x \\| y |', [[t('a')]], [[[t('x | y')]]]],
    [
      'short rows are padded and long rows cut to the head',
      '| a | b |\n|---|---|\n| 1 |\n| 1 | 2 | 3 |',
      [[t('a')], [t('b')]],
      [
        [[t('1')], []],
        [[t('1')], [t('2')]],
      ],
    ],
    [
      'cells may hold bold and code',
      '| **x** |\n|---|\n| `tc01` … `tc19` |',
      [[strong(t('x'))]],
      [[[code('tc01'), t(' … '), code('tc19')]]],
    ],
  ])('%s', (_name, source, head, rows) => {
    expect(parseMarkdown(source)).toEqual([{ type: 'table', head, rows }]);
  });

  it('ends a table at the first line without a pipe', () => {
    const blocks = parseMarkdown('| a |\n|---|\n| 1 |\nafter');
    expect(blocks.map((b) => b.type)).toEqual(['table', 'paragraph']);
  });

  it('reads a line with a pipe but no rule under it as text', () => {
    expect(parseMarkdown('`--lang vi|en` chọn ngôn ngữ')).toEqual([p(code('--lang vi|en'), t(' chọn ngôn ngữ'))]);
  });

  it('reads CRLF line endings like LF', () => {
    expect(parseMarkdown('# A\r\n\r\nB\r\nC')).toEqual(parseMarkdown('# A\n\nB\nC'));
  });

  it('prefixes heading ids and keeps them unique', () => {
    const ids = parseMarkdown('## 1. Tệp\n## Ví dụ\n## Ví dụ\n#### 2.10 Đơn vị', { idPrefix: 'ref-' }).flatMap((b) =>
      b.type === 'heading' ? [b.id] : [],
    );
    expect(ids).toEqual(['ref-1', 'ref-vi-du', 'ref-vi-du-2', 'ref-2-10']);
  });
});

describe('headingSlug', () => {
  it.each([
    ['5.3 Trùng khóa', '5-3'],
    ['1. Tệp CSV và các loại bảng', '1'],
    ['Đóng góp tiền, ngày công', 'dong-gop-tien-ngay-cong'],
    ['English', 'english'],
    ['???', 'section'],
  ])('names "%s" as "%s"', (text, slug) => {
    expect(headingSlug(text)).toBe(slug);
  });
});

describe('plainText', () => {
  it('drops the formatting and keeps every word', () => {
    expect(plainText(parseInline('**Tệp** `CSV` *UTF-8*'))).toBe('Tệp CSV UTF-8');
  });
});
