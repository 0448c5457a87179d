/**
 * Files read through the ingestion engine into datasets, on the calling thread: the bundled
 * data at build time (`build/bundled-data.ts`) and tests. The page never loads this module: it
 * imports through the workers (`../ingest/client/`) and gets the bundled data already read.
 */
import { ingestBytes } from '../ingest/index.ts';
import { rejectedReport } from '../model/index.ts';
import type { Dataset, Origin } from './dataset.ts';

/**
 * Reads one file into a dataset. A refused file is still a dataset: its report says why;
 * an engine failure refuses that file only, so the other files still show.
 */
export function datasetFromBytes(bytes: Uint8Array, name: string, origin: Origin, ingest = ingestBytes): Dataset {
  const id = `${origin}:${name}`;
  try {
    const report = ingest(bytes, { fileName: name });
    return { id, name, kind: report.kind, origin, report };
  } catch (e) {
    return {
      id,
      name,
      kind: null,
      origin,
      report: rejectedReport({ fileName: name }, null),
      error: e instanceof Error ? e.message : String(e),
    };
  }
}

/** Reads CSV texts keyed by path (`/data/pledges.csv`) into datasets named by their base names, in file-name order. */
export function datasetsFromTexts(files: Record<string, string>, origin: Origin): Dataset[] {
  const encoder = new TextEncoder();
  return Object.keys(files)
    .sort()
    .map((path) => datasetFromBytes(encoder.encode(files[path]), path.slice(path.lastIndexOf('/') + 1), origin));
}
