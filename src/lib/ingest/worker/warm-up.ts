/**
 * Warming up a worker before a file comes. A fresh worker runs the engine's hot paths (decoding,
 * splitting rows, reading cells, filling columns, checking keys) slowly until the JavaScript
 * engine has compiled them, which takes the first few megabytes of a file. A worker started
 * ahead (`prepareImports` in ../client/client.ts) may read a small made-up file of every kind
 * first, so that a user's import starts at full speed. The app does not ask for it (`PREPARED`:
 * it costs more CPU and memory than it saves, test/bench/README.md); the benchmark does, to
 * measure that, and the request with no rows only has the worker say it is ready.
 */
import { ByteIngest } from '../stream/index.ts';
import { sampleText } from '../../sample/index.ts';
import { KINDS } from '../../model/index.ts';

/** Rows of each kind read to warm up: enough for the hot paths to be compiled, a fraction of a second. */
export const WARM_UP_ROWS = 2000;

/** Bytes pushed at a time, as a file's stream gives them. */
const CHUNK = 64 * 1024;

/** Reads a made-up file of each kind through the engine and throws the reports away; returns the rows read. */
export function warmUp(rows = WARM_UP_ROWS): number {
  let read = 0;
  for (const { kind } of KINDS) {
    const bytes = new TextEncoder().encode(sampleText({ kind, rows, seed: 1 }));
    const ingest = new ByteIngest({ fileName: `${kind}.csv` }, undefined, bytes.length);
    for (let at = 0; at < bytes.length; at += CHUNK) ingest.push(bytes.subarray(at, at + CHUNK));
    read += ingest.finish().table?.length ?? 0;
  }
  return read;
}

/** App → worker: warm up while there is nothing to read, on `rows` rows of each kind (0: only say the worker is ready). */
export interface WarmUpRequest {
  type: 'warm-up';
  rows?: number;
}

/** Worker → app: warmed up (or the warm-up failed, which only costs speed). */
export interface WarmMessage {
  type: 'warm';
}

/** A worker's answer to a `WarmUpRequest`: warms up on `rows` rows of each kind (none: at once), then says so. Never throws. */
export function warmUpAndSay(post: (message: WarmMessage) => void, rows = WARM_UP_ROWS): void {
  try {
    if (rows > 0) warmUp(rows);
  } catch {
    // Only speed is at stake: the worker reads the real file all the same.
  }
  post({ type: 'warm' });
}
