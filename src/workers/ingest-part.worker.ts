/**
 * A part worker: reads one part of a large file for the ingest worker (`runPart` in
 * lib/ingest/stream/parts.ts). The app starts it with the import of a large file (the benchmark
 * may start it ahead and have it warm up, lib/ingest/worker/warm-up.ts), and sends it the port the
 * ingest worker talks to it through.
 * It closes itself once its part is sent (or when told to stop); the app terminates it anyway
 * when the import ends.
 */
import { runPart, type PartMessage, type PartPortMessage } from '../lib/ingest/stream/index.ts';
import { warmUpAndSay, type WarmUpRequest } from '../lib/ingest/worker/index.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<{ type: 'port' } | WarmUpRequest>) => {
  if (event.data?.type === 'warm-up') return warmUpAndSay((message) => scope.postMessage(message), event.data.rows);
  const port = event.ports[0];
  if (event.data?.type !== 'port' || !port) return;
  const post = (message: PartMessage, transfer: Transferable[] = []) => port.postMessage(message, transfer);
  port.onmessage = (e: MessageEvent<PartPortMessage>) => {
    // A part no longer needed (one before it could not be used): stop at once.
    if (e.data.type === 'cancel') scope.close();
    // Its result sent, the worker ends: its copy of the part's rows and problems is freed at once.
    else if (e.data.type === 'part') void runPart(e.data, post).then(() => scope.close());
  };
  scope.onerror = (e) => post({ type: 'failed', message: String(e instanceof ErrorEvent ? e.message : e) });
  scope.onunhandledrejection = (e) => post({ type: 'failed', message: String(e.reason) });
};
