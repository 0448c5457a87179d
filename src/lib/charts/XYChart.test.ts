// @vitest-environment jsdom
import '../../../test/fixtures/dom.ts';
import { fireEvent, render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import XYBarsFixture from '../../../test/fixtures/components/XYBarsFixture.svelte';
import XYCellsFixture from '../../../test/fixtures/components/XYCellsFixture.svelte';
import XYDumbbellFixture from '../../../test/fixtures/components/XYDumbbellFixture.svelte';
import XYLineFixture from '../../../test/fixtures/components/XYLineFixture.svelte';
import XYMultiplesFixture from '../../../test/fixtures/components/XYMultiplesFixture.svelte';
import XYStackFixture from '../../../test/fixtures/components/XYStackFixture.svelte';
import type { BandDatum, CellDatum, LineSeries, RangeDatum, SeriesDatum } from './data.ts';
import { XY_MARGIN, xyFrame, type Margin, type XYHeight } from './layout.ts';
import { center, position, xyScales, type ScaleSpec } from './scales.ts';

const num = (el: Element | null | undefined, attr: string) => Number(el?.getAttribute(attr));

/** The scales the chart builds at the fallback width (jsdom measures 0), for expected values. */
function scalesOf(x: ScaleSpec, y: ScaleSpec, height: XYHeight = 260, margin: Partial<Margin> = {}) {
  const bands = y.type === 'linear' ? 1 : y.domain.length;
  return xyScales(x, y, xyFrame(640, height, bands, { ...XY_MARGIN, ...margin }));
}

const bars: BandDatum[] = [
  { key: '2019', band: '2019', value: 12, valueText: '12', description: 'Năm 2019: 12 xã' },
  { key: '2020', band: '2020', value: 15, valueText: '15', description: 'Năm 2020: 15 xã' },
  { key: '2021', band: '2021', value: 0, valueText: '0', description: 'Năm 2021: không xã nào' },
];

describe('XYChart with Bars', () => {
  it('is labelled by its heading, and draws one focusable bar per datum, described in words', () => {
    const { container, getAllByRole } = render(XYBarsFixture, { bars, max: 20 });
    expect(container.querySelector('svg')?.getAttribute('aria-labelledby')).toBe('xy-title');
    const items = getAllByRole('listitem');
    expect(items.map((b) => [b.getAttribute('data-year'), b.getAttribute('tabindex'), b.getAttribute('aria-label')])).toEqual([
      ['2019', '0', 'Năm 2019: 12 xã'],
      ['2020', '0', 'Năm 2020: 15 xã'],
      ['2021', '0', 'Năm 2021: không xã nào'],
    ]);
  });

  it('stands vertical bars on the band scale, from 0 up to their value', () => {
    const { container } = render(XYBarsFixture, { bars, max: 20 });
    const { x, y } = scalesOf({ type: 'band', domain: ['2019', '2020', '2021'] }, { type: 'linear', domain: [0, 20] });
    const rects = [...container.querySelectorAll('.bar rect')];
    expect(rects).toHaveLength(3);
    rects.forEach((rect, i) => {
      const d = bars[i]!;
      expect(num(rect, 'x')).toBeCloseTo(position(x, d.band));
      expect(num(rect, 'width')).toBeCloseTo(x.type === 'band' ? x.scale.bandwidth() : NaN);
      expect(num(rect, 'y')).toBeCloseTo(position(y, d.value));
      expect(num(rect, 'y') + num(rect, 'height')).toBeCloseTo(position(y, 0));
    });
    // 208 px of plot for 0–20: 15 rises 156 px.
    expect(num(rects[1], 'height')).toBeCloseTo(156);
    expect(container.querySelector('.bar text')?.textContent).toBe('12');
  });

  it('lays bars along x when the band axis is y', () => {
    const { container } = render(XYBarsFixture, { bars, max: 20, horizontal: true });
    const { x, y } = scalesOf({ type: 'linear', domain: [0, 20] }, { type: 'band', domain: ['2019', '2020', '2021'] }, { step: 40 });
    const rect = container.querySelectorAll('.bar rect')[1];
    expect(num(rect, 'x')).toBe(0);
    expect(num(rect, 'width')).toBeCloseTo(position(x, 15));
    expect(num(rect, 'y')).toBeCloseTo(position(y, '2020'));
    expect(num(container.querySelector('svg'), 'height')).toBe(3 * 40 + 20 + 32);
  });

  it('writes the axes with the format given, hidden from screen readers, and the reference line with its label', () => {
    const { container, getByText } = render(XYBarsFixture, { bars, max: 20 });
    expect([...container.querySelectorAll('.axis-left text')].map((t) => t.textContent)).toEqual(['0', '5', '10', '15', '20']);
    expect([...container.querySelectorAll('.axis-bottom text')].map((t) => t.textContent)).toEqual(['2019', '2020', '2021']);
    expect(container.querySelector('.axis-left')?.getAttribute('aria-hidden')).toBe('true');
    expect(container.querySelectorAll('.axis-left line.grid')).toHaveLength(5);
    expect(num(container.querySelector('.rule-y line'), 'y1')).toBe(0);
    expect(getByText('Max')).toBeTruthy();
  });

  it('opens the tooltip on focus and on hover, and closes it on Escape and on blur', async () => {
    const { container, getAllByRole } = render(XYBarsFixture, { bars, max: 20 });
    const [bar, second] = getAllByRole('listitem');
    await fireEvent.focus(bar!);
    expect(container.querySelector('.tooltip')?.textContent?.trim()).toBe('Năm 2019: 12 xã');
    expect(container.querySelector('.tooltip')?.getAttribute('aria-hidden')).toBe('true');
    await fireEvent.keyDown(bar!, { key: 'Escape' });
    expect(container.querySelector('.tooltip')).toBeNull();
    await fireEvent.pointerEnter(second!);
    expect(container.querySelector('.tooltip')?.textContent?.trim()).toBe('Năm 2020: 15 xã');
    await fireEvent.pointerLeave(second!);
    expect(container.querySelector('.tooltip')).toBeNull();
    await fireEvent.focus(bar!);
    await fireEvent.blur(bar!);
    expect(container.querySelector('.tooltip')).toBeNull();
  });
});

const point = (commune: string, year: number, met: number | null) => ({
  key: `${commune}-${year}`,
  x: year,
  y: met,
  valueText: met === null ? '' : `${met}/19`,
  description: met === null ? `${commune}, ${year}: chưa có số liệu` : `${commune}, ${year}: đạt ${met} trên 19 tiêu chí`,
});
const years = [2018, 2019, 2020, 2021];
const lines: LineSeries[] = [
  {
    key: 'boc-bo',
    label: 'Bộc Bố',
    points: [point('Bộc Bố', 2018, 10), point('Bộc Bố', 2019, 13), point('Bộc Bố', 2020, 16), point('Bộc Bố', 2021, 19)],
  },
  {
    key: 'giao-hieu',
    label: 'Giáo Hiệu',
    points: [point('Giáo Hiệu', 2018, 8), point('Giáo Hiệu', 2019, null), point('Giáo Hiệu', 2020, 11), point('Giáo Hiệu', 2021, 14)],
  },
];

/** The points a path's commands end at. */
const ends = (d: string) => [...d.matchAll(/[MLC]([^MLC]+)/g)].map(([, args]) => args!.split(/[ ,]/).filter(Boolean).map(Number).slice(-2));

describe('Line', () => {
  const { x, y } = scalesOf({ type: 'point', domain: years }, { type: 'linear', domain: [0, 19] });

  it('draws one path per series through its points, broken where a value is missing', () => {
    const { container } = render(XYLineFixture, { series: lines, years, max: 19 });
    const paths = [...container.querySelectorAll('path.line')];
    expect(paths).toHaveLength(2);
    const expected = lines[0]!.points.map((p) => [center(x, p.x), center(y, p.y!)]);
    ends(paths[0]!.getAttribute('d')!).forEach(([px, py], i) => {
      expect(px).toBeCloseTo(expected[i]![0]!, 1);
      expect(py).toBeCloseTo(expected[i]![1]!, 1);
    });
    expect(paths[1]!.getAttribute('d')!.match(/M/g)).toHaveLength(2);
  });

  it('still passes through every point when monotone', () => {
    const { container } = render(XYLineFixture, { series: lines, years, max: 19, curve: 'monotone' });
    const d = container.querySelector('path.line')!.getAttribute('d')!;
    expect(d).toContain('C');
    expect(ends(d).map(([px]) => Math.round(px!))).toEqual(years.map((yr) => Math.round(center(x, yr))));
  });

  it('tells the series apart by dash and marker shape, not colour alone, and names them', () => {
    const { container, getByText } = render(XYLineFixture, { series: lines, years, max: 19 });
    const [a, b] = [...container.querySelectorAll('path.line')].map((p) => p.getAttribute('stroke-dasharray'));
    expect(a).toBe('none');
    expect(b).not.toBe('none');
    const shape = (series: string) => container.querySelector(`[data-series="${series}"] .point path`)?.getAttribute('d');
    expect(shape('boc-bo')).not.toBe(shape('giao-hieu'));
    expect(container.querySelectorAll('.legend li')).toHaveLength(2);
    expect(container.querySelectorAll('.legend line')[1]?.getAttribute('stroke-dasharray')).toBe(b);
    expect(container.querySelectorAll('text.end')).toHaveLength(2);
    expect(getByText('Giáo Hiệu', { selector: 'li' })).toBeTruthy();
  });

  it('makes each point with a value a focusable item of its series list', () => {
    const { getAllByRole } = render(XYLineFixture, { series: lines, years, max: 19 });
    const lists = getAllByRole('list').filter((l) => l.tagName === 'g');
    expect(lists.map((l) => l.getAttribute('aria-label'))).toEqual(['Bộc Bố', 'Giáo Hiệu']);
    const items = getAllByRole('listitem').filter((l) => l.tagName === 'g');
    expect(items).toHaveLength(7);
    expect(items[4]?.getAttribute('aria-label')).toBe('Giáo Hiệu, 2018: đạt 8 trên 19 tiêu chí');
  });

  it('writes labels at the points, hidden from screen readers', () => {
    const { container } = render(XYLineFixture, { series: lines, years, max: 19 });
    const labels = [...container.querySelectorAll('.labels text')];
    expect(labels.map((t) => t.textContent)).toEqual(['10/19', '13/19', '16/19', '19/19']);
    expect(num(labels[0], 'x')).toBeCloseTo(center(x, 2018));
    expect(num(labels[0], 'y')).toBeCloseTo(center(y, 10) - 10);
    expect(container.querySelector('.labels')?.getAttribute('aria-hidden')).toBe('true');
  });
});

describe('Dots', () => {
  it('puts a dot at each point with a value, in its series shape, each focusable', () => {
    const { container, getAllByRole } = render(XYLineFixture, { series: lines, years, max: 19, dots: true });
    const { x, y } = scalesOf({ type: 'point', domain: years }, { type: 'linear', domain: [0, 19] });
    const dots = [...container.querySelectorAll('.dot')];
    expect(dots).toHaveLength(7);
    const [tx, ty] = dots[1]!
      .getAttribute('transform')!
      .match(/[\d.]+/g)!
      .map(Number);
    expect(tx).toBeCloseTo(center(x, 2019), 1);
    expect(ty).toBeCloseTo(center(y, 13), 1);
    expect(dots[0]!.querySelector('path')?.getAttribute('d')).not.toBe(dots[4]!.querySelector('path')?.getAttribute('d'));
    expect(getAllByRole('listitem').filter((l) => l.tagName === 'g')).toHaveLength(7);
  });
});

const seg = (band: string, series: string, value: number): SeriesDatum => ({
  key: `${band}-${series}`,
  band,
  series,
  value,
  valueText: String(value),
  description: `${band}, ${series}: ${value}`,
});
const stacked = [
  seg('2020', 'tien', 5),
  seg('2020', 'cong', 3),
  seg('2021', 'tien', 2),
  seg('2021', 'cong', 7),
  seg('2021', 'hien-vat', 1),
];
const series = ['tien', 'cong', 'hien-vat'];

describe('Stack and GroupedBars', () => {
  it('piles the segments of a band so that they add up to its total', () => {
    const { container } = render(XYStackFixture, { data: stacked, series });
    const { y } = scalesOf({ type: 'band', domain: ['2020', '2021'] }, { type: 'linear', domain: [0, 10] });
    const heights = (band: string) => [...container.querySelectorAll(`[data-key^="${band}-"] rect`)].map((r) => num(r, 'height'));
    const total = (band: string) => heights(band).reduce((a, b) => a + b, 0);
    expect(total('2020')).toBeCloseTo(position(y, 0) - position(y, 8));
    expect(total('2021')).toBeCloseTo(position(y, 0) - position(y, 10));
    const top = container.querySelector('[data-key="2021-hien-vat"]');
    expect([top?.getAttribute('data-from'), top?.getAttribute('data-to')]).toEqual(['9', '10']);
    expect(num(top?.querySelector('rect'), 'y')).toBeCloseTo(0);
  });

  it('fills each series with its own pattern, in the legend too', () => {
    const { container } = render(XYStackFixture, { data: stacked, series });
    const fills = new Set([...container.querySelectorAll('.segment rect')].map((r) => r.getAttribute('fill')));
    expect(fills.size).toBe(3);
    for (const fill of fills) {
      const id = fill!.match(/url\(#(.+)\)/)![1]!;
      expect(container.querySelector(`svg[role="group"] pattern[id="${id}"]`)).toBeTruthy();
    }
    expect([...container.querySelectorAll('.legend li')].map((li) => li.textContent?.trim())).toEqual(['TIEN', 'CONG', 'HIEN-VAT']);
    expect(container.querySelectorAll('.legend rect')).toHaveLength(3);
  });

  it('sets grouped bars side by side inside their band, each focusable', () => {
    const { container, getAllByRole } = render(XYStackFixture, { data: stacked, series, grouped: true });
    const { x } = scalesOf({ type: 'band', domain: ['2020', '2021'] }, { type: 'linear', domain: [0, 7] });
    const rects = [...container.querySelectorAll('[data-key^="2021-"] rect')];
    expect(rects).toHaveLength(3);
    const xs = rects.map((r) => num(r, 'x'));
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(xs[0]).toBeCloseTo(position(x, '2021'));
    expect(xs[2]! + num(rects[2], 'width')).toBeCloseTo(position(x, '2021') + (x.type === 'band' ? x.scale.bandwidth() : 0));
    expect(getAllByRole('listitem').filter((l) => l.tagName === 'g')).toHaveLength(5);
  });
});

const changes: RangeDatum[] = [
  { key: 'Bộc Bố', band: 'Bộc Bố', from: 13, to: 16, valueText: '▲ 3', description: 'Bộc Bố: từ 13 lên 16 tiêu chí' },
  { key: 'Giáo Hiệu', band: 'Giáo Hiệu', from: 14, to: 9, valueText: '▼ 5', description: 'Giáo Hiệu: từ 14 xuống 9 tiêu chí' },
  { key: 'Nhạn Môn', band: 'Nhạn Môn', from: 12, to: 12, valueText: '=', description: 'Nhạn Môn: vẫn 12 tiêu chí' },
];

describe('Dumbbell', () => {
  const { x, y } = scalesOf({ type: 'linear', domain: [0, 19] }, { type: 'band', domain: changes.map((c) => c.band) }, { step: 36 });

  it('puts a hollow circle at from and a filled one at to, on the band', () => {
    const { container } = render(XYDumbbellFixture, { data: changes });
    const row = container.querySelector('[data-commune="Giáo Hiệu"]');
    expect(num(row?.querySelector('circle.from'), 'cx')).toBeCloseTo(position(x, 14));
    expect(num(row?.querySelector('circle.to'), 'cx')).toBeCloseTo(position(x, 9));
    expect(num(row?.querySelector('circle.to'), 'cy')).toBeCloseTo(center(y, 'Giáo Hiệu'));
    expect(row?.getAttribute('class')).toContain('down');
    expect(row?.querySelector('text')?.textContent).toBe('▼ 5');
  });

  it('points an arrow from the old value to the new one, and draws none when nothing changed', () => {
    const { container } = render(XYDumbbellFixture, { data: changes });
    const tipX = (key: string) =>
      Number(
        container
          .querySelector(`[data-commune="${key}"] path.arrow`)
          ?.getAttribute('d')
          ?.match(/^M([\d.]+)/)?.[1],
      );
    const lineOf = (key: string) => container.querySelector(`[data-commune="${key}"] line`);
    // Up: the tip is right of the line's start and just short of the `to` circle.
    expect(tipX('Bộc Bố')).toBeGreaterThan(num(lineOf('Bộc Bố'), 'x1'));
    expect(tipX('Bộc Bố')).toBeLessThan(position(x, 16));
    // Down: the tip is left of the start.
    expect(tipX('Giáo Hiệu')).toBeLessThan(num(lineOf('Giáo Hiệu'), 'x1'));
    expect(lineOf('Nhạn Môn')).toBeNull();
    expect(container.querySelector('[data-commune="Nhạn Môn"] path.arrow')).toBeNull();
  });

  it('describes each row to screen readers', () => {
    const { getAllByRole } = render(XYDumbbellFixture, { data: changes });
    expect(getAllByRole('listitem').map((r) => r.getAttribute('aria-label'))).toEqual(changes.map((c) => c.description));
  });
});

describe('Cells', () => {
  const communes = ['Bộc Bố', 'Giáo Hiệu', 'Nhạn Môn'];
  const criteria = ['1', '2', '3', '4'];
  const cells: CellDatum[] = communes.flatMap((c, r) =>
    criteria.map((k, i) => {
      const value = r === 2 && i === 3 ? null : (r + i) % 2 === 0;
      return {
        key: `${c}-${k}`,
        x: k,
        y: c,
        value,
        description: `${c}, tiêu chí ${k}: ${value === null ? 'chưa rõ' : value ? 'đạt' : 'chưa đạt'}`,
      };
    }),
  );

  it('draws one cell per datum, ticked, empty or struck through, in its column and row', () => {
    const { container } = render(XYCellsFixture, { cells, criteria, communes });
    expect(container.querySelectorAll('.cell')).toHaveLength(12);
    expect(container.querySelectorAll('.cell.yes path.tick')).toHaveLength(6);
    expect(container.querySelectorAll('.cell.no')).toHaveLength(5);
    expect(container.querySelectorAll('.cell.unknown line')).toHaveLength(1);
    const { x, y } = scalesOf(
      { type: 'band', domain: criteria, padding: 0.1 },
      { type: 'band', domain: communes, padding: 0.1 },
      { step: 28 },
      { left: 90, top: 28 },
    );
    const rect = container.querySelector('[data-key="Giáo Hiệu-3"] rect');
    expect(num(rect, 'x')).toBeCloseTo(position(x, '3') + 1);
    expect(num(rect, 'y')).toBeCloseTo(position(y, 'Giáo Hiệu') + 1);
    expect([...container.querySelectorAll('.axis-top text')].map((t) => t.textContent)).toEqual(criteria);
  });

  it('is one Tab stop: the arrow keys move the focus from cell to cell', async () => {
    const { container } = render(XYCellsFixture, { cells, criteria, communes });
    const stops = [...container.querySelectorAll('.cell')].filter((c) => c.getAttribute('tabindex') === '0');
    expect(stops.map((c) => c.getAttribute('data-key'))).toEqual(['Bộc Bố-1']);
    const first = stops[0] as SVGGElement;
    first.focus();
    await fireEvent.keyDown(first, { key: 'ArrowRight' });
    expect(document.activeElement?.getAttribute('data-key')).toBe('Bộc Bố-2');
    await fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(document.activeElement?.getAttribute('data-key')).toBe('Giáo Hiệu-2');
    expect(container.querySelector('.tooltip')?.textContent?.trim()).toBe('Giáo Hiệu, tiêu chí 2: đạt');
    await fireEvent.keyDown(document.activeElement!, { key: 'End' });
    expect(document.activeElement?.getAttribute('data-key')).toBe('Giáo Hiệu-4');
    expect(container.querySelector('[data-key="Giáo Hiệu-4"]')?.getAttribute('tabindex')).toBe('0');
    expect(container.querySelector('[data-key="Bộc Bố-1"]')?.getAttribute('tabindex')).toBe('-1');
    await fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(container.querySelector('.tooltip')).toBeNull();
  });
});

describe('SmallMultiples', () => {
  const communes = lines.map((l) => ({ ...l, title: l.label }));

  it('draws one titled panel per commune, each chart labelled by its title', () => {
    const { container } = render(XYMultiplesFixture, { communes, years, max: 19 });
    const panels = [...container.querySelectorAll('.panel')];
    expect(panels.map((p) => p.querySelector('h4')?.textContent)).toEqual(['Bộc Bố', 'Giáo Hiệu']);
    for (const p of panels) {
      expect(p.querySelector('svg')?.getAttribute('aria-labelledby')).toBe(p.querySelector('h4')?.id);
    }
    expect(new Set(panels.map((p) => p.querySelector('h4')?.id)).size).toBe(2);
  });

  it('shares one y axis: the same ticks, and the same value at the same height in every panel', () => {
    const { container } = render(XYMultiplesFixture, { communes, years, max: 19 });
    const panels = [...container.querySelectorAll('.panel')];
    const ticks = panels.map((p) => [...p.querySelectorAll('.axis-left text')].map((t) => `${t.textContent}@${t.getAttribute('y')}`));
    expect(ticks[0]).toEqual(ticks[1]);
    expect(num(panels[0]!.querySelector('.rule-y line'), 'y1')).toBe(num(panels[1]!.querySelector('.rule-y line'), 'y1'));
    // Giáo Hiệu's 2018 (8) is lower than Bộc Bố's 2018 (10) on the same scale.
    const y2018 = (p: Element) =>
      Number(
        p
          .querySelector('.point')
          ?.getAttribute('transform')
          ?.match(/,([\d.]+)\)/)?.[1],
      );
    expect(y2018(panels[1]!)).toBeGreaterThan(y2018(panels[0]!));
  });
});
