/**
 * The page's side of an import: `importFile` hands a file to an ingest worker (and part workers
 * for a large file) and resolves with its report; the pool starts those workers.
 */
export { importFile, prepareImports, PREPARED } from './client.ts';
export type { ImportJob, ImportOptions, ImportProgress, PrepareOptions } from './client.ts';
export type { PoolHold } from './worker-pool.ts';
