/**
 * Byte tables of the two legacy Vietnamese font encodings and of the Windows code page their
 * glyphs leak through.
 *
 * TCVN3 (TCVN 5712:1993, ABC, the .VnTime fonts): the table is GNU libiconv's TCVN-5712
 * (`lib/tcvn.h`, test data `tests/TCVN.TXT`, libiconv 1.14), i.e. VN1, the full form of the
 * standard. TCVN3 proper (VN3) is its subset: the 67 lowercase letters, Ă Â Ê Ô Ơ Ư Đ and NBSP
 * sit at the same bytes; VN1 adds the toned capitals (in 0x80–0x9F, in C0 and in a few free
 * places above 0xA0) and combining tone marks at 0xB0–0xB4. Cross-checked against GNU recode
 * `src/vn.c` (same table, leaves 0xA0 and 0xB0–0xB4 unassigned) and xvnkb `tcvn.h` (Dao Hai Lam,
 * 2002: same letters, but writes the twelve C0 capitals with their lowercase bytes, VN3 style).
 *
 * VNI-Windows (VNI-Times fonts): a base letter followed by a modifier byte, plus a few
 * one-byte letters. The table is xvnkb `vni.h` (Dao Hai Lam, 2002), cross-checked against a hex
 * transcription of the vietunicode.sourceforge.net/charset VNI table and GNU recode `src/vn.c`
 * (which agrees except that it swaps the capitals Ắ/Ằ, contradicting its own lowercase ắ/ằ and
 * the modifier scheme). The letter-by-letter data is in
 * test/fixtures/encodings/*.TXT and checked by legacy-vn.test.ts.
 */

/** TCVN3 bytes 0x80–0xFF → Unicode (libiconv `tcvn_2uni_2`). Combining marks at 0xB0–0xB4. */
export const TCVN3_HIGH: readonly number[] = [
  // 0x80
  0x00c0, 0x1ea2, 0x00c3, 0x00c1, 0x1ea0, 0x1eb6, 0x1eac, 0x00c8, 0x1eba, 0x1ebc, 0x00c9, 0x1eb8, 0x1ec6, 0x00cc, 0x1ec8, 0x0128,
  // 0x90
  0x00cd, 0x1eca, 0x00d2, 0x1ece, 0x00d5, 0x00d3, 0x1ecc, 0x1ed8, 0x1edc, 0x1ede, 0x1ee0, 0x1eda, 0x1ee2, 0x00d9, 0x1ee6, 0x0168,
  // 0xA0
  0x00a0, 0x0102, 0x00c2, 0x00ca, 0x00d4, 0x01a0, 0x01af, 0x0110, 0x0103, 0x00e2, 0x00ea, 0x00f4, 0x01a1, 0x01b0, 0x0111, 0x1eb0,
  // 0xB0
  0x0300, 0x0309, 0x0303, 0x0301, 0x0323, 0x00e0, 0x1ea3, 0x00e3, 0x00e1, 0x1ea1, 0x1eb2, 0x1eb1, 0x1eb3, 0x1eb5, 0x1eaf, 0x1eb4,
  // 0xC0
  0x1eae, 0x1ea6, 0x1ea8, 0x1eaa, 0x1ea4, 0x1ec0, 0x1eb7, 0x1ea7, 0x1ea9, 0x1eab, 0x1ea5, 0x1ead, 0x00e8, 0x1ec2, 0x1ebb, 0x1ebd,
  // 0xD0
  0x00e9, 0x1eb9, 0x1ec1, 0x1ec3, 0x1ec5, 0x1ebf, 0x1ec7, 0x00ec, 0x1ec9, 0x1ec4, 0x1ebe, 0x1ed2, 0x0129, 0x00ed, 0x1ecb, 0x00f2,
  // 0xE0
  0x1ed4, 0x1ecf, 0x00f5, 0x00f3, 0x1ecd, 0x1ed3, 0x1ed5, 0x1ed7, 0x1ed1, 0x1ed9, 0x1edd, 0x1edf, 0x1ee1, 0x1edb, 0x1ee3, 0x00f9,
  // 0xF0
  0x1ed6, 0x1ee7, 0x0169, 0x00fa, 0x1ee5, 0x1eeb, 0x1eed, 0x1eef, 0x1ee9, 0x1ef1, 0x1ef3, 0x1ef7, 0x1ef9, 0x00fd, 0x1ef5, 0x1ed0,
];

/** The twelve toned capitals VN1 puts on C0 control bytes (libiconv `tcvn_2uni_1`). */
export const TCVN3_C0: Readonly<Record<number, number>> = {
  0x01: 0x00da,
  0x02: 0x1ee4,
  0x04: 0x1eea,
  0x05: 0x1eec,
  0x06: 0x1eee,
  0x11: 0x1ee8,
  0x12: 0x1ef0,
  0x13: 0x1ef2,
  0x14: 0x1ef6,
  0x15: 0x1ef8,
  0x16: 0x00dd,
  0x17: 0x1ef4,
};

/**
 * Windows-1252 bytes 0x80–0x9F → Unicode (the five unassigned bytes map to the C1 code points, as
 * Windows does). Written out because Node 20's `TextDecoder('windows-1252')` decodes as Latin-1.
 */
export const CP1252_C1: readonly number[] = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f, 0x0090,
  0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];

/** Combining marks, in the order VNI lists tones: sắc, huyền, hỏi, ngã, nặng. */
const ACUTE = '\u0301',
  GRAVE = '\u0300',
  HOOK = '\u0309',
  TILDE = '\u0303',
  DOT = '\u0323';
const CIRCUMFLEX = '\u0302',
  BREVE = '\u0306';

/**
 * VNI lowercase modifier bytes → the marks they add (uppercase modifiers are these minus 0x20).
 * One group per shape: plain tones, circumflex (+ tone), breve (+ tone).
 */
export const VNI_MODIFIERS: Readonly<Record<number, string>> = {
  0xf9: ACUTE,
  0xf8: GRAVE,
  0xfb: HOOK,
  0xf5: TILDE,
  0xef: DOT,
  0xe2: CIRCUMFLEX,
  0xe1: CIRCUMFLEX + ACUTE,
  0xe0: CIRCUMFLEX + GRAVE,
  0xe5: CIRCUMFLEX + HOOK,
  0xe3: CIRCUMFLEX + TILDE,
  0xe4: CIRCUMFLEX + DOT,
  0xea: BREVE,
  0xe9: BREVE + ACUTE,
  0xe8: BREVE + GRAVE,
  0xfa: BREVE + HOOK,
  0xfc: BREVE + TILDE,
  0xeb: BREVE + DOT,
};

const TONE_BYTES = [0xf9, 0xf8, 0xfb, 0xf5, 0xef];
const CIRCUMFLEX_BYTES = [0xe2, 0xe1, 0xe0, 0xe5, 0xe3, 0xe4];
const BREVE_BYTES = [0xea, 0xe9, 0xe8, 0xfa, 0xfc, 0xeb];

/**
 * VNI lowercase base bytes → the base letter and the modifier bytes it takes. `ô` (0xF4) is ơ
 * and `ö` (0xF6) is ư; i has no modifiers (its toned forms are one-byte letters) and ỵ is `î`.
 */
export const VNI_BASES: Readonly<Record<number, { letter: string; modifiers: readonly number[] }>> = {
  0x61: { letter: 'a', modifiers: [...TONE_BYTES, ...CIRCUMFLEX_BYTES, ...BREVE_BYTES] },
  0x65: { letter: 'e', modifiers: [...TONE_BYTES, ...CIRCUMFLEX_BYTES] },
  0x6f: { letter: 'o', modifiers: [...TONE_BYTES, ...CIRCUMFLEX_BYTES] },
  0x75: { letter: 'u', modifiers: TONE_BYTES },
  0x79: { letter: 'y', modifiers: [0xf9, 0xf8, 0xfb, 0xf5] },
  0xf4: { letter: 'ơ', modifiers: TONE_BYTES },
  0xf6: { letter: 'ư', modifiers: TONE_BYTES },
};

/** VNI one-byte lowercase letters (uppercase: byte − 0x20, letter uppercased). */
export const VNI_SINGLES: Readonly<Record<number, string>> = {
  0xf4: 'ơ',
  0xf6: 'ư',
  0xf1: 'đ',
  0xed: 'í',
  0xec: 'ì',
  0xe6: 'ỉ',
  0xf3: 'ĩ',
  0xf2: 'ị',
  0xee: 'ỵ',
};
