import { describe, expect, it } from 'vitest';
import { RowValidator } from './validate.ts';
import { FLAG_WORDS, kindSpec, matchHeader, toRows, type Kind, type NumberFormat, type Params } from '../../model/index.ts';
import { noticeMessage } from '../../i18n/index.ts';

/** Reads data rows (lines 2, 3, …) under `header` as the engine does once the header is known. */
function validate(kind: Kind, header: string[], rows: string[][], format: NumberFormat = 'vi') {
  const spec = kindSpec(kind);
  const validator = new RowValidator({ spec, match: matchHeader(header, spec), header, format, delimiter: ';' });
  rows.forEach((cells, i) => validator.row(cells, i + 2));
  const table = validator.finish();
  return { records: toRows(table), problems: validator.problems, notices: validator.notices, excluded: validator.excluded };
}

const PLEDGES = ['Đơn vị', 'Năm', 'Số lượt cam kết'];
const CRITERIA = ['Xã', 'Năm', 'Số tiêu chí đạt', 'Tổng số tiêu chí'];
const MONEY = ['Đơn vị', 'Xã được hỗ trợ', 'Năm', 'Số tiền (triệu đồng)', 'Ngày công'];
const AWARDS = ['Năm', 'Cấp', 'Đối tượng', 'Số lượng'];
const INDICATORS = ['Đơn vị', 'Năm', 'Chỉ tiêu', 'Giá trị', 'Đơn vị tính'];

/** A problem as these tables state it: its code, the column as written, and its params when they matter. */
type Want = [code: string, column: string | null, params?: Params];

describe('RowValidator excludes a row with a bad cell, naming the problem and the column', () => {
  it.each([
    ['an empty unit', 'pledges', PLEDGES, ['', '2019', '5'], [['row-empty-required', 'Đơn vị']]],
    ['an empty count (never read as 0)', 'pledges', PLEDGES, ['A', '2019', ''], [['row-empty-required', 'Số lượt cam kết']]],
    ['a count of spaces', 'pledges', PLEDGES, ['A', '2019', '   '], [['row-empty-required', 'Số lượt cam kết']]],
    ['an empty year', 'pledges', PLEDGES, ['A', '', '5'], [['row-empty-required', 'Năm']]],
    ['words for a number', 'pledges', PLEDGES, ['A', '2019', 'nhiều'], [['row-not-number', 'Số lượt cam kết']]],
    [
      'an English number in a Vietnamese file',
      'contributions',
      MONEY,
      ['A', 'B', '2019', '1,250.5', ''],
      [['row-not-number', 'Số tiền (triệu đồng)', { format: 'vi' }]],
    ],
    ['an unknown unit', 'contributions', MONEY, ['A', 'B', '2019', '5 con gà', ''], [['row-not-number', 'Số tiền (triệu đồng)']]],
    ['a fraction in a count', 'pledges', PLEDGES, ['A', '2019', '5,5'], [['row-fraction-in-count', 'Số lượt cam kết']]],
    ['a negative count', 'pledges', PLEDGES, ['A', '2019', '-3'], [['row-negative', 'Số lượt cam kết']]],
    ['negative money', 'contributions', MONEY, ['A', 'B', '2019', '-3', ''], [['row-negative', 'Số tiền (triệu đồng)']]],
    [
      'criteria met over the total',
      'criteria',
      CRITERIA,
      ['A', '2019', '20', '19'],
      [['row-met-over-total', 'Số tiêu chí đạt', { total: 19 }]],
    ],
    [
      'criteria met over the default total of 19',
      'criteria',
      CRITERIA.slice(0, 3),
      ['A', '2019', '20'],
      [['row-met-over-total', 'Số tiêu chí đạt', { total: 19 }]],
    ],
    [
      'targets met over their total',
      'targets',
      ['Đơn vị', 'Năm', 'Số chỉ tiêu đạt', 'Tổng số chỉ tiêu'],
      ['A', '2019', '34', '33'],
      [['row-met-over-total', 'Số chỉ tiêu đạt', { total: 33 }]],
    ],
    ['a total of 0', 'criteria', CRITERIA, ['A', '2019', '0', '0'], [['row-total-not-positive', 'Tổng số tiêu chí']]],
    ['a year before 1990', 'pledges', PLEDGES, ['A', '1989', '5'], [['row-year-range', 'Năm']]],
    ['a year after 2100', 'pledges', PLEDGES, ['A', '2101', '5'], [['row-year-range', 'Năm']]],
    ['a period ending after 2100', 'pledges', PLEDGES, ['A', '2016-2120', '5'], [['row-year-range', 'Năm']]],
    ['a year in words', 'pledges', PLEDGES, ['A', 'năm ngoái', '5'], [['row-year-invalid', 'Năm']]],
    ['a period backwards', 'pledges', PLEDGES, ['A', '2020-2016', '5'], [['row-year-invalid', 'Năm']]],
    [
      'a level not in the list',
      'awards',
      AWARDS,
      ['2019', 'thành phố', 'tập thể', '3'],
      [['row-value-not-allowed', 'Cấp', { allowed: 'trung ương, tỉnh, huyện, xã/cơ sở' }]],
    ],
    [
      'neither money nor workdays',
      'contributions',
      MONEY,
      ['A', 'B', '2019', '', ''],
      [['row-one-of-required', 'Số tiền (triệu đồng), Ngày công']],
    ],
    [
      'a flag neither yes nor no',
      'criteria',
      [...CRITERIA, 'Tiêu chí 1'],
      ['A', '2019', '5', '19', 'có lẽ'],
      [['row-value-not-allowed', 'Tiêu chí 1', { allowed: [...FLAG_WORDS.yes, ...FLAG_WORDS.no].join(', ') }]],
    ],
    [
      'a row longer than the header',
      'pledges',
      PLEDGES,
      ['A', '2019', '5', 'thừa'],
      [['row-field-count', null, { found: 4, expected: 3 }]],
    ],
    ['a row shorter than the header', 'pledges', PLEDGES, ['A', '2019'], [['row-field-count', null, { found: 2, expected: 3 }]]],
    [
      'two bad cells: both named',
      'pledges',
      PLEDGES,
      ['', 'năm ngoái', '5'],
      [
        ['row-empty-required', 'Đơn vị'],
        ['row-year-invalid', 'Năm'],
      ],
    ],
  ] as [string, Kind, string[], string[], Want[]][])('%s', (_, kind, header, row, want) => {
    const { records, problems, excluded } = validate(kind, header, [row]);
    expect(records).toEqual([]);
    expect(problems.map((p) => [p.code, p.column, ...(p.params ? [p.params] : [])])).toEqual(
      want.map(([code, column, params]) => [code, column, ...(params ? [params] : [])]),
    );
    expect(problems.every((p) => p.line === 2)).toBe(true);
    expect(excluded).toEqual([{ line: 2, cells: row }]);
  });

  it('gives a bad cell as written, and the row as written for the download', () => {
    const { problems, excluded } = validate('pledges', PLEDGES, [['  Chi bộ A ', '2019', ' nhiều ']]);
    expect(problems).toEqual([{ code: 'row-not-number', line: 2, column: 'Số lượt cam kết', value: ' nhiều ' }]);
    expect(excluded).toEqual([{ line: 2, cells: ['  Chi bộ A ', '2019', ' nhiều '] }]);
  });

  it('names both rows of a repeated key and keeps neither', () => {
    const { records, problems } = validate('pledges', PLEDGES, [
      ['A', '2019', '5'],
      ['B', '2019', '6'],
      ['A', '2019', '7'],
    ]);
    expect(records.map((r) => r.unit)).toEqual(['B']);
    expect(problems.map((p) => [p.code, p.line, p.lines])).toEqual([
      ['row-duplicate-key', 2, [2, 4]],
      ['row-duplicate-key', 4, [2, 4]],
    ]);
  });
});

describe('RowValidator reads a good row into a record', () => {
  it.each([
    ['a plain row', 'pledges', PLEDGES, ['Chi bộ A', '2019', '45'], { unit: 'Chi bộ A', year: 2019, pledges: 45 }],
    [
      'text cleaned (NFC, spaces)',
      'pledges',
      PLEDGES,
      ['  Chi  bộ A'.normalize('NFD'), '2019', '45'],
      { unit: 'Chi bộ A', year: 2019, pledges: 45 },
    ],
    ['a period', 'pledges', PLEDGES, ['A', '2016-2020', '5'], { year: '2016-2020' }],
    ['a period with an en dash', 'pledges', PLEDGES, ['A', '2016–2020', '5'], { year: '2016-2020' }],
    ['a thousands dot in a count', 'pledges', PLEDGES, ['A', '2019', '15.486'], { pledges: 15486 }],
    ['hơn: more than', 'pledges', PLEDGES, ['A', '2019', 'hơn 57'], { pledges: 57, pledges_qualifier: 'gt' }],
    ['khoảng: about', 'pledges', PLEDGES, ['A', '2019', 'khoảng 20'], { pledges: 20, pledges_qualifier: 'approx' }],
    ['gần: nearly, written as about', 'pledges', PLEDGES, ['A', '2019', 'gần 1.000'], { pledges: 1000, pledges_qualifier: 'approx' }],
    ['từ … trở lên: at least', 'pledges', PLEDGES, ['A', '2019', 'từ 30 trở lên'], { pledges: 30, pledges_qualifier: 'gte' }],
    ['dưới: less than', 'pledges', PLEDGES, ['A', '2019', 'dưới 10'], { pledges: 10, pledges_qualifier: 'lt' }],
    ['a decimal comma', 'contributions', MONEY, ['A', 'B', '2019', '12,5', ''], { money_million_vnd: 12.5 }],
    ['money in tỷ, in the cell', 'contributions', MONEY, ['A', 'B', '2019', '2,3 tỷ', ''], { money_million_vnd: 2300 }],
    [
      'money in triệu, in the cell',
      'contributions',
      MONEY,
      ['A', 'B', '2019', 'hơn 57 triệu', ''],
      { money_million_vnd: 57, money_million_vnd_qualifier: 'gt' },
    ],
    [
      'money in tỷ, in the header',
      'contributions',
      ['Đơn vị', 'Xã được hỗ trợ', 'Năm', 'Số tiền (tỷ đồng)'],
      ['A', 'B', '2019', '2'],
      { money_million_vnd: 2000 },
    ],
    ['workdays with their unit', 'contributions', MONEY, ['A', 'B', '2019', '', '103 ngày công'], { workdays: 103 }],
    [
      'an indicator in its own unit',
      'indicators',
      INDICATORS,
      ['A', '2019', 'Đường bê tông', 'hơn 2 km', 'km'],
      { value: 2, value_qualifier: 'gt', uom: 'km' },
    ],
    ['a negative indicator', 'indicators', INDICATORS, ['A', '2019', 'Hộ nghèo giảm', '-1,5', '%'], { value: -1.5 }],
    ['criteria total by default', 'criteria', CRITERIA.slice(0, 3), ['A', '2019', '16'], { criteria_met: 16, criteria_total: 19 }],
    [
      'an award level by its folded spelling',
      'awards',
      AWARDS,
      ['2019', 'Trung Ương', 'cá nhân', '1'],
      { level: 'trung ương', recipient_type: 'cá nhân', count: 1 },
    ],
    ['trailing empty cells past the header', 'pledges', PLEDGES, ['A', '2019', '5', '', ' '], { unit: 'A', pledges: 5 }],
  ] as [string, Kind, string[], string[], Record<string, unknown>][])('%s', (_, kind, header, row, want) => {
    const { records, problems } = validate(kind, header, [row]);
    expect(problems).toEqual([]);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ ...want, line: 2 });
  });

  it('reads English numbers in a file that writes them so', () => {
    const { records } = validate('contributions', MONEY, [['A', 'B', '2019', '1,250.5', '']], 'en');
    expect(records[0]).toMatchObject({ money_million_vnd: 1250.5 });
  });

  it.each([
    ...FLAG_WORDS.yes.map((w) => [w, 1] as const),
    ...FLAG_WORDS.no.map((w) => [w, 0] as const),
    ['ĐẠT', 1],
    ['X', 1],
    ['Chưa Đạt', 0],
  ] as [string, number][])('reads the flag %j as %s', (cell, want) => {
    const { records } = validate('criteria', [...CRITERIA, 'Tiêu chí 1', 'TC2'], [['A', '2019', '5', '19', cell, '']]);
    expect(records[0]!.tc01).toBe(want);
    expect(records[0]).not.toHaveProperty('tc02'); // empty: not recorded
  });
});

describe('RowValidator skips rows that are not data, and says so', () => {
  it.each([
    ['a total row', ['Tổng cộng', '', '120'], 'total-row-skipped', { value: 'Tổng cộng' }],
    ['a total row with a colon', ['Tổng:', '', '120'], 'total-row-skipped', { value: 'Tổng:' }],
    ['a blank row', ['', ' ', ''], 'blank-rows-skipped', { count: 1 }],
  ] as [string, string[], string, Params][])('%s', (_, row, code, params) => {
    const { records, problems, notices } = validate('pledges', PLEDGES, [['A', '2019', '5'], row, ['B', '2019', '6']]);
    expect(records.map((r) => r.unit)).toEqual(['A', 'B']);
    expect(problems).toEqual([]);
    expect(notices).toEqual([{ code, line: 3, params }]);
  });

  it('drops blank lines at the very end, where a final line break leaves one', () => {
    const spec = kindSpec('pledges');
    const validator = new RowValidator({ spec, match: matchHeader(PLEDGES, spec), header: PLEDGES, format: 'vi', delimiter: ';' });
    validator.row(['A', '2019', '5'], 2);
    validator.row([''], 3);
    validator.trimTrailingBlank(3);
    validator.finish();
    expect(validator.notices).toEqual([]);
  });
});

describe('RowValidator names the first kept text written with its diacritics apart (NFD), once', () => {
  const nfd = (s: string) => s.normalize('NFD');
  it.each([
    [
      'an NFD unit',
      [
        ['A', '2019', '5'],
        [nfd('Bộc Bố'), '2019', '6'],
        [nfd('Cổ Linh'), '2019', '7'],
      ],
      { line: 3, column: 'Đơn vị', value: 'Bộc Bố' },
    ],
    ['an NFD extra column', [['A', '2019', '5', nfd('Bí thư')]], { line: 2, column: 'Người ký', value: 'Bí thư' }],
    [
      'NFD only in a row excluded',
      [
        [nfd('Bộc Bố'), '2019', 'nhiều'],
        ['A', '2019', '5'],
      ],
      null,
    ],
    ['NFC text only', [['Bộc Bố', '2019', '5', 'Bí thư']], null],
    ['a mark with no letter to join (already NFC)', [['A\u0301\u0301x'.normalize('NFC'), '2019', '5']], null],
  ] as [string, string[][], Params | null][])('%s', (_, rows, want) => {
    const { notices } = validate(
      'pledges',
      [...PLEDGES, 'Người ký'],
      rows.map((r) => (r.length === 3 ? [...r, ''] : r)),
    );
    const nfc = notices.filter((n) => n.code === 'nfc-normalised');
    expect(nfc).toEqual(want ? [{ code: 'nfc-normalised', line: want.line, params: { column: want.column, value: want.value } }] : []);
  });

  it('carries it from a part of the file read on its own, unless the file named one before', () => {
    const spec = kindSpec('pledges');
    const reader = (part: boolean) =>
      new RowValidator({ spec, match: matchHeader(PLEDGES, spec), header: PLEDGES, format: 'vi', delimiter: ';', part });
    const read = (before: string, inPart: string) => {
      const whole = reader(false);
      whole.row([before, '2019', '5'], 2);
      const part = reader(true);
      part.row([inPart, '2019', '6'], 1);
      whole.absorb(part.partResult(), 2);
      whole.finish();
      return whole.notices.filter((n) => n.code === 'nfc-normalised').map((n) => [n.line, n.params?.value]);
    };
    expect(read('A', nfd('Bộc Bố'))).toEqual([[3, 'Bộc Bố']]);
    expect(read(nfd('Cổ Linh'), nfd('Bộc Bố'))).toEqual([[2, 'Cổ Linh']]);
    expect(read('A', 'B')).toEqual([]);
  });

  it('says so in both languages', () => {
    const notice = { code: 'nfc-normalised' as const, params: { column: 'Xã', value: 'Bộc Bố' } };
    expect(noticeMessage(notice, 'vi')).toContain('ví dụ "Bộc Bố" ở cột "Xã"');
    expect(noticeMessage(notice, 'en')).toContain('e.g. "Bộc Bố" in column "Xã"');
  });
});
