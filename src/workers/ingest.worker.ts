/**
 * The ingest worker: reads one file through the ingestion engine off the main thread
 * (`runImport` in lib/data/ingest-protocol.ts holds all of it). One import per worker: the app
 * terminates it when the report is in, or to cancel.
 */
import { runImport, type ImportRequest, type WorkerMessage } from '../lib/data/ingest-protocol.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: WorkerMessage, transfer: Transferable[] = []) => scope.postMessage(message, transfer);

scope.onmessage = (event: MessageEvent<ImportRequest>) => {
  if (event.data?.type === 'import') void runImport(event.data, post);
};
// Whatever escapes `runImport` still reaches the app as a failure, never as silence.
scope.onerror = (event) => post({ type: 'failed', message: String(event instanceof ErrorEvent ? event.message : event) });
scope.onunhandledrejection = (event) => post({ type: 'failed', message: String(event.reason) });
