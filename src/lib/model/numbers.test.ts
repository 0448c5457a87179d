import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { numberEvidence, parseViNumber, parseYear, type NumberSpec } from './numbers.ts';
import { kindSpec } from './schema.ts';

const spec = (kind: Parameters<typeof kindSpec>[0], field: string): NumberSpec =>
  kindSpec(kind).fields.find((f) => f.name === field)!.number!;
const money = spec('contributions', 'money_million_vnd');
const workdays = spec('contributions', 'workdays');
const pledges = spec('pledges', 'pledges');
const value = spec('indicators', 'value');

describe('parseViNumber reads Vietnamese numbers, units and qualifiers', () => {
  it.each([
    ['15.486', pledges, 15486, null],
    ['1.203', pledges, 1203, null],
    ['1.250,5', money, 1250.5, null],
    ['57 triệu', money, 57, null],
    ['57 tr.đ', money, 57, null],
    ['1.250,5 triệu đồng', money, 1250.5, null],
    ['2,3408 tỷ', money, 2340.8, null],
    ['hơn 57', money, 57, 'gt'],
    ['trên 57', money, 57, 'gt'],
    ['>57', money, 57, 'gt'],
    ['hơn 34 triệu', money, 34, 'gt'],
    ['gần 1.000', workdays, 1000, 'nearly'],
    ['khoảng 20', workdays, 20, 'approx'],
    ['~ 20', workdays, 20, 'approx'],
    ['≈20', workdays, 20, 'approx'],
    ['103 ngày công', workdays, 103, null],
    ['45 ngày', workdays, 45, null],
    ['1.500 công', workdays, 1500, null],
    ['≥ 3', value, 3, 'gte'],
    ['từ 3 trở lên', value, 3, 'gte'],
    ['dưới 5', value, 5, 'lt'],
    ['<5', value, 5, 'lt'],
    ['100 %', value, 100, null],
    ['-2,5', value, -2.5, null],
  ] as const)('%s → %d', (raw, s, expected, qualifier) => {
    const r = parseViNumber(raw, 'vi', s);
    expect(r).toMatchObject({ ok: true, value: expected, qualifier });
  });

  it.each([
    ['abc', money, 'not-number'],
    ['57 quả', money, 'not-number'],
    ['1,5', pledges, 'fraction'],
    ['-3', pledges, 'negative'],
    ['1250.5', money, 'format'],
    ['hơn', money, 'not-number'],
  ] as const)('%s is refused (%s)', (raw, s, reason) => {
    expect(parseViNumber(raw, 'vi', s)).toEqual({ ok: false, reason });
  });

  it('reads English-format files the English way, but a count still never holds a fraction', () => {
    expect(parseViNumber('1,250.5', 'en', money)).toMatchObject({ ok: true, value: 1250.5 });
    expect(parseViNumber('1250.5', 'en', money)).toMatchObject({ ok: true, value: 1250.5 });
    expect(parseViNumber('1.203', 'en', pledges)).toMatchObject({ ok: true, value: 1203 });
  });

  it('round-trips any integer written with Vietnamese thousands dots', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999_999 }), (n) => {
        const written = new Intl.NumberFormat('vi-VN').format(n);
        const r = parseViNumber(written, 'vi', pledges);
        return r.ok && r.value === n;
      }),
    );
  });

  it('round-trips any decimal written the Vietnamese way', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999 }), fc.integer({ min: 1, max: 3 }), (cents, digits) => {
        const n = cents / 10 ** digits;
        const written = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: digits }).format(n);
        const r = parseViNumber(written, 'vi', money);
        return r.ok && r.value === Number(n.toFixed(digits));
      }),
    );
  });

  it('keeps the qualifier whatever number follows it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(['hơn', 'gt'], ['gần', 'nearly'], ['khoảng', 'approx'], ['dưới', 'lt']),
        fc.integer({ min: 0, max: 1_000_000 }),
        ([word, q], n) => {
          const r = parseViNumber(`${word} ${new Intl.NumberFormat('vi-VN').format(n)}`, 'vi', money);
          return r.ok && r.value === n && r.qualifier === q;
        },
      ),
    );
  });

  it('never throws on any string', () => {
    fc.assert(fc.property(fc.string(), (s) => typeof parseViNumber(s, 'vi', money).ok === 'boolean'));
  });
});

describe('numberEvidence tells which format a cell shows', () => {
  it.each([
    ['1.250,5', 'vi'],
    ['1,5', 'vi'],
    ['2,3408', 'vi'],
    ['1.234.567', 'vi'],
    ['1,250.5', 'en'],
    ['1250.5', 'en'],
    ['1,234,567', 'en'],
    ['15.486', null],
    ['1,250', null],
    ['57', null],
    ['hơn 57', null],
  ] as const)('%s → %s', (raw, expected) => {
    expect(numberEvidence(raw)).toBe(expected);
  });
});

describe('parseYear reads years and periods', () => {
  it.each([
    ['2018', { ok: true, start: 2018, end: 2018 }],
    ['2016-2020', { ok: true, start: 2016, end: 2020 }],
    ['2016–2020', { ok: true, start: 2016, end: 2020 }],
    ['2016 - 2021', { ok: true, start: 2016, end: 2021 }],
    ['năm 2018', { ok: true, start: 2018, end: 2018 }],
    ['giai đoạn 2016-2020', { ok: true, start: 2016, end: 2020 }],
    ['1989', { ok: false, reason: 'range' }],
    ['2101', { ok: false, reason: 'range' }],
    ['2020-2016', { ok: false, reason: 'invalid' }],
    ['18', { ok: false, reason: 'invalid' }],
    ['2018,5', { ok: false, reason: 'invalid' }],
  ] as const)('%s', (raw, expected) => {
    expect(parseYear(raw)).toEqual(expected);
  });
});

describe('a unit named in the header scales the column', () => {
  it('reads "Số tiền (tỷ đồng)" cells as thousands of millions, unless the cell names its own unit', () => {
    const money = kindSpec('contributions').fields.find((f) => f.name === 'money_million_vnd')!.number!;
    expect(parseViNumber('2,5', 'vi', money, 3)).toMatchObject({ ok: true, value: 2500 });
    expect(parseViNumber('57 triệu', 'vi', money, 3)).toMatchObject({ ok: true, value: 57 });
    // Plain digits too, and a number with a thousands dot.
    expect(parseViNumber('2', 'vi', money, 3)).toMatchObject({ ok: true, value: 2000 });
    expect(parseViNumber('1.250', 'vi', money, 3)).toMatchObject({ ok: true, value: 1_250_000, thousandsDot: true });
  });
});

describe('the short cuts for plain cells read as the general path does', () => {
  // A leading space is trimmed by the general path, and keeps a cell off the short cuts.
  const money = kindSpec('contributions').fields.find((f) => f.name === 'money_million_vnd')!.number!;
  const workdays = kindSpec('contributions').fields.find((f) => f.name === 'workdays')!.number!;
  it('for any cell of digits, dots and commas, in both formats, with or without a unit in the header', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('0', '1', '2', '5', '9', '.', ','), { minLength: 1, maxLength: 12 }).map((a) => a.join('')),
        fc.constantFrom('vi', 'en') as fc.Arbitrary<'vi' | 'en'>,
        fc.constantFrom(money, workdays),
        fc.constantFrom(0, 3),
        (cell, format, spec, scale) => {
          expect(parseViNumber(cell, format, spec, scale)).toEqual(parseViNumber(` ${cell}`, format, spec, scale));
        },
      ),
      { numRuns: 20000 },
    );
  });
});
