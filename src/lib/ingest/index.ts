/**
 * The ingestion engine, in the order a file flows through it:
 * decode (bytes → text) → parse (text → rows) → validate (rows → records and problems)
 * → stream (the whole, on pieces or parts) → worker (what runs in the import workers)
 * → client (the page's side: starts the workers, hands them a file).
 */
export * from './decode/index.ts';
export * from './parse/index.ts';
export * from './validate/index.ts';
export * from './stream/index.ts';
export * from './worker/index.ts';
export * from './client/index.ts';
