/**
 * The CSV files bundled with the app (the repository's `data/` folder), compiled into the
 * build as text: the dashboard opens on them offline, with no request to any server.
 */
import { datasetFromBytes, type Dataset } from './datasets.svelte.ts';

const FILES = import.meta.glob('/data/*.csv', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

/** Reads every bundled file through the ingestion engine, in file-name order. */
export function bundledDatasets(files: Record<string, string> = FILES): Dataset[] {
  const encoder = new TextEncoder();
  return Object.keys(files)
    .sort()
    .map((path) => datasetFromBytes(encoder.encode(files[path]), path.slice(path.lastIndexOf('/') + 1), 'bundled'));
}
