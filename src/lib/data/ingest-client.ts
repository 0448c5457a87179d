/**
 * Imports a file through the ingest worker, keeping the main thread free: progress as the file
 * is read, then the report, its table's typed arrays moved over from the worker, not copied.
 * @example const job = importFile(file, {}, (p) => (progress = p.bytesRead / p.bytesTotal)); const report = await job.promise;
 */
import type { IngestReport } from './ingest.ts';
import { ReportAssembler, type ImportProgress, type ImportRequest, type WorkerMessage } from './ingest-protocol.ts';
import type { Kind, NumberFormat } from './types.ts';

export type { ImportProgress } from './ingest-protocol.ts';

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
}

/** Starts importing `file` in a new worker. */
export function importFile(file: Blob & { name: string }, options: ImportOptions = {}, onProgress?: (p: ImportProgress) => void): ImportJob {
  const worker = new Worker(new URL('../../workers/ingest.worker.ts', import.meta.url), { type: 'module', name: 'ingest' });
  let settle: { resolve: (r: IngestReport) => void; reject: (e: unknown) => void } | null = null;
  const promise = new Promise<IngestReport>((resolve, reject) => (settle = { resolve, reject }));
  const assembler = new ReportAssembler();
  const end = (outcome: IngestReport | DOMException) => {
    worker.terminate();
    if (!settle) return;
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
  const request: ImportRequest = { type: 'import', file, fileName: file.name, ...options };
  worker.postMessage(request);
  return { promise, cancel: () => end(new DOMException('Import cancelled', 'AbortError')) };
}

/**
 * The report of an import that failed inside the worker: the file is refused with one whole-file
 * problem, `params.error` saying what went wrong.
 * TODO: a dedicated problem code ("the file could not be read") needs a message in i18n/problems.ts;
 * until then the nearest existing one is used.
 */
export function failedReport(fileName: string, message: string): IngestReport {
  return {
    file: fileName.split(/[\\/]/).pop() ?? fileName,
    kind: null,
    encoding: null,
    delimiter: null,
    numberFormat: null,
    numberFormatUncertain: false,
    rejected: true,
    table: null,
    header: [],
    excluded: [],
    problems: [{ code: 'file-undecodable', line: null, column: null, value: null, params: { error: message } }],
    notices: [],
  };
}
