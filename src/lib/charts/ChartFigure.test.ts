// @vitest-environment jsdom
/**
 * A chart figure's actions (download SVG, PNG 2× and 3×, copy as an image) and the embed view:
 * the row's labels, the words when the browser cannot copy an image, and only the chart asked
 * for drawn in an embedded page.
 */
import '../../../test/fixtures/dom.ts';
import { fireEvent, render } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import FigureFixture from '../../../test/fixtures/components/FigureFixture.svelte';
import { EmbedChart } from './embed.svelte.ts';

describe('the actions of a chart figure', () => {
  it('are a row of labelled buttons in a group named after the chart', () => {
    const { getByRole } = render(FigureFixture);
    const group = getByRole('group', { name: 'Tải hoặc sao chép biểu đồ “Biểu đồ a”' });
    expect([...group.querySelectorAll('button')].map((b) => b.textContent?.trim())).toEqual([
      'Tải SVG',
      'Tải PNG 2×',
      'Tải PNG 3×',
      'Sao chép hình',
    ]);
    expect(group.classList.contains('figure-actions')).toBe(true);
  });

  it('say in words when the browser cannot copy an image, and offer the download', async () => {
    const { container } = render(FigureFixture);
    // jsdom has no clipboard that takes images, like an older browser.
    expect(typeof (globalThis as { ClipboardItem?: unknown }).ClipboardItem).toBe('undefined');
    await fireEvent.click(container.querySelector('#a [data-export="copy"]')!);
    const message = container.querySelector('#a [data-export-message]')!;
    expect(message.textContent).toMatch(/không chép được hình vào bộ nhớ tạm/);
    expect(message.querySelector('button')?.textContent).toBe('Tải PNG 2×');
    expect(container.querySelector('#b [data-export-message]')?.textContent?.trim()).toBe('');
  });
});

describe('the embed view', () => {
  it('draws only the chart asked for, without actions, and finds it', () => {
    const embed = new EmbedChart('b');
    const { container } = render(FigureFixture, { embed });
    flushSync();
    expect([...container.querySelectorAll('figure')].map((f) => f.id)).toEqual(['b']);
    expect(container.querySelector('#b')?.hasAttribute('data-embedded')).toBe(true);
    expect(container.querySelector('.figure-actions')).toBeNull();
    expect(embed.found).toBe(true);
    expect(embed.figures).toBe(2);
  });

  it('draws nothing for an unknown chart, and knows the view has figures', () => {
    const embed = new EmbedChart('nope');
    const { container } = render(FigureFixture, { embed });
    flushSync();
    expect(container.querySelectorAll('figure')).toHaveLength(0);
    expect(embed.found).toBe(false);
    expect(embed.figures).toBe(2);
  });

  it('is not on a normal page: every figure is drawn, none marked embedded', () => {
    const { container } = render(FigureFixture);
    expect(container.querySelectorAll('figure')).toHaveLength(2);
    expect(container.querySelector('[data-embedded]')).toBeNull();
  });
});
