/**
 * The workers imports run in, started ahead of a file only while the page is likely to import
 * one: the client asks for them (`prepare`) when the Data page opens or files are dragged over
 * the page, and lets them go (`release`) when it closes or the drag ends. A page that imports
 * nothing starts no worker at all.
 *
 * A worker started ahead has loaded and compiled its script when the file comes; it may also
 * warm up first, reading made-up files (`warm-up.ts`), so that the JavaScript engine has compiled
 * its hot paths too. What that costs and gains is measured by the benchmark
 * (test/bench/README.md); the client decides how much of it to ask for.
 *
 * Each worker still serves one import and is terminated with it (all its memory goes with it);
 * once the import is over and the page idle, the pool fills up again for the next one if it is
 * still held. With no worker waiting, an import starts its own, cold.
 */
import type { WarmUpRequest } from '../worker/warm-up.ts';

/** The ingest worker (reads the file and builds the report) or a part worker (reads a part of a large file). */
export type WorkerRole = 'ingest' | 'part';

/** What the pool keeps waiting while held: workers of each role, and the rows of each kind each reads to warm up (0: none). */
export interface PoolPlan {
  size: Record<WorkerRole, number>;
  warmUpRows: number;
}

/** A hold on the pool (`WorkerPool.prepare`). */
export interface PoolHold {
  /** Resolves once the workers asked for are started and warmed up (or were taken, or let go). */
  ready: Promise<void>;
  /** Lets go of this hold; once none is left, the workers still waiting are terminated. Idempotent. */
  release(): void;
}

/** Starts a worker of either role, as Vite bundles them. */
function startWorker(role: WorkerRole): Worker {
  return role === 'ingest'
    ? new Worker(new URL('../../../workers/ingest.worker.ts', import.meta.url), { type: 'module', name: 'ingest' })
    : new Worker(new URL('../../../workers/ingest-part.worker.ts', import.meta.url), { type: 'module', name: 'ingest-part' });
}

interface Waiting {
  worker: Worker;
  /** Resolves when the warm-up is done, the worker failed (it is then dropped), or it was taken or let go. */
  warm: Promise<void>;
  failed: boolean;
  /** Taken by an import or let go: a warm-up not yet sent is never sent (it would only hold that import up). */
  taken: boolean;
  /** Resolves `warm`, so the warm-ups after it go on. */
  settle: () => void;
}

/** The workers waiting for the next import, per role; filled only while some part of the page holds it. */
export class WorkerPool {
  private readonly waiting: Record<WorkerRole, Waiting[]> = { ingest: [], part: [] };
  private plan: PoolPlan | null = null;
  private holds = 0;
  /** Imports under way (`take('ingest')` until `refill`): the pool does not fill meanwhile, the import has the cores. */
  private running = 0;

  constructor(private readonly start: (role: WorkerRole) => Worker = startWorker) {}

  /**
   * Holds the pool: the workers of `plan` are started once the page is idle (now, or after the
   * imports under way), and again after each import, until every hold is released.
   */
  prepare(plan: PoolPlan): PoolHold {
    this.plan = plan;
    this.holds++;
    let held = true;
    return {
      ready: this.fillWhenIdle(),
      release: () => {
        if (!held) return;
        held = false;
        if (--this.holds === 0) this.letGo();
      },
    };
  }

  /** After an import (each `take('ingest')` starts one): fills the pool again once the page is idle, if it is still held. */
  refill(): void {
    this.running = Math.max(0, this.running - 1);
    void this.fillWhenIdle();
  }

  /**
   * A worker for an import: one waiting if there is one (if it is still warming up, the import's
   * first message waits for the end of the warm-up), else a new one.
   */
  take(role: WorkerRole): Worker {
    if (role === 'ingest') this.running++;
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

  /** The workers waiting, of each role (for tests and the benchmark). */
  get size(): Record<WorkerRole, number> {
    return { ingest: this.waiting.ingest.length, part: this.waiting.part.length };
  }

  /** Once the page is idle: starts the workers the plan is short of, if still held and no import is under way; resolves when they are warm. */
  private fillWhenIdle(): Promise<void> {
    if (!this.holds || this.running) return this.ready;
    return new Promise((resolve) => {
      whenIdle(() => {
        if (this.holds && !this.running) this.fill();
        void this.ready.then(resolve);
      });
    });
  }

  /**
   * Starts the workers the plan is short of, which warm up one after another (the ingest worker
   * first, after any still warming up): the page keeps a core to itself meanwhile.
   */
  private fill(): void {
    const plan = this.plan;
    if (!plan) return;
    let previous = this.ready;
    for (const role of ['ingest', 'part'] as const) {
      const list = this.waiting[role];
      while (list.length < plan.size[role]) {
        const waiting = warmingUp(this.start(role), previous, plan.warmUpRows);
        list.push(waiting);
        previous = waiting.warm;
      }
    }
  }

  /** No hold left: the workers waiting are terminated (their memory freed), and no more are started. */
  private letGo(): void {
    this.plan = null;
    for (const role of ['ingest', 'part'] as const) {
      for (const w of this.waiting[role].splice(0)) {
        w.taken = true;
        w.settle();
        w.worker.terminate();
      }
    }
  }
}

/** Calls `callback` when the page has nothing else to do (after at most 5 s), or soon where that cannot be known. */
function whenIdle(callback: () => void): void {
  if (typeof globalThis.requestIdleCallback === 'function') globalThis.requestIdleCallback(callback, { timeout: 5000 });
  else setTimeout(callback, 200);
}

/**
 * Sends a new worker its warm-up (`rows` of each kind; 0 only has it say it is ready) once
 * `after` has resolved (the warm-up before it).
 */
function warmingUp(worker: Worker, after: Promise<void>, rows: number): Waiting {
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
    if (!waiting.taken) worker.postMessage({ type: 'warm-up', rows } satisfies WarmUpRequest);
  });
  return waiting;
}
