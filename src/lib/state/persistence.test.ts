// `auto` installs the IndexedDB globals that `idb` checks values against, as a browser has them.
import 'fake-indexeddb/auto';
import { IDBFactory, IDBObjectStore, IDBTransaction } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ingestText } from '../ingest/index.ts';
import type { RecordTable } from '../model/index.ts';
import { clearAll, createPersistence, loadAll, saveDataset, type DatasetMeta } from './persistence.ts';

const report = ingestText('commune,year,criteria_met\nBộc Bố,2018,hơn 16\nGiáo Hiệu,2016-2020,14\n', { fileName: 'tieu-chi.csv' });
const table = report.table!;

const meta = (id: string, importedAt = '2025-01-01T00:00:00.000Z'): DatasetMeta => ({
  id,
  name: `${id}.csv`,
  kind: 'criteria',
  rows: table.length,
  importedAt,
  origin: 'imported',
  source: 'Báo cáo Huyện ủy Pác Nặm 2021',
  hidden: false,
  report,
});

const fresh = () => createPersistence(() => factory);
const opened = (request: IDBOpenDBRequest) =>
  new Promise<IDBDatabase>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
let factory = new IDBFactory();
afterEach(() => {
  vi.restoreAllMocks();
  factory = new IDBFactory();
});

describe('persistence', () => {
  it('gives back the table with its typed arrays and the report without its table', async () => {
    const store = fresh();
    expect(await store.saveDataset(meta('a'), table)).toEqual({ ok: true, value: undefined });
    const loaded = await store.loadAll();
    if (!loaded.ok) throw new Error(loaded.reason);
    const [d] = loaded.value;
    expect(d!.meta.report).not.toHaveProperty('table');
    expect(d!.meta.report.file).toBe('tieu-chi.csv');
    expect(d!.table.lines).toBeInstanceOf(Uint32Array);
    expect(d!.table.columns.commune).toEqual(table.columns.commune);
    expect(d!.table.columns.criteria_met).toMatchObject({ values: expect.any(Float64Array), qualifiers: Uint8Array.of(1, 0) });
    expect(d!.table.columns.year).toMatchObject({ start: Uint16Array.of(2018, 2016), end: Uint16Array.of(2018, 2020) });
    expect(d!.table).toEqual(table);
  });

  it('stores the table’s typed arrays as one Blob, and still reads a table an earlier version stored as it was', async () => {
    const store = fresh();
    await store.saveDataset(meta('new'), table);
    const db = await opened(factory.open('thi-dua', 1));
    const stored = await new Promise<unknown>((resolve) => {
      const request = db.transaction('tables').objectStore('tables').get('new');
      request.onsuccess = () => resolve(request.result);
    });
    expect(stored).toMatchObject({ format: 'blob-1', blob: expect.any(Blob) });
    // As version 1 of the app wrote it: the table itself.
    await new Promise((resolve) => {
      const tx = db.transaction(['datasets', 'tables'], 'readwrite');
      tx.objectStore('datasets').put({ ...meta('old', '2024-01-01T00:00:00.000Z'), report: { ...report, table: undefined } });
      tx.objectStore('tables').put(table, 'old');
      tx.oncomplete = resolve;
    });
    db.close();
    const loaded = await store.loadAll();
    if (!loaded.ok) throw new Error(loaded.reason);
    expect(loaded.value.map((d) => d.meta.id)).toEqual(['old', 'new']);
    for (const d of loaded.value) expect(d.table).toEqual(table);
  });

  it('loads datasets oldest import first', async () => {
    const store = fresh();
    await store.saveDataset(meta('z', '2025-03-01T00:00:00.000Z'), table);
    await store.saveDataset(meta('a', '2025-05-01T00:00:00.000Z'), table);
    const loaded = await store.loadAll();
    expect(loaded.ok && loaded.value.map((d) => d.meta.id)).toEqual(['z', 'a']);
  });

  it.each([
    ['hides a dataset', { hidden: true }],
    ['renames a dataset', { name: 'Tiêu chí 2018' }],
    ['changes the source', { source: 'Báo cáo khác' }],
  ])('%s and keeps the rest', async (_name, patch) => {
    const store = fresh();
    await store.saveDataset(meta('a'), table);
    const updated = await store.updateMeta('a', patch);
    expect(updated).toMatchObject({ ok: true, value: { ...patch, id: 'a', rows: 2 } });
    const loaded = await store.loadAll();
    expect(loaded.ok && loaded.value[0]!.meta).toMatchObject(patch);
  });

  it('says missing when updating an unknown dataset', async () => {
    expect(await fresh().updateMeta('nope', { hidden: true })).toEqual({ ok: false, reason: 'missing' });
  });

  it('deletes one dataset and its table, then clears everything', async () => {
    const store = fresh();
    await store.saveDataset(meta('a'), table);
    await store.saveDataset(meta('b'), table);
    expect((await store.deleteDataset('a')).ok).toBe(true);
    let loaded = await store.loadAll();
    expect(loaded.ok && loaded.value.map((d) => d.meta.id)).toEqual(['b']);
    expect((await store.clearAll()).ok).toBe(true);
    loaded = await store.loadAll();
    expect(loaded).toEqual({ ok: true, value: [] });
  });

  it('leaves nothing when the transaction aborts after the metadata was written', async () => {
    const store = fresh();
    // A function cannot be cloned: the table's put throws after the metadata's put was queued.
    const broken = { ...table, extras: { bad: (() => 0) as unknown as RecordTable['extras'][string] } };
    const saved = await store.saveDataset(meta('a'), broken);
    expect(saved.ok).toBe(false);
    expect(await store.loadAll()).toEqual({ ok: true, value: [] });
  });

  it('says full on a quota error, and keeps nothing of that dataset', async () => {
    const store = fresh();
    await store.saveDataset(meta('old'), table);
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
      if (this.name === 'tables') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    });
    expect(await store.saveDataset(meta('new'), table)).toEqual({ ok: false, reason: 'full' });
    vi.restoreAllMocks();
    const loaded = await store.loadAll();
    expect(loaded.ok && loaded.value.map((d) => d.meta.id)).toEqual(['old']);
  });

  it('says full when the quota runs out while the transaction runs, and keeps nothing of that dataset', async () => {
    const store = fresh();
    await store.saveDataset(meta('old'), table);
    // fake-indexeddb's request queue (internal): the table's put fails as it runs, the way a
    // browser fails at quota; the transaction aborts and the metadata's put only says AbortError.
    type Queued = { operation: () => unknown; source?: { name?: string } };
    const proto = IDBTransaction.prototype as unknown as { _execRequestAsync(o: Queued): unknown };
    const exec = proto._execRequestAsync;
    vi.spyOn(proto, '_execRequestAsync').mockImplementation(function (this: unknown, o: Queued) {
      const quota = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
      return exec.call(this, o.source?.name === 'tables' ? { ...o, operation: quota } : o);
    });
    expect(await store.saveDataset(meta('new'), table)).toEqual({ ok: false, reason: 'full' });
    vi.restoreAllMocks();
    const loaded = await store.loadAll();
    expect(loaded.ok && loaded.value.map((d) => d.meta.id)).toEqual(['old']);
  });

  it('says unavailable when another tab keeps an older version open, and lets go of the late connection', async () => {
    const other = await opened(factory.open('thi-dua', 1));
    // As if this were a newer version of the app: its open waits for the other tab.
    const newer = { open: (name: string) => factory.open(name, 2) } as unknown as IDBFactory;
    expect(await createPersistence(() => newer).loadAll()).toEqual({ ok: false, reason: 'unavailable' });
    other.close();
    // The late connection is closed as soon as it opens, so a still newer version is not blocked.
    const blocked = vi.fn();
    const request = factory.open('thi-dua', 3);
    request.addEventListener('blocked', blocked);
    (await opened(request)).close();
    expect(blocked).not.toHaveBeenCalled();
  });

  it.each([
    ['IndexedDB is missing', () => undefined],
    [
      'opening throws (old private mode)',
      () =>
        ({
          open: () => {
            throw new DOMException('no', 'InvalidStateError');
          },
        }) as unknown as IDBFactory,
    ],
  ])('says unavailable, never throws, when %s', async (_name, make) => {
    const store = createPersistence(make);
    const unavailable = { ok: false, reason: 'unavailable' };
    expect(await store.saveDataset(meta('a'), table)).toEqual(unavailable);
    expect(await store.loadAll()).toEqual(unavailable);
    expect(await store.updateMeta('a', { hidden: true })).toEqual(unavailable);
    expect(await store.deleteDataset('a')).toEqual(unavailable);
    expect(await store.clearAll()).toEqual(unavailable);
  });

  it("exports calls bound to the browser's own IndexedDB", async () => {
    expect(await saveDataset(meta('a'), table)).toEqual({ ok: true, value: undefined });
    const loaded = await loadAll();
    expect(loaded.ok && loaded.value.map((d) => d.meta.id)).toEqual(['a']);
    expect(await clearAll()).toEqual({ ok: true, value: undefined });
  });
});
