/**
 * The re-aggregation micro-benchmark (Node): a million ingested records grouped by a
 * dictionary-coded column with a Float64Array summed, against d3-array `rollup` and a plain
 * Map over row objects with string keys.
 */
import { readFileSync } from 'node:fs';
import { rollup, sum } from 'd3-array';
import { groupSum } from '../../src/lib/aggregate/index.ts';
import { ingestBytes } from '../../src/lib/ingest/index.ts';
import type { NumberColumn, TextColumn } from '../../src/lib/model/index.ts';

/** One measured method. */
export interface AggregationResult {
  name: string;
  groups: number;
  ms: number;
}

function bestOf<T>(runs: number, f: () => T): { ms: number; value: T } {
  let ms = Infinity;
  let value!: T;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    value = f();
    ms = Math.min(ms, performance.now() - t);
  }
  return { ms, value };
}

/** Ingests `file` (a contributions file) and times the group-by-and-sum methods on it. */
export async function aggregationBench(file: string): Promise<AggregationResult[]> {
  const report = ingestBytes(readFileSync(file), { fileName: file });
  const table = report.table!;
  const money = table.columns.money_million_vnd as NumberColumn;
  const out: AggregationResult[] = [];
  for (const key of ['beneficiary_commune', 'unit'] as const) {
    const codes = table.columns[key] as TextColumn;
    const coded = bestOf(5, () => groupSum(codes, money));
    out.push({ name: `groupSum by ${key} (dictionary codes, typed arrays)`, groups: coded.value.keys.length, ms: coded.ms });
    // The same data as row objects with string keys, as d3 and most code would hold it.
    const rows = Array.from({ length: table.length }, (_, i) => ({ key: codes.dict[codes.codes[i]!]!, money: money.values[i]! }));
    const d3 = bestOf(5, () =>
      rollup(
        rows,
        (v) => sum(v, (d) => (Number.isNaN(d.money) ? 0 : d.money)),
        (d) => d.key,
      ),
    );
    out.push({ name: `d3-array rollup by ${key} (row objects, string keys)`, groups: d3.value.size, ms: d3.ms });
    const map = bestOf(5, () => {
      const m = new Map<string, number>();
      for (const r of rows) if (!Number.isNaN(r.money)) m.set(r.key, (m.get(r.key) ?? 0) + r.money);
      return m;
    });
    out.push({ name: `Map by ${key} (row objects, string keys)`, groups: map.value.size, ms: map.ms });
  }
  return out;
}

/** One step of the views' work on a million rows. */
export interface ViewStep {
  name: string;
  ms: number;
}

/**
 * The dashboard's views on the 1M contributions file (Node, the same code the page runs on its
 * main thread): a units list places its 3,000 communes helped in one district; then the
 * overview, the contributions view as first opened, and a change of year (twice, the latest
 * kept). Best of 3 each, on fresh data for the first opening (nothing kept from a run before).
 */
export async function viewsBench(file: string): Promise<ViewStep[]> {
  const { placeAll, computeOverview } = await import('../../src/lib/aggregate/index.ts');
  const { contributionsView } = await import('../../src/lib/present/kind-views.ts');
  const { ingestText } = await import('../../src/lib/ingest/index.ts');
  const table = ingestBytes(readFileSync(file), { fileName: file }).table!;
  const communes = (table.columns.beneficiary_commune as TextColumn).dict;
  const units = ingestText(
    `name,level,parent\nTỉnh Thử,tỉnh,\nHuyện Thử,huyện,Tỉnh Thử\n${communes.map((c) => `${c},xã,Huyện Thử`).join('\n')}\n`,
    { fileName: 'units.csv' },
  ).table!;
  const tables = {
    contributions: { table, datasets: [{ id: 'c', name: 'c.csv', origin: 'imported' as const }] },
    units: { table: units, datasets: [{ id: 'u', name: 'units.csv', origin: 'imported' as const }] },
  };
  const steps: ViewStep[] = [];
  const fresh = () => placeAll(tables);
  steps.push({ name: 'place every row in the units tree (once per change of the data)', ms: bestOf(3, fresh).ms });
  const overview = bestOf(3, () => {
    const placed = fresh();
    const area = placed.units.nodes.find((n) => n.name === 'Huyện Thử')!;
    const t = performance.now();
    computeOverview(placed, area);
    return performance.now() - t;
  });
  steps.push({ name: 'overview of the district (first time)', ms: overview.value });
  const first = bestOf(3, () => {
    const placed = fresh();
    const area = placed.units.nodes.find((n) => n.name === 'Huyện Thử')!;
    const t = performance.now();
    contributionsView(placed, area, null, [], 'vi');
    return performance.now() - t;
  });
  steps.push({ name: 'contributions view, first opened (every chart, the matrix, purposes)', ms: first.value });
  const placed = fresh();
  const area = placed.units.nodes.find((n) => n.name === 'Huyện Thử')!;
  contributionsView(placed, area, null, [], 'vi');
  const change = bestOf(3, () => {
    const t = performance.now();
    contributionsView(placed, area, { start: 2018, end: 2018 }, [], 'vi');
    contributionsView(placed, area, { start: 2020, end: 2020 }, [], 'vi');
    return (performance.now() - t) / 2;
  });
  steps.push({ name: 'contributions view, another year chosen', ms: change.value });
  return steps;
}
