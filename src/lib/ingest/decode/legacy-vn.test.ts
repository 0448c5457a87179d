import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLegacyDecoder, decodeLegacyGlyphs } from './legacy-decoder.ts';
import { CP1252_C1, TCVN3_C0, TCVN3_HIGH } from './legacy-vn-tables.ts';
import { decodeLegacyUnits, encodeLegacy, type LegacyScheme } from './legacy-vn.ts';
import { VIETNAMESE_LETTERS } from './vn-syllable.ts';

/** Rows of a published mapping in test/fixtures/encodings: [first column, second column]. */
function mapping(name: string): [number, number][] {
  const text = readFileSync(new URL(`../../../../test/fixtures/encodings/${name}`, import.meta.url), 'utf8');
  return text
    .split('\n')
    .filter((l) => l.startsWith('0x'))
    .map((l) => {
      const [a, b] = l.split('\t');
      return [parseInt(a!, 16), parseInt(b!, 16)];
    });
}

const bytesOf = (hex: number): number[] => (hex > 0xff ? [hex >> 8, hex & 0xff] : [hex]);
const tcvn3 = (bytes: ArrayLike<number>): string => decodeLegacyUnits('tcvn3', bytes);
const vni = (bytes: ArrayLike<number>): string => decodeLegacyUnits('vni', bytes);
const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));

describe('the TCVN3 table', () => {
  const libiconv = mapping('TCVN.libiconv.TXT');

  it('holds all 256 bytes of GNU libiconv’s TCVN table', () => expect(libiconv).toHaveLength(256));

  it('equals libiconv byte for byte (bytes ≥ 0x80 and the C0 capitals)', () => {
    for (const [byte, unicode] of libiconv) {
      if (byte >= 0x80) expect([byte, TCVN3_HIGH[byte - 0x80]]).toEqual([byte, unicode]);
      else if (unicode !== byte) expect([byte, TCVN3_C0[byte]]).toEqual([byte, unicode]);
      else expect(TCVN3_C0[byte]).toBeUndefined();
    }
  });

  it('decodes every letter byte to libiconv’s letter inside a word of the same case', () => {
    for (const [byte, unicode] of libiconv) {
      const letter = String.fromCharCode(unicode);
      if (unicode < 0xc0 || (unicode >= 0x300 && unicode < 0x370)) continue; // ASCII, NBSP, marks
      const lower = letter === letter.toLowerCase();
      const x = lower ? 'x' : 'X';
      expect([byte, tcvn3([...ascii(x), byte, ...ascii(x)])]).toEqual([byte, x + letter + x]);
    }
  });

  it('composes the combining tone marks 0xB0–0xB4 with the letter before', () => {
    expect(tcvn3([0x61, 0xb0, 0x20, 0x61, 0xb1, 0x20, 0x61, 0xb2, 0x20, 0x61, 0xb3, 0x20, 0xa9, 0xb4])).toBe('à ả ã á ậ');
  });

  it('encodes each of the 134 letters to libiconv’s byte', () => {
    const byLetter = new Map(libiconv.map(([byte, unicode]) => [unicode, byte]));
    for (const letter of VIETNAMESE_LETTERS) {
      expect([letter, [...encodeLegacy(letter, 'tcvn3')]]).toEqual([letter, [byLetter.get(letter.charCodeAt(0))]]);
    }
  });
});

describe('the VNI table', () => {
  const xvnkb = mapping('VNI.xvnkb.TXT');

  it('holds the 134 letters of xvnkb’s VNI table', () => expect(xvnkb).toHaveLength(134));

  it('decodes and encodes every letter as xvnkb does', () => {
    for (const [unicode, bytes] of xvnkb) {
      const letter = String.fromCharCode(unicode);
      expect([letter, vni(bytesOf(bytes))]).toEqual([letter, letter]);
      expect([letter, [...encodeLegacy(letter, 'vni')]]).toEqual([letter, bytesOf(bytes)]);
    }
  });
});

describe('round trips', () => {
  const all = VIETNAMESE_LETTERS.join('');

  // Each letter inside a word of its own case: TCVN3's toned capitals sit on windows-1252
  // punctuation bytes and are read as letters by their neighbours (see below).
  const inWords = VIETNAMESE_LETTERS.map((l) => (l === l.toLowerCase() ? `x${l}x` : `X${l}X`)).join(' ');

  it.each<LegacyScheme>(['tcvn3', 'vni'])('encodes the 134 letters to %s bytes and decodes them back', (scheme) => {
    expect(VIETNAMESE_LETTERS).toHaveLength(134);
    expect(new Set(VIETNAMESE_LETTERS).size).toBe(134);
    expect(decodeLegacyUnits(scheme, encodeLegacy(inWords, scheme))).toBe(inWords);
    const lowercase = VIETNAMESE_LETTERS.slice(0, 67).join('');
    expect(decodeLegacyUnits(scheme, encodeLegacy(lowercase, scheme))).toBe(lowercase);
    if (scheme === 'vni') expect(decodeLegacyUnits(scheme, encodeLegacy(all, scheme))).toBe(all);
  });

  it.each<LegacyScheme>(['tcvn3', 'vni'])('decodes the 134 letters back from %s glyphs in Unicode text', (scheme) => {
    // Not the twelve capitals VN1 puts on C0 control bytes: no font has glyphs there, so Unicode
    // text never carries them; glyph text leaves control characters alone.
    const c0 = new Set(Object.values(TCVN3_C0));
    const words = inWords
      .split(' ')
      .filter((w) => scheme === 'vni' || !c0.has(w.charCodeAt(1)))
      .join(' ');
    const glyphs = String.fromCharCode(...encodeLegacy(words, scheme)).replace(/[\x80-\x9f]/g, (c) =>
      String.fromCharCode(CP1252_C1[c.charCodeAt(0) - 0x80]!),
    );
    expect(decodeLegacyGlyphs(glyphs, scheme)).toBe(words);
  });

  it.each<LegacyScheme>(['tcvn3', 'vni'])('round-trips lowercase Vietnamese text through %s, whatever the chunking', (scheme) => {
    const lowercase = VIETNAMESE_LETTERS.slice(0, 67).concat([...'abcdeghiklmnopqrstuvxy', ' ', ',', '\n']);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...lowercase), { maxLength: 80 }), fc.array(fc.nat(), { maxLength: 6 }), (chars, cuts) => {
        const text = chars.join('');
        const bytes = encodeLegacy(text, scheme);
        expect(decodeChunked(createLegacyDecoder(scheme), bytes, cuts)).toBe(text);
      }),
    );
  });
});

/** Feeds `bytes` to a streaming decoder, cut at the given offsets. */
function decodeChunked(decode: (chunk: Uint8Array, final: boolean) => string, bytes: Uint8Array, cuts: number[]): string {
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  let out = '',
    from = 0;
  for (const p of points) {
    out += decode(bytes.subarray(from, p), false);
    from = p;
  }
  return out + decode(bytes.subarray(from), true);
}

describe('TCVN3 bytes 0x80–0x9F: windows-1252 punctuation or VN1 capitals, by context', () => {
  it.each([
    ['quotes around a word', [0x93, ...encodeLegacy('Bộc Bố', 'tcvn3'), 0x94], '“Bộc Bố”'],
    ['a dash between numbers', ascii('2016 \x96 2020'), '2016 – 2020'],
    ['a dash between words', [...encodeLegacy('Nam', 'tcvn3'), 0x96, ...encodeLegacy('Bắc', 'tcvn3')], 'Nam–Bắc'],
    ['a bullet', [0x95, 0x20, ...encodeLegacy('Nội dung', 'tcvn3')], '• Nội dung'],
    ['an ellipsis after a word', [...encodeLegacy('vân vân', 'tcvn3'), 0x85], 'vân vân…'],
    ['an apostrophe in a lowercase word', ascii('don\x92t'), 'don’t'],
    ['Ọ inside capitals', encodeLegacy('HỌC', 'tcvn3'), 'HỌC'],
    ['Ộ ending capitals', encodeLegacy('BỘ', 'tcvn3'), 'BỘ'],
    ['Ỏ on its own', encodeLegacy('Khuổi Ỏ', 'tcvn3'), 'Khuổi Ỏ'],
    ['Ở on its own', encodeLegacy('Ở xã', 'tcvn3'), 'Ở xã'],
    ['Ú (a C0 byte) next to a letter', encodeLegacy('ÚC', 'tcvn3'), 'ÚC'],
  ])('reads %s', (_, bytes, expected) => expect(tcvn3(bytes)).toBe(expected));
});

describe('TCVN3 capitals typed in a .VnTimeH font (lowercase bytes)', () => {
  const vnTimeH = (s: string): number[] =>
    [...encodeLegacy(s.toLowerCase(), 'tcvn3')].map((b, i) => (/[A-Z]/.test(s[i] ?? '') ? b - 0x20 : b));
  it.each([
    ['HUYỆN', 'HUYỆN'],
    ['ĐẢNG', 'ĐẢNG'],
    ['UBND XÃ BỘC BỐ', 'UBND Xã BỘC Bố'], // one capital and one legacy letter: nothing says "capitals"
  ])('restores the capitals of %s where the word shows it is in capitals', (word, expected) => expect(tcvn3(vnTimeH(word))).toBe(expected));
  it('leaves a capitalised word alone', () => expect(tcvn3([...encodeLegacy('Bộ', 'tcvn3')])).toBe('Bộ'));
  it('leaves a two-letter word alone: "BỘ" and "Bộ" are the same bytes', () => expect(tcvn3([0x42, 0xe9])).toBe('Bộ'));
});

describe('VNI details', () => {
  it('accepts a modifier of the other case; the base letter decides', () => {
    expect(vni([0x61, 0xd9, 0x20, 0x41, 0xf9])).toBe('á Á');
  });
  it('reads a modifier byte with no base as its windows-1252 character', () => {
    expect(vni([0x62, 0xf9, 0x20, 0x93, 0x78, 0x94])).toBe('bù “x”');
  });
  it('reads ơ ư đ and the i letters as single bytes', () => {
    expect(vni(ascii('ng\xf6\xf4\xf8i \xf1i \xecn \xcdt'))).toBe('người đi ìn Ít');
  });
});

describe('glyphs in Unicode text', () => {
  it('keeps words that cannot be glyphs or read better as they are', () => {
    const glyphs = String.fromCharCode(...encodeLegacy('Bộc Bố', 'tcvn3'));
    expect(decodeLegacyGlyphs(`Hà Nội, ${glyphs}, có`, 'tcvn3')).toBe('Hà Nội, Bộc Bố, có');
  });
  it('converts every word when asked not to choose', () => {
    expect(decodeLegacyGlyphs('Hà', 'tcvn3', false)).toBe('HỔ');
  });
  it('decodes glyphs the same whatever the chunking', () => {
    const text = 'Đảng bộ Công an huyện, hơn 57 triệu đồng\r\n'.repeat(20);
    const bytes = new TextEncoder().encode(String.fromCharCode(...encodeLegacy(text, 'vni')));
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 8 }), (cuts) => {
        expect(decodeChunked(createLegacyDecoder('vni', 'utf-8'), bytes, cuts)).toBe(text);
      }),
    );
  });
});
