/**
 * Which bundled datasets the user hid, kept between visits like every other choice. Imported
 * datasets keep their hidden flag in IndexedDB with the rest of their metadata; the bundled
 * ones are never stored there (they come with the app), so their ids live in localStorage.
 * A browser that refuses storage (some private modes) shows them again on the next visit.
 */

const STORAGE_KEY = 'thi-dua:hidden-bundled';

/** Reads and writes the ids of the hidden bundled datasets (the browser's localStorage, or a test double). */
export interface HiddenStore {
  read(): string[];
  write(ids: readonly string[]): void;
}

/** The store on `storage` (localStorage by default, when the page may use it). */
export function browserHiddenStore(storage: Pick<Storage, 'getItem' | 'setItem'> | null = globalStorage()): HiddenStore {
  return {
    read() {
      const saved = safely(() => JSON.parse(storage?.getItem(STORAGE_KEY) ?? '[]') as unknown);
      return Array.isArray(saved) ? saved.filter((id): id is string => typeof id === 'string') : [];
    },
    write(ids) {
      safely(() => storage?.setItem(STORAGE_KEY, JSON.stringify(ids)));
    },
  };
}

/** localStorage, or null where there is none (Node) or the page may not use it (sandboxed, some private modes). */
function globalStorage(): Storage | null {
  return safely(() => globalThis.localStorage ?? null);
}

function safely<T>(fn: () => T): T | null {
  try {
    return fn();
  } catch {
    return null;
  }
}
