/**
 * The user's datasets kept in the browser (IndexedDB through `idb`): metadata in `datasets`,
 * the column table in `tables` (its typed arrays in one Blob: table-blob.ts; a table stored by an
 * earlier version, typed arrays structured-cloned as they are, is read too).
 * No call ever throws: private mode, a missing or blocked IndexedDB is `unavailable`, a full
 * disk is `full`, so the app keeps working in memory and says so.
 */
import { wrap, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { type IngestReport, type RecordTable, type Kind } from '../model/index.ts';
import { isStoredTable, tableFromStored, tableToStored, type StoredTable } from './table-blob.ts';

/** The engine's report as stored: everything but the table, which has its own store. */
export type StoredReport = Omit<IngestReport, 'table'>;

/** What is kept about one dataset besides its table. */
export interface DatasetMeta {
  id: string;
  /** The file's name, or the name the user gave it. */
  name: string;
  kind: Kind;
  rows: number;
  /** ISO 8601 time of the import. */
  importedAt: string;
  origin: 'imported' | 'sample';
  /** Where the figures come from, in the user's words ("Báo cáo Huyện ủy Pác Nặm 2021"). */
  source: string;
  /** Hidden datasets are kept but left out of charts and tables. */
  hidden: boolean;
  report: StoredReport;
}

/** What the user may change after the import. */
export type MetaPatch = Partial<Pick<DatasetMeta, 'name' | 'source' | 'hidden'>>;

/** A stored dataset as loaded. */
export interface StoredDataset {
  meta: DatasetMeta;
  table: RecordTable;
}

/** Why storage failed: `unavailable` (no IndexedDB, private mode, blocked), `full` (quota), `missing` (no such id). */
export type PersistFailure = { ok: false; reason: 'unavailable' | 'full' | 'missing' };

/** The outcome of a storage call. */
export type Persisted<T = void> = { ok: true; value: T } | PersistFailure;

/** The storage calls; see `createPersistence`. */
export interface Persistence {
  /** Stores the metadata and the table in one transaction: both or neither. */
  saveDataset(meta: DatasetMeta, table: RecordTable): Promise<Persisted>;
  /** Every stored dataset, oldest import first. */
  loadAll(): Promise<Persisted<StoredDataset[]>>;
  /** Changes a dataset's name, source or hidden flag; gives the updated metadata. */
  updateMeta(id: string, patch: MetaPatch): Promise<Persisted<DatasetMeta>>;
  /** Removes a dataset and its table (nothing happens for an unknown id). */
  deleteDataset(id: string): Promise<Persisted>;
  /** Removes every dataset. */
  clearAll(): Promise<Persisted>;
  /** Closes the connection (tests; a newer version of the app in another tab). */
  close(): void;
}

const DB_NAME = 'thi-dua';
const VERSION = 1;
const STORES = ['datasets', 'tables'] as const;
type Db = IDBPDatabase<unknown>;
type Tx = IDBPTransaction<unknown, ('datasets' | 'tables')[], 'readwrite'>;

const OK: Persisted = { ok: true, value: undefined };

/** A quota error as browsers name it (old Firefox: NS_ERROR_DOM_QUOTA_REACHED; legacy code 22). */
function isQuota(e: unknown): boolean {
  const err = e as { name?: unknown; code?: unknown } | null;
  return err?.name === 'QuotaExceededError' || err?.name === 'NS_ERROR_DOM_QUOTA_REACHED' || err?.code === 22;
}

/**
 * Maps what was thrown to the two reasons a user can act on. Given every error of a failed
 * transaction, since the quota error may sit on one request while the others only say AbortError.
 */
function failure(...errors: unknown[]): PersistFailure {
  return { ok: false, reason: errors.some(isQuota) ? 'full' : 'unavailable' };
}

/** The global IndexedDB, if this browser (and this page's sandbox) allows it. */
function globalFactory(): IDBFactory | undefined {
  try {
    return globalThis.indexedDB ?? undefined;
  } catch {
    return undefined; // SecurityError in sandboxed iframes and some private modes
  }
}

/**
 * Storage on an IndexedDB factory (the browser's by default), opened on first use.
 * @example const store = createPersistence(() => new IDBFactory()) // fake-indexeddb in tests
 */
export function createPersistence(factory: () => IDBFactory | undefined = globalFactory, name = DB_NAME): Persistence {
  let opening: Promise<Db> | null = null;

  function open(): Promise<Db> {
    opening ??= openDb(factory, name).then(
      (db) => {
        // Let a newer version of the app (another tab) upgrade; reopen on next use.
        db.addEventListener('versionchange', () => forget(db));
        db.addEventListener('close', () => forget(db));
        return db;
      },
      (e: unknown) => {
        opening = null; // try again next time: the user may leave private mode or free space
        throw e;
      },
    );
    return opening;
  }
  function forget(db: Db): void {
    db.close();
    opening = null;
  }

  /** Runs writes in one transaction; a synchronous throw (DataCloneError…) aborts all of it. */
  async function write(ops: readonly ((tx: Tx) => Promise<unknown>)[]): Promise<Persisted> {
    try {
      const tx = (await open()).transaction([...STORES], 'readwrite');
      const requests: Promise<unknown>[] = [];
      try {
        for (const op of ops) {
          const request = op(tx);
          // Observed here so an aborted request is never an unhandled rejection.
          request.catch(() => undefined);
          requests.push(request);
        }
      } catch (e) {
        tx.abort();
        await tx.done.catch(() => undefined);
        throw e;
      }
      const settled = await Promise.allSettled([...requests, tx.done]);
      const errors = settled.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
      return errors.length ? failure(...errors) : OK;
    } catch (e) {
      return failure(e);
    }
  }

  return {
    saveDataset(meta, table) {
      // A full IngestReport may come in: never store its table twice.
      const report: Partial<IngestReport> = { ...meta.report };
      delete report.table;
      return write([
        (tx) => tx.objectStore('datasets').put({ ...meta, report }),
        (tx) => tx.objectStore('tables').put(tableToStored(table), meta.id),
      ]);
    },
    async loadAll() {
      try {
        const tx = (await open()).transaction([...STORES], 'readonly');
        const metas = (await tx.objectStore('datasets').getAll()) as DatasetMeta[];
        const stored = (await Promise.all(metas.map((m) => tx.objectStore('tables').get(m.id)))) as (
          RecordTable | StoredTable | undefined
        )[];
        await tx.done;
        const tables = await Promise.all(stored.map((t) => (isStoredTable(t) ? tableFromStored(t) : t)));
        const out: StoredDataset[] = [];
        metas.forEach((meta, i) => tables[i] && out.push({ meta, table: tables[i] }));
        out.sort((a, b) => a.meta.importedAt.localeCompare(b.meta.importedAt));
        return { ok: true, value: out };
      } catch (e) {
        return failure(e);
      }
    },
    async updateMeta(id, patch) {
      try {
        const tx = (await open()).transaction('datasets', 'readwrite');
        const store = tx.objectStore('datasets');
        const meta = (await store.get(id)) as DatasetMeta | undefined;
        if (!meta) {
          await tx.done;
          return { ok: false, reason: 'missing' };
        }
        const updated = { ...meta, ...patch, id };
        await Promise.all([store.put(updated), tx.done]);
        return { ok: true, value: updated };
      } catch (e) {
        return failure(e);
      }
    },
    deleteDataset(id) {
      return write([(tx) => tx.objectStore('datasets').delete(id), (tx) => tx.objectStore('tables').delete(id)]);
    },
    clearAll() {
      return write([(tx) => tx.objectStore('datasets').clear(), (tx) => tx.objectStore('tables').clear()]);
    },
    close() {
      if (opening)
        void opening.then(
          (db) => forget(db),
          () => undefined,
        );
    },
  };
}

/** Opens (creating on first use) the database; a blocked or failing open rejects. */
function openDb(factory: () => IDBFactory | undefined, name: string): Promise<Db> {
  const idb = factory();
  if (!idb) return Promise.reject(new Error('IndexedDB is not available'));
  const request = idb.open(name, VERSION); // may throw (old Firefox private mode): caught by callers
  request.addEventListener('upgradeneeded', () => {
    const db = request.result;
    if (!db.objectStoreNames.contains('datasets')) db.createObjectStore('datasets', { keyPath: 'id' });
    if (!db.objectStoreNames.contains('tables')) db.createObjectStore('tables');
  });
  return new Promise<Db>((resolve, reject) => {
    let blocked = false;
    request.addEventListener('success', () => {
      // Opened after all, once the other tab let go: too late for this call, so let it go too.
      if (blocked) request.result.close();
      else resolve(wrap(request.result) as Db);
    });
    request.addEventListener('error', () => reject(request.error));
    // Another tab holds an older version open and will not let go: work in memory instead.
    request.addEventListener('blocked', () => {
      blocked = true;
      reject(new Error('IndexedDB open blocked'));
    });
  });
}

const browser = createPersistence();

/** Stores a dataset in the browser: metadata and table in one transaction. */
export const saveDataset = browser.saveDataset;
/** Every dataset stored in the browser, oldest import first. */
export const loadAll = browser.loadAll;
/** Changes a stored dataset's name, source or hidden flag. */
export const updateMeta = browser.updateMeta;
/** Removes a stored dataset. */
export const deleteDataset = browser.deleteDataset;
/** Removes every stored dataset. */
export const clearAll = browser.clearAll;
