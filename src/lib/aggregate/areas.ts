/**
 * The areas a page can show (a province, a district, a commune: any unit of the units lists)
 * and the one it opens on: the narrowest area that holds the most rows, which for the bundled
 * report is its district.
 */
import type { Placement } from './placement.ts';
import type { UnitDirectory, UnitNode } from './units.ts';

/** The area holding the most placed rows; of areas holding as many, the narrowest. Null with no units list. */
export function defaultArea(units: UnitDirectory, placements: readonly Placement[]): UnitNode | null {
  if (!units.nodes.length) return null;
  const counts = new Float64Array(units.nodes.length);
  for (const p of placements) {
    for (let i = 0; i < p.node.length; i++) {
      const at = p.node[i]! >= 0 ? p.node[i]! : p.host[i]!;
      if (at < 0) continue;
      const node = units.nodes[at]!;
      counts[at]!++;
      for (const a of units.ancestors(node)) counts[a.id]!++;
    }
  }
  let best = units.nodes[0]!;
  for (const n of units.nodes) {
    const c = counts[n.id]!;
    const b = counts[best.id]!;
    if (c > b || (c === b && n.rank > best.rank && c > 0) || (c === b && c === 0 && n.rank < best.rank)) best = n;
  }
  return best;
}

/** Areas to choose from: every unit that holds others, broadest first, then alphabetical; units that no longer exist last. */
export function areaChoices(units: UnitDirectory): UnitNode[] {
  const holders = new Set(units.nodes.filter((n) => n.parent >= 0).map((n) => n.parent));
  const collator = new Intl.Collator('vi');
  return units.nodes
    .filter((n) => holders.has(n.id))
    .sort((a, b) => Number(a.until !== null) - Number(b.until !== null) || a.rank - b.rank || collator.compare(a.name, b.name));
}

/** The area named `name` (as the URL or a choice gives it), or null. */
export function areaNamed(units: UnitDirectory, name: string | null, year?: number): UnitNode | null {
  return name ? units.find(name, year === undefined ? {} : { year }) : null;
}
