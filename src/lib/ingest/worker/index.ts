/**
 * What runs inside the import workers: the protocol of one import (the ingest worker reads the
 * file and gathers the parts' results) and the warm-up. The page's side is `../client/`.
 */
export { ReportAssembler } from './assembler.ts';
export { runImport } from './protocol.ts';
export type { ImportProgress, ImportRequest, PartsSetup, WorkerMessage } from './protocol.ts';
export { WARM_UP_ROWS, warmUpAndSay } from './warm-up.ts';
export type { WarmUpRequest } from './warm-up.ts';
