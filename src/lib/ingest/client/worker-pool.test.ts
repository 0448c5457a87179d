import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WorkerPool, type PoolPlan, type WorkerRole } from './worker-pool.ts';

/** A stand-in for a Worker: records what it was sent and whether it was terminated. */
class FakeWorker {
  sent: unknown[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  constructor(
    readonly role: WorkerRole,
    readonly id: number,
  ) {}
  postMessage(message: unknown): void {
    this.sent.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  /** The worker says it has warmed up. */
  warm(): void {
    this.onmessage?.({ data: { type: 'warm' } } as MessageEvent);
  }
  /** The worker's script failed. */
  fail(): void {
    this.onerror?.({ preventDefault: () => undefined } as Event);
  }
}

function pool() {
  const started: FakeWorker[] = [];
  const start = (role: WorkerRole) => {
    const w = new FakeWorker(role, started.length);
    started.push(w);
    return w as unknown as Worker;
  };
  return { pool: new WorkerPool(start), started };
}

const plan = (ingest: number, part: number, warmUpRows = 2000): PoolPlan => ({ size: { ingest, part }, warmUpRows });

const settled = async (p: Promise<unknown>) => {
  let done = false;
  void p.then(() => (done = true));
  await vi.advanceTimersByTimeAsync(0);
  return done;
};

describe('WorkerPool', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('starts nothing until held, then an import starts its own worker, cold', () => {
    const { pool: p, started } = pool();
    p.refill(); // after an import, but the pool was never held
    vi.runAllTimers();
    expect(started).toHaveLength(0);
    const w = p.take('ingest') as unknown as FakeWorker;
    expect(w.role).toBe('ingest');
    expect(w.sent).toEqual([]); // cold: no warm-up before its file
  });

  it('once held and the page is idle, starts the workers of its plan and warms each up, one after another', async () => {
    const { pool: p, started } = pool();
    const { ready } = p.prepare(plan(1, 2));
    expect(started).toHaveLength(0); // not before the page is idle
    vi.runAllTimers();
    expect(started.map((w) => w.role)).toEqual(['ingest', 'part', 'part']);
    // One warm-up at a time, the ingest worker's first: a core is left to the page.
    await vi.advanceTimersByTimeAsync(0);
    expect(started.map((w) => w.sent.length)).toEqual([1, 0, 0]);
    started[0]!.warm();
    await vi.advanceTimersByTimeAsync(0);
    expect(started.map((w) => w.sent.length)).toEqual([1, 1, 0]);
    started[1]!.warm();
    expect(await settled(ready)).toBe(false); // one is still warming up
    expect(started[2]!.sent).toEqual([{ type: 'warm-up', rows: 2000 }]);
    started[2]!.warm();
    expect(await settled(ready)).toBe(true);
  });

  it('with a plan of no warm-up, starts only the ingest worker and has it say when it is ready', async () => {
    const { pool: p, started } = pool();
    const { ready } = p.prepare(plan(1, 0, 0));
    vi.runAllTimers();
    await vi.advanceTimersByTimeAsync(0);
    expect(started.map((w) => w.role)).toEqual(['ingest']);
    expect(started[0]!.sent).toEqual([{ type: 'warm-up', rows: 0 }]);
    started[0]!.warm();
    expect(await settled(ready)).toBe(true);
  });

  it('hands out the waiting workers first, then new ones, and fills up again once the import is over', () => {
    const { pool: p, started } = pool();
    p.prepare(plan(1, 1));
    vi.runAllTimers();
    expect(p.take('ingest')).toBe(started[0]);
    expect(p.take('part')).toBe(started[1]);
    const extra = p.take('part') as unknown as FakeWorker;
    expect(extra.id).toBe(2); // none left waiting: a new one
    p.refill();
    vi.runAllTimers();
    expect(started.slice(3).map((w) => w.role)).toEqual(['ingest', 'part']);
  });

  it('starts no worker for the next import while one is under way, only once it is over', () => {
    const { pool: p, started } = pool();
    p.take('ingest'); // a file dropped before the pool was held
    p.prepare(plan(1, 0)); // the Data page opens meanwhile
    vi.runAllTimers();
    expect(started).toHaveLength(1);
    p.refill();
    vi.runAllTimers();
    expect(started.map((w) => w.role)).toEqual(['ingest', 'ingest']);
  });

  it('terminates the waiting workers when the last hold is released, and starts no more after an import', () => {
    const { pool: p, started } = pool();
    const page = p.prepare(plan(1, 1));
    const drag = p.prepare(plan(1, 1));
    vi.runAllTimers();
    expect(started).toHaveLength(2); // one plan's worth, however many hold it
    drag.release();
    drag.release(); // twice: still one hold left
    expect(started.map((w) => w.terminated)).toEqual([false, false]);
    page.release();
    expect(started.map((w) => w.terminated)).toEqual([true, true]);
    expect(p.size).toEqual({ ingest: 0, part: 0 });
    p.take('ingest');
    p.refill();
    vi.runAllTimers();
    expect(started).toHaveLength(3); // the import's own, and no more
  });

  it('starts nothing for a hold released before the page was idle, and its ready still resolves', async () => {
    const { pool: p, started } = pool();
    const hold = p.prepare(plan(1, 0));
    hold.release();
    vi.runAllTimers();
    expect(started).toHaveLength(0);
    expect(await settled(hold.ready)).toBe(true);
  });

  it('sends no warm-up to a worker an import took before its turn, and goes on with the others', async () => {
    const { pool: p, started } = pool();
    p.prepare(plan(1, 2));
    vi.runAllTimers();
    await vi.advanceTimersByTimeAsync(0);
    expect(p.take('ingest')).toBe(started[0]); // while it warms up
    expect(p.take('part')).toBe(started[1]); // before its turn
    await vi.advanceTimersByTimeAsync(0);
    expect(started[1]!.sent).toEqual([]);
    expect(started[2]!.sent).toEqual([{ type: 'warm-up', rows: 2000 }]);
  });

  it('never hands out a worker whose script failed', () => {
    const { pool: p, started } = pool();
    p.prepare(plan(1, 0));
    vi.runAllTimers();
    started[0]!.fail();
    const w = p.take('ingest') as unknown as FakeWorker;
    expect(started[0]!.terminated).toBe(true);
    expect(w.id).toBe(1);
  });
});
