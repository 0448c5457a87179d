import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WorkerPool, type WorkerRole } from './worker-pool.ts';

/** A stand-in for a Worker: records what it was sent and whether it was terminated. */
class FakeWorker {
  sent: unknown[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  constructor(readonly role: WorkerRole, readonly id: number) {}
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

function pool(size = { ingest: 1, part: 2 }) {
  const started: FakeWorker[] = [];
  const start = (role: WorkerRole) => {
    const w = new FakeWorker(role, started.length);
    started.push(w);
    return w as unknown as Worker;
  };
  return { pool: new WorkerPool(size, start), started };
}

const settled = async (p: Promise<unknown>) => {
  let done = false;
  void p.then(() => (done = true));
  await vi.advanceTimersByTimeAsync(0);
  return done;
};

describe('WorkerPool', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('starts nothing until asked, then hands out a new worker for each import', () => {
    const { pool: p, started } = pool();
    p.refill(); // after an import, but the pool was never asked for
    vi.runAllTimers();
    expect(started).toHaveLength(0);
    const w = p.take('ingest') as unknown as FakeWorker;
    expect(w.role).toBe('ingest');
    expect(w.sent).toEqual([]); // cold: no warm-up before its file
  });

  it('once the page is idle, starts the workers of the next import and warms each up', async () => {
    const { pool: p, started } = pool();
    const ready = p.fillWhenIdle();
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
    expect(started[2]!.sent).toEqual([{ type: 'warm-up' }]);
    started[2]!.warm();
    expect(await settled(ready)).toBe(true);
  });

  it('hands out the waiting workers first, then new ones, and fills up again after the import', () => {
    const { pool: p, started } = pool({ ingest: 1, part: 1 });
    void p.fillWhenIdle();
    vi.runAllTimers();
    expect(p.take('ingest')).toBe(started[0]);
    expect(p.take('part')).toBe(started[1]);
    const extra = p.take('part') as unknown as FakeWorker;
    expect(extra.id).toBe(2); // none left waiting: a new one
    p.refill();
    vi.runAllTimers();
    expect(started.slice(3).map((w) => w.role)).toEqual(['ingest', 'part']);
  });

  it('sends no warm-up to a worker an import took before its turn, and goes on with the others', async () => {
    const { pool: p, started } = pool({ ingest: 1, part: 2 });
    void p.fillWhenIdle();
    vi.runAllTimers();
    await vi.advanceTimersByTimeAsync(0);
    expect(p.take('ingest')).toBe(started[0]); // while it warms up
    expect(p.take('part')).toBe(started[1]); // before its turn
    await vi.advanceTimersByTimeAsync(0);
    expect(started[1]!.sent).toEqual([]);
    expect(started[2]!.sent).toEqual([{ type: 'warm-up' }]);
  });

  it('never hands out a worker whose script failed', () => {
    const { pool: p, started } = pool({ ingest: 1, part: 0 });
    void p.fillWhenIdle();
    vi.runAllTimers();
    started[0]!.fail();
    const w = p.take('ingest') as unknown as FakeWorker;
    expect(started[0]!.terminated).toBe(true);
    expect(w.id).toBe(1);
  });
});
