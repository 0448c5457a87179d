/**
 * The messages between the app and the ingest worker, and the worker's side of them as a plain
 * async function (`runImport`), so it runs and is tested without a worker.
 *
 * The report comes back in parts: problems and excluded rows in batches (each message cheap to
 * receive, so a file with a million bad rows never blocks the page), then the report itself with
 * the table's typed arrays transferred, not copied.
 */
import { ByteIngest } from './byte-ingest.ts';
import type { ExcludedRow, IngestReport } from './ingest.ts';
import type { RecordTable } from './records.ts';
import type { Kind, NumberFormat, Problem } from './types.ts';

/** App → worker: read this file. */
export interface ImportRequest {
  type: 'import';
  file: Blob;
  fileName: string;
  kind?: Kind;
  numberFormat?: NumberFormat;
  /** Bytes read at a time (default DEFAULT_CHUNK_BYTES). */
  chunkBytes?: number;
}

/** How far an import has got. */
export interface ImportProgress {
  bytesRead: number;
  bytesTotal: number;
  /** Data rows read so far. */
  rows: number;
}

/** Worker → app. */
export type WorkerMessage =
  | ({ type: 'progress' } & ImportProgress)
  | { type: 'problems'; items: Problem[] }
  | { type: 'excluded'; items: ExcludedRow[] }
  /** The report, its `problems` and `excluded` emptied: they came before, in batches. */
  | { type: 'done'; report: IngestReport }
  | { type: 'failed'; message: string };

/**
 * Bytes read at a time. A stream reader reads them into two buffers, used again and again: fresh
 * memory for every chunk is what made reading slow (in Chromium, 80 MB took 0.07 s this way
 * against 0.5 s as 8 MB `Blob.slice`s, the fallback where byte streams are missing).
 */
export const DEFAULT_CHUNK_BYTES = 1024 * 1024;
const SLICE_BYTES = 8 * 1024 * 1024;
/** Milliseconds between progress messages. */
const PROGRESS_EVERY = 100;
/**
 * Items per batch message. Receiving one costs the main thread about 1 ms per 100 items (an
 * excluded row with its cells, on a slow machine): a thousand keeps every message well under
 * the 50 ms of a long task.
 */
export const BATCH = 1000;

/**
 * Reads `request.file` in chunks through the ingestion engine and posts progress, the report's
 * batches and the report. Never throws: an exception is posted as `failed`.
 */
export async function runImport(request: ImportRequest, post: (message: WorkerMessage, transfer?: Transferable[]) => void): Promise<void> {
  try {
    const { file } = request;
    const size = file.size;
    const options = {
      fileName: request.fileName,
      ...(request.kind ? { kind: request.kind } : {}),
      ...(request.numberFormat ? { numberFormat: request.numberFormat } : {}),
    };
    const ingest = new ByteIngest(options, undefined, size);
    let read = 0;
    let posted = 0;
    for await (const bytes of chunksOf(file, request.chunkBytes)) {
      ingest.push(bytes);
      read += bytes.length;
      if (ingest.settled) break;
      const now = Date.now();
      if (now - posted >= PROGRESS_EVERY) {
        posted = now;
        post({ type: 'progress', bytesRead: read, bytesTotal: size, rows: ingest.rows });
      }
    }
    const report = ingest.finish();
    post({ type: 'progress', bytesRead: size, bytesTotal: size, rows: ingest.rows });
    for (let i = 0; i < report.problems.length; i += BATCH) post({ type: 'problems', items: report.problems.slice(i, i + BATCH) });
    for (let i = 0; i < report.excluded.length; i += BATCH) post({ type: 'excluded', items: report.excluded.slice(i, i + BATCH) });
    const rest: IngestReport = { ...report, problems: [], excluded: [] };
    post({ type: 'done', report: rest }, report.table ? tableBuffers(report.table) : []);
  } catch (e) {
    post({ type: 'failed', message: e instanceof Error ? `${e.name}: ${e.message}` : String(e) });
  }
}

/**
 * The file's bytes in order: through a BYOB reader into two buffers used in turn where
 * `Blob.stream()` is a byte stream, else as `Blob.slice`s. A chunk is only valid until the next
 * one is asked for.
 */
export async function* chunksOf(file: Blob, chunkBytes = DEFAULT_CHUNK_BYTES): AsyncGenerator<Uint8Array, void, undefined> {
  let reader: ReadableStreamBYOBReader | null = null;
  try {
    reader = file.stream().getReader({ mode: 'byob' });
  } catch {
    // Not a byte stream here: reader stays null and the slices below are used.
  }
  if (reader) {
    // Two buffers in turn: the next chunk is asked for before this one is parsed, so the wait
    // for the browser to deliver it overlaps the parsing (one at a time cost 0.5 s per 80 MB).
    let spare = new ArrayBuffer(chunkBytes);
    let next = reader.read(new Uint8Array(new ArrayBuffer(chunkBytes)));
    try {
      for (;;) {
        const { done, value } = await next;
        if (done || !value) return;
        next = reader.read(new Uint8Array(spare));
        yield value;
        spare = value.buffer as ArrayBuffer;
      }
    } finally {
      next.catch(() => undefined);
      await reader.cancel().catch(() => undefined);
    }
  }
  const step = Math.max(chunkBytes, SLICE_BYTES);
  for (let at = 0; at < file.size; at += step) yield new Uint8Array(await file.slice(at, at + step).arrayBuffer());
}

/** The distinct buffers under a table's typed arrays, to transfer them. */
export function tableBuffers(table: RecordTable): ArrayBuffer[] {
  const arrays: ArrayBufferView[] = [table.lines];
  if (table.sources) arrays.push(table.sources);
  for (const col of [...Object.values(table.columns), ...Object.values(table.extras)]) {
    if (col.type === 'text') arrays.push(col.codes);
    else if (col.type === 'number') arrays.push(col.values, col.qualifiers);
    else arrays.push(col.start, col.end);
  }
  return [...new Set(arrays.map((a) => a.buffer as ArrayBuffer))];
}

/** Collects a worker's messages into the report; `report` is set once `done` has come. */
export class ReportAssembler {
  private readonly problems: Problem[] = [];
  private readonly excluded: ExcludedRow[] = [];
  report: IngestReport | null = null;
  failure: string | null = null;

  /** Takes one message; returns its progress, if it was one. */
  take(message: WorkerMessage): ImportProgress | null {
    switch (message.type) {
      case 'progress':
        return { bytesRead: message.bytesRead, bytesTotal: message.bytesTotal, rows: message.rows };
      case 'problems':
        for (const p of message.items) this.problems.push(p);
        return null;
      case 'excluded':
        for (const x of message.items) this.excluded.push(x);
        return null;
      case 'done':
        this.report = { ...message.report, problems: this.problems, excluded: this.excluded };
        return null;
      case 'failed':
        this.failure = message.message;
        return null;
    }
  }
}
