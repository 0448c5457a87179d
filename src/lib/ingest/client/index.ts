/**
 * The page's side of an import: `importFile` hands a file to an ingest worker (and part workers
 * for a large file) and resolves with its report; the pool starts those workers.
 */
export { importFile, prepareImports } from './client.ts';
export type { ImportJob, ImportOptions, ImportProgress } from './client.ts';
