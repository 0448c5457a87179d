/**
 * A hash index from keys made of a few integers (dictionary codes, packed years) to the first
 * row that had them: the duplicate-key check of a million rows without a million strings.
 * Unlike `KeyIndex` (one number per key, sized in advance) it grows as rows stream in, and it
 * stores no keys: a slot is a row and its key's hash, and on equal hashes the caller's `same`
 * compares the keys themselves (it can read them back from the table being built). Eight bytes
 * a slot keep the index small: memory that is never touched costs nothing.
 */

/** Open addressing with linear probing over one Int32Array of [row + 1 (0 when free), hash] pairs. */
export class TupleIndex {
  private slots: Int32Array;
  private mask: number;
  private size = 0;

  constructor(
    /** True when the key being looked up is the key of `row`. */
    private readonly same: (row: number) => boolean,
    capacity = 1 << 12,
  ) {
    this.slots = new Int32Array(capacity * 2);
    this.mask = capacity - 1;
  }

  /**
   * The first row whose key is the one being looked up (hashing to `hash`), or -1 after
   * recording `row` for it.
   * @example index.firstOrAdd(hashInts(Int32Array.of(unitCode, communeCode, year)), row)
   */
  firstOrAdd(hash: number, row: number): number {
    const slots = this.slots;
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const stored = slots[slot * 2]! - 1;
      if (stored < 0) {
        slots[slot * 2] = row + 1;
        slots[slot * 2 + 1] = hash;
        if (++this.size * 2 > this.mask + 1) this.grow();
        return -1;
      }
      if (slots[slot * 2 + 1] === hash && this.same(stored)) return stored;
    }
  }

  /** Makes room for `keys` keys at once (an estimate from the file's size). */
  reserve(keys: number): void {
    let capacity = this.mask + 1;
    while (capacity < keys * 2) capacity *= 2;
    if (capacity > this.mask + 1) this.grow(capacity);
  }

  private grow(capacity = (this.mask + 1) * 2): void {
    const old = this.slots;
    const mask = capacity - 1;
    const slots = new Int32Array(capacity * 2);
    for (let at = 0; at < old.length; at += 2) {
      if (old[at] === 0) continue;
      const hash = old[at + 1]!;
      let slot = hash & mask;
      while (slots[slot * 2] !== 0) slot = (slot + 1) & mask;
      slots[slot * 2] = old[at]!;
      slots[slot * 2 + 1] = hash;
    }
    this.slots = slots;
    this.mask = mask;
  }
}

/** A well-mixed 32-bit hash of a few integers (murmur3 rounds and finaliser). */
export function hashInts(key: Int32Array): number {
  let h = 0x9747b28c;
  for (let i = 0; i < key.length; i++) {
    let k = Math.imul(key[i]!, 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    h ^= Math.imul(k, 0x1b873593);
    h = (h << 13) | (h >>> 19);
    h = (Math.imul(h, 5) + 0xe6546b64) | 0;
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}
