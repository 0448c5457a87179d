/**
 * The sizes that decide how a file is read: in parts or in one piece, and how often progress is
 * told. Apart from the engine, so that the page's side (`../client/`) reads them without
 * loading the engine itself.
 */

/** A part is never smaller than this: below it, starting a worker costs more than it saves. */
export const MIN_PART_BYTES = 16 * 1024 * 1024;
/** Parts at most, however many cores there are (each holds its own dictionaries and rows). */
export const MAX_PARTS = 4;
/** Milliseconds between progress messages (of the ingest worker and of each part). */
export const PROGRESS_EVERY = 100;
