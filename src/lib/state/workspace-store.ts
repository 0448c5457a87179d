/**
 * Where the choice between the real data and the sample is kept between visits: localStorage.
 * A browser that refuses storage (some private modes) shows the real data on the next visit.
 */
import type { Workspace } from './dataset.ts';

const STORAGE_KEY = 'thi-dua:workspace';

/** Reads and writes the workspace shown (the browser's localStorage, or a test double). */
export interface WorkspaceStore {
  read(): Workspace;
  write(workspace: Workspace): void;
}

/** The browser's store. */
export function browserWorkspaceStore(storage: Pick<Storage, 'getItem' | 'setItem'> | null): WorkspaceStore {
  return {
    read: () => (safely(() => storage?.getItem(STORAGE_KEY)) === 'sample' ? 'sample' : 'real'),
    write: (workspace) => void safely(() => storage?.setItem(STORAGE_KEY, workspace)),
  };
}

function safely<T>(fn: () => T): T | null {
  try {
    return fn();
  } catch {
    return null;
  }
}
