import { describe, expect, it } from 'vitest';
import { FLAG_TICK, FLAG_WORDS, readFlag } from './flags.ts';
import { cleanText, foldDiacritics } from './normalize.ts';

/** A cell as the validator reads a flag: cleaned, then folded. */
const read = (cell: string) => readFlag(foldDiacritics(cleanText(cell)));

describe('readFlag knows the yes and no words, however they are written', () => {
  it.each([
    ['đạt', 1],
    ['Đạt', 1],
    ['ĐẠT', 1],
    ['dat', 1],
    ['x', 1],
    ['X', 1],
    ['1', 1],
    ['có', 1],
    ['Yes', 1],
    ['chưa đạt', 0],
    ['Chưa  đạt', 0],
    ['không đạt', 0],
    ['0', 0],
    ['không', 0],
    ['NO', 0],
    ['đạt'.normalize('NFD'), 1],
    ['chưa đạt'.normalize('NFD'), 0],
    ['2', null],
    ['đạt một phần', null],
    ['v', null],
    ['-', null],
  ])('%j → %s', (cell, want) => {
    expect(read(cell)).toBe(want);
  });

  it.each([...FLAG_WORDS.yes.map((w) => [w, 1] as const), ...FLAG_WORDS.no.map((w) => [w, 0] as const)])(
    'reads its own word %j as %s',
    (word, want) => {
      expect(read(word)).toBe(want);
      expect(read(word.toUpperCase())).toBe(want);
    },
  );

  it('has no word that is both yes and no, and counts the tick as yes', () => {
    const no = new Set(FLAG_WORDS.no.map(foldDiacritics));
    expect(FLAG_WORDS.yes.map(foldDiacritics).filter((w) => no.has(w))).toEqual([]);
    expect(read(FLAG_TICK)).toBe(1);
  });
});
