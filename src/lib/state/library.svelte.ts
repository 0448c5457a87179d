/**
 * The user's data library: the loaded datasets kept in step with the browser's storage, the
 * undo of a removal, and whether storage works. Storage never stops the app: when it is full
 * or unavailable (private mode) the datasets stay for the session and `storage` says why.
 * The bundled datasets are not stored, but whether the user hid them is (`hidden-store.ts`).
 */
import type { DatasetMeta, Persisted, Persistence } from './persistence.ts';
import type { Dataset, Datasets } from './datasets.svelte.ts';
import { browserHiddenStore, type HiddenStore } from './hidden-store.ts';

/** Whether the browser keeps the imported data: `ok`, or why not. */
export type StorageStatus = 'ok' | 'unavailable' | 'full';

/** The storage calls the library uses (persistence.ts, or a test double). */
export type Store = Pick<Persistence, 'saveDataset' | 'loadAll' | 'updateMeta' | 'deleteDataset' | 'clearAll'>;

/** A removal that can still be undone. */
export interface PendingUndo {
  dataset: Dataset;
  index: number;
}

const EPOCH = '1970-01-01T00:00:00.000Z';

/** How long a removal can be undone, in milliseconds. */
export const UNDO_MS = 10_000;

/** The metadata stored for a dataset the user added. */
export function datasetMeta(d: Dataset): DatasetMeta | null {
  if (d.origin === 'bundled' || !d.kind || !d.report.table) return null;
  return {
    id: d.id,
    name: d.name,
    kind: d.kind,
    rows: d.report.table.length,
    importedAt: d.importedAt ?? EPOCH,
    origin: d.origin,
    source: '',
    hidden: d.hidden ?? false,
    report: d.report,
  };
}

/** The library of datasets; see the module comment. */
export class Library {
  readonly datasets: Datasets;
  readonly #store: Store;
  readonly #undoMs: number;
  readonly #hidden: HiddenStore;
  #status = $state<StorageStatus>('ok');
  #undo = $state.raw<PendingUndo | null>(null);
  #timer: ReturnType<typeof setTimeout> | undefined;

  /** Hides at once the bundled datasets the user hid on an earlier visit (`hidden`: where that is kept). */
  constructor(datasets: Datasets, store: Store, undoMs = UNDO_MS, hidden: HiddenStore = browserHiddenStore()) {
    this.datasets = datasets;
    this.#store = store;
    this.#undoMs = undoMs;
    this.#hidden = hidden;
    for (const id of hidden.read()) if (datasets.get(id)?.origin === 'bundled') datasets.setHidden(id, true);
  }

  /** Whether imported data is kept in the browser. */
  get storage(): StorageStatus {
    return this.#status;
  }

  /** The last removal, while it can be undone. */
  get pendingUndo(): PendingUndo | null {
    return this.#undo;
  }

  /** Loads the datasets stored by earlier visits (after the bundled ones). */
  async restore(): Promise<void> {
    const loaded = await this.#store.loadAll();
    if (!this.#track(loaded)) return;
    this.datasets.add(
      ...loaded.value.map(({ meta, table }): Dataset => ({
        id: meta.id,
        name: meta.name,
        kind: meta.kind,
        origin: meta.origin,
        hidden: meta.hidden,
        importedAt: meta.importedAt,
        report: { ...meta.report, table },
      })),
    );
  }

  /** Adds a dataset (in place of `replaces`, when given) and stores it. */
  async commit(dataset: Dataset, replaces?: string): Promise<void> {
    if (replaces) this.datasets.replace(replaces, dataset);
    else this.datasets.add(dataset);
    // Importing the sample shows it, apart from the real data (which stays as it was); a sample
    // restored from an earlier visit does not: the workspace shown then is the one chosen.
    if (dataset.origin === 'sample') this.datasets.setWorkspace('sample');
    // Stored in a task of its own: the page first draws the new data (combined and placed in
    // this one), then hands the table to the database, never both in one frozen moment.
    await new Promise((resolve) => setTimeout(resolve, 0));
    await this.#save(dataset);
    if (replaces && replaces !== dataset.id) this.#track(await this.#store.deleteDataset(replaces));
  }

  /** Shows or hides a dataset. */
  async setHidden(id: string, hidden: boolean): Promise<void> {
    this.datasets.setHidden(id, hidden);
    const d = this.datasets.get(id);
    if (d?.origin === 'bundled') this.#hidden.write(this.datasets.items.filter((b) => b.origin === 'bundled' && b.hidden).map((b) => b.id));
    else if (d) this.#track(await this.#store.updateMeta(id, { hidden }));
  }

  /** Removes a dataset; it can be undone for a while. */
  async remove(id: string): Promise<void> {
    const removed = this.datasets.remove(id);
    if (!removed) return;
    this.#offerUndo(removed);
    if (removed.dataset.origin !== 'bundled') this.#track(await this.#store.deleteDataset(id));
  }

  /** Puts the last removed dataset back, and stores it again. */
  async undo(): Promise<void> {
    const pending = this.#undo;
    if (!pending) return;
    this.dismissUndo();
    this.datasets.insert(pending.dataset, pending.index);
    await this.#save(pending.dataset);
  }

  /** Forgets the last removal (the toast closed). */
  dismissUndo(): void {
    clearTimeout(this.#timer);
    this.#undo = null;
  }

  /** Removes every dataset the user added, from the page and from the browser. */
  async clearAll(): Promise<void> {
    this.dismissUndo();
    this.datasets.clearAdded();
    this.#track(await this.#store.clearAll());
  }

  #offerUndo(removed: PendingUndo): void {
    clearTimeout(this.#timer);
    this.#undo = removed;
    this.#timer = setTimeout(() => (this.#undo = null), this.#undoMs);
  }

  async #save(d: Dataset): Promise<void> {
    const meta = datasetMeta(d);
    if (meta) this.#track(await this.#store.saveDataset(meta, d.report.table!));
  }

  /** Records the outcome of a storage call; true when it worked. */
  #track<T>(result: Persisted<T>): result is { ok: true; value: T } {
    if (result.ok) return true;
    if (result.reason !== 'missing') this.#status = result.reason;
    return false;
  }
}
