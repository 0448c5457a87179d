/**
 * The ingest worker: reads one file through the ingestion engine off the main thread
 * (`runImport` in lib/ingest/worker/protocol.ts holds all of it). One import per worker: the app
 * terminates it when the report is in, or to cancel.
 *
 * For a large file the app also starts part workers and hands this worker a port to each
 * (`ImportRequest.partPorts`): parts of the file are then read at once, one per core
 * (lib/ingest/stream/parts.ts).
 *
 * The app starts it before there is a file while one may come (the Data page is open, files are
 * dragged over the page); asked to warm up first (lib/ingest/worker/warm-up.ts), it says when it is
 * ready, with no rows at once.
 */
import { partRunnerOver } from '../lib/ingest/stream/index.ts';
import { runImport, type ImportRequest, type WorkerMessage, warmUpAndSay, type WarmUpRequest } from '../lib/ingest/worker/index.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: WorkerMessage, transfer: Transferable[] = []) => scope.postMessage(message, transfer);

scope.onmessage = (event: MessageEvent<ImportRequest | WarmUpRequest>) => {
  const request = event.data;
  if (request?.type === 'warm-up') return warmUpAndSay(post, request.rows);
  if (request?.type !== 'import') return;
  const ports = request.partPorts ?? [];
  void runImport(request, post, { runPart: partRunnerOver(ports), parts: ports.length + 1 });
};
// Whatever escapes `runImport` still reaches the app as a failure, never as silence.
scope.onerror = (event) => post({ type: 'failed', message: String(event instanceof ErrorEvent ? event.message : event) });
scope.onunhandledrejection = (event) => post({ type: 'failed', message: String(event.reason) });
