/**
 * One dictionary for a text column of several tables, and how each table's codes map into
 * it. The loop runs over distinct values, never over rows.
 */
import type { TextColumn } from '../model/index.ts';

/** A shared dictionary and, per table, old code → shared code (undefined: the table lacks the column). */
export interface SharedDict {
  dict: string[];
  remaps: (Int32Array | undefined)[];
}

/** Merges the dictionaries of one text column across tables, first-seen order. */
export function shareDicts(cols: readonly (TextColumn | undefined)[]): SharedDict {
  const dict: string[] = [];
  const index = new Map<string, number>();
  const remaps = cols.map((col) => {
    if (!col) return undefined;
    const remap = new Int32Array(col.dict.length);
    col.dict.forEach((value, old) => {
      let code = index.get(value);
      if (code === undefined) {
        code = dict.length;
        dict.push(value);
        index.set(value, code);
      }
      remap[old] = code;
    });
    return remap;
  });
  return { dict, remaps };
}
