/**
 * Tables for the view-model tests: CSV texts read by the real engine, with the datasets they
 * came from, and the bundled report's files. Test helper only.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { computeOverview, placeAll, type Origin, type Overview, type SourcedTables } from '../aggregate/index.ts';
import { combineTables } from '../combine/index.ts';
import { ingestText } from '../ingest/index.ts';
import type { Kind } from '../model/index.ts';

const DATA = new URL('../../../data/', import.meta.url);

/** One file: name, origin, CSV text. */
export type TestFile = [name: string, origin: Origin, csv: string];

/** The bundled report's files, as bundled datasets. */
export function bundledFiles(): TestFile[] {
  return readdirSync(DATA)
    .filter((f) => f.endsWith('.csv'))
    .map((f) => [f, 'bundled', readFileSync(new URL(f, DATA), 'utf8')]);
}

/** The tables of some files, combined per kind in the order given (as the app does). */
export function sourcedTables(files: readonly TestFile[]): SourcedTables {
  const byKind = new Map<Kind, { name: string; origin: Origin; table: NonNullable<ReturnType<typeof ingestText>['table']> }[]>();
  for (const [name, origin, csv] of files) {
    const table = ingestText(csv, { fileName: name }).table;
    if (!table) throw new Error(`refused: ${name}`);
    byKind.set(table.kind, [...(byKind.get(table.kind) ?? []), { name, origin, table }]);
  }
  const out: SourcedTables = {};
  for (const [kind, list] of byKind) {
    const datasets = list.map((d) => ({ id: `${d.origin}:${d.name}`, name: d.name, origin: d.origin }));
    const table =
      list.length === 1
        ? list[0]!.table
        : combineTables(
            kind,
            list.map((d, i) => ({ id: datasets[i]!.id, table: d.table })),
          ).table;
    out[kind] = { table, datasets };
  }
  return out;
}

/** The overview of some files, on the area they open on. */
export function overviewOf(files: readonly TestFile[]): Overview {
  return computeOverview(placeAll(sourcedTables(files)));
}
