/**
 * The CSV files bundled with the app (the repository's `data/` folder): read by the ingestion
 * engine when the app is built (`build/bundled-data.ts`) and compiled in as the datasets it
 * made, so the dashboard opens on them offline, with no request to any server and no engine to
 * load or run before the first paint.
 */
import text from 'virtual:bundled-data';
import { datasetsFromJson } from './dataset-json.ts';
import type { Dataset } from './dataset.ts';

/** The bundled datasets, in file-name order. */
export function bundledDatasets(): Dataset[] {
  return datasetsFromJson(text);
}
