import { describe, expect, it } from 'vitest';
import { KeyIndex } from './key-index.ts';

describe('KeyIndex', () => {
  it('records the first row of a key, gives it back on a second claim, and finds without recording', () => {
    const index = new KeyIndex(4);
    expect(index.claim(2 ** 40 + 7, 0)).toBe(-1);
    expect(index.claim(7, 1)).toBe(-1);
    expect(index.claim(2 ** 40 + 7, 5)).toBe(0);
    expect(index.find(7)).toBe(1);
    expect(index.find(8)).toBe(-1);
    // find never records: the key is still free to claim.
    expect(index.claim(8, 9)).toBe(-1);
    expect(index.find(8)).toBe(9);
  });

  it('keeps every key of a dense run apart (probing past collisions)', () => {
    const index = new KeyIndex(1000);
    for (let k = 0; k < 1000; k++) expect(index.claim(k * 3, k)).toBe(-1);
    for (let k = 0; k < 1000; k++) expect(index.find(k * 3)).toBe(k);
    expect(index.find(1)).toBe(-1);
  });
});
