import { describe, expect, it } from 'vitest';
import { cssString, printHead } from './print-head.ts';

const date = new Date(2026, 11, 4);

describe('printHead', () => {
  it('says the area, the year or period, the units and the date in words on a page of figures', () => {
    const head = printHead({
      view: 'Nông thôn mới',
      place: 'Huyện Pác Nặm, tỉnh Bắc Kạn',
      filters: { period: { start: 2016, end: 2021 }, units: ['Xã Bộc Bố', 'Xã Nhạn Môn'] },
      table: false,
      date,
      lang: 'vi',
    });
    expect(head.lines).toEqual([
      'Địa bàn: Huyện Pác Nặm, tỉnh Bắc Kạn',
      'Năm hoặc giai đoạn: 2016–2021',
      'Đơn vị chọn: Xã Bộc Bố, Xã Nhạn Môn',
      'In ngày 04 tháng 12 năm 2026',
    ]);
    expect(head.marginHead).toBe('"Nông thôn mới — Huyện Pác Nặm, tỉnh Bắc Kạn"');
    expect(head.marginDate).toBe('"ngày 04 tháng 12 năm 2026"');
  });

  it('says the latest year when none is asked for, the table note on the table view, nothing of filters elsewhere', () => {
    const figures = printHead({ view: 'Overview', place: null, filters: { period: null, units: [] }, table: false, date, lang: 'en' });
    expect(figures.lines).toEqual(['Year or period: the latest with figures', 'Printed 4 December 2026']);
    const table = printHead({ view: 'Tables', place: 'X', filters: null, table: true, date, lang: 'en' });
    expect(table.lines[1]).toMatch(/only the rows shown/);
    expect(table.lines).toHaveLength(3);
  });
});

describe('cssString', () => {
  it('keeps names written as markup or CSS as text inside one string', () => {
    expect(cssString('Xã <img src=x onerror=alert(1)>')).toBe('"Xã <img src=x onerror=alert(1)>"');
    expect(cssString('a"; } body { display: none } "')).toBe('"a\\"; } body { display: none } \\""');
    expect(cssString('back\\slash\nnew line')).toBe('"back\\\\slash\\A new line"');
  });
});
