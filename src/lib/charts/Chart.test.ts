// @vitest-environment jsdom
import '../../../test/fixtures/dom.ts';
import { fireEvent, render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import BarChartFixture from '../../../test/fixtures/components/BarChartFixture.svelte';
import type { BarDatum } from '../present/index.ts';

const bars: BarDatum[] = [
  { key: 'Bộc Bố', value: 16, total: 19, valueText: '16/19', description: 'Bộc Bố: đạt 16 trên 19 tiêu chí, năm 2018' },
  { key: 'Giáo Hiệu', value: 14, total: 19, valueText: '14/19', description: 'Giáo Hiệu: đạt 14 trên 19 tiêu chí, năm 2018' },
];

const round = (el: Element | null | undefined, attr: string) => Math.round(Number(el?.getAttribute(attr)));

describe('a bar chart built from the marks', () => {
  it('is labelled by its heading', () => {
    const { container } = render(BarChartFixture, { bars, max: 19 });
    expect(container.querySelector('svg')?.getAttribute('aria-labelledby')).toBe('chart-title');
  });

  it('draws one focusable bar per datum, described in words and tagged for tests', () => {
    const { getAllByRole } = render(BarChartFixture, { bars, max: 19 });
    const items = getAllByRole('listitem');
    expect(items.map((b) => [b.getAttribute('data-commune'), b.getAttribute('data-value'), b.getAttribute('tabindex')])).toEqual([
      ['Bộc Bố', '16', '0'],
      ['Giáo Hiệu', '14', '0'],
    ]);
    expect(items[0]?.getAttribute('aria-label')).toBe('Bộc Bố: đạt 16 trên 19 tiêu chí, năm 2018');
  });

  it('sizes each bar against the 624px plotting width, over a track of its total', () => {
    const { container } = render(BarChartFixture, { bars, max: 19 });
    const [first, second] = container.querySelectorAll('[data-commune]');
    expect(round(first?.querySelector('rect.value'), 'width')).toBe(525);
    expect(round(second?.querySelector('rect.value'), 'width')).toBe(460);
    expect(round(first?.querySelector('rect.track'), 'width')).toBe(624);
    expect(first?.querySelector('text')?.textContent).toBe('16/19');
  });

  it('draws the reference line at the maximum, with its label', () => {
    const { container, getByText } = render(BarChartFixture, { bars, max: 19 });
    expect(round(container.querySelector('.rule line'), 'x1')).toBe(624);
    expect(getByText('Standard (19)')).toBeTruthy();
  });

  it('hides the grid and the band names from screen readers', () => {
    const { container } = render(BarChartFixture, { bars, max: 19 });
    expect(container.querySelector('.grid')?.getAttribute('aria-hidden')).toBe('true');
    expect(container.querySelector('.axis-y')?.getAttribute('aria-hidden')).toBe('true');
    expect([...container.querySelectorAll('.grid text')].map((t) => t.textContent)).toEqual(['0', '5', '10', '15']);
  });

  it('opens the tooltip on focus, and closes it on Escape and on blur', async () => {
    const { container, getAllByRole } = render(BarChartFixture, { bars, max: 19 });
    const [bar] = getAllByRole('listitem');
    await fireEvent.focus(bar!);
    expect(container.querySelector('.tooltip')?.textContent?.trim()).toBe('Bộc Bố: đạt 16 trên 19 tiêu chí, năm 2018');
    await fireEvent.keyDown(bar!, { key: 'Escape' });
    expect(container.querySelector('.tooltip')).toBeNull();
    await fireEvent.focus(bar!);
    await fireEvent.blur(bar!);
    expect(container.querySelector('.tooltip')).toBeNull();
  });
});
