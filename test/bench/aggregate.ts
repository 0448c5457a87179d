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
