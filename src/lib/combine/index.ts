/**
 * Datasets of one kind together: key conflicts listed, never added up.
 */
export { combineTables } from './combine.ts';
export type { KeyConflict } from './combine.ts';
export { conflictValues } from './key-conflicts.ts';
export type { ConflictCell, ConflictValue } from './key-conflicts.ts';
