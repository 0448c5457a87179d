/**
 * The datasets loaded so far (bundled with the app or imported by the user), each with the
 * ingestion engine's full report, and the accepted table of each kind derived from them.
 */
import { ingestBytes, type IngestReport } from '../data/ingest.ts';
import type { TablesByKind } from '../data/overview.ts';
import type { Kind } from '../data/types.ts';

/** Where a dataset came from. */
export type Origin = 'bundled' | 'imported';

/** One loaded file and what the engine made of it. */
export interface Dataset {
  id: string;
  /** The file's name, as shown to the user. */
  name: string;
  kind: Kind | null;
  origin: Origin;
  report: IngestReport;
  /** Set when the engine itself failed on this file (a bug, not a fault of the file). */
  error?: string;
}

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
    return { id, name, kind: null, origin, report: failedReport(name), error: e instanceof Error ? e.message : String(e) };
  }
}

function failedReport(file: string): IngestReport {
  return {
    file, kind: null, encoding: null, delimiter: null, numberFormat: null, numberFormatUncertain: false,
    rejected: true, table: null, header: [], excluded: [], problems: [], notices: [],
  };
}

/**
 * The table of each kind. For now one file per kind is shown: the first accepted one, as
 * `combineTables` (data/combine.ts) will keep the first dataset's rows when it combines
 * several files of one kind in a later step, so figures already shown never change when a
 * file is added.
 */
export function tablesByKind(datasets: readonly Dataset[]): TablesByKind {
  const tables: TablesByKind = {};
  for (const d of datasets) {
    const table = d.report.table;
    if (table && !tables[table.kind]) tables[table.kind] = table;
  }
  return tables;
}

/** True when a dataset was refused or lost rows: the user must see why. */
export function hasIssues(d: Dataset): boolean {
  return d.report.rejected || d.report.problems.length > 0;
}

/** The loaded datasets and the tables derived from them. */
export class Datasets {
  // Reports are large and never mutated in place: raw state, replaced as a whole.
  #items = $state.raw<readonly Dataset[]>([]);

  /** The accepted table of each kind. */
  readonly tables: TablesByKind = $derived(tablesByKind(this.#items));

  /** Datasets that were refused or had rows excluded. */
  readonly withIssues: readonly Dataset[] = $derived(this.#items.filter(hasIssues));

  /** Rows accepted across every dataset. */
  readonly rowCount: number = $derived(this.#items.reduce((n, d) => n + (d.report.table?.length ?? 0), 0));

  constructor(initial: readonly Dataset[] = []) {
    this.#items = initial;
  }

  /** Every dataset, in the order added. */
  get items(): readonly Dataset[] {
    return this.#items;
  }

  /** Adds datasets; one with the id of a loaded dataset replaces it. */
  add(...datasets: Dataset[]): void {
    this.#items = [...this.#items.filter((d) => !datasets.some((n) => n.id === d.id)), ...datasets];
  }

  /** Removes a dataset. */
  remove(id: string): void {
    this.#items = this.#items.filter((d) => d.id !== id);
  }
}
