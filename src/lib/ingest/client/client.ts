/**
 * Imports a file through the ingest worker, keeping the main thread free: progress as the file
 * is read, then the report, its table's typed arrays moved over from the worker, not copied.
 * @example const job = importFile(file, {}, (p) => (progress = p.bytesRead / p.bytesTotal)); const report = await job.promise;
 */
import { fileProblem, rejectedReport, type IngestReport, type Kind, type NumberFormat } from '../../model/index.ts';
// The files themselves, not the folders' index: the page loads no engine to start an import.
import { MAX_PARTS, MIN_PART_BYTES } from '../stream/limits.ts';
import { ReportAssembler } from '../worker/assembler.ts';
import type { ImportProgress, ImportRequest, WorkerMessage } from '../worker/protocol.ts';
import { WorkerPool, type PoolHold } from './worker-pool.ts';

export type { ImportProgress } from '../worker/protocol.ts';

/** A running import. */
export interface ImportJob {
  /** The report; a failure inside the worker is a refused file with one problem. Rejects with an AbortError after `cancel`. */
  promise: Promise<IngestReport>;
  /** Stops the import (terminates its worker). */
  cancel(): void;
}

/** Options of one import (as `IngestOptions`, the file name comes with the file). */
export interface ImportOptions {
  kind?: Kind;
  numberFormat?: NumberFormat;
  /** Parts a large file may be read in at once (default: one per core, at most MAX_PARTS); 1 reads it in one piece. */
  maxParts?: number;
}

/** The cores an import may use: the ingest worker and a part worker per other core, at most MAX_PARTS in all. */
const cores = () => Math.min(MAX_PARTS, globalThis.navigator?.hardwareConcurrency || 1);

/** What the app prepares ahead of an import while the page may import (`prepareImports`): see `PREPARED`. */
export interface PrepareOptions {
  /** Rows of each kind each worker reads first to warm up (`warm-up.ts`); 0 only starts it. */
  warmUpRows?: number;
  /** Also a part worker per other core, for a large file (`startPartWorkers`). */
  partWorkers?: boolean;
}

/**
 * What the app prepares ahead of an import, while the Data page is open or files are dragged
 * over the page: the ingest worker alone, started but not warmed up. Measured
 * (test/bench/README.md, "Workers made ready ahead"): starting it costs about 0.05 s of CPU and
 * 1 MB, and saves its start-up (0.2–0.4 s) on every file. Warming it up costs about 0.8 s of CPU
 * more and holds some 20 MB of the warm-up's garbage while it waits, to save 0.2–0.4 s only on
 * files of ten thousand rows and more (next to nothing on the small files most people import);
 * warm part workers save under 0.1 s more on a million rows for another second of CPU. Neither
 * is worth it to the user who pays for it.
 */
export const PREPARED: Required<PrepareOptions> = { warmUpRows: 0, partWorkers: false };

/** The workers waiting for the next import, while some part of the page holds the pool. */
const pool = new WorkerPool();

/**
 * Starts the workers of the next import once the page is idle (the Data page calls this when it
 * opens, the page when files are dragged over it), and again after each import, until the
 * returned hold is released: a page that imports nothing starts no worker. `ready` resolves
 * when they are started (and warmed up, if asked).
 */
export function prepareImports(options: PrepareOptions = {}): PoolHold {
  const { warmUpRows, partWorkers } = { ...PREPARED, ...options };
  return pool.prepare({ size: { ingest: 1, part: partWorkers ? cores() - 1 : 0 }, warmUpRows });
}

/** Starts importing `file` in the ingest worker waiting (`prepareImports`), else a new one. */
export function importFile(
  file: Blob & { name: string },
  options: ImportOptions = {},
  onProgress?: (p: ImportProgress) => void,
): ImportJob {
  const worker = pool.take('ingest');
  const { maxParts, ...engineOptions } = options;
  const partWorkers = startPartWorkers(file.size, maxParts);
  let settle: { resolve: (r: IngestReport) => void; reject: (e: unknown) => void } | null = null;
  const promise = new Promise<IngestReport>((resolve, reject) => (settle = { resolve, reject }));
  const assembler = new ReportAssembler();
  const end = (outcome: IngestReport | DOMException) => {
    worker.terminate();
    for (const w of partWorkers) w.worker.terminate();
    if (!settle) return;
    pool.refill();
    if (outcome instanceof DOMException) settle.reject(outcome);
    else settle.resolve(outcome);
    settle = null;
  };
  const fail = (message: string) => end(failedReport(file.name, message));

  worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
    const progress = assembler.take(event.data);
    if (progress) onProgress?.(progress);
    if (assembler.report) end(assembler.report);
    else if (assembler.failure !== null) fail(assembler.failure);
  };
  worker.onerror = (event) => {
    event.preventDefault();
    fail(event.message || 'worker error');
  };
  worker.onmessageerror = () => fail('a message from the worker could not be read');
  const partPorts = partWorkers.map((w) => w.port);
  const request: ImportRequest = { type: 'import', file, fileName: file.name, ...engineOptions, partPorts };
  worker.postMessage(request, partPorts);
  return { promise, cancel: () => end(new DOMException('Import cancelled', 'AbortError')) };
}

/**
 * Part workers for a file large enough to be read in parts, one per core beside the ingest
 * worker's (see lib/ingest/stream/parts.ts), each with the port the ingest worker will talk to it
 * through. Started here, with the import (none is started ahead unless asked, `PREPARED`), so
 * that they load while the ingest worker reads the head of the file; the ingest worker may
 * still read the file in one piece (then they are simply terminated).
 */
function startPartWorkers(size: number, maxParts = MAX_PARTS): { worker: Worker; port: MessagePort }[] {
  const parts = Math.min(maxParts, cores(), Math.floor(size / MIN_PART_BYTES));
  return Array.from({ length: Math.max(0, parts - 1) }, () => {
    const worker = pool.take('part');
    const channel = new MessageChannel();
    worker.postMessage({ type: 'port' }, [channel.port2]);
    return { worker, port: channel.port1 };
  });
}

/**
 * The report of an import that failed inside the worker: the file is refused with one whole-file
 * problem, `file-read-failed`, its `params.error` saying what went wrong.
 */
export function failedReport(fileName: string, message: string): IngestReport {
  return rejectedReport({ fileName }, fileProblem('file-read-failed', { error: message }));
}
