/**
 * Converts text in the legacy Vietnamese font encodings TCVN3 and VNI-Windows to Unicode (NFC),
 * either as raw bytes or as the glyphs those bytes became when the text was saved from Word or
 * Excel as Unicode (each byte turned into its windows-1252 character: TCVN3 "Bộc" → "Béc").
 * The byte tables and their sources are in legacy-vn-tables.ts; glyphs and streaming are in
 * legacy-decoder.ts.
 */
import { CP1252_C1, TCVN3_C0, TCVN3_HIGH, VNI_BASES, VNI_MODIFIERS, VNI_SINGLES } from './legacy-vn-tables.ts';

/** The two legacy encodings. */
export type LegacyScheme = 'tcvn3' | 'vni';

// ---- Letter case of output characters (ASCII, Latin-1, Latin Extended, Vietnamese block).

const CASE = new Uint8Array(0x1f00); // 0 not a letter, 1 lowercase, 2 uppercase
const UPPER = new Uint16Array(0x1f00);
for (let c = 0x41; c < 0x1f00; c++) {
  if ((c > 0x7a && c < 0xc0) || c === 0xd7 || c === 0xf7 || (c > 0x24f && c < 0x1e00)) continue;
  const s = String.fromCharCode(c);
  const up = s.toUpperCase();
  if (s !== s.toLowerCase()) CASE[c] = 2;
  else if (s !== up) {
    CASE[c] = 1;
    if (up.length === 1) UPPER[c] = up.charCodeAt(0);
  }
}
const isMark = (c: number): boolean => c >= 0x300 && c < 0x370;

/** 0 for a non-letter, 1 for a lowercase letter, 2 for a capital (Latin and Vietnamese letters). */
export const caseOf = (c: number): number => (c < 0x1f00 ? CASE[c]! : 0);

// ---- TCVN3. Bytes 0x80–0x9F are toned capitals in VN1 but punctuation in windows-1252, which
// Word and Excel put there (“ ” – … •), and TCVN3 (VN3) fonts only have the latter. So those
// bytes are read as letters only where the neighbouring letters say so.

// Byte kinds (0: not a letter). From T_C0 on, whether the byte is a letter depends on context.
const T_LOWER = 1,
  T_UPPER = 2,
  T_MARK = 3,
  T_C0 = 4,
  T_OPEN = 5,
  T_CLOSE = 6,
  T_DASH = 7;
const TCVN_KIND = new Uint8Array(256);
const TCVN_LETTER = new Uint16Array(256);
const TCVN_OTHER = new Uint16Array(256);
for (let b = 0; b < 256; b++) {
  const letter = b >= 0x80 ? TCVN3_HIGH[b - 0x80]! : (TCVN3_C0[b] ?? b);
  TCVN_LETTER[b] = letter;
  TCVN_OTHER[b] = b >= 0x80 && b < 0xa0 ? CP1252_C1[b - 0x80]! : b;
  if (b < 0x80) TCVN_KIND[b] = TCVN3_C0[b] ? T_C0 : caseOf(b);
  else if (isMark(letter)) TCVN_KIND[b] = T_MARK;
  else if ([0x82, 0x84, 0x8b, 0x91, 0x93].includes(b)) TCVN_KIND[b] = T_OPEN;
  else if ([0x92, 0x94, 0x9b].includes(b)) TCVN_KIND[b] = T_CLOSE;
  else if ([0x85, 0x95, 0x96, 0x97].includes(b)) TCVN_KIND[b] = T_DASH;
  else TCVN_KIND[b] = caseOf(letter);
}

function tcvnIsLetter(u: number | undefined): boolean {
  if (u === undefined) return false;
  if (u >= 0x100) return caseOf(u) !== 0;
  const kind = TCVN_KIND[u]!;
  return kind === T_LOWER || kind === T_UPPER || kind === T_MARK || kind === T_C0;
}
function tcvnIsUpper(u: number | undefined): boolean {
  if (u === undefined) return false;
  if (u >= 0x100) return caseOf(u) === 2;
  return TCVN_KIND[u] === T_UPPER || TCVN_KIND[u] === T_C0;
}

/** Decides whether a context-dependent byte is a letter, from the units around it. */
function tcvnLetterHere(kind: number, prev: number | undefined, next: number | undefined): boolean {
  const l = tcvnIsLetter(prev),
    r = tcvnIsLetter(next);
  const lu = l && tcvnIsUpper(prev),
    ru = r && tcvnIsUpper(next);
  switch (kind) {
    case T_C0:
      return l || r; // a control byte inside text is only ever VN1's capital
    case T_OPEN:
      return (!l && !r) || lu || (l && ru); // “Bộc is a quote, a lone “ is Ỏ
    case T_CLOSE:
      return (!l && !r) || ru || (r && lu); // Bố” is a quote
    default:
      return (l || r) && (!l || lu) && (!r || ru); // 2016 – 2020 is a dash, HỌC is Ọ
  }
}

function decodeTcvn(u: ArrayLike<number>, from: number, to: number, out: Uint16Array, at: number): number {
  let k = at,
    wordStart = at,
    capsWord = false,
    prevKind = 0;
  for (let i = from; i < to; i++) {
    const b = u[i]!;
    let c = b,
      kind: number;
    if (b >= 0x100)
      kind = caseOf(b) || (isMark(b) ? T_MARK : 0); // a glyph that is no byte
    else if ((kind = TCVN_KIND[b]!) < T_C0) c = TCVN_LETTER[b]!;
    else {
      const letter = tcvnLetterHere(kind, i > from ? u[i - 1] : undefined, i + 1 < to ? u[i + 1] : undefined);
      c = letter ? TCVN_LETTER[b]! : TCVN_OTHER[b]!;
      kind = letter ? T_UPPER : 0; // the context-dependent letters are all capitals
    }
    if (kind === T_MARK && k > at) {
      // VN1's combining tone marks: compose with the letter before, as NFC would.
      const composed = (String.fromCharCode(out[k - 1]!) + String.fromCharCode(c)).normalize('NFC');
      if (composed.length === 1) {
        out[k - 1] = composed.charCodeAt(0);
        continue;
      }
    }
    if (kind === 0) {
      if (capsWord) upcaseWord(out, wordStart, k);
      capsWord = false;
      wordStart = k + 1;
    } else if (kind === T_LOWER ? c >= 0x80 && prevKind === T_UPPER : kind === T_UPPER && prevKind === -T_LOWER) {
      capsWord = true; // a legacy lowercase letter next to a capital
    }
    prevKind = kind === T_LOWER && c >= 0x80 ? -T_LOWER : kind;
    out[k++] = c;
  }
  if (capsWord) upcaseWord(out, wordStart, k);
  return k;
}

/**
 * TCVN3 has no toned capitals: capitals were typed with the lowercase bytes in an all-capitals
 * font (.VnTimeH). A word of capitals with such a letter inside ("HUYệN") is one of those.
 */
function upcaseWord(out: Uint16Array, start: number, end: number): void {
  let upper = 0;
  for (let j = start; j < end; j++) {
    const c = out[j]!;
    if (c >= 0x61 && c <= 0x7a) return; // typed in lowercase: nothing says it was capitals
    if (caseOf(c) === 2) upper++;
  }
  if (upper < 2) return; // "Bộ" is a capitalised word, not a word in capitals
  for (let j = start; j < end; j++) if (UPPER[out[j]!]) out[j] = UPPER[out[j]!]!;
}

// ---- VNI-Windows: a base letter and a modifier byte make one letter; capitals use the
// modifier byte − 0x20. A modifier of the other case is accepted, the base decides the case.

const VNI_ROW = new Int8Array(256).fill(-1);
const VNI_PAIRS = new Uint16Array(2 * Object.keys(VNI_BASES).length * 256); // [row * 256 + modifier]
const VNI_ONE = new Uint16Array(256);
const VNI_ENCODE = new Map<string, number[]>();
for (let b = 0; b < 256; b++) VNI_ONE[b] = b >= 0x80 && b < 0xa0 ? CP1252_C1[b - 0x80]! : b;
for (const [byte, letter] of Object.entries(VNI_SINGLES)) {
  VNI_ONE[+byte] = letter.charCodeAt(0);
  VNI_ONE[+byte - 0x20] = letter.toUpperCase().charCodeAt(0);
  VNI_ENCODE.set(letter, [+byte]).set(letter.toUpperCase(), [+byte - 0x20]);
}
let rows = 0;
for (const [byte, { letter, modifiers }] of Object.entries(VNI_BASES)) {
  for (const [base, up] of [
    [+byte, false],
    [+byte - 0x20, true],
  ] as const) {
    const row = (VNI_ROW[base] = rows++);
    for (const m of modifiers) {
      const composed = (letter + VNI_MODIFIERS[m]).normalize('NFC');
      const char = up ? composed.toUpperCase() : composed;
      VNI_PAIRS[row * 256 + m] = VNI_PAIRS[row * 256 + m - 0x20] = char.charCodeAt(0);
      VNI_ENCODE.set(char, [base, up ? m - 0x20 : m]);
    }
  }
}

function decodeVni(u: ArrayLike<number>, from: number, to: number, out: Uint16Array, at: number): number {
  let k = at;
  for (let i = from; i < to; i++) {
    const b = u[i]!;
    if (b >= 0x100) {
      out[k++] = b;
      continue;
    }
    const row = VNI_ROW[b]!;
    if (row >= 0 && i + 1 < to) {
      const m = u[i + 1]!;
      const pair = m < 0x100 ? VNI_PAIRS[row * 256 + m]! : 0;
      if (pair !== 0) {
        out[k++] = pair;
        i++;
        continue;
      }
    }
    out[k++] = VNI_ONE[b]!;
  }
  return k;
}

/** The string of the first `length` UTF-16 code units of `codes`. */
export function fromCodes(codes: Uint16Array, length: number): string {
  let s = '';
  for (let i = 0; i < length; i += 8192) {
    s += String.fromCharCode.apply(null, codes.subarray(i, Math.min(i + 8192, length)) as unknown as number[]);
  }
  return s;
}

/**
 * Decodes windows-1252 (which Node 20's TextDecoder gets wrong: it decodes Latin-1). Not a
 * legacy font encoding, but the same table work.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const out = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) out[i] = CP1252[bytes[i]!]!;
  return fromCodes(out, bytes.length);
}
const CP1252 = Uint16Array.from({ length: 256 }, (_, b) => (b >= 0x80 && b < 0xa0 ? CP1252_C1[b - 0x80]! : b));

/** True for ASCII characters that end a word (anything but a–z, A–Z). */
export const isAsciiDelimiter = (c: number): boolean => c < 0x80 && ((c | 0x20) - 0x61) >>> 0 > 25;

/**
 * Decodes legacy bytes — or glyph units: windows-1252 bytes, with characters no byte produces
 * passing through as themselves (≥ 0x100) — into `out` from index `at`; returns the new end.
 * The output is never longer than the input.
 */
export function decodeLegacyInto(
  scheme: LegacyScheme,
  units: ArrayLike<number>,
  from: number,
  to: number,
  out: Uint16Array,
  at: number,
): number {
  return scheme === 'tcvn3' ? decodeTcvn(units, from, to, out, at) : decodeVni(units, from, to, out, at);
}

/** Decodes legacy bytes (or glyph units, see `decodeLegacyInto`) to Unicode NFC. */
export function decodeLegacyUnits(scheme: LegacyScheme, units: ArrayLike<number>, from = 0, to = units.length): string {
  const out = new Uint16Array(to - from);
  return fromCodes(out, decodeLegacyInto(scheme, units, from, to, out, 0));
}

/**
 * Encodes Unicode text as TCVN3 (VN1 bytes for the toned capitals) or VNI-Windows bytes.
 * The inverse of the decoding tables; used by tests and to write fixtures.
 */
export function encodeLegacy(text: string, scheme: LegacyScheme): Uint8Array {
  const bytes: number[] = [];
  for (const ch of text.normalize('NFC')) {
    const c = ch.charCodeAt(0);
    const encoded = c < 0x80 ? [c] : scheme === 'tcvn3' ? TCVN_ENCODE.get(ch) : VNI_ENCODE.get(ch);
    if (!encoded) throw new RangeError(`${scheme} cannot encode "${ch}"`);
    bytes.push(...encoded);
  }
  return Uint8Array.from(bytes);
}

const TCVN_ENCODE = new Map<string, number[]>();
for (let b = 0xff; b > 0; b--) {
  const letter = TCVN_LETTER[b]!;
  if ((b >= 0x80 || TCVN3_C0[b]) && !isMark(letter)) TCVN_ENCODE.set(String.fromCharCode(letter), [b]);
}
