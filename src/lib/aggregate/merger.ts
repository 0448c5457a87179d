/**
 * Units across a merger (the 2025 arrangement: from 1/7/2025 Bộc Bố, Nhạn Môn and Giáo Hiệu
 * joined Bằng Thành): which unit an old one became (its `successor`), which old units a new one
 * was made of, and how their figures roll up. Sums (money, workdays, pledges) add up into the new
 * unit; a count out of each unit's own set (criteria met) cannot be added and stays per old unit,
 * never summed.
 */
import { combineQualifiers } from './aggregate.ts';
import { unitKey, type UnitDirectory, type UnitNode } from './units.ts';
import type { Qualifier } from '../model/index.ts';

/** The unit `node` became: the unit named by its `successor` that went on after it ended; null when none. */
export function successorOf(units: UnitDirectory, node: UnitNode): UnitNode | null {
  if (!node.successor || node.until === null) return null;
  const key = unitKey(node.successor);
  const candidates = units.nodes.filter((n) => n.id !== node.id && unitKey(n.name) === key && (n.until === null || n.until > node.until!));
  // Of several, the one at the old unit's level (a commune becomes a commune), then the one still existing.
  candidates.sort(
    (a, b) => Number(b.rank === node.rank) - Number(a.rank === node.rank) || Number(a.until !== null) - Number(b.until !== null),
  );
  return candidates[0] ?? null;
}

/** The old units `node` was made of (each with `node` as successor), in Vietnamese order; empty when none. */
export function predecessorsOf(units: UnitDirectory, node: UnitNode): UnitNode[] {
  return predecessorMap(units).get(node.id) ?? [];
}

/** Per new unit, its old units: worked out once per units list (a list may hold thousands). */
const predecessors = new WeakMap<UnitDirectory, Map<number, UnitNode[]>>();

function predecessorMap(units: UnitDirectory): Map<number, UnitNode[]> {
  let map = predecessors.get(units);
  if (map) return map;
  map = new Map();
  for (const n of units.nodes) {
    const next = n.successor ? successorOf(units, n) : null;
    if (next) map.set(next.id, [...(map.get(next.id) ?? []), n]);
  }
  const collator = new Intl.Collator('vi');
  for (const list of map.values()) list.sort((a, b) => collator.compare(a.name, b.name));
  predecessors.set(units, map);
  return map;
}

/** One old unit's figure for a period (absent: no figure). */
export interface PartFigure {
  name: string;
  value: number;
  qualifier: Qualifier | null;
}

/** How the figures of the old units read under the new one. */
export type RollUp =
  /** Added up: the sum, its qualifier, the old units it holds and those without a figure. */
  | { kind: 'sum'; value: number; qualifier: Qualifier | null; from: string[]; missing: string[] }
  /** Not addable: each old unit's own figure, side by side. */
  | { kind: 'each'; parts: PartFigure[]; missing: string[] }
  /** No old unit has a figure. */
  | { kind: 'none'; missing: string[] };

/**
 * The figures of the old units of one new unit for one period: summed when `additive` (qualifiers
 * kept: hơn 57 + 103 = hơn 160), else listed per old unit and never summed. `names` are all the
 * old units, so those without a figure are said.
 */
export function rollUp(names: readonly string[], parts: readonly PartFigure[], additive: boolean): RollUp {
  const had = new Set(parts.map((p) => p.name));
  const missing = names.filter((n) => !had.has(n));
  if (!parts.length) return { kind: 'none', missing };
  if (!additive) return { kind: 'each', parts: [...parts], missing };
  const value = parts.reduce((s, p) => s + p.value, 0);
  const qualifier = parts.slice(1).reduce<Qualifier | null>((q, p) => combineQualifiers(q, p.qualifier), parts[0]!.qualifier);
  return { kind: 'sum', value, qualifier, from: parts.map((p) => p.name), missing };
}
