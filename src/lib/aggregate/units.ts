/**
 * The units the data knows, as a tree: each unit of a `units` list (name, level, parent, valid
 * to, successor), and how a name written in a data row ("Huyện Pác Nặm", "Đảng ủy xã Cổ Linh",
 * "Bộc Bố") is found in it. A name no list places is never guessed into an area: `find` gives
 * null and the caller shows the row under "Đơn vị khác".
 */
import { foldDiacritics, type RecordTable, type TextColumn } from '../model/index.ts';

/** One unit of the tree. `parent` indexes `UnitDirectory.nodes`; -1 for a top unit. */
export interface UnitNode {
  id: number;
  name: string;
  /** The level as written in the list ("tỉnh", "huyện", "xã"…), or null when not given. */
  level: string | null;
  /** LEVEL_RANK of `level`: 0 the broadest. */
  rank: number;
  parent: number;
  code: string | null;
  /** The last year the unit existed (from `valid_to`), or null while it still does. */
  until: number | null;
  successor: string | null;
}

/** What a data row may say besides a unit's name, to tell two units of one name apart. */
export interface PlaceHint {
  /** The row's `district` column. */
  district?: string | null;
  /** The row's `province` column. */
  province?: string | null;
  /** The last year of the row's period. */
  year?: number;
}

/** Levels from the broadest, folded; a level not listed ranks after them all. */
const LEVEL_RANK: Record<string, number> = {
  'trung uong': 0,
  tinh: 1,
  'thanh pho truc thuoc trung uong': 1,
  huyen: 2,
  quan: 2,
  'thi xa': 2,
  'thanh pho': 2,
  xa: 3,
  phuong: 3,
  'thi tran': 3,
  'xa/co so': 3,
  'dac khu': 3,
  'co so': 4,
  'chi bo': 4,
  thon: 4,
  ban: 4,
  'to dan pho': 4,
};
/** The rank of a level nobody listed: after every known one. */
export const UNKNOWN_RANK = 5;

/** Words a report writes before a unit's name ("Huyện Pác Nặm", "Đảng ủy xã Cổ Linh"), folded, longest first. */
const PREFIXES = ['dang bo', 'dang uy', 'ubnd', 'uy ban nhan dan', 'huyen uy', 'tinh uy']
  .flatMap((org) => ['tinh', 'huyen', 'xa', 'phuong', 'thi tran', 'thi xa', 'quan', 'thanh pho'].map((l) => `${org} ${l} `))
  .concat(['thanh pho ', 'thi tran ', 'thi xa ', 'phuong ', 'huyen ', 'tinh ', 'quan ', 'xa '])
  .sort((a, b) => b.length - a.length);

/** The rank of a level as written: "Huyện" → 2. */
export function levelRank(level: string | null | undefined): number {
  return level ? (LEVEL_RANK[foldDiacritics(level).trim()] ?? UNKNOWN_RANK) : UNKNOWN_RANK;
}

/** A name folded for matching, with a leading "Huyện", "Xã", "Đảng ủy xã"… removed. */
export function unitKey(name: string): string {
  const folded = foldDiacritics(name).replace(/\s+/g, ' ').trim();
  for (const p of PREFIXES) if (folded.startsWith(p) && folded.length > p.length) return folded.slice(p.length);
  return folded;
}

/** The units of every `units` list loaded, as one tree. */
export class UnitDirectory {
  readonly nodes: readonly UnitNode[];
  readonly #byKey = new Map<string, number[]>();

  constructor(nodes: readonly UnitNode[]) {
    this.nodes = nodes;
    for (const n of nodes) {
      const key = unitKey(n.name);
      const list = this.#byKey.get(key);
      if (list) list.push(n.id);
      else this.#byKey.set(key, [n.id]);
    }
  }

  /**
   * The tree of a `units` table (or an empty one). A parent is found by name among the units
   * whose level is above the child's; a parent the list does not hold is left out (the unit is
   * then a top unit).
   */
  static fromTable(table: RecordTable | undefined): UnitDirectory {
    if (!table || table.kind !== 'units') return new UnitDirectory([]);
    const text = (name: string, i: number): string | null => cell(table.columns[name] as TextColumn | undefined, i);
    const raw = Array.from({ length: table.length }, (_, i) => ({
      name: text('name', i) ?? '',
      level: text('level', i),
      parent: text('parent', i),
      code: text('code', i),
      until: yearOf(text('valid_to', i)),
      successor: text('successor', i),
    }));
    const nodes: UnitNode[] = raw.map((r, id) => ({ ...r, id, rank: levelRank(r.level), parent: -1 }));
    const directory = new UnitDirectory(nodes);
    raw.forEach((r, id) => {
      if (!r.parent) return;
      const node = nodes[id]!;
      const written = foldDiacritics(r.parent).replace(/\s+/g, ' ').trim();
      const candidates = directory
        .#candidates(r.parent)
        .filter((p) => p !== id && nodes[p]!.rank < node.rank)
        // "Huyện Mẫu" and "Tỉnh Mẫu" share the key "mẫu": the one written exactly first, then the nearest level.
        .sort(
          (a, b) =>
            Number(folded(nodes[b]!.name) === written) - Number(folded(nodes[a]!.name) === written) || nodes[b]!.rank - nodes[a]!.rank,
        );
      // Of two parents with one name (a province before and after a merger), the one that
      // existed while the child did.
      const parent = candidates.find((p) => sameEra(nodes[p]!, node)) ?? candidates[0];
      if (parent !== undefined) node.parent = parent;
    });
    return directory;
  }

  /** The node of `name`, or null when no list holds it (or the hints rule out every one of that name). */
  find(name: string, hint: PlaceHint = {}): UnitNode | null {
    let ids = this.#candidates(name);
    if (ids.length > 1) {
      // "Huyện Mẫu" and "Tỉnh Mẫu" share the key "mẫu": the one written exactly as asked wins.
      const written = folded(name);
      const exact = ids.filter((id) => folded(this.nodes[id]!.name) === written);
      if (exact.length) ids = exact;
    }
    if (ids.length > 1 && (hint.district || hint.province)) {
      const within = ids.filter((id) => [hint.district, hint.province].every((h) => !h || this.#hasAncestorNamed(id, h)));
      if (within.length) ids = within;
    }
    if (ids.length > 1 && hint.year !== undefined) {
      const year = hint.year;
      const current = ids.filter((id) => {
        const n = this.nodes[id]!;
        return n.until === null || year <= n.until;
      });
      // The unit that existed that year; of several, the one that ended first (the older one).
      const existing = current.length ? current : ids;
      existing.sort((a, b) => (this.nodes[a]!.until ?? 9999) - (this.nodes[b]!.until ?? 9999));
      ids = existing;
    }
    const id = ids[0];
    return id === undefined ? null : this.nodes[id]!;
  }

  /** The node's parents, nearest first. */
  ancestors(node: UnitNode): UnitNode[] {
    const out: UnitNode[] = [];
    for (let p = node.parent, guard = 0; p >= 0 && guard < 64; p = this.nodes[p]!.parent, guard++) out.push(this.nodes[p]!);
    return out;
  }

  /** True when `node` is `area` or lies inside it. */
  within(node: UnitNode, area: UnitNode): boolean {
    return node.id === area.id || this.ancestors(node).some((a) => a.id === area.id);
  }

  /** The units directly under `area`. */
  children(area: UnitNode): UnitNode[] {
    return this.nodes.filter((n) => n.parent === area.id);
  }

  /** The units inside `area` (not itself) of one rank. */
  inside(area: UnitNode, rank: number): UnitNode[] {
    return this.nodes.filter((n) => n.id !== area.id && n.rank === rank && this.within(n, area));
  }

  /** A name's key, kept: a file names each unit in many rows and years. */
  readonly #keys = new Map<string, string>();

  #candidates(name: string): number[] {
    let key = this.#keys.get(name);
    if (key === undefined) this.#keys.set(name, (key = unitKey(name)));
    return [...(this.#byKey.get(key) ?? [])];
  }

  #hasAncestorNamed(id: number, name: string): boolean {
    const key = unitKey(name);
    return this.ancestors(this.nodes[id]!).some((a) => unitKey(a.name) === key);
  }
}

/** A name folded for comparing as written (prefix kept). */
function folded(name: string): string {
  return foldDiacritics(name).replace(/\s+/g, ' ').trim();
}

function cell(col: TextColumn | undefined, i: number): string | null {
  const code = col?.codes[i] ?? -1;
  return code >= 0 ? col!.dict[code]! : null;
}

/** The year of a `valid_to` cell: "2025-06-30", "30/6/2025" or "2025". */
function yearOf(value: string | null): number | null {
  const m = value ? /(19|20)\d\d/.exec(value) : null;
  return m ? Number(m[0]) : null;
}

/** Two units that existed at the same time (neither ended before the other began to matter). */
function sameEra(parent: UnitNode, child: UnitNode): boolean {
  if (parent.until === null) return child.until === null;
  return child.until !== null && child.until <= parent.until;
}
