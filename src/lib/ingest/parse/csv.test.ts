import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { guessLineEndings, RowSplitter, splitRows, type PapaHandle, type RowChunk } from './csv.ts';
import { mulberry32, sampleText } from '../../sample/index.ts';

/** Rows and their lines, from the text fed in pieces of random sizes. */
function split(text: string, pieces: number, chunkSize?: number) {
  const rows: string[][] = [];
  const lines: number[] = [];
  const onChunk = (c: RowChunk) => {
    rows.push(...c.rows);
    lines.push(...c.lines);
  };
  const splitter = new RowSplitter(';', onChunk, chunkSize);
  const random = mulberry32(pieces);
  for (let at = 0; at < text.length;) {
    const size = 1 + Math.floor(random() * pieces);
    splitter.push(text.slice(at, at + size));
    at += size;
  }
  return { rows, lines, result: splitter.finish() };
}

describe('RowSplitter', () => {
  const text = sampleText({ kind: 'contributions', rows: 15000, seed: 1 }).replace(/Hỗ trợ hộ nghèo/g, '"Hỗ trợ\r\nhộ; nghèo ""x"""');
  it('gives the same rows and lines however the text arrives', () => {
    const whole = split(text, text.length);
    expect(whole.rows.length).toBe(15002); // header, rows, and the empty row after the last line break
    expect(whole.rows).toEqual(Papa.parse<string[]>(text, { delimiter: ';' }).data);
    for (const pieces of [1000, 77777, 3_000_000]) expect(split(text, pieces)).toEqual(whole);
    expect(split(text, 5000, 4096)).toEqual(whole);
  });
  it('without quotes, gives the rows of Papa.parse on the whole text, for every line ending and chunk size', () => {
    // Over a megabyte: the first megabyte is held until the line ending is guessed from it.
    const plain = sampleText({ kind: 'contributions', rows: 15000, seed: 2 });
    expect(plain.length).toBeGreaterThan(1024 * 1024);
    expect(plain.includes('"')).toBe(false);
    for (const newline of ['\n', '\r\n', '\r']) {
      const text = plain.replace(/\r\n/g, newline);
      const papa = Papa.parse<string[]>(text, { delimiter: ';', newline: newline as '\n' }).data;
      for (const chunkSize of [50, 4096]) {
        const { rows, lines } = split(text, 300, chunkSize);
        expect(rows).toEqual(papa);
        expect(lines).toEqual(papa.map((_, i) => i + 1));
      }
    }
  });
  it('counts a line break inside a quoted cell as a line', () => {
    const { rows, lines } = split('a;b\r\n"x\r\ny";1\r\nz;2', 3);
    expect(rows).toEqual([
      ['a', 'b'],
      ['x\r\ny', '1'],
      ['z', '2'],
    ]);
    expect(lines).toEqual([1, 2, 4]);
  });
  it('names the line of an unterminated quote, even far into a large file', () => {
    const body = Array.from({ length: 100000 }, (_, i) => `row ${i};${i}`);
    body[80000] = '"open;80000';
    const result = splitRows(['h;v', ...body].join('\r\n'), ';', () => {});
    expect(result.unterminatedQuote).toEqual({ line: 80002, rowLine: 80002, field: 0 });
  });
  it.each([
    ['in the first cell', 'a;b\r\n"x;1\r\nz;2', { line: 2, rowLine: 2, field: 0 }],
    ['in a later cell', 'a;b;c\r\n1;2;"x\r\n3;4;5', { line: 2, rowLine: 2, field: 2 }],
    ['after a cell written on two lines', 'a;b;c\r\n"x\r\ny";2;"open\r\n3;4;5', { line: 3, rowLine: 2, field: 2 }],
    ['in the header', 'a;b;"c\r\n1;2;3', { line: 1, rowLine: 1, field: 2 }],
  ])('says where a quote never closed opens: %s', (_, text, where) => {
    for (const pieces of [1, 3, text.length]) expect(split(text, pieces).result.unterminatedQuote).toEqual(where);
  });
  it('finds no open quote in well-quoted text', () => {
    expect(split('a;b\r\n"x\r\n""y""";1\r\n', 4).result.unterminatedQuote).toBeNull();
  });
  it('drops a leading byte order mark, as Papa.parse does', () => {
    expect(split('\ufeffa;b\r\n1;2', 2).rows[0]).toEqual(['a', 'b']);
  });
});

describe('guessLineEndings guesses as PapaParse does', () => {
  const Handle = (Papa as unknown as { ParserHandle: new (c: object) => PapaHandle }).ParserHandle;
  const papa = (s: string) => new Handle({}).guessLineEndings(s, '"');
  it.each(['a\r\nb\r\nc', 'a\nb', 'a\rb\rc', '\na\rb', 'a\r\nb\rc\rd', '"x\r\ny"\nz', 'no breaks', '"open\r\nx'])('%j', (s) => {
    expect(guessLineEndings(s)).toBe(papa(s));
  });
  it('on random texts of breaks, quotes and letters', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('\r', '\n', '\r\n', '"', 'a', ';'), { maxLength: 40 }).map((a) => a.join('')),
        (s) => {
          expect(guessLineEndings(s)).toBe(papa(s));
        },
      ),
      { numRuns: 20000 },
    );
  });
  it('looks at the first megabyte only, as PapaParse does', () => {
    const s = 'a\r\n'.repeat(300_000) + 'b\r'.repeat(900_000);
    expect(guessLineEndings(s)).toBe(papa(s.slice(0, 1024 * 1024)));
  });
});

describe('RowSplitter on a later part of a file', () => {
  it('keeps a U+FEFF at its start as data (only a whole text starts with a byte order mark)', () => {
    const rows: string[][] = [];
    const part = new RowSplitter(';', (c) => rows.push(...c.rows), undefined, '\n');
    part.push('\uFEFFa;b\nc;d\n');
    part.finish();
    expect(rows.slice(0, 2)).toEqual([
      ['\uFEFFa', 'b'],
      ['c', 'd'],
    ]);
    const whole: string[][] = [];
    const text = new RowSplitter(';', (c) => whole.push(...c.rows));
    text.push('\uFEFFa;b\n');
    text.finish();
    expect(whole[0]).toEqual(['a', 'b']);
  });
});
