/**
 * The embed view in the URL: `embed=1` with `chart=<figure id>`, read, and kept through filter
 * changes and area changes (the link of an iframe stays an embed).
 */
import { describe, expect, it } from 'vitest';
import { Router } from './router.svelte.ts';
import { embedFromUrl, urlWithFilters } from './view-url.ts';

describe('embedFromUrl', () => {
  it.each([
    ['http://h/app/?view=criteria&embed=1&chart=criteria-year', { chart: 'criteria-year' }],
    ['http://h/app/?embed=1', { chart: '' }],
    ['http://h/app/?embed=1&chart=%20x%20', { chart: 'x' }],
    ['http://h/app/?embed=0&chart=criteria-year', null],
    ['http://h/app/?chart=criteria-year', null],
  ] as const)('reads %s', (href, embed) => {
    expect(embedFromUrl(href)).toEqual(embed);
  });
});

describe('an embed link through filter changes', () => {
  it('keeps embed and chart when the filters change', () => {
    const href = urlWithFilters('http://h/app/?view=criteria&embed=1&chart=criteria-year&year=2017', {
      area: 'Pác Nặm',
      period: { start: 2018, end: 2018 },
      units: [],
    });
    expect(embedFromUrl(href)).toEqual({ chart: 'criteria-year' });
    expect(new URL(href).searchParams.get('year')).toBe('2018');
  });

  it('keeps them in the Router, for a year and an area chosen', () => {
    let href = 'http://h/app/?view=criteria&embed=1&chart=criteria-bands';
    const win = {
      location: {
        get href() {
          return href;
        },
      },
      history: { pushState: (_: unknown, __: string, url: string) => (href = url) },
      addEventListener: () => undefined,
      scrollTo: () => undefined,
    };
    const router = new Router(win as unknown as Window);
    router.setFilters({ period: { start: 2018, end: 2018 } });
    router.setArea('Pác Nặm');
    expect(embedFromUrl(href)).toEqual({ chart: 'criteria-bands' });
    expect(router.view).toBe('criteria');
  });
});
