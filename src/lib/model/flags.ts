/**
 * The words a yes/no column accepts (a criterion met or not: "Tiêu chí 1" … "Tiêu chí 19"), as
 * people write them in a report. Matched without case or diacritics: "Đạt", "ĐẠT" and "dat" are
 * all yes. An empty cell is neither: the value is not recorded. The validator, its message and
 * the template help all take the words from here.
 */
import { foldDiacritics } from './normalize.ts';

/** The tick a sheet writes for "met" (the sample files write it). */
export const FLAG_TICK = 'x';

/** The accepted words, yes and no, as written in help and messages. */
export const FLAG_WORDS: { readonly yes: readonly string[]; readonly no: readonly string[] } = {
  yes: ['đạt', FLAG_TICK, '1', 'có', 'yes'],
  no: ['chưa đạt', 'không đạt', '0', 'không', 'no'],
};

const YES = new Set(FLAG_WORDS.yes.map(foldDiacritics));
const NO = new Set(FLAG_WORDS.no.map(foldDiacritics));

/** A flag cell already folded (`foldDiacritics` of the cleaned cell: "Đạt" → "dat"): 1 yes, 0 no, null neither. */
export function readFlag(folded: string): number | null {
  return YES.has(folded) ? 1 : NO.has(folded) ? 0 : null;
}
