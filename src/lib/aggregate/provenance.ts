/**
 * Where a figure comes from: the datasets (files) of its rows, and the reports their `source`
 * cells name. Every figure carries these, so a committee member can point at any number and
 * read which files it came from.
 */
import type { RecordTable, TextColumn } from '../model/index.ts';

/** Where a dataset came from: built into the app, imported by the user, or the made-up sample. */
export type Origin = 'bundled' | 'imported' | 'sample';

/** A dataset as a figure names it. */
export interface DatasetRef {
  id: string;
  /** The file's name. */
  name: string;
  origin: Origin;
}

/**
 * A table with the datasets its rows came from: row `i` comes from
 * `datasets[table.sources[i]]`, or from `datasets[0]` when the table has no `sources`.
 */
export interface SourcedTable {
  table: RecordTable;
  datasets: readonly DatasetRef[];
}

/** One dataset a figure draws on, with the reports its rows name in their `source` column. */
export interface Credit {
  dataset: DatasetRef;
  /** Distinct `source` cells of the rows used, in first-seen order. */
  reports: string[];
  /** How many rows of this dataset went into the figure. */
  rows: number;
}

/**
 * The datasets the rows `rows` of `st` come from, in the datasets' order, each with the
 * reports its rows name.
 * @example creditsOf(pledges, [0]) // [{ dataset: { name: 'pledges.csv', origin: 'bundled', … }, reports: ['Báo cáo Huyện ủy Pác Nặm 2021'], rows: 1 }]
 */
export function creditsOf(st: SourcedTable, rows: Iterable<number>): Credit[] {
  return creditsOfLists(st, [rows]);
}

/** `creditsOf` the rows of several lists together (the groups of one split), in one pass. */
export function creditsOfLists(st: SourcedTable, lists: readonly Iterable<number>[]): Credit[] {
  const { table, datasets } = st;
  const source = table.columns.source as TextColumn | undefined;
  const codes = source?.type === 'text' ? source.codes : null;
  const reportCount = codes ? source!.dict.length : 0;
  // Typed counters, not maps, while counting: a figure may stand on a million rows, from few
  // files naming few reports. `seen` marks (dataset, report) pairs; `reports` keeps their order.
  const counts = new Uint32Array(datasets.length + 1);
  const seen = new Uint8Array(reportCount ? (datasets.length + 1) * reportCount : 0);
  const reports: number[][] = [];
  const sources = table.sources;
  for (const rows of lists) {
    // An indexed loop when the rows are an array (a typed array's iterator is slow).
    const list = ArrayBuffer.isView(rows) || Array.isArray(rows) ? (rows as ArrayLike<number>) : Array.from(rows);
    for (let k = 0; k < list.length; k++) {
      const i = list[k]!;
      const d = sources ? sources[i]! : 0;
      counts[d]!++;
      const code = codes ? codes[i]! : -1;
      if (code < 0 || seen[d * reportCount + code]) continue;
      seen[d * reportCount + code] = 1;
      (reports[d] ??= []).push(code);
    }
  }
  const out: Credit[] = [];
  for (let d = 0; d < datasets.length; d++) {
    if (!counts[d]) continue;
    out.push({ dataset: datasets[d]!, reports: (reports[d] ?? []).map((code) => source!.dict[code]!), rows: counts[d]! });
  }
  return out;
}

/** Credits of two figures together (a reported total and the sum of its parts), each dataset once. */
export function mergeCredits(...lists: readonly Credit[][]): Credit[] {
  const out = new Map<string, Credit>();
  for (const list of lists) {
    for (const c of list) {
      const had = out.get(c.dataset.id);
      if (!had) out.set(c.dataset.id, { dataset: c.dataset, reports: [...c.reports], rows: c.rows });
      else {
        for (const r of c.reports) if (!had.reports.includes(r)) had.reports.push(r);
        had.rows += c.rows;
      }
    }
  }
  return [...out.values()];
}
