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
  const { table, datasets } = st;
  const source = table.columns.source as TextColumn | undefined;
  // Dictionary codes, not strings, while counting: a million rows name few reports.
  const by = new Map<number, { reports: Set<number>; rows: number }>();
  for (const i of rows) {
    const d = table.sources?.[i] ?? 0;
    let entry = by.get(d);
    if (!entry) by.set(d, (entry = { reports: new Set(), rows: 0 }));
    entry.rows++;
    const code = source?.codes[i] ?? -1;
    if (code >= 0) entry.reports.add(code);
  }
  return [...by.keys()]
    .sort((a, b) => a - b)
    .flatMap((d) => {
      const dataset = datasets[d];
      const entry = by.get(d)!;
      return dataset ? [{ dataset, reports: [...entry.reports].map((code) => source!.dict[code]!), rows: entry.rows }] : [];
    });
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
