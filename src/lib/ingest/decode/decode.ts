/**
 * Bytes of a CSV file → text (docs/data-format.md §4.1). Recognises a BOM, UTF-16 without
 * one, UTF-8, windows-1258, windows-1252 and the legacy Vietnamese font encodings TCVN3 and
 * VNI-Windows (as raw bytes or as their glyphs inside Unicode text), and refuses what is not
 * text: images, PDF and
 * Excel workbooks. The encoding is decided from a sample of the file; only the conversion itself
 * runs over all of it.
 */
import { findDataLoss } from './data-loss.ts';
import { createLegacyDecoder, decodeLegacyGlyphs, type GlyphContainer } from './legacy-decoder.ts';
import { decodeLegacyUnits, decodeWindows1252, type LegacyScheme } from './legacy-vn.ts';
import { fileProblem, type EncodingName, type Notice, type Problem } from '../../model/index.ts';
import { scoreVietnamese, type VietnameseScore } from './vn-syllable.ts';

export type { GlyphContainer } from './legacy-decoder.ts';
export { findDataLoss } from './data-loss.ts';

/** The text of a whole file, or why it cannot be read. */
export type DecodeResult = { ok: true; text: string; encoding: EncodingName; notices: Notice[] } | { ok: false; problem: Problem }; // problem.line = null, column = null, value = null

/**
 * The encoding of a file. `bom` is the length of its byte order mark (decoders skip it
 * themselves). `glyphsIn` is set when TCVN3/VNI text arrived as glyphs inside Unicode text: pass
 * it to `createDecoder`.
 */
export type SniffResult =
  { ok: true; encoding: EncodingName; bom: number; glyphsIn: GlyphContainer | null } | { ok: false; problem: Problem };

/** How much of a file the encoding is decided on. */
export const SAMPLE_BYTES = 256 * 1024;
const CHUNK_BYTES = 1024 * 1024;

/** Decodes a whole file. */
export function decodeBytes(bytes: Uint8Array): DecodeResult {
  const head = bytes.subarray(0, SAMPLE_BYTES);
  const found = sniff(head, textSample(bytes, head));
  if (!found.ok) return found;
  const decode = createDecoder(found.encoding, found.glyphsIn ?? undefined);
  let text: string;
  if (found.encoding.startsWith('utf-') && !found.glyphsIn)
    text = decode(bytes, true); // one native call
  else {
    // In chunks, through the same streaming decoder, so the temporary buffers stay small.
    const parts: string[] = [];
    for (let at = 0; at < bytes.length || parts.length === 0; at += CHUNK_BYTES) {
      parts.push(decode(bytes.subarray(at, at + CHUNK_BYTES), at + CHUNK_BYTES >= bytes.length));
    }
    text = parts.join('');
  }
  const notices: Notice[] = [];
  const converted = conversionNotice(found);
  if (converted) notices.push(converted);
  const loss = findDataLoss(text);
  if (loss) notices.push(loss);
  return { ok: true, text, encoding: found.encoding, notices };
}

/**
 * Decides the encoding from the first bytes (say up to 256 KB) of a file, for streaming. A head of
 * plain ASCII says "utf-8"; `decodeBytes`, which has the whole file, looks further.
 */
export function sniffEncoding(head: Uint8Array): SniffResult {
  return sniff(head, head);
}

/**
 * A streaming decoder for a known encoding: call with successive chunks, `final` on the last.
 * BOM removed. windows-1258 comes out NFC; TCVN3 and VNI come out converted, NFC.
 */
export function createDecoder(encoding: EncodingName, glyphsIn?: GlyphContainer): (chunk: Uint8Array, final: boolean) => string {
  if (encoding === 'tcvn3' || encoding === 'vni') return createLegacyDecoder(encoding, glyphsIn);
  if (encoding === 'windows-1252') return (chunk) => decodeWindows1252(chunk); // one byte, one character
  const decoder = new TextDecoder(encoding);
  if (encoding !== 'windows-1258') return (chunk, final) => decoder.decode(chunk, { stream: !final });
  // windows-1258 writes tone marks as combining characters; compose them, holding back the last
  // letter of a chunk because its marks may come in the next one.
  let pending = '';
  return (chunk, final) => {
    const text = pending + decoder.decode(chunk, { stream: !final });
    let cut = text.length;
    if (!final) {
      while (cut > 0 && isMark(text.charCodeAt(cut - 1))) cut--;
      cut = Math.max(0, cut - 1);
    }
    pending = text.slice(cut);
    return text.slice(0, cut).normalize('NFC');
  };
}

/** The `converted-legacy` notice a sniffed TCVN3/VNI file gets, or null. */
export function conversionNotice(found: SniffResult): Notice | null {
  if (!found.ok || (found.encoding !== 'tcvn3' && found.encoding !== 'vni')) return null;
  const as = found.glyphsIn === null ? 'bytes' : found.glyphsIn === 'utf-8' ? 'utf-8-glyphs' : 'utf-16-glyphs';
  return { code: 'converted-legacy', line: null, params: { from: found.encoding === 'tcvn3' ? 'TCVN3' : 'VNI', as } };
}

// ---- Detection. `head` is the start of the file (magic numbers, BOM, NUL bytes); `sample` is
// the text the encoding is chosen on (the head, or the first non-ASCII part of the file).

function sniff(head: Uint8Array, sample: Uint8Array): SniffResult {
  const refused = refuseBinary(head);
  if (refused) return { ok: false, problem: refused };
  if (startsWith(head, [0xef, 0xbb, 0xbf])) return unicode('utf-8', 3, sample);
  if (startsWith(head, [0xff, 0xfe])) return unicode('utf-16le', 2, sample);
  if (startsWith(head, [0xfe, 0xff])) return unicode('utf-16be', 2, sample);
  const utf16 = utf16Pattern(head);
  if (utf16) return unicode(utf16, 0, sample);
  if (head.includes(0) || controlShare(head) > 0.02) return { ok: false, problem: fileProblem('file-not-text') };
  try {
    // Fatal, but streaming: a sample cut inside a multi-byte letter is still valid UTF-8.
    const text = new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: true });
    return withGlyphs('utf-8', 0, text);
  } catch {
    // UTF-8 with a few broken bytes is still UTF-8 (they become U+FFFD, reported as data loss);
    // single-byte text hardly ever forms a valid multi-byte sequence.
    const { sequences, broken } = utf8Sequences(sample);
    const damagedUtf8 = (): SniffResult => withGlyphs('utf-8', 0, new TextDecoder('utf-8').decode(sample, { stream: true }));
    if (sequences >= 4 * broken) return damagedUtf8();
    const legacy = legacyBytes(sample);
    return !legacy.ok && sequences > broken ? damagedUtf8() : legacy;
  }
}

/** Counts well-formed multi-byte UTF-8 sequences and bytes that start no valid sequence. */
function utf8Sequences(bytes: Uint8Array): { sequences: number; broken: number } {
  let sequences = 0,
    broken = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x80) continue;
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = length > 0 && i + length <= bytes.length;
    for (let k = 1; ok && k < length; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
    if (ok) {
      sequences++;
      i += length - 1;
    } else if (i + length <= bytes.length) broken++; // a sequence cut by the end of the sample is not broken
  }
  return { sequences, broken };
}

function unicode(encoding: GlyphContainer, bom: number, sample: Uint8Array): SniffResult {
  if (encoding !== 'utf-8') {
    try {
      new TextDecoder(encoding, { fatal: true }).decode(sample.subarray(0, sample.length & ~1), { stream: true });
    } catch {
      return { ok: false, problem: fileProblem('file-not-text') };
    }
  }
  return withGlyphs(encoding, bom, new TextDecoder(encoding).decode(sample, { stream: true }));
}

// Characters a .VnTime or VNI-Times glyph can be but Vietnamese text never has: Latin-1 symbols
// and foreign letters (¸ « µ Ö ä ï ñ …) and the windows-1252 extras (Œ š ƒ …).
const GLYPH_EVIDENCE =
  /[\u0080-\u009f\u00a1-\u00bf\u00c4-\u00c7\u00cb\u00ce-\u00d1\u00d6-\u00d8\u00db\u00dc\u00de\u00df\u00e4-\u00e7\u00eb\u00ee-\u00f1\u00f6-\u00f8\u00fb\u00fc\u00fe\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc]/;

/**
 * Unicode text is taken as it is, unless it holds characters only legacy glyphs give (GLYPH_EVIDENCE)
 * and reads better, as Vietnamese, converted from TCVN3 or VNI glyphs.
 */
function withGlyphs(encoding: GlyphContainer, bom: number, text: string): SniffResult {
  const plain: SniffResult = { ok: true, encoding, bom, glyphsIn: null };
  if (!GLYPH_EVIDENCE.test(text)) return plain;
  const sample = text.normalize('NFC');
  let best: LegacyScheme | null = null;
  let bestScore = scoreVietnamese(sample).score;
  for (const scheme of ['tcvn3', 'vni'] as const) {
    const score = scoreVietnamese(decodeLegacyGlyphs(sample, scheme, false));
    if (readsVietnamese(score) && score.score > bestScore) {
      best = scheme;
      bestScore = score.score;
    }
  }
  return best ? { ok: true, encoding: best, bom, glyphsIn: encoding } : plain;
}

/**
 * Bytes that are not UTF-8: windows-1258, TCVN3 or VNI, whichever reads as Vietnamese — or
 * windows-1252, Excel's "CSV" on a Western Windows, where the letters it lacks are already "?"
 * and the rest (xã, hòa) must not be read as windows-1258 (xă, họa).
 */
function legacyBytes(sample: Uint8Array): SniffResult {
  const readings: [EncodingName, string][] = [
    ['windows-1258', new TextDecoder('windows-1258').decode(sample).normalize('NFC')],
    ['tcvn3', decodeLegacyUnits('tcvn3', sample)],
    ['vni', decodeLegacyUnits('vni', sample)],
    ['windows-1252', decodeWindows1252(sample)],
  ];
  let best: { encoding: EncodingName; score: VietnameseScore } | null = null;
  for (const [encoding, text] of readings) {
    const score = scoreVietnamese(text);
    if (!best || score.score > best.score.score) best = { encoding, score }; // ties keep the earlier
  }
  const { encoding, score } = best!;
  if (readsVietnamese(score)) return { ok: true, encoding, bom: 0, glyphsIn: null };
  // No Vietnamese in it: a few accented foreign words (José, São) still read sensibly.
  const accented = scoreVietnamese(readings[3]![1]);
  if (accented.valid + accented.invalid <= accented.words * 0.05) {
    return { ok: true, encoding: 'windows-1252', bom: 0, glyphsIn: null };
  }
  return { ok: false, problem: fileProblem('file-undecodable') };
}

/** At least half of the words with a non-ASCII letter are well-spelled Vietnamese. */
const readsVietnamese = (s: VietnameseScore): boolean => s.valid > 0 && s.valid >= s.invalid;

/** Images, PDF, archives and Excel workbooks, recognised by their first bytes. */
function refuseBinary(head: Uint8Array): Problem | null {
  const excel: [string, number[]][] = [
    ['xlsx', [0x50, 0x4b, 0x03, 0x04]],
    ['xlsx', [0x50, 0x4b, 0x05, 0x06]],
    ['xls', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
  ];
  for (const [format, magic] of excel) if (startsWith(head, magic)) return fileProblem('file-excel', { format });
  const other: [string, number[]][] = [
    ['png', [0x89, 0x50, 0x4e, 0x47]],
    ['pdf', [0x25, 0x50, 0x44, 0x46]],
    ['gif', [0x47, 0x49, 0x46, 0x38]],
    ['jpeg', [0xff, 0xd8, 0xff]],
    ['gzip', [0x1f, 0x8b]],
    ['rar', [0x52, 0x61, 0x72, 0x21]],
    ['7z', [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]],
  ];
  for (const [format, magic] of other) if (startsWith(head, magic)) return fileProblem('file-not-text', { format });
  // "Excel" files that are HTML or XML: what many report systems export as .xls.
  const start = String.fromCharCode(...head.subarray(0, 2048));
  if (/urn:schemas-microsoft-com:office:excel|progid="Excel\.Sheet"/i.test(start)) {
    return fileProblem('file-excel', { format: 'html' });
  }
  return null;
}

/** UTF-16 without a BOM: ASCII text gives a NUL in every other byte. */
function utf16Pattern(head: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(head.length, 4096) & ~1;
  if (n < 4) return null;
  let evenNul = 0,
    oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (head[i] === 0) evenNul++;
    if (head[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.3 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.3 && oddNul < pairs * 0.05) return 'utf-16be';
  return null;
}

// Control bytes text may hold: TAB, LF, FF, CR, SUB (an old end-of-file mark) and the twelve
// where TCVN3 (VN1) puts toned capitals.
const TEXT_CONTROLS = [0x09, 0x0a, 0x0c, 0x0d, 0x1a, 0x01, 0x02, 0x04, 0x05, 0x06, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17].reduce(
  (mask, b) => mask | (1 << b),
  0,
);

/** Share of control bytes that text does not hold. */
function controlShare(head: Uint8Array): number {
  let controls = 0;
  for (const b of head) if (b < 0x20 && ((TEXT_CONTROLS >> b) & 1) === 0) controls++;
  return head.length === 0 ? 0 : controls / head.length;
}

/**
 * The head, unless it is plain ASCII and more follows: then the first non-ASCII part of the file,
 * from the start of its line, so a file whose first rows are all ASCII is still recognised.
 */
function textSample(bytes: Uint8Array, head: Uint8Array): Uint8Array {
  if (bytes.length <= head.length || head.some((b) => b === 0 || b >= 0x80)) return head;
  let first = head.length;
  while (first < bytes.length && bytes[first]! < 0x80) first++;
  if (first === bytes.length) return head;
  const lineStart = bytes.lastIndexOf(0x0a, first) + 1;
  return bytes.subarray(lineStart, lineStart + SAMPLE_BYTES);
}

const isMark = (c: number): boolean => c >= 0x300 && c < 0x370;

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.length <= bytes.length && magic.every((b, i) => bytes[i] === b);
}
