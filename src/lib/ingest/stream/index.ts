/**
 * The engine end to end on text or bytes that arrive in pieces, and a large file read in parts.
 */
export { ByteIngest } from './byte-ingest.ts';
export {
  MAX_PARTS,
  MIN_PART_BYTES,
  PROGRESS_EVERY,
  chunksOf,
  cutAt,
  partRunnerOver,
  rereadRows,
  roughCuts,
  runPart,
  tableBuffers,
} from './parts.ts';
export type { PartJob, PartMessage, PartPortMessage, PartProgress, PartRequest, PartRunner } from './parts.ts';
export { ingestBytes, ingestText } from './text-ingest.ts';
export type { PartPlan } from './text-ingest.ts';
