import { describe, expect, it } from 'vitest';
import { hashInts, TupleIndex } from './tuple-index.ts';
import { mulberry32 } from '../../sample/index.ts';

/** An index over `keys[row]`, as the validator keeps one over its table's key columns. */
function indexOver(keys: Int32Array[], capacity?: number) {
  let current: Int32Array = new Int32Array(0);
  const index = new TupleIndex((row) => keys[row]!.every((v, i) => v === current[i]), capacity);
  return (key: Int32Array, row: number) => {
    keys[row] = key;
    current = key;
    return index.firstOrAdd(hashInts(key), row);
  };
}

describe('TupleIndex', () => {
  it('returns the first row of a key, and -1 for a new key', () => {
    const add = indexOver([], 4);
    expect(add(Int32Array.of(1, 2, 2018), 0)).toBe(-1);
    expect(add(Int32Array.of(1, 2, 2019), 1)).toBe(-1);
    expect(add(Int32Array.of(-1, 2, 2018), 2)).toBe(-1);
    expect(add(Int32Array.of(1, 2, 2018), 3)).toBe(0);
    expect(add(Int32Array.of(1, 2, 2018), 4)).toBe(0);
    expect(add(Int32Array.of(-1, 2, 2018), 5)).toBe(2);
  });
  it('agrees with a Map of joined keys over many rows (it grows as it fills)', () => {
    const random = mulberry32(1);
    const add = indexOver([]);
    const map = new Map<string, number>();
    let disagree = 0;
    for (let row = 0; row < 200_000; row++) {
      const key = Int32Array.of(Math.floor(random() * 500) - 1, Math.floor(random() * 300));
      const joined = key.join('|');
      const first = map.get(joined);
      if (first === undefined) map.set(joined, row);
      if (add(key, row) !== (first ?? -1)) disagree++;
    }
    expect(map.size).toBeGreaterThan(100_000);
    expect(disagree).toBe(0);
  });
  it('tells keys apart when their hashes collide', () => {
    const keys: Int32Array[] = [];
    let current: Int32Array = new Int32Array(0);
    const index = new TupleIndex((row) => keys[row]!.every((v, i) => v === current[i]));
    for (const [row, key] of [Int32Array.of(1), Int32Array.of(2), Int32Array.of(1)].entries()) {
      keys[row] = current = key;
      expect(index.firstOrAdd(42, row)).toBe(row === 2 ? 0 : -1); // every key hashes to 42
    }
  });
});
