/**
 * The last few results of a costly step, by what they were made from, the least recently used
 * let go first: a view asking again for the sums it just drew, or a table whose search is cleared,
 * gets them back rather than a million rows read again. A key is a list compared item by item
 * (===): objects by identity, text and numbers by value.
 */
export class Recent<V> {
  #entries: { key: readonly unknown[]; value: V }[] = [];

  constructor(readonly size: number) {}

  /** The value made from `key`, kept from before or made now by `make` (and kept, newest first). */
  get(key: readonly unknown[], make: () => V): V {
    const at = this.#entries.findIndex((e) => e.key.length === key.length && e.key.every((k, j) => k === key[j]));
    if (at >= 0) {
      const [entry] = this.#entries.splice(at, 1);
      this.#entries.unshift(entry!);
      return entry!.value;
    }
    const value = make();
    this.#entries.unshift({ key, value });
    this.#entries.length = Math.min(this.#entries.length, this.size);
    return value;
  }
}
