/**
 * The areas a page can show (a province, a district, a commune: any unit of the units lists)
 * and the one it opens on: the narrowest area that holds the most rows, which for the bundled
 * report is its district.
 */
import type { Placement } from './placement.ts';
import { levelRank, type UnitDirectory, type UnitNode } from './units.ts';

/** The rank of a commune: the narrowest level a page can show. */
const COMMUNE_RANK = levelRank('xã');

/** The area holding the most placed rows; of areas holding as many, the narrowest. Null with no units list. */
export function defaultArea(units: UnitDirectory, placements: readonly Placement[]): UnitNode | null {
  if (!units.nodes.length) return null;
  // Rows per unit first, then each unit's count added to its ancestors once (not once a row).
  const direct = new Float64Array(units.nodes.length);
  for (const p of placements) {
    for (let i = 0; i < p.node.length; i++) {
      const at = p.node[i]! >= 0 ? p.node[i]! : p.host[i]!;
      if (at >= 0) direct[at]!++;
    }
  }
  const counts = direct.slice();
  for (const node of units.nodes) {
    if (!direct[node.id]) continue;
    for (const a of units.ancestors(node)) counts[a.id]! += direct[node.id]!;
  }
  let best = units.nodes[0]!;
  for (const n of units.nodes) {
    const c = counts[n.id]!;
    const b = counts[best.id]!;
    if (c > b || (c === b && n.rank > best.rank && c > 0) || (c === b && c === 0 && n.rank < best.rank)) best = n;
  }
  return best;
}

/** An area to choose, with how deep it sits in the tree (0 for a province). */
export interface AreaChoice {
  node: UnitNode;
  depth: number;
}

/**
 * Areas to choose from, as a tree: each unit of level commune or above, under its parent;
 * units that still exist first, then by level and name (those merged away after the others).
 */
export function areaChoices(units: UnitDirectory): AreaChoice[] {
  const collator = new Intl.Collator('vi');
  const order = (a: UnitNode, b: UnitNode) =>
    Number(a.until !== null) - Number(b.until !== null) || a.rank - b.rank || collator.compare(a.name, b.name);
  const areas = units.nodes.filter((n) => n.rank <= COMMUNE_RANK);
  // Each unit's children listed once (a scan per unit was quadratic: 45 ms for 3,000 communes).
  const children = new Map<number, UnitNode[]>();
  for (const n of areas) {
    const list = children.get(n.parent);
    if (list) list.push(n);
    else children.set(n.parent, [n]);
  }
  const out: AreaChoice[] = [];
  const visit = (node: UnitNode, depth: number) => {
    out.push({ node, depth });
    for (const child of (children.get(node.id) ?? []).sort(order)) visit(child, depth + 1);
  };
  for (const root of areas.filter((n) => n.parent < 0 || units.nodes[n.parent]!.rank > COMMUNE_RANK).sort(order)) visit(root, 0);
  return out;
}

/** The area named `name` (as the URL or a choice gives it), or null. */
export function areaNamed(units: UnitDirectory, name: string | null, year?: number): UnitNode | null {
  return name ? units.find(name, year === undefined ? {} : { year }) : null;
}
