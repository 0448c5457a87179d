/**
 * A large file read in parts at once, one worker per part, each on its own core.
 *
 * The page starts the part workers with the import (`ingest-client.ts`). The ingest worker reads
 * the head of the file: it decides the encoding, the delimiter, the header and how numbers are
 * written (a `PartPlan`), and sends the plan to each part worker with a rough share of the file.
 * Each reader finds its own cut, just after the first line break past its share (`cutAt`), so
 * the parts meet exactly; the ingest worker reads the first part itself. Each part is decoded,
 * split into rows and validated exactly as the whole file would be, with lines counted from its
 * own start. The parts are then appended in order: lines moved down, text
 * codes turned into the first part's dictionaries, and every key checked against all the rows
 * before it (`ByteIngest.absorb`).
 *
 * A cut is only right if it falls between rows, which only the part before it can tell (a line
 * break may lie inside a quoted cell). So each part says whether it ended between rows; at the
 * first one that did not, its result and all those after it are thrown away and the file is read
 * on from there by the ingest worker alone. The report is always that of reading the file whole.
 */
import { ByteIngest, type BytePart } from './byte-ingest.ts';
import { RowSplitter, own } from '../parse/index.ts';
import { createDecoder } from '../decode/index.ts';
import type { PartPlan } from './text-ingest.ts';
import { type ExcludedRow, type RecordTable } from '../../model/index.ts';
import { MAX_PARTS, MIN_PART_BYTES, PROGRESS_EVERY } from './limits.ts';

export { MAX_PARTS, MIN_PART_BYTES, PROGRESS_EVERY };

/** Ingest worker → part worker: read this part of the file. */
export interface PartRequest {
  type: 'part';
  file: Blob;
  /** Where the part is cut, roughly (`readPart`). */
  from: number;
  to: number;
  plan: PartPlan;
  chunkBytes?: number;
}

/** A part read, and where in the file it really lay. */
export interface PartDone {
  part: BytePart;
  start: number;
  end: number;
}

/** How far a part has got. */
export interface PartProgress {
  bytesRead: number;
  rows: number;
}

/** Part worker → ingest worker. */
export type PartMessage = ({ type: 'progress' } & PartProgress) | ({ type: 'part-done' } & PartDone) | { type: 'failed'; message: string };

/** A part being read elsewhere. */
export interface PartJob {
  result: Promise<PartDone>;
  cancel(): void;
}

/** Starts reading one part (in a part worker; in tests, on this thread). */
export type PartRunner = (request: PartRequest, onProgress: (p: PartProgress) => void) => PartJob;

/** Ingest worker → part worker, through the port between them. */
export type PartPortMessage = PartRequest | { type: 'cancel' };

/**
 * A `PartRunner` over ports to part workers the app started with the import, one part per port.
 * (The app starts them: a worker started by the busy ingest worker would not load its script
 * until the ingest worker stopped for breath, in Chromium when its own part was done.)
 */
export function partRunnerOver(ports: readonly MessagePort[]): PartRunner {
  let next = 0;
  return (request, onProgress) => {
    const port = ports[next++];
    if (!port) return { result: Promise.reject(new Error('no part worker left')), cancel: () => undefined };
    const result = new Promise<PartDone>((resolve, reject) => {
      port.onmessage = (event: MessageEvent<PartMessage>) => {
        const m = event.data;
        if (m.type === 'progress') onProgress(m);
        else if (m.type === 'part-done') resolve(m);
        else reject(new Error(m.message));
      };
    });
    port.postMessage(request satisfies PartPortMessage);
    return { result, cancel: () => port.postMessage({ type: 'cancel' } satisfies PartPortMessage) };
  };
}

/**
 * The share of the bytes not yet read that the ingest worker keeps for itself, against 1 for
 * each part worker: it also appends the parts at the end, and it reserves the columns for the
 * whole file (in Chromium on a 2-core machine, with warm workers, 0.7 finished both parts of
 * 80 MB together).
 */
export const FIRST_PART_SHARE = 0.7;

/**
 * Where the parts are cut, roughly: `parts - 1` offsets that give the bytes after `after` (those
 * already read) to the first part and to each other one in the ratio `firstShare` : 1. Each part
 * really starts just after the first line break from there (`cutAt`); an empty list when the
 * file is too small to cut after `after`.
 */
export function roughCuts(size: number, after: number, parts: number, firstShare = FIRST_PART_SHARE): number[] {
  const unit = (size - after) / (firstShare + parts - 1);
  const cuts = Array.from({ length: parts - 1 }, (_, i) => Math.floor(after + unit * (firstShare + i)));
  return cuts.length && cuts[0]! > after && cuts.at(-1)! < size ? cuts : [];
}

/**
 * Where a part cut roughly at `rough` starts: just after the first line break ("\n", or "\r\n"
 * when that is the line ending) that ends at or after `rough`, if it lies in `chunk` (which
 * starts at offset `chunkStart` of the file, after a byte `before`, -1 at the file's start);
 * else -1. Every reader of the file finds the same place, so the parts meet exactly.
 */
export function cutAt(rough: number, newline: PartPlan['newline'], chunk: Uint8Array, chunkStart: number, before: number): number {
  if (rough <= 0) return 0;
  for (let j = chunk.indexOf(0x0a, Math.max(0, rough - 1 - chunkStart)); j >= 0; j = chunk.indexOf(0x0a, j + 1)) {
    if (newline === '\n' || (j > 0 ? chunk[j - 1] : before) === 0x0d) return chunkStart + j + 1;
  }
  return -1;
}

/**
 * Feeds `onBytes` the bytes of the part cut roughly at `from` and `to` (`cutAt`): from the first
 * line break at `from` to the first at `to` (to the end of the file when `to` is its size).
 * Returns where the part really starts and ends.
 */
export async function readPart(
  file: Blob,
  from: number,
  to: number,
  newline: PartPlan['newline'],
  onBytes: (bytes: Uint8Array) => void,
  chunkBytes?: number,
): Promise<{ start: number; end: number }> {
  // From two bytes before `from`: a line feed right at `from - 1` and the byte before it.
  let at = Math.max(0, from - 2);
  let before = -1;
  let start = -1;
  let end = -1;
  for await (const chunk of chunksOf(file.slice(at), chunkBytes)) {
    if (start < 0) start = cutAt(from, newline, chunk, at, before);
    if (start >= 0) {
      if (to < file.size) end = cutAt(to, newline, chunk, at, before);
      const lo = Math.max(0, start - at);
      const hi = end >= 0 ? end - at : chunk.length;
      if (hi > lo) onBytes(chunk.subarray(lo, hi));
      if (end >= 0) break;
    }
    before = chunk[chunk.length - 1] ?? before;
    at += chunk.length;
  }
  if (start < 0) start = file.size;
  return { start, end: end < 0 ? file.size : Math.max(start, end) };
}

/** Reads one part and posts its progress, then its result with the table's buffers transferred. Never throws. */
export async function runPart(request: PartRequest, post: (message: PartMessage, transfer?: Transferable[]) => void): Promise<void> {
  try {
    const { file, from, to, plan } = request;
    const last = to >= file.size;
    const ingest = ByteIngest.forPart(plan, to - from);
    let read = 0;
    let posted = 0;
    const { start, end } = await readPart(
      file,
      from,
      to,
      plan.newline,
      (bytes) => {
        ingest.push(bytes);
        read += bytes.length;
        const now = Date.now();
        if (now - posted >= PROGRESS_EVERY) {
          posted = now;
          post({ type: 'progress', bytesRead: read, rows: ingest.rows });
        }
      },
      request.chunkBytes,
    );
    const part = ingest.partResult(last);
    post({ type: 'part-done', part, start, end }, tableBuffers(part.text.validated.table));
  } catch (e) {
    post({ type: 'failed', message: e instanceof Error ? `${e.name}: ${e.message}` : String(e) });
  }
}

/** A `PartRunner` on this thread: the same results, without the parallelism (for the tests). */
export const runPartHere: PartRunner = (request, onProgress) => ({
  result: new Promise<PartDone>((resolve, reject) => {
    void runPart(request, (m) => {
      if (m.type === 'progress') onProgress(m);
      else if (m.type === 'part-done') resolve(m);
      else reject(new Error(m.message));
    });
  }),
  cancel: () => undefined,
});

/**
 * Puts back the cells as written of excluded rows whose cells were rebuilt from their values
 * (`ByteIngest.rebuilt`: duplicates found only when a part was appended), by splitting the part
 * they lie in again. `wanted` maps lines of the file to the rows; `offset` is the lines before
 * the part. Rare (a key repeated across parts), so the cost of a second pass is fine.
 */
export async function rereadRows(part: Blob, plan: PartPlan, offset: number, wanted: Map<number, ExcludedRow>): Promise<void> {
  const decode = createDecoder('utf-8');
  const splitter = new RowSplitter(
    plan.delimiter,
    ({ rows, lines }) => {
      for (let i = 0; i < rows.length; i++) {
        const row = wanted.get(lines[i]! + offset);
        if (row) row.cells = rows[i]!.map(own);
      }
    },
    undefined,
    plan.newline,
  );
  for await (const bytes of chunksOf(part)) splitter.push(decode(bytes, false));
  splitter.push(decode(new Uint8Array(0), true));
  splitter.finish();
}

/** Bytes read at a time at most: `Blob.slice`s where `Blob.stream()` is missing, else pieces of larger stream chunks. */
export const DEFAULT_CHUNK_BYTES = 1024 * 1024;
/** Slices are fresh memory each: fewer, larger ones read faster. */
const SLICE_BYTES = 8 * 1024 * 1024;

/**
 * The file's bytes in order: the chunks of `Blob.stream()` (64 KB each in Chromium, from memory
 * the browser reuses), else `Blob.slice`s. A chunk is only valid until the next one is asked for.
 * Not a BYOB reader into buffers of our own: in Chromium its last read now and then never
 * resolved, leaving an import waiting for ever (about 1 import in 15 of an 8 MB file).
 */
export async function* chunksOf(file: Blob, chunkBytes = DEFAULT_CHUNK_BYTES): AsyncGenerator<Uint8Array, void, undefined> {
  let reader: ReadableStreamDefaultReader<Uint8Array> | null = null;
  try {
    reader = file.stream().getReader();
  } catch {
    // No streams here: reader stays null and the slices below are used.
  }
  if (reader) {
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        // At most `chunkBytes` at a time (Node's streams give a Blob in one piece).
        for (let at = 0; at < value.length; at += chunkBytes)
          yield value.length <= chunkBytes ? value : value.subarray(at, at + chunkBytes);
      }
    } finally {
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
