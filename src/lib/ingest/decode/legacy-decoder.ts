/**
 * Legacy Vietnamese text in the two forms a file brings it: glyphs inside Unicode text (a .VnTime
 * or VNI-Times cell saved from Word or Excel as Unicode: each byte became its windows-1252
 * character, TCVN3 "Bộc" → "Béc"), and a streaming decoder for both glyphs and raw bytes.
 */
import { CP1252_C1 } from './legacy-vn-tables.ts';
import { caseOf, decodeLegacyInto, decodeLegacyUnits, fromCodes, isAsciiDelimiter, type LegacyScheme } from './legacy-vn.ts';
import { syllablePoints } from './vn-syllable.ts';

// Each glyph maps back to the byte it was typed as; characters no byte produces (≥ 0x100 and
// not in windows-1252) stay themselves and pass through the byte decoders untouched.
const CP1252_BYTE = new Map(CP1252_C1.map((c, i) => [c, 0x80 + i]));

// Glyphs that are also Vietnamese letters (à, é, ô…): a word made of those and ASCII may be real
// Unicode text, so it gets a closer look.
const VIETNAMESE_LATIN1 = new Uint8Array(256);
for (const ch of 'ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý') VIETNAMESE_LATIN1[ch.charCodeAt(0)] = 1;

const isAsciiLetter = (c: number): boolean => ((c | 0x20) - 0x61) >>> 0 <= 25;

/**
 * Converts legacy glyphs in Unicode text, word by word. With `selective` (the default), a word is
 * kept as it is when it cannot be glyphs (it holds a character no legacy byte produces, like ư
 * or ộ) or when it reads better as it is, so files that mix Unicode cells and .VnTime cells come
 * out right. Words are delimited by ASCII non-letters and NBSP.
 */
export function decodeLegacyGlyphs(text: string, scheme: LegacyScheme, selective = true, cache = new Map<string, string>()): string {
  const n = text.length;
  const units = new Uint16Array(n);
  const out = new Uint16Array(n); // conversion never makes a word longer
  let k = 0;
  for (let i = 0; i < n;) {
    const c = text.charCodeAt(i);
    if (c < 0x80 ? !isAsciiLetter(c) : c === 0xa0) {
      out[k++] = c;
      i++;
      continue;
    }
    let end = i,
      ascii = true,
      closerLook = false;
    for (; end < n; end++) {
      const d = text.charCodeAt(end);
      if (d < 0x80) {
        if (!isAsciiLetter(d)) break;
        units[end] = d;
        continue;
      }
      if (d === 0xa0) break;
      const unit = d < 0x100 ? d : (CP1252_BYTE.get(d) ?? d);
      units[end] = unit;
      ascii = false;
      if (unit >= 0x100 || VIETNAMESE_LATIN1[unit]) closerLook = true;
    }
    if (ascii) for (let j = i; j < end; j++) out[k++] = units[j]!;
    else if (!selective || !closerLook) k = decodeLegacyInto(scheme, units, i, end, out, k);
    else {
      const word = text.slice(i, end);
      let converted = cache.get(word);
      if (converted === undefined) cache.set(word, (converted = convertGlyphWord(word, units.subarray(i, end), scheme)));
      for (let j = 0; j < converted.length; j++) out[k++] = converted.charCodeAt(j);
    }
    i = end;
  }
  return fromCodes(out, k);
}

/**
 * A word that might be Unicode already. Kept when it holds a character no legacy byte produces,
 * when it reads better as it is ("có" is not the rarer "cú"), or when converting it would need
 * TCVN3 capitals the .VnTime fonts do not have ("Hà" is not "HỔ").
 */
function convertGlyphWord(word: string, units: Uint16Array, scheme: LegacyScheme): string {
  if (units.some((u) => u >= 0x100)) return word;
  const converted = decodeLegacyUnits(scheme, units);
  const before = syllablePoints(letters(word));
  const after = syllablePoints(letters(converted));
  return before > after || (before > 0 && scheme === 'tcvn3' && hasVn1Capital(converted)) ? word : converted;
}

const VN3_CAPITALS = new Set([...'ĂÂÊÔƠƯĐ'].map((c) => c.charCodeAt(0)));

/** A toned capital: only VN1 has those, TCVN3 fonts (VN3) type capitals in a capitals font. */
function hasVn1Capital(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80 && caseOf(c) === 2 && !VN3_CAPITALS.has(c)) return true;
  }
  return false;
}

/** The word without leading and trailing non-letters (quotes, dashes). */
function letters(word: string): string {
  let s = 0,
    e = word.length;
  while (s < e && caseOf(word.charCodeAt(s)) === 0) s++;
  while (e > s && caseOf(word.charCodeAt(e - 1)) === 0) e--;
  return word.slice(s, e);
}

function isDelimiterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return isAsciiDelimiter(c) || c === 0xa0;
}

/** The Unicode forms that legacy glyphs can arrive in. */
export type GlyphContainer = 'utf-8' | 'utf-16le' | 'utf-16be';

/**
 * A streaming decoder for legacy text, as raw bytes or as glyphs inside `container`. Each chunk
 * is cut after its last delimiter (the rest waits for the next chunk), so that a letter written
 * as two bytes, and the words the context rules look at, are never split.
 */
export function createLegacyDecoder(scheme: LegacyScheme, container?: GlyphContainer): (chunk: Uint8Array, final: boolean) => string {
  if (container) {
    const decoder = new TextDecoder(container);
    const cache = new Map<string, string>();
    let pendingText = '';
    return (chunk, final) => {
      const text = pendingText + decoder.decode(chunk, { stream: !final });
      const cut = final ? text.length : cutAfterWord(text.length, (i) => isDelimiterAt(text, i));
      pendingText = text.slice(cut);
      return decodeLegacyGlyphs(text.slice(0, cut), scheme, true, cache);
    };
  }
  let pending = new Uint8Array(0);
  return (chunk, final) => {
    let data = chunk;
    if (pending.length > 0) {
      data = new Uint8Array(pending.length + chunk.length);
      data.set(pending);
      data.set(chunk, pending.length);
    }
    const cut = final ? data.length : cutAfterWord(data.length, (i) => isAsciiDelimiter(data[i]!));
    pending = data.slice(cut); // a copy: the caller may reuse its chunk buffer
    return decodeLegacyUnits(scheme, data, 0, cut);
  };
}

/**
 * Where to end a chunk: after its last delimiter, so the word in progress waits for the next
 * chunk. A "word" longer than 256 units is not one; it is cut anywhere.
 */
function cutAfterWord(length: number, isDelimiter: (i: number) => boolean): number {
  for (let i = length - 1; i >= 0 && i >= length - 256; i--) if (isDelimiter(i)) return i + 1;
  return Math.max(0, length - 256);
}
