import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  encodeUtf16,
  encodeUtf8,
  encodeWindows1252Lossy,
  encodeWindows1258,
  legacyGlyphs,
} from '../../../../test/fixtures/encodings/encoders.ts';
import { FIXTURES, REPORT } from '../../../../test/fixtures/encodings/make-fixtures.ts';
import { createDecoder, decodeBytes, SAMPLE_BYTES, sniffEncoding, type DecodeResult } from './decode.ts';
import { encodeLegacy } from './legacy-vn.ts';
import type { EncodingName, Notice } from '../../model/index.ts';

const SENTENCES = ['Báo cáo Huyện ủy Pác Nặm', 'Bộc Bố', 'Giáo Hiệu', 'Chi bộ Khuổi Ỏ', 'Đảng bộ Công an huyện', 'hơn 57 triệu đồng'];

const converted = (from: string, as: string): Notice => ({ code: 'converted-legacy', line: null, params: { from, as } });

/** Every way a sentence can reach us, and what decoding must report. */
const FORMS: [string, (s: string) => Uint8Array, EncodingName, Notice[]][] = [
  ['UTF-8', (s) => encodeUtf8(s), 'utf-8', []],
  ['UTF-8 with BOM', (s) => encodeUtf8(s, true), 'utf-8', []],
  ['UTF-16LE with BOM', (s) => encodeUtf16(s, 'le'), 'utf-16le', []],
  ['UTF-16BE with BOM', (s) => encodeUtf16(s, 'be'), 'utf-16be', []],
  ['windows-1258 (combining tone marks)', encodeWindows1258, 'windows-1258', []],
  ['TCVN3 bytes', (s) => encodeLegacy(s, 'tcvn3'), 'tcvn3', [converted('TCVN3', 'bytes')]],
  ['VNI bytes', (s) => encodeLegacy(s, 'vni'), 'vni', [converted('VNI', 'bytes')]],
  ['TCVN3 glyphs in UTF-8', (s) => encodeUtf8(legacyGlyphs(s, 'tcvn3')), 'tcvn3', [converted('TCVN3', 'utf-8-glyphs')]],
  ['VNI glyphs in UTF-8', (s) => encodeUtf8(legacyGlyphs(s, 'vni')), 'vni', [converted('VNI', 'utf-8-glyphs')]],
];

// "Bộc Bố" typed in .VnTime and saved as UTF-8 is the text "Béc Bè": two real Vietnamese words,
// nothing in it that Unicode Vietnamese would not have. Alone it stays what it says (below);
// in a file, the other cells give the font away.
const CASES = FORMS.flatMap(([form, encode, encoding, notices]) =>
  SENTENCES.filter((s) => !(s === 'Bộc Bố' && form === 'TCVN3 glyphs in UTF-8')).map((s) => ({
    form,
    s,
    bytes: encode(s),
    encoding,
    notices,
  })),
);

const ok = (text: string, encoding: EncodingName, notices: Notice[] = []): DecodeResult => ({ ok: true, text, encoding, notices });

describe('decodeBytes reads each sentence in each encoding', () => {
  it.each(CASES)('$form: $s', ({ s, bytes, encoding, notices }) => {
    expect(decodeBytes(bytes)).toEqual(ok(s, encoding, notices));
  });

  it('returns NFC text for windows-1258, whose tone marks are combining characters', () => {
    const bytes = encodeWindows1258('Bộc Bố');
    expect([...bytes]).toEqual([0x42, 0xf4, 0xf2, 0x63, 0x20, 0x42, 0xf4, 0xec]);
    const result = decodeBytes(bytes);
    expect(result.ok && result.text).toBe('Bộc Bố'.normalize('NFC'));
  });

  it('reads UTF-16 without a BOM from its NUL bytes', () => {
    expect(decodeBytes(encodeUtf16('Đơn vị\tNăm\r\nBộc Bố\t2018\r\n', 'le', false))).toEqual(
      ok('Đơn vị\tNăm\r\nBộc Bố\t2018\r\n', 'utf-16le'),
    );
    expect(decodeBytes(encodeUtf16('Đơn vị\tNăm\r\nBộc Bố\t2018\r\n', 'be', false))).toEqual(
      ok('Đơn vị\tNăm\r\nBộc Bố\t2018\r\n', 'utf-16be'),
    );
  });

  it('takes "Béc Bè" alone as what it says, though it is also "Bộc Bố" in TCVN3 glyphs', () => {
    expect(decodeBytes(encodeUtf8(legacyGlyphs('Bộc Bố', 'tcvn3')))).toEqual(ok('Béc Bè', 'utf-8'));
    // A sheet in .VnTime: its header ("§¬n vÞ,N¨m") gives the font away.
    const file = legacyGlyphs('Đơn vị,Năm\nBộc Bố,2018\n', 'tcvn3');
    expect(decodeBytes(encodeUtf8(file))).toEqual(ok('Đơn vị,Năm\nBộc Bố,2018\n', 'tcvn3', [converted('TCVN3', 'utf-8-glyphs')]));
  });

  it('converts .VnTime cells in a file that also has Unicode cells, and leaves the Unicode alone', () => {
    const file = `Đơn vị,Năm\n${legacyGlyphs('Báo cáo Huyện ủy Pác Nặm', 'tcvn3')},2019\nHà Nội,có\n`;
    expect(decodeBytes(encodeUtf8(file, true))).toEqual(
      ok('Đơn vị,Năm\nBáo cáo Huyện ủy Pác Nặm,2019\nHà Nội,có\n', 'tcvn3', [converted('TCVN3', 'utf-8-glyphs')]),
    );
  });

  it('finds glyphs in UTF-16 text too (Excel "Unicode Text" of a .VnTime sheet)', () => {
    const file = `${legacyGlyphs('Đảng bộ Công an huyện', 'tcvn3')}\t12\r\n`;
    expect(decodeBytes(encodeUtf16(file, 'le'))).toEqual(
      ok('Đảng bộ Công an huyện\t12\r\n', 'tcvn3', [converted('TCVN3', 'utf-16-glyphs')]),
    );
  });

  it.each([
    ['a foreign name', 'Đơn vị,Ghi chú\nXã Bộc Bố,chuyên gia Müller (Đức) hỗ trợ\n'],
    [
      'symbols that are also glyphs',
      'Chỉ tiêu,Giá trị\nNhiệt độ trung bình,25°C\nHộ được hỗ trợ,½ số hộ\nBản quyền,© UBND huyện Pác Nặm\n',
    ],
  ])('keeps UTF-8 with %s as UTF-8', (_, text) => {
    expect(decodeBytes(encodeUtf8(text))).toEqual(ok(text, 'utf-8'));
  });

  it('decides on the first non-ASCII part of a file whose first 256 KB are ASCII', () => {
    const ascii = 'commune,year,criteria_met\n' + 'Cao Son,2018,16\n'.repeat(SAMPLE_BYTES / 15);
    const bytes = new Uint8Array([...encodeUtf8(ascii), ...encodeLegacy('Bộc Bố,2019,17\nChi bộ Khuổi Ỏ,2019,15\n', 'tcvn3')]);
    const result = decodeBytes(bytes);
    expect(result.ok && [result.encoding, result.text.slice(-38)]).toEqual(['tcvn3', 'Bộc Bố,2019,17\nChi bộ Khuổi Ỏ,2019,15\n']);
  });

  it('reads an empty file as empty UTF-8 text (emptiness is reported later)', () => {
    expect(decodeBytes(new Uint8Array(0))).toEqual(ok('', 'utf-8'));
  });
});

describe('decodeBytes refuses what is not a CSV file', () => {
  const bytes = (...b: number[]): Uint8Array => Uint8Array.from(b);
  const problem = (code: string, params?: Record<string, string>) => ({
    ok: false,
    problem: { code, line: null, column: null, value: null, ...(params ? { params } : {}) },
  });
  it.each([
    ['a PNG image', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d), problem('file-not-text', { format: 'png' })],
    ['a PDF', encodeUtf8('%PDF-1.7\n%âãÏÓ\n'), problem('file-not-text', { format: 'pdf' })],
    ['a GIF', encodeUtf8('GIF89a'), problem('file-not-text', { format: 'gif' })],
    ['a JPEG', bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10), problem('file-not-text', { format: 'jpeg' })],
    ['an .xlsx workbook', bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0x06, 0), problem('file-excel', { format: 'xlsx' })],
    ['an .xls workbook', bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0), problem('file-excel', { format: 'xls' })],
    [
      'an HTML table saved as .xls',
      encodeUtf8('<html xmlns:x="urn:schemas-microsoft-com:office:excel"><table>'),
      problem('file-excel', { format: 'html' }),
    ],
    ['a file with NUL bytes', bytes(0x41, 0x00, 0x00, 0x00, 0x42, 0x43, 0x00, 0x01, 0x02, 0x44), problem('file-not-text')],
    ['control bytes', bytes(...Array.from({ length: 64 }, (_, i) => (i % 3 ? 0x41 : 0x03))), problem('file-not-text')],
    [
      'Russian windows-1251 text',
      bytes(0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2, 0x20, 0xec, 0xe8, 0xf0, 0x2c, 0x20, 0xea, 0xe0, 0xea, 0x20, 0xe4, 0xe5, 0xeb, 0xe0),
      problem('file-undecodable'),
    ],
  ])('%s', (_, input, expected) => expect(decodeBytes(input)).toEqual(expected));

  it('says so from the first bytes alone', () => {
    expect(sniffEncoding(Uint8Array.from([0x50, 0x4b, 0x03, 0x04]))).toMatchObject({ ok: false, problem: { code: 'file-excel' } });
  });
});

describe('decodeBytes reports letters lost before the file reached us', () => {
  const lossOf = (text: string): Notice | undefined => {
    const result = decodeBytes(encodeUtf8(text));
    return result.ok ? result.notices.find((n) => n.code === 'data-loss') : undefined;
  };
  it('finds "?" standing for letters, with the first line, the number of lines and an example', () => {
    expect(lossOf('Tên,Năm\nXã Bộc Bố,2018\nT?nh ?oàn,2019\nHuy?n ?y,2020\n')).toEqual({
      code: 'data-loss',
      line: 3,
      params: { lines: 2, example: 'T?nh' },
    });
  });
  it.each([
    ['a question', 'Ghi chú\nCó không?\n'],
    ['a lone "?" cell', 'a,b\n?,1\n'],
    ['"?" before a number', 'a\nđạt?1\n'],
    ['a web address', 'nguồn\nhttps://example.vn/index.php?id=3\n'],
  ])('does not mistake %s for a lost letter', (_, text) => expect(lossOf(text)).toBeUndefined());

  it('finds them in windows-1252 text saved by Excel on a Western Windows, and keeps the letters it has', () => {
    const result = decodeBytes(encodeWindows1252Lossy('Tỉnh Đoàn,Có không?\r\nXã Hòa Mục,1\r\n'));
    expect(result).toEqual(
      ok('T?nh ?oàn,Có không?\r\nXã Hòa M?c,1\r\n', 'windows-1252', [
        { code: 'data-loss', line: 1, params: { lines: 2, example: 'T?nh' } },
      ]),
    );
  });

  it('reports broken UTF-8 bytes (U+FFFD) the same way', () => {
    const bytes = new Uint8Array([...encodeUtf8('Tên,Năm\nXã Bộc Bố,2018\n'), 0x50, 0x68, 0xff, 0x2c, 0x31, 0x0a]);
    expect(decodeBytes(bytes)).toEqual(
      ok('Tên,Năm\nXã Bộc Bố,2018\nPh\uFFFD,1\n', 'utf-8', [{ code: 'data-loss', line: 3, params: { lines: 1, example: 'Ph\uFFFD' } }]),
    );
  });
});

describe('the fixture files in test/fixtures/encodings', () => {
  const read = (name: string): Uint8Array =>
    new Uint8Array(readFileSync(new URL(`../../../../test/fixtures/encodings/${name}`, import.meta.url)));

  it.each(Object.entries(FIXTURES))('%s is up to date and decodes as expected', (name, fixture) => {
    const bytes = read(name);
    expect(bytes).toEqual(fixture.bytes());
    const result = decodeBytes(bytes);
    if (fixture.problem) expect(result).toMatchObject({ ok: false, problem: { code: fixture.problem } });
    else expect(result).toMatchObject({ ok: true, encoding: fixture.encoding, text: fixture.text });
  });

  it('all hold the same report', () => {
    expect(FIXTURES['report.tcvn3.csv']!.text).toBe(REPORT);
  });

  it.each(Object.entries(FIXTURES).filter(([, f]) => !f.problem))('%s streams to the same text, whatever the chunks', (name) => {
    const bytes = read(name);
    const whole = decodeBytes(bytes);
    const sniffed = sniffEncoding(bytes);
    if (!whole.ok || !sniffed.ok) throw new Error('fixture must decode');
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 10 }), (cuts) => {
        const decode = createDecoder(sniffed.encoding, sniffed.glyphsIn ?? undefined);
        const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
        let text = '',
          from = 0;
        for (const p of points) {
          text += decode(bytes.subarray(from, p), false);
          from = p;
        }
        expect(text + decode(bytes.subarray(from), true)).toBe(whole.text);
      }),
    );
  });
});

describe('createDecoder', () => {
  it('composes a windows-1258 tone mark that arrives in the next chunk', () => {
    const decode = createDecoder('windows-1258');
    expect(decode(Uint8Array.from([0x42, 0xf4]), false) + decode(Uint8Array.from([0xf2, 0x63]), true)).toBe('Bộc');
  });
  it('removes the BOM', () => {
    const decode = createDecoder('utf-8');
    expect(decode(Uint8Array.from([0xef, 0xbb]), false) + decode(Uint8Array.from([0xbf, 0x41]), true)).toBe('A');
  });
});
