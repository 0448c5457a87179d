/**
 * Where the explorer's rows stand in the tree of units: which lie in the area chosen (the
 * views' area filter), and the level of each (so a subtotal never adds a district's own
 * figure to its communes').
 */
import type { Placed, UnitNode } from '../../aggregate/index.ts';
import { insideMask } from '../../aggregate/placement.ts';
import type { Kind } from '../../model/index.ts';
import type { RowLevels } from './rows.ts';

/**
 * 1 for each row of `kind` that is the area or lies inside it, 0 otherwise (unplaced rows
 * too); null when the kind is not placed (the list of units) or no area is known.
 */
export function areaRows(placed: Placed, kind: Kind, area: UnitNode | null): Uint8Array | null {
  const placement = placed.placements[kind];
  if (!placement || !area) return null;
  const mask = insideMask(placed.units, area);
  const n = placement.node.length;
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const at = placement.node[i]! >= 0 ? placement.node[i]! : placement.host[i]!;
    out[i] = at >= 0 && mask[at] ? 1 : 0;
  }
  return out;
}

/** The level of each row's unit as the list of units writes it ("xã", "huyện"), or null when the kind is not placed. */
export function rowLevels(placed: Placed, kind: Kind): RowLevels | null {
  const placement = placed.placements[kind];
  if (!placement) return null;
  const names: string[] = [];
  const codeOfNode = new Int32Array(placed.units.nodes.length).fill(-1);
  for (const node of placed.units.nodes) {
    if (!node.level) continue;
    const level = node.level.trim().toLowerCase();
    let c = names.indexOf(level);
    if (c < 0) c = names.push(level) - 1;
    codeOfNode[node.id] = c;
  }
  const n = placement.node.length;
  const codes = new Int32Array(n);
  // A row placed only inside a district or province (its unit not listed) has no known level.
  for (let i = 0; i < n; i++) codes[i] = placement.node[i]! >= 0 ? codeOfNode[placement.node[i]!]! : -1;
  return { codes, names };
}
