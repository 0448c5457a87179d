import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestBytes } from '../stream/index.ts';
import { type IngestReport } from '../../model/index.ts';
import { ReportAssembler } from './assembler.ts';
import { BATCH, runImport, tableBuffers, type ImportRequest, type WorkerMessage } from './protocol.ts';
import { sampleText } from '../../sample/index.ts';

const json = (r: IngestReport) => JSON.stringify(r, (_k, v) => (ArrayBuffer.isView(v) ? Array.from(v as Uint8Array) : v));

/** Runs the worker's side in this thread, collecting what it posts. */
async function run(bytes: Uint8Array, extra: Partial<ImportRequest> = {}) {
  const messages: { message: WorkerMessage; transfer: Transferable[] }[] = [];
  const request: ImportRequest = {
    type: 'import',
    file: new Blob([bytes as Uint8Array<ArrayBuffer>]),
    fileName: 'f.csv',
    chunkBytes: 100_000,
    ...extra,
  };
  await runImport(request, (message, transfer = []) => messages.push({ message, transfer }));
  const assembler = new ReportAssembler();
  const progress = messages.map((m) => assembler.take(m.message)).filter((p) => p !== null);
  return { messages, assembler, progress };
}

const encode = (s: string) => new TextEncoder().encode(s);

describe('the worker protocol', () => {
  it('gives the report ingestBytes gives, with progress on the way', async () => {
    const bytes = encode(sampleText({ kind: 'contributions', rows: 20000, seed: 3 }));
    const { assembler, progress, messages } = await run(bytes);
    expect(json(assembler.report!)).toBe(json(ingestBytes(bytes, { fileName: 'f.csv' })));
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.at(-1)).toMatchObject({ bytesRead: bytes.length, bytesTotal: bytes.length });
    expect(progress.at(-1)!.rows).toBeGreaterThanOrEqual(20000);
    expect(progress.map((p) => p.bytesRead)).toEqual([...progress.map((p) => p.bytesRead)].sort((a, b) => a - b));
    expect(messages.at(-1)!.message.type).toBe('done');
  });

  it('ignores the end of a warm-up that comes after the import took the worker', async () => {
    const bytes = encode(sampleText({ kind: 'awards', rows: 50, seed: 3 }));
    const { messages } = await run(bytes);
    const assembler = new ReportAssembler();
    expect(assembler.take({ type: 'warm' })).toBeNull();
    for (const m of messages) assembler.take(m.message);
    expect(assembler.failure).toBeNull();
    expect(json(assembler.report!)).toBe(json(ingestBytes(bytes, { fileName: 'f.csv' })));
  });

  it('sends problems and excluded rows in batches, in order, before the report', async () => {
    // Every other row has an empty year: 6,000 excluded rows, several batches.
    const text = sampleText({ kind: 'pledges', rows: 12000, seed: 1 }).replace(/;(20\d\d);/g, (m, _y, at: number) => (at % 2 ? ';;' : m));
    const bytes = encode(text);
    const { assembler, messages } = await run(bytes);
    const want = ingestBytes(bytes, { fileName: 'f.csv' });
    expect(want.excluded.length).toBeGreaterThan(BATCH);
    expect(json(assembler.report!)).toBe(json(want));
    const types = messages.map((m) => m.message.type).filter((t) => t !== 'progress');
    expect(types).toEqual([
      ...Array(Math.ceil(want.problems.length / BATCH)).fill('problems'),
      ...Array(Math.ceil(want.excluded.length / BATCH)).fill('excluded'),
      'done',
    ]);
  });

  it('reads the same by Blob.slice where Blob.stream() is missing', async () => {
    const bytes = encode(sampleText({ kind: 'indicators', rows: 8000, seed: 6, delimiter: ',' }));
    const file = new Blob([bytes as Uint8Array<ArrayBuffer>]);
    file.stream = () => {
      throw new TypeError('no streams');
    };
    const { assembler } = await run(bytes, { file });
    expect(json(assembler.report!)).toBe(json(ingestBytes(bytes, { fileName: 'f.csv' })));
  });

  it('transfers every typed array of the table', async () => {
    const { messages, assembler } = await run(encode(sampleText({ kind: 'criteria', rows: 500, seed: 2 })));
    const done = messages.at(-1)!;
    const buffers = tableBuffers(assembler.report!.table!);
    expect(buffers.length).toBeGreaterThan(20);
    expect(new Set(done.transfer)).toEqual(new Set(buffers));
  });

  it('reports a file that is not text after its first chunk', async () => {
    const png = readFileSync('test/fixtures/encodings/not-csv.png');
    const { assembler } = await run(png);
    expect(assembler.report!.rejected).toBe(true);
    expect(assembler.report!.problems.map((p) => p.code)).toEqual(['file-not-text']);
  });

  it('turns an exception into a failure message, never silence', async () => {
    const file = new Blob(['x']);
    file.stream = () => new ReadableStream({ type: 'bytes', pull: (c) => c.error(new Error('disk gone')) });
    const { messages, assembler } = await run(new Uint8Array(0), { file });
    expect(messages.map((m) => m.message.type)).toEqual(['failed']);
    expect(assembler.failure).toContain('disk gone');
  });
});
