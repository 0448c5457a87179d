/**
 * Where each row of a table belongs in the tree of units: the unit it names (its `commune`,
 * `unit` or, for contributions, its `beneficiary_commune`), or failing that the district or
 * province it names; rows that name neither a known unit nor a known area are unplaced and
 * shown under "Đơn vị khác", never counted in an area.
 */
import type { Kind, RecordTable, TextColumn, YearColumn } from '../model/index.ts';
import type { UnitDirectory, UnitNode } from './units.ts';

/** The column that says where a row of each kind belongs. */
export const PLACE_FIELD: Readonly<Record<Kind, string>> = {
  criteria: 'commune',
  pledges: 'unit',
  // Money and workdays go to the commune that received them: that is the area they count in.
  contributions: 'beneficiary_commune',
  awards: 'unit',
  targets: 'unit',
  indicators: 'unit',
  units: 'name',
};

/** Each row's place: the unit it names, or the area that holds it. */
export interface Placement {
  /** The node of the unit the row names, -1 when no list holds it. */
  node: Int32Array;
  /**
   * For a row whose unit no list holds: the node of the district or province it names (the
   * row lies inside that area, at an unknown level), else -1.
   */
  host: Int32Array;
  /** The names of units whose rows are unplaced (neither a unit nor an area known), sorted. */
  unplaced: string[];
}

/** Places every row of `table` (see the module comment). */
export function placeRows(table: RecordTable, units: UnitDirectory): Placement {
  const n = table.length;
  const node = new Int32Array(n).fill(-1);
  const host = new Int32Array(n).fill(-1);
  const names = table.columns[PLACE_FIELD[table.kind]] as TextColumn | undefined;
  const district = table.columns.district as TextColumn | undefined;
  const province = table.columns.province as TextColumn | undefined;
  const years = table.columns.year as YearColumn | undefined;
  const unplaced = new Set<string>();
  // Most tables name few units many times: place each (name, district, province, year) once,
  // keyed by the cells' dictionary codes (a number: no string built per row).
  const dn = (district?.dict.length ?? 0) + 1;
  const pn = (province?.dict.length ?? 0) + 1;
  const numeric = (names?.dict.length ?? 0) * dn * pn * 10000 < Number.MAX_SAFE_INTEGER;
  const cache = new Map<number | string, [number, number]>();
  for (let i = 0; i < n; i++) {
    const nameCode = names?.codes[i] ?? -1;
    if (nameCode < 0) continue;
    const dc = (district?.codes[i] ?? -1) + 1;
    const pc = (province?.codes[i] ?? -1) + 1;
    const year = years?.end[i];
    const key = numeric ? ((nameCode * dn + dc) * pn + pc) * 10000 + (year ?? 0) : `${nameCode}:${dc}:${pc}:${year ?? ''}`;
    let placed = cache.get(key);
    if (!placed) {
      const name = names!.dict[nameCode]!;
      const d = text(district, i);
      const p = text(province, i);
      const found = units.find(name, { district: d, province: p, ...(year !== undefined && { year }) });
      const area = found ? null : hostOf(units, d, p, year);
      placed = [found?.id ?? -1, area?.id ?? -1];
      cache.set(key, placed);
      if (placed[0] < 0 && placed[1] < 0) unplaced.add(name);
    }
    node[i] = placed[0];
    host[i] = placed[1];
  }
  const collator = new Intl.Collator('vi');
  return { node, host, unplaced: [...unplaced].sort(collator.compare) };
}

/** Where row `i` stands relative to `area`: the area itself, inside it, or outside (or unplaced). */
export function relation(placement: Placement, units: UnitDirectory, area: UnitNode, i: number): 'self' | 'inside' | 'outside' {
  const id = placement.node[i]!;
  if (id === area.id) return 'self';
  const at = id >= 0 ? id : placement.host[i]!;
  if (at < 0) return 'outside';
  return insideMask(units, area)[at] ? 'inside' : 'outside';
}

/** Per area, which nodes lie in it (1) or not (0): computed once, so a million rows cost a lookup each. */
const masks = new WeakMap<UnitNode, Uint8Array>();

/** Which nodes of `units` are `area` or inside it (a UnitNode belongs to one directory, so it keys the cache). */
export function insideMask(units: UnitDirectory, area: UnitNode): Uint8Array {
  let mask = masks.get(area);
  if (!mask) {
    mask = new Uint8Array(units.nodes.length);
    for (const n of units.nodes) mask[n.id] = units.within(n, area) ? 1 : 0;
    masks.set(area, mask);
  }
  return mask;
}

function text(col: TextColumn | undefined, i: number): string | null {
  const code = col?.codes[i] ?? -1;
  return code >= 0 ? col!.dict[code]! : null;
}

/** The district (or else the province) a row names, when a list holds it. */
function hostOf(units: UnitDirectory, district: string | null, province: string | null, year: number | undefined): UnitNode | null {
  const hint = year === undefined ? {} : { year };
  if (district) {
    const d = units.find(district, { ...hint, province });
    if (d) return d;
  }
  return province ? units.find(province, hint) : null;
}
