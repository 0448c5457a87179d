import { describe, expect, it } from 'vitest';
import { ingestBytes } from './text-ingest.ts';
import { type IngestReport } from '../../model/index.ts';
import { readPart, roughCuts, runPartHere, type PartRunner } from './parts.ts';
import { ReportAssembler, runImport, type ImportRequest, type PartsSetup } from '../worker/index.ts';
import { sampleText } from '../../sample/index.ts';

const json = (r: IngestReport) => JSON.stringify(r, (_k, v) => (ArrayBuffer.isView(v) ? Array.from(v as Uint8Array) : v));

/** `json(report)` must equal `want`; on failure, only the neighbourhood of the first difference is shown. */
function expectSame(report: IngestReport, want: string, what: string) {
  const got = json(report);
  let at = 0;
  while (at < got.length && got[at] === want[at]) at++;
  expect(got.slice(Math.max(0, at - 150), at + 150), what).toBe(want.slice(Math.max(0, at - 150), at + 150));
  expect(got.length, what).toBe(want.length);
}
const encode = (s: string) => new TextEncoder().encode(s);

/** Imports `bytes` as the worker does, in parts when `setup` allows; the report and the parts started. */
async function importIn(bytes: Uint8Array, setup: PartsSetup) {
  const started: number[] = [];
  let cancelled = 0;
  const runPart: PartRunner | undefined =
    setup.runPart &&
    ((request, onProgress) => {
      started.push(request.file.size);
      const job = setup.runPart!(request, onProgress);
      return { result: job.result, cancel: () => void cancelled++ };
    });
  const request: ImportRequest = {
    type: 'import',
    file: new Blob([bytes as Uint8Array<ArrayBuffer>]),
    fileName: 'f.csv',
    chunkBytes: 64 * 1024,
  };
  const assembler = new ReportAssembler();
  await runImport(request, (m) => void assembler.take(m), { ...setup, ...(runPart ? { runPart } : {}) });
  // A part is cancelled when it or one before it could not be used.
  return { report: assembler.report ?? { failure: assembler.failure }, started, cancelled };
}

/** Parts of at least 256 KB: files of a few MB are cut in 2, 3 or 4. */
const split = (parts: number): PartsSetup => ({ runPart: runPartHere, parts, minPartBytes: 256 * 1024 });

/** Moves the lines at `from` (0-based, after the header) to the end of the text, as duplicates of themselves. */
function duplicateAtEnd(text: string, from: number[]): string {
  const lines = text.split('\r\n');
  const copies = from.map((i) => lines[i + 1]!);
  return lines.slice(0, -1).concat(copies).join('\r\n') + '\r\n';
}

/**
 * Each test below reads a file of a few megabytes several times, whole and in 2–4 parts: up to
 * about 5 s on an idle 2-core machine, more on a loaded one, where Vitest's default of 5 s made
 * them fail now and then. Smaller files would not be cut the same way (a part is at least
 * 256 KB, and the first megabyte, which decides the line ending, is never cut).
 */
const SLOW = 60_000;

describe('reading a large file in parts', () => {
  const pledges = sampleText({ kind: 'pledges', rows: 40000, seed: 4 });
  const cases: [string, string][] = [
    ['clean contributions', sampleText({ kind: 'contributions', rows: 30000, seed: 5 })],
    // Optional columns absent (a part leaves them out, see TableBuilder), or filled by a default (criteria_total).
    ['contributions with only the required columns', sampleText({ kind: 'contributions', rows: 30000, seed: 5, compact: true })],
    ['criteria with only the required columns', sampleText({ kind: 'criteria', rows: 45000, seed: 8, compact: true })],
    // Row errors all through: every 7th year is missing.
    ['pledges with row errors', pledges.replace(/;(20\d\d);/g, (m, _y, at: number) => (at % 7 === 0 ? ';;' : m))],
    // Keys repeated across parts: rows from the top copied to the end.
    ['duplicate keys across parts', duplicateAtEnd(pledges, [0, 5, 5000, 20000, 30000])],
    ['LF line endings, no final line break', pledges.replace(/\r\n/g, '\n').trimEnd()],
    ['blank lines and a total row at the end', `${pledges}\n;;;\nTổng cộng;;;\n\n\n`],
    ['comma-delimited indicators', sampleText({ kind: 'indicators', rows: 30000, seed: 6, delimiter: ',' })],
    ['lost letters late in the file', pledges.replace(/Thịnh Ninh/g, (m, at: number) => (at > pledges.length * 0.8 ? 'Th?nh Ninh' : m))],
    // An unnamed column (after "Năm"), written in only late in the file.
    [
      'an unnamed column written in late',
      pledges
        .replace(/;(20\d\d);/g, (_m, y: string, at: number) => (at > pledges.length * 0.7 && at % 5 === 0 ? `;${y};ghi;` : `;${y};;`))
        .replace(/^(.*?;.*?);/, '$1;;'),
    ],
  ];

  for (const [name, text] of cases) {
    it(
      `gives the report of reading it whole: ${name}`,
      async () => {
        const bytes = encode(text);
        const want = json(ingestBytes(bytes, { fileName: 'f.csv' }));
        for (const parts of [2, 3, 4]) {
          const { report, started, cancelled } = await importIn(bytes, split(parts));
          expect(cancelled, 'every part used').toBe(0);
          // Cuts come after the head (its first megabyte decides the line ending): with files of a
          // few MB, 3 or 4 parts may leave the first cut inside it, and the file is read whole.
          if (parts === 2) expect(started).toHaveLength(1);
          expectSame(report as IngestReport, want, `${parts} parts`);
        }
      },
      SLOW,
    );
  }

  it(
    'finds a key repeated across parts and lists both rows as written',
    async () => {
      const bytes = encode(duplicateAtEnd(pledges, [3]));
      const { report } = await importIn(bytes, split(2));
      const r = report as IngestReport;
      const dup = r.problems.filter((p) => p.code === 'row-duplicate-key');
      expect(dup.map((p) => p.line)).toEqual([5, 40002]);
      const written = pledges.split('\r\n')[4]!.split(';');
      expect(r.excluded.map((x) => x.cells)).toEqual([written, written]);
    },
    SLOW,
  );

  it(
    'falls back to reading on alone when a cut falls inside a quoted cell',
    async () => {
      // After the first 20,000 rows, every row's note holds a line break inside quotes: half the
      // line breaks of the rest are inside cells, where the cuts fall.
      const lines = pledges.split('\r\n');
      const body = lines.slice(1, -1).map((l, i) => (i < 20000 ? `${l};một dòng` : `${l};"dòng một\r\ndòng hai"`));
      const bytes = encode([`${lines[0]};Ghi chú`, ...body, ''].join('\r\n'));
      const want = json(ingestBytes(bytes, { fileName: 'f.csv' }));
      let fellBack = 0;
      for (const parts of [2, 3, 4]) {
        const { report, cancelled } = await importIn(bytes, split(parts));
        expectSame(report as IngestReport, want, `${parts} parts`);
        fellBack += cancelled;
      }
      expect(fellBack).toBeGreaterThan(0);
    },
    SLOW,
  );

  it(
    'refuses a file whose quote is never closed, wherever the quote opens',
    async () => {
      for (const at of [0.3, 0.9]) {
        const cut = pledges.indexOf('\n', Math.floor(pledges.length * at)) + 1;
        const bytes = encode(`${pledges.slice(0, cut)}"${pledges.slice(cut)}`);
        const want = ingestBytes(bytes, { fileName: 'f.csv' });
        expect(want.problems.map((p) => p.code)).toEqual(['file-unterminated-quote']);
        const { report, started } = await importIn(bytes, split(3));
        expect(started.length).toBeGreaterThan(0);
        expectSame(report as IngestReport, json(want), 'unterminated');
      }
    },
    SLOW,
  );

  it(
    'reads on alone when a part fails',
    async () => {
      const bytes = encode(pledges);
      const failing: PartRunner = () => ({ result: Promise.reject(new Error('out of memory')), cancel: () => undefined });
      const { report, started, cancelled } = await importIn(bytes, { runPart: failing, parts: 3, minPartBytes: 256 * 1024 });
      expect(started).toHaveLength(2);
      expect(cancelled).toBe(2);
      expectSame(report as IngestReport, json(ingestBytes(bytes, { fileName: 'f.csv' })), 'failed part');
    },
    SLOW,
  );

  it(
    'does not cut a file whose head already has cells written on several lines',
    async () => {
      const lines = pledges.split('\r\n');
      const body = lines.slice(1, -1).map((l) => `${l};"dòng một\r\ndòng hai"`);
      const bytes = encode([`${lines[0]};Ghi chú`, ...body, ''].join('\r\n'));
      const { report, started } = await importIn(bytes, split(2));
      expect(started).toEqual([]);
      expectSame(report as IngestReport, json(ingestBytes(bytes, { fileName: 'f.csv' })), 'multi-line cells');
    },
    SLOW,
  );

  it(
    'does not cut small files, files in other encodings, or when one part is asked for',
    async () => {
      const small = encode(sampleText({ kind: 'pledges', rows: 2000, seed: 1 }));
      expect((await importIn(small, split(4))).started).toEqual([]);
      const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(new Uint16Array([...pledges].map((c) => c.charCodeAt(0))).buffer)]);
      expect((await importIn(utf16, split(4))).started).toEqual([]);
      expect((await importIn(encode(pledges), split(1))).started).toEqual([]);
    },
    SLOW,
  );
});

describe('cutting a file into parts', () => {
  const blob = (s: string) => new Blob([s]);
  /** The parts of `text` cut roughly at `cuts`, read with chunks of `chunkBytes`, as [start, end, text]. */
  async function parts(text: string, cuts: number[], newline: '\n' | '\r\n', chunkBytes = 4) {
    const file = blob(text);
    const bounds = [0, ...cuts, file.size];
    const out: [number, number, string][] = [];
    for (let i = 0; i + 1 < bounds.length; i++) {
      const got: number[] = [];
      const { start, end } = await readPart(file, bounds[i]!, bounds[i + 1]!, newline, (b) => got.push(...b), chunkBytes);
      out.push([start, end, new TextDecoder().decode(new Uint8Array(got))]);
    }
    return out;
  }

  it('cuts just after the first line break at or after each rough cut, so the parts meet', async () => {
    const text = 'aaaa\nbbbb\ncccc\ndddd\n';
    expect(await parts(text, [10], '\n')).toEqual([
      [0, 10, 'aaaa\nbbbb\n'],
      [10, 20, 'cccc\ndddd\n'],
    ]);
    expect(await parts(text, [3, 11, 12], '\n')).toEqual([
      [0, 5, 'aaaa\n'],
      [5, 15, 'bbbb\ncccc\n'],
      [15, 15, ''],
      [15, 20, 'dddd\n'],
    ]);
    expect(await parts('aaaa\nbb', [6], '\n')).toEqual([
      [0, 7, 'aaaa\nbb'],
      [7, 7, ''],
    ]);
  });

  it('cuts CRLF text only after a CR LF pair, also when a chunk ends between them', async () => {
    const text = 'ab\ncd\r\nef\r\ngh';
    for (const chunkBytes of [1, 2, 3, 64]) {
      expect(await parts(text, [2], '\r\n', chunkBytes)).toEqual([
        [0, 7, 'ab\ncd\r\n'],
        [7, 13, 'ef\r\ngh'],
      ]);
    }
  });

  it.each([
    ['\n', 'x;1\nyy;22\n\nzzz;333\r\nw\n'],
    ['\r\n', 'x;1\r\nyy;22\n\r\nzzz;333\r\r\nw\r\n'],
  ] as const)('tiles any text exactly, wherever the rough cuts fall (%j)', async (newline, line) => {
    const text = line.repeat(7);
    for (let a = 1; a < text.length; a += 3) {
      for (let b = a + 1; b < text.length; b += 5) {
        const got = await parts(text, [a, b], newline, 8);
        expect(got.map((p) => p[2]).join('')).toBe(text);
        expect(got[1]![0]).toBe(got[0]![1]);
        expect(got[2]![0]).toBe(got[1]![1]);
        for (const [start] of got.slice(1))
          expect(start === text.length || text.slice(start - newline.length, start) === newline).toBe(true);
      }
    }
  });

  it('shares what is left to read: the first part its share, each other part one', () => {
    expect(roughCuts(100, 10, 2, 0.8)).toEqual([50]);
    expect(roughCuts(100, 0, 3, 0.5)).toEqual([20, 60]);
    expect(roughCuts(100, 99, 3, 1)).toEqual([]);
  });
});
