import { describe, expect, it } from 'vitest';
import { browserHiddenStore } from './hidden-store.ts';

/** A Storage with one saved value, or one that throws (some private modes). */
const storage = (saved: string | null, throws = false) => {
  const data = new Map<string, string>(saved === null ? [] : [['thi-dua:hidden-bundled', saved]]);
  const guard = () => {
    if (throws) throw new DOMException('denied', 'SecurityError');
  };
  return {
    getItem: (k: string) => (guard(), data.get(k) ?? null),
    setItem: (k: string, v: string) => void (guard(), data.set(k, v)),
  };
};

describe('browserHiddenStore keeps the ids of the hidden bundled datasets', () => {
  it.each([
    ['nothing saved', null, []],
    ['a list of ids', '["bundled:a.csv","bundled:b.csv"]', ['bundled:a.csv', 'bundled:b.csv']],
    ['text that is not JSON', 'bundled:a.csv', []],
    ['JSON that is not a list', '{"bundled:a.csv":true}', []],
    ['a list with other things in it', '["bundled:a.csv",2,null]', ['bundled:a.csv']],
  ])('reads %s', (_name, saved, ids) => {
    expect(browserHiddenStore(storage(saved)).read()).toEqual(ids);
  });

  it('reads back what it wrote', () => {
    const s = storage(null);
    browserHiddenStore(s).write(['bundled:x.csv']);
    expect(browserHiddenStore(s).read()).toEqual(['bundled:x.csv']);
  });

  it.each([
    ['a storage that refuses', storage('["bundled:a.csv"]', true)],
    ['no storage at all', null],
  ])('never throws with %s, and remembers nothing', (_name, s) => {
    const store = browserHiddenStore(s);
    expect(() => store.write(['bundled:a.csv'])).not.toThrow();
    expect(store.read()).toEqual([]);
  });
});
