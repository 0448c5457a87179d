/**
 * The exported chart's frame: lines wrapped to the width, the blocks in order, the PNG scale
 * kept within the browsers' canvas limits, and file names without diacritics.
 */
import { describe, expect, it } from 'vitest';
import { CANVAS_LIMIT, estimateWidth, exportFileName, FRAME, layoutFrame, pngScale, slugify, wrapText } from './chart-frame.ts';

// A measure where every letter is 10 px wide, whatever the size: easy widths to reason about.
const tenPx = (text: string) => [...text].length * 10;

describe('wrapText', () => {
  it('fills each line with whole words up to the width', () => {
    expect(wrapText('một hai ba bốn năm', 70, 12, 400, tenPx)).toEqual(['một hai', 'ba bốn', 'năm']);
  });

  it('keeps line breaks of the text and drops blank runs', () => {
    expect(wrapText('Nguồn: A\nB   C', 1000, 12, 400, tenPx)).toEqual(['Nguồn: A', 'B C']);
  });

  it('cuts a word longer than a line at letters', () => {
    const lines = wrapText('abcdefghijkl', 50, 12, 400, tenPx);
    expect(lines).toEqual(['abcde', 'fghij', 'kl']);
    for (const l of lines) expect(tenPx(l)).toBeLessThanOrEqual(50);
  });
});

describe('layoutFrame', () => {
  const base = { title: 'Tiêu chí nông thôn mới', subtitle: 'Năm 2018', source: 'Nguồn: Báo cáo', date: 'ngày 4 tháng 12 năm 2026' };

  it('puts title, subtitle, chart, source and date top to bottom, inside the frame', () => {
    const f = layoutFrame({ ...base, chartWidth: 600, chartHeight: 300 });
    expect(f.width).toBe(600 + 2 * FRAME.pad);
    expect(f.texts.map((t) => t.role)).toEqual(['title', 'subtitle', 'source', 'date']);
    const [title, subtitle, source, date] = f.texts;
    expect(title!.y).toBeLessThan(subtitle!.y);
    expect(subtitle!.y).toBeLessThan(f.chartY);
    expect(source!.y - source!.size).toBeGreaterThan(f.chartY + 300);
    expect(date!.y).toBeGreaterThan(source!.y);
    expect(f.height).toBeGreaterThan(date!.y);
    expect(title!.weight).toBe(600);
    for (const t of f.texts) expect(t.x).toBe(FRAME.pad);
  });

  it('wraps a long title to the chart width, and the chart moves down by the lines added', () => {
    const short = layoutFrame({ ...base, chartWidth: 300, chartHeight: 100 });
    const long = layoutFrame({
      ...base,
      title: 'Tiêu chí nông thôn mới đạt được theo xã của huyện trong năm báo cáo',
      chartWidth: 300,
      chartHeight: 100,
    });
    const titles = long.texts.filter((t) => t.role === 'title');
    expect(titles.length).toBeGreaterThan(1);
    for (const t of titles) expect(estimateWidth(t.text, t.size, t.weight)).toBeLessThanOrEqual(long.width - 2 * FRAME.pad);
    expect(long.chartY - short.chartY).toBe((titles.length - 1) * FRAME.title.lead);
  });

  it('puts the notes between the chart and the source, each wrapped', () => {
    const notes = ['Chưa có số liệu năm 2018: An Thắng, Bằng Thành, Cao Tân, Cổ Linh, Công Bằng.', ' ', '18 xã khác không hiện.'];
    const f = layoutFrame({ ...base, notes, chartWidth: 300, chartHeight: 100 });
    const roles = f.texts.map((t) => t.role);
    expect(roles.slice(0, 2)).toEqual(['title', 'subtitle']);
    expect(roles.filter((r) => r === 'note').length).toBeGreaterThan(2);
    expect(roles.slice(-2)).toEqual(['source', 'date']);
    const firstNote = f.texts.find((t) => t.role === 'note')!;
    expect(firstNote.y - firstNote.size).toBeGreaterThan(f.chartY + 100);
    expect(
      f.texts
        .filter((t) => t.role === 'note')
        .map((t) => t.text)
        .join(' '),
    ).toBe(`${notes[0]} ${notes[2]}`);
  });

  it('leaves out a missing source and a blank subtitle, never the date', () => {
    const f = layoutFrame({ ...base, subtitle: ' ', source: null, chartWidth: 100, chartHeight: 50 });
    expect(f.texts.map((t) => t.role)).toEqual(['title', 'date']);
    expect(f.width).toBe(FRAME.minWidth);
  });
});

describe('pngScale', () => {
  it('keeps the scale asked for a chart of ordinary size', () => {
    expect(pngScale(1200, 800, 3)).toBe(3);
    expect(pngScale(600, 400, 2)).toBe(2);
  });

  it('lowers it for a drawing whose canvas would pass the browsers’ limits, and never passes them', () => {
    for (const [w, h] of [
      [1300, 30_000],
      [2000, 2000],
      [20_000, 300],
    ]) {
      const s = pngScale(w!, h!, 3);
      expect(s).toBeLessThan(3);
      expect(Math.round(w! * s) * Math.round(h! * s)).toBeLessThanOrEqual(CANVAS_LIMIT.area);
      expect(Math.max(Math.round(w! * s), Math.round(h! * s))).toBeLessThanOrEqual(CANVAS_LIMIT.side);
    }
  });
});

describe('file names', () => {
  it('slugify drops diacritics, đ included, and joins the words', () => {
    expect(slugify('Tiêu chí nông thôn mới đạt được theo xã')).toBe('tieu-chi-nong-thon-moi-dat-duoc-theo-xa');
    expect(slugify('ĐẢNG BỘ Ẩn — Ỹ ữ')).toBe('dang-bo-an-y-u');
    expect(slugify('<img src=x onerror=alert(1)>')).toBe('img-src-x-onerror-alert-1');
  });

  it('exportFileName adds the date and the extension; a title with no letter gives "chart"', () => {
    expect(exportFileName('Tiêu chí nông thôn mới', new Date(2018, 2, 5), 'png')).toBe('tieu-chi-nong-thon-moi-2018-03-05.png');
    expect(exportFileName('—', new Date(2026, 11, 4), 'svg')).toBe('chart-2026-12-04.svg');
    expect(exportFileName('a'.repeat(200), new Date(2026, 11, 4), 'svg')).toMatch(/^a{80}-2026-12-04\.svg$/);
  });
});
