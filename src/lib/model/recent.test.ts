import { describe, expect, it } from 'vitest';
import { Recent } from './recent.ts';

describe('recent results', () => {
  it('gives back a result made from the same key, objects by identity, and forgets the oldest', () => {
    const recent = new Recent<string>(2);
    const columns = [1, 2];
    let made = 0;
    const make = (v: string) => () => (made++, v);
    expect(recent.get([columns, 'q=a'], make('a'))).toBe('a');
    expect(recent.get([columns, 'q='], make('all'))).toBe('all');
    // Clearing the search: the rows had before, not made again.
    expect(recent.get([columns, 'q=a'], make('again'))).toBe('a');
    expect(made).toBe(2);
    // An equal but new list of columns is another table.
    expect(recent.get([[1, 2], 'q=a'], make('other'))).toBe('other');
    expect(made).toBe(3);
    // Two kept: 'q=' (least recent) was let go.
    expect(recent.get([columns, 'q='], make('all again'))).toBe('all again');
    expect(made).toBe(4);
  });
});
