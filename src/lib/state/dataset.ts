/**
 * A dataset (one loaded file and the engine's report on it), and what is derived from a list
 * of them: the table of each kind the overview shows, combined from the visible datasets in
 * import order, with the keys found in two files. Plain TypeScript, no Svelte.
 */
import { combineTables, type KeyConflict } from '../combine/index.ts';
import type { IngestReport, Kind, RecordTable } from '../model/index.ts';
import type { DatasetRef, Origin, SourcedTables, TablesByKind } from '../aggregate/index.ts';

export type { Origin } from '../aggregate/index.ts';

/**
 * Which data the page shows: the real data (bundled and imported), or the made-up sample
 * district. The two are never combined: nothing real is summed with anything made up.
 */
export type Workspace = 'real' | 'sample';

/** One loaded file and what the engine made of it. */
export interface Dataset {
  id: string;
  /** The file's name, as shown to the user. */
  name: string;
  kind: Kind | null;
  origin: Origin;
  report: IngestReport;
  /** Hidden datasets stay loaded but are left out of the overview. */
  hidden?: boolean;
  /** ISO 8601 time of the import (absent for bundled data). */
  importedAt?: string;
  /** Set when the engine itself failed on this file (a bug, not a fault of the file). */
  error?: string;
}

/** A key found in two datasets, with the datasets' names for the Data page. */
export interface NamedConflict extends KeyConflict {
  kind: Kind;
  /** The names of [the dataset kept, the dataset whose row was left out]. */
  names: [string, string];
  /** Their tables, in the same order: the two rows' values are read from them when shown (`conflictValues`). */
  tables: [RecordTable, RecordTable];
}

/** What the overview shows: a table per kind with the datasets of its rows, and the rows left out because a key repeated. */
export interface CombinedTables {
  tables: SourcedTables;
  conflicts: NamedConflict[];
}

/** True when a dataset belongs to a workspace: the sample to the sample's, everything else to the real one. */
export function inWorkspace(d: Dataset, workspace: Workspace): boolean {
  return (d.origin === 'sample') === (workspace === 'sample');
}

/**
 * The table of each kind from the visible, accepted datasets of one workspace, combined in the
 * order given (import order): the first dataset keeps a key, a later row with the same key is
 * left out and listed as a conflict, never summed. A kind held by one dataset is that
 * dataset's table as is. Each table names the datasets its rows came from.
 */
export function combineVisible(datasets: readonly Dataset[], workspace: Workspace = 'real'): CombinedTables {
  const byKind = new Map<Kind, Dataset[]>();
  for (const d of datasets) {
    const table = d.report.table;
    if (!table || d.hidden || !inWorkspace(d, workspace)) continue;
    const list = byKind.get(table.kind);
    if (list) list.push(d);
    else byKind.set(table.kind, [d]);
  }
  const tables: SourcedTables = {};
  const conflicts: NamedConflict[] = [];
  for (const [kind, list] of byKind) {
    const datasets: DatasetRef[] = list.map((d) => ({ id: d.id, name: d.name, origin: d.origin }));
    if (list.length === 1) {
      tables[kind] = { table: list[0]!.report.table!, datasets };
      continue;
    }
    const combined = combineTables(
      kind,
      list.map((d) => ({ id: d.id, table: d.report.table! })),
    );
    tables[kind] = { table: combined.table, datasets };
    const names = new Map(list.map((d) => [d.id, d.name]));
    const byId = new Map(list.map((d) => [d.id, d.report.table!]));
    for (const c of combined.conflicts) {
      const tables: [RecordTable, RecordTable] = [byId.get(c.datasets[0])!, byId.get(c.datasets[1])!];
      conflicts.push({ ...c, kind, names: [names.get(c.datasets[0]) ?? '', names.get(c.datasets[1]) ?? ''], tables });
    }
  }
  return { tables, conflicts };
}

/** The table of each kind the overview shows (see `combineVisible`), without their datasets. */
export function tablesByKind(datasets: readonly Dataset[], workspace: Workspace = 'real'): TablesByKind {
  return plainTables(combineVisible(datasets, workspace).tables);
}

/** The tables alone. */
export function plainTables(tables: SourcedTables): TablesByKind {
  const out: TablesByKind = {};
  for (const [kind, st] of Object.entries(tables) as [Kind, SourcedTables[Kind]][]) if (st) out[kind] = st.table;
  return out;
}

/** True when a dataset was refused or lost rows: the user must see why. */
export function hasIssues(d: Dataset): boolean {
  return d.report.rejected || d.report.problems.length > 0;
}

/** The loaded dataset of the same file: same name and kind (a newer version replaces it). */
export function sameFile(datasets: readonly Dataset[], name: string, kind: Kind | null): Dataset | undefined {
  return datasets.find((d) => d.origin !== 'bundled' && d.name === name && d.kind === kind);
}
