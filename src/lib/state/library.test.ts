import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Datasets, type Dataset } from './datasets.svelte.ts';
import { datasetFromBytes } from './read-files.ts';
import type { HiddenStore } from './hidden-store.ts';
import { Library, UNDO_MS, type Store } from './library.svelte.ts';
import { createPersistence } from './persistence.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const imported = (name: string, n = 1): Dataset => ({
  ...datasetFromBytes(bytes(`unit,year,pledges\n${name},2020,${n}\n`), name, 'imported'),
  importedAt: '2025-03-05T08:00:00.000Z',
});
const bundled = datasetFromBytes(bytes('unit,year,pledges\nZ,2020,1\n'), 'z.csv', 'bundled');

let stores: ReturnType<typeof createPersistence>[] = [];
function store(factory = new IDBFactory()) {
  const s = createPersistence(() => factory, 'test');
  stores.push(s);
  return { s, factory };
}
afterEach(() => {
  stores.forEach((s) => s.close());
  stores = [];
  vi.useRealTimers();
});

/** A store that fails every call for `reason`. */
const failing = (reason: 'unavailable' | 'full'): Store => {
  const no = async () => ({ ok: false as const, reason });
  return { saveDataset: no, loadAll: no, updateMeta: no, deleteDataset: no, clearAll: no };
};

describe('Library', () => {
  it('stores an imported dataset and restores it on the next start, after the bundled data', async () => {
    const { s, factory } = store();
    await new Library(new Datasets([bundled]), s).commit(imported('a.csv', 7));
    const next = new Library(new Datasets([bundled]), store(factory).s);
    await next.restore();
    expect(next.datasets.items.map((d) => d.name)).toEqual(['z.csv', 'a.csv']);
    expect(next.datasets.tables.pledges?.table.length).toBe(2);
    expect(next.datasets.items[1]).toMatchObject({ origin: 'imported', importedAt: '2025-03-05T08:00:00.000Z', hidden: false });
  });

  it('shows the sample when it is imported, and on the next start the workspace chosen, not the sample', async () => {
    const { s, factory } = store();
    const sample = datasetFromBytes(bytes('unit,year,pledges\nA,2020,500\n'), 'mau.csv', 'sample');
    const library = new Library(new Datasets([bundled]), s);
    await library.commit(sample);
    expect(library.datasets.workspace).toBe('sample');
    library.datasets.setWorkspace('real');
    const next = new Library(new Datasets([bundled], 'real'), store(factory).s);
    await next.restore();
    expect(next.datasets.hasSample).toBe(true);
    expect(next.datasets.workspace).toBe('real');
  });

  it('never stores bundled data, and keeps a dataset hidden across starts', async () => {
    const { s, factory } = store();
    const library = new Library(new Datasets([bundled]), s);
    await library.commit(imported('a.csv'));
    await library.setHidden('imported:a.csv', true);
    await library.setHidden(bundled.id, true);
    const loaded = await store(factory).s.loadAll();
    expect(loaded.ok && loaded.value.map((d) => [d.meta.name, d.meta.hidden])).toEqual([['a.csv', true]]);
  });

  it('keeps a bundled dataset hidden across starts, in its own store, until it is shown again', async () => {
    let saved: string[] = [];
    const hidden: HiddenStore = { read: () => [...saved], write: (ids) => void (saved = [...ids]) };
    const start = () => new Library(new Datasets([bundled, imported('a.csv')]), failing('unavailable'), UNDO_MS, hidden);
    await start().setHidden(bundled.id, true);
    expect(saved).toEqual([bundled.id]);
    const next = start();
    expect(next.datasets.items.map((d) => [d.name, d.hidden ?? false])).toEqual([
      ['z.csv', true],
      ['a.csv', false],
    ]);
    expect(next.datasets.rowCount).toBe(1);
    await next.setHidden(bundled.id, false);
    expect(start().datasets.get(bundled.id)?.hidden ?? false).toBe(false);
  });

  it('hides at start only bundled datasets named in the store of hidden bundled ids', () => {
    const hidden: HiddenStore = { read: () => ['imported:a.csv', 'bundled:gone.csv'], write: () => {} };
    const library = new Library(new Datasets([bundled, imported('a.csv')]), failing('unavailable'), UNDO_MS, hidden);
    expect(library.datasets.items.map((d) => d.hidden ?? false)).toEqual([false, false]);
  });

  it('replaces a dataset by a newer version of the same file, in memory and in storage', async () => {
    const { s, factory } = store();
    const library = new Library(new Datasets(), s);
    await library.commit(imported('a.csv', 1));
    await library.commit({ ...imported('a.csv', 2), id: 'imported:v2' }, 'imported:a.csv');
    expect(library.datasets.items.map((d) => d.id)).toEqual(['imported:v2']);
    const loaded = await store(factory).s.loadAll();
    expect(loaded.ok && loaded.value.map((d) => d.meta.id)).toEqual(['imported:v2']);
  });

  it('removes a dataset with an undo that puts it back in its place and in storage', async () => {
    const { s, factory } = store();
    const library = new Library(new Datasets([bundled]), s);
    await library.commit(imported('a.csv'));
    await library.commit(imported('b.csv'));
    await library.remove('imported:a.csv');
    expect(library.pendingUndo?.dataset.name).toBe('a.csv');
    const during = await store(factory).s.loadAll();
    expect(during.ok && during.value.map((d) => d.meta.name)).toEqual(['b.csv']);
    await library.undo();
    expect(library.pendingUndo).toBeNull();
    expect(library.datasets.items.map((d) => d.name)).toEqual(['z.csv', 'a.csv', 'b.csv']);
    const after = await store(factory).s.loadAll();
    expect(after.ok && after.value.map((d) => d.meta.name).sort()).toEqual(['a.csv', 'b.csv']);
  });

  it('offers the undo for a while only', async () => {
    vi.useFakeTimers();
    const library = new Library(new Datasets([imported('a.csv')]), failing('unavailable'), 10_000);
    await library.remove('imported:a.csv');
    vi.advanceTimersByTime(9_999);
    expect(library.pendingUndo).not.toBeNull();
    vi.advanceTimersByTime(1);
    expect(library.pendingUndo).toBeNull();
  });

  it('clears everything the user added, keeping the bundled data', async () => {
    const { s, factory } = store();
    const library = new Library(new Datasets([bundled]), s);
    await library.commit(imported('a.csv'));
    await library.clearAll();
    expect(library.datasets.items).toEqual([bundled]);
    const loaded = await store(factory).s.loadAll();
    expect(loaded.ok && loaded.value).toEqual([]);
  });

  it.each(['unavailable', 'full'] as const)('keeps working in memory when storage is %s, and says so', async (reason) => {
    const library = new Library(new Datasets([bundled]), failing(reason));
    await library.restore();
    await library.commit(imported('a.csv'));
    expect(library.storage).toBe(reason);
    expect(library.datasets.items.map((d) => d.name)).toEqual(['z.csv', 'a.csv']);
  });
});
