import { describe, expect, it } from 'vitest';
import { sampleFiles } from './sample-files.ts';
import { ingestText } from '../ingest/index.ts';
import type { Kind, RecordTable } from '../model/index.ts';
import { computeOverview, placeAll, UnitDirectory } from '../aggregate/index.ts';

/** The app's sample, read as the app reads it: one table per kind, one dataset each. */
async function sampleTables(): Promise<Partial<Record<Kind, RecordTable>>> {
  const tables: Partial<Record<Kind, RecordTable>> = {};
  for (const file of sampleFiles()) {
    const report = ingestText(await file.text(), { fileName: file.name });
    expect(report.problems, file.name).toEqual([]);
    tables[report.kind!] = report.table!;
  }
  return tables;
}

describe('the sample district ("Tải dữ liệu mẫu")', () => {
  it('is one imaginary district: its units list places every row of every kind in it', async () => {
    const tables = await sampleTables();
    expect(Object.keys(tables).sort()).toEqual(['awards', 'contributions', 'criteria', 'pledges', 'targets', 'units']);
    const units = UnitDirectory.fromTable(tables.units);
    const district = units.nodes.find((n) => n.name === 'Nà Pài (mẫu)');
    expect(district?.level).toBe('huyện');
    expect(units.ancestors(district!).map((n) => n.name)).toEqual(['Bản Lũng (mẫu)']);
    expect(units.inside(district!, 3)).toHaveLength(10);
    const placed = placeAll(
      Object.fromEntries(
        Object.entries(tables).map(([kind, table]) => [
          kind,
          { table, datasets: [{ id: kind, name: `${kind}.csv`, origin: 'sample' as const }] },
        ]),
      ),
    );
    const overview = computeOverview(placed, district!);
    expect(overview.unplaced).toEqual([]);
    expect(overview.pledges?.basis).toBe('parts');
    expect(overview.money?.basis).toBe('parts');
    expect(overview.criteria?.communes).toHaveLength(10);
    expect(overview.criteria?.missing).toEqual([]);
    // Every figure credits the sample alone.
    for (const f of [overview.pledges, overview.money, overview.workdays])
      expect(f?.credits.every((c) => c.dataset.origin === 'sample')).toBe(true);
  });

  it('names no unit like one of its communes (a unit is never found as a commune)', async () => {
    const tables = await sampleTables();
    const units = UnitDirectory.fromTable(tables.units);
    const communes = new Set(units.nodes.filter((n) => n.level === 'xã').map((n) => n.name));
    const unitNames = units.nodes.filter((n) => n.level === 'cơ sở').map((n) => n.name);
    expect(unitNames.length).toBeGreaterThan(0);
    for (const name of unitNames) expect(units.find(name)?.level, name).toBe('cơ sở');
    expect(unitNames.some((n) => communes.has(n))).toBe(false);
  });
});
