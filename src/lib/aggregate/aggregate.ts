/**
 * Sums that keep their qualifiers ("hơn 57" + "hơn 34" = "hơn 91"), over a whole column or a
 * selection of rows, and grouped by a text column's dictionary codes. The loops touch only
 * typed arrays, so a million rows re-aggregate on every filter change.
 */
import { QUALIFIER_CODES, type NumberColumn, type TextColumn, type Qualifier } from '../model/index.ts';

/** A sum, the qualifier it carries, and how many values went into it. */
export interface QualifiedSum {
  value: number;
  qualifier: Qualifier | null;
  count: number;
}

const N = QUALIFIER_CODES.length;

/**
 * The qualifier of a sum whose two terms carry `a` and `b`: exact terms keep the other's
 * qualifier; lower bounds stay lower bounds (gt wins over gte), upper bounds likewise
 * (lt over lte); approx, or a lower bound meeting an upper bound, makes the sum approximate.
 */
export function combineQualifiers(a: Qualifier | null, b: Qualifier | null): Qualifier | null {
  if (a === b) return a;
  // "gần" says a little below one figure: added to anything else it only says "about".
  if (a === 'nearly' || b === 'nearly' || a === 'approx' || b === 'approx') return 'approx';
  if (b === null) return a;
  if (a === null) return b;
  const lowerA = a === 'gt' || a === 'gte';
  const lowerB = b === 'gt' || b === 'gte';
  if (lowerA !== lowerB) return 'approx';
  // Same direction, different strictness: the strict bound holds for the sum.
  return lowerA ? 'gt' : 'lt';
}

// combineQualifiers over stored codes, as a lookup table for the hot loops: COMBINE[a * N + b].
const COMBINE = new Uint8Array(N * N);
for (let a = 0; a < N; a++) {
  for (let b = 0; b < N; b++) {
    COMBINE[a * N + b] = QUALIFIER_CODES.indexOf(combineQualifiers(QUALIFIER_CODES[a]!, QUALIFIER_CODES[b]!));
  }
}

/**
 * The qualified sum of a number column, over `rows` (row indices) or every row. Absent
 * values (NaN) are skipped, never read as 0; `count` says how many values were present.
 * @example sumQualified(contributions.columns.money_million_vnd) // { value: 91, qualifier: 'gt', count: 2 }
 */
export function sumQualified(col: NumberColumn, rows: Uint32Array | null = null): QualifiedSum {
  const { values, qualifiers } = col;
  const n = rows ? rows.length : values.length;
  let value = 0;
  let code = 0;
  let count = 0;
  for (let k = 0; k < n; k++) {
    const i = rows ? rows[k]! : k;
    const v = values[i]!;
    if (v !== v) continue; // NaN: absent
    value += v;
    // The first term sets the qualifier ("gần 50" alone stays "gần"); later terms combine.
    code = count === 0 ? qualifiers[i]! : COMBINE[code * N + qualifiers[i]!]!;
    count++;
  }
  return { value, qualifier: QUALIFIER_CODES[code] ?? null, count };
}

/** Qualified sums per dictionary code of a text column: index `c` is the group `keys.dict[c]`. */
export interface GroupSums {
  /** The group names: the text column's dictionary. */
  keys: readonly string[];
  sums: Float64Array;
  /** Values present per group; a group with count 0 had no value (or no row). */
  counts: Uint32Array;
  /** Stored qualifier code per group (`QUALIFIER_CODES`). */
  qualifiers: Uint8Array;
}

/**
 * Sums `values` grouped by `keys` over `rows` (or every row), with qualifiers combined as
 * in `sumQualified`. Rows with an empty key or an absent value are skipped.
 * @example groupSum(contributions.columns.beneficiary_commune, contributions.columns.workdays)
 */
export function groupSum(keys: TextColumn, values: NumberColumn, rows: Uint32Array | null = null): GroupSums {
  const size = keys.dict.length;
  const sums = new Float64Array(size);
  const counts = new Uint32Array(size);
  const qualifiers = new Uint8Array(size);
  const codes = keys.codes;
  const vals = values.values;
  const quals = values.qualifiers;
  const n = rows ? rows.length : codes.length;
  for (let k = 0; k < n; k++) {
    const i = rows ? rows[k]! : k;
    const g = codes[i]!;
    const v = vals[i]!;
    if (g < 0 || v !== v) continue;
    sums[g]! += v;
    qualifiers[g] = counts[g] === 0 ? quals[i]! : COMBINE[qualifiers[g]! * N + quals[i]!]!;
    counts[g]!++;
  }
  return { keys: keys.dict, sums, counts, qualifiers };
}

/** Group `g` of a `groupSum` result as a `QualifiedSum`. */
export function groupAt(groups: GroupSums, g: number): QualifiedSum {
  return {
    value: groups.sums[g] ?? 0,
    qualifier: QUALIFIER_CODES[groups.qualifiers[g] ?? 0] ?? null,
    count: groups.counts[g] ?? 0,
  };
}
