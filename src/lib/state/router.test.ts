import { describe, expect, it } from 'vitest';
import { urlOfView, viewFromUrl } from './router.svelte.ts';

describe('viewFromUrl', () => {
  it.each([
    ['http://h/app/', 'overview'],
    ['http://h/app/?view=data', 'data'],
    ['http://h/app/?lang=en&view=templates', 'templates'],
    ['http://h/app/?view=nonsense', 'overview'],
  ] as const)('reads %s as the %s page', (href, view) => {
    expect(viewFromUrl(href)).toBe(view);
  });
});

describe('urlOfView', () => {
  it('keeps the language and drops the view for the overview', () => {
    expect(urlOfView('http://h/app/?lang=en', 'data')).toBe('http://h/app/?lang=en&view=data');
    expect(urlOfView('http://h/app/?lang=en&view=data#figures', 'overview')).toBe('http://h/app/?lang=en');
  });
});
