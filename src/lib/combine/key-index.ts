/**
 * A hash index from non-negative integer keys (below 2^53) to row numbers, in typed arrays:
 * a JS Map of a million number keys costs ~0.5 s, this costs a few tens of milliseconds.
 * Open addressing with linear probing; it never shrinks, sized once for its rows.
 */

/** Integer key → first row that had it. */
export class KeyIndex {
  private readonly keys: Float64Array;
  private readonly rows: Int32Array;
  private readonly mask: number;

  /** An index for up to `capacity` distinct keys. */
  constructor(capacity: number) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.keys = new Float64Array(size).fill(-1);
    this.rows = new Int32Array(size);
    this.mask = size - 1;
  }

  /** The row holding `key`, or -1 (nothing recorded). */
  find(key: number): number {
    let h = this.slot(key);
    for (;;) {
      const k = this.keys[h]!;
      if (k === key) return this.rows[h]!;
      if (k === -1) return -1;
      h = (h + 1) & this.mask;
    }
  }

  /** The row already holding `key`, or -1 after recording `row` for it. */
  claim(key: number, row: number): number {
    let h = this.slot(key);
    for (;;) {
      const k = this.keys[h]!;
      if (k === key) return this.rows[h]!;
      if (k === -1) {
        this.keys[h] = key;
        this.rows[h] = row;
        return -1;
      }
      h = (h + 1) & this.mask;
    }
  }

  /** The first slot to look in for `key`. */
  private slot(key: number): number {
    const lo = key % 0x100000000;
    const hi = (key - lo) / 0x100000000;
    // Multiplicative mixing of both halves: dictionary-code keys are dense and sequential.
    return (Math.imul(lo ^ Math.imul(hi, 0x85ebca6b), 0x9e3779b1) >>> 0) & this.mask;
  }
}
