import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MIN_PART_BYTES } from '../stream/index.ts';
import { importFile, prepareImports, PREPARED } from './client.ts';

/** The workers the client starts, by the name it gives them; a stand-in that records what it is sent. */
const started: FakeWorker[] = [];
class FakeWorker {
  sent: unknown[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  readonly name: string;
  constructor(_url: URL, options: { name: string }) {
    this.name = options.name;
    started.push(this);
  }
  postMessage(message: unknown, transfer: unknown[] = []): void {
    this.sent.push(message);
    for (const port of transfer) (port as MessagePort).close?.();
  }
  terminate(): void {
    this.terminated = true;
  }
}

/** A file of `size` bytes, as far as the client looks at it (it only hands it to the worker). */
const fileOf = (size: number) => ({ name: 'lon.csv', size }) as Blob & { name: string };

describe('the workers of an import', () => {
  beforeEach(() => {
    started.length = 0;
    vi.useFakeTimers();
    vi.stubGlobal('Worker', FakeWorker);
    vi.stubGlobal('navigator', { hardwareConcurrency: 4 });
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('are not started by loading the client, only once the page prepares an import, and then only the ingest worker', async () => {
    expect(started).toHaveLength(0);
    const hold = prepareImports();
    expect(started).toHaveLength(0); // not before the page is idle
    vi.runAllTimers();
    expect(started.map((w) => w.name)).toEqual(['ingest']);
    await vi.advanceTimersByTimeAsync(0);
    expect(started[0]!.sent).toEqual([{ type: 'warm-up', rows: PREPARED.warmUpRows }]);
    hold.release();
    expect(started[0]!.terminated).toBe(true);
  });

  it('include no part worker for a small file, and a part worker per other core for a large one, started with it', async () => {
    const small = importFile(fileOf(MIN_PART_BYTES - 1));
    const smallEnd = expect(small.promise).rejects.toMatchObject({ name: 'AbortError' });
    expect(started.map((w) => w.name)).toEqual(['ingest']);
    small.cancel();
    started.length = 0;
    const large = importFile(fileOf(4 * MIN_PART_BYTES));
    const largeEnd = expect(large.promise).rejects.toMatchObject({ name: 'AbortError' });
    expect(started.map((w) => w.name)).toEqual(['ingest', 'ingest-part', 'ingest-part', 'ingest-part']);
    expect(started.slice(1).every((w) => w.sent.length === 1 && (w.sent[0] as { type: string }).type === 'port')).toBe(true);
    large.cancel();
    expect(started.every((w) => w.terminated)).toBe(true);
    await Promise.all([smallEnd, largeEnd]);
  });

  it('are started ahead with the part workers too when the caller asks for them (the benchmark)', () => {
    const hold = prepareImports({ partWorkers: true, warmUpRows: 100 });
    vi.runAllTimers();
    expect(started.map((w) => w.name)).toEqual(['ingest', 'ingest-part', 'ingest-part', 'ingest-part']);
    hold.release();
  });

  it('are started again after an import only while the page still holds them', () => {
    const hold = prepareImports();
    vi.runAllTimers();
    const job = importFile(fileOf(10));
    job.promise.catch(() => undefined);
    expect(started).toHaveLength(1); // the waiting worker took the file
    job.cancel();
    vi.runAllTimers();
    expect(started.map((w) => w.name)).toEqual(['ingest', 'ingest']);
    hold.release();
    const next = importFile(fileOf(10));
    next.promise.catch(() => undefined);
    next.cancel();
    vi.runAllTimers();
    expect(started).toHaveLength(3); // the import's own, none after it
  });
});
