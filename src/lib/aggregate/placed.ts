/**
 * The tables of one workspace with every row placed in the tree of units: what every figure of
 * every view is computed from. Built once per change of the data, not per area or filter.
 */
import { placeRows, type Placement } from './placement.ts';
import type { SourcedTable } from './provenance.ts';
import { UnitDirectory } from './units.ts';
import type { Kind, RecordTable } from '../model/index.ts';

/** The accepted table of each kind. */
export type TablesByKind = Partial<Record<Kind, RecordTable>>;

/** The table of each kind with the datasets its rows came from. */
export type SourcedTables = Partial<Record<Kind, SourcedTable>>;

/** The overview's inputs that do not change with the area: the units tree and each table's placement. */
export interface Placed {
  units: UnitDirectory;
  tables: SourcedTables;
  placements: Partial<Record<Kind, Placement>>;
}

/** Builds the units tree from the `units` table and places every other table's rows in it. */
export function placeAll(tables: SourcedTables): Placed {
  const units = UnitDirectory.fromTable(tables.units?.table);
  const placements: Placed['placements'] = {};
  for (const [kind, st] of Object.entries(tables) as [Kind, SourcedTable][]) {
    if (kind !== 'units') placements[kind] = placeRows(st.table, units);
  }
  return { units, tables, placements };
}
