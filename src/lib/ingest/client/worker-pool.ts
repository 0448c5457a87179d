/**
 * The workers imports run in, started ahead and warmed up while the page is idle (`warm-up.ts`),
 * so that an import starts at once, in workers already at full speed: a small file is read in a
 * few tens of milliseconds instead of half a second, a large one about half a second sooner.
 *
 * Each worker still serves one import and is terminated with it (all its memory goes with it);
 * once the page is idle again the pool fills up for the next import. With no worker waiting (the
 * pool was never filled, or an import already took them), an import starts its own, cold.
 */
import type { WarmUpRequest } from '../worker/index.ts';

/** The ingest worker (reads the file and builds the report) or a part worker (reads a part of a large file). */
export type WorkerRole = 'ingest' | 'part';

/** Starts a worker of either role, as Vite bundles them. */
function startWorker(role: WorkerRole): Worker {
  return role === 'ingest'
    ? new Worker(new URL('../../../workers/ingest.worker.ts', import.meta.url), { type: 'module', name: 'ingest' })
    : new Worker(new URL('../../../workers/ingest-part.worker.ts', import.meta.url), { type: 'module', name: 'ingest-part' });
}

interface Waiting {
  worker: Worker;
  /** Resolves when the warm-up is done, the worker failed (it is then dropped), or an import took it. */
  warm: Promise<void>;
  failed: boolean;
  /** Taken by an import: a warm-up not yet sent is never sent (it would only hold that import up). */
  taken: boolean;
  /** Resolves `warm`, so the warm-ups after it go on. */
  settle: () => void;
}

export class WorkerPool {
  private readonly waiting: Record<WorkerRole, Waiting[]> = { ingest: [], part: [] };
  private wanted = false;

  constructor(
    /** Workers of each role to keep waiting. */
    private readonly size: Record<WorkerRole, number>,
    private readonly start: (role: WorkerRole) => Worker = startWorker,
  ) {}

  /**
   * Starts the workers the pool is short of, which warm up one after another (the ingest worker
   * first, after any still warming up): the page keeps a core to itself meanwhile.
   */
  fill(): void {
    let previous = this.ready;
    for (const role of ['ingest', 'part'] as const) {
      const list = this.waiting[role];
      while (list.length < this.size[role]) {
        const waiting = warmingUp(this.start(role), previous);
        list.push(waiting);
        previous = waiting.warm;
      }
    }
  }

  /** Fills the pool once the page is idle, and again after each import (`refill`); resolves when its workers are warm. */
  fillWhenIdle(): Promise<void> {
    this.wanted = true;
    return new Promise((resolve) => {
      whenIdle(() => {
        this.fill();
        void this.ready.then(resolve);
      });
    });
  }

  /** After an import: fills the pool again once the page is idle, if it was ever asked to. */
  refill(): void {
    if (this.wanted) void this.fillWhenIdle();
  }

  /**
   * A worker for an import: one waiting if there is one (if it is still warming up, the import's
   * first message waits for the end of the warm-up), else a new one.
   */
  take(role: WorkerRole): Worker {
    const list = this.waiting[role];
    for (let w = list.shift(); w; w = list.shift()) {
      w.taken = true;
      w.settle();
      if (!w.failed) return w.worker;
      w.worker.terminate();
    }
    return this.start(role);
  }

  /** Resolves once every worker waiting has warmed up. */
  get ready(): Promise<void> {
    return Promise.all([...this.waiting.ingest, ...this.waiting.part].map((w) => w.warm)).then(() => undefined);
  }
}

/** Calls `callback` when the page has nothing else to do (after at most 5 s), or soon where that cannot be known. */
function whenIdle(callback: () => void): void {
  if (typeof globalThis.requestIdleCallback === 'function') globalThis.requestIdleCallback(callback, { timeout: 5000 });
  else setTimeout(callback, 200);
}

/** Sends a new worker its warm-up once `after` has resolved (the warm-up before it). */
function warmingUp(worker: Worker, after: Promise<void>): Waiting {
  const waiting: Waiting = { worker, warm: Promise.resolve(), failed: false, taken: false, settle: () => undefined };
  waiting.warm = new Promise<void>((resolve) => {
    waiting.settle = resolve;
    worker.onmessage = (event: MessageEvent<{ type?: string }>) => {
      if (event.data?.type === 'warm') resolve();
    };
    // A worker whose script did not load would never answer an import: it is not handed out.
    worker.onerror = (event) => {
      event.preventDefault();
      waiting.failed = true;
      resolve();
    };
  });
  void after.then(() => {
    if (!waiting.taken) worker.postMessage({ type: 'warm-up' } satisfies WarmUpRequest);
  });
  return waiting;
}
