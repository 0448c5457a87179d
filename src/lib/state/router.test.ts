import { describe, expect, it } from 'vitest';
import { urlOfView, viewFromUrl } from './router.svelte.ts';
import { paramFromUrl, urlWithParam } from './view-url.ts';

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

describe('the area in the URL', () => {
  it.each([
    ['http://h/app/?area=P%C3%A1c+N%E1%BA%B7m', 'Pác Nặm'],
    ['http://h/app/?area=%20%20', null],
    ['http://h/app/?view=data', null],
  ] as const)('reads %s as %s', (href, area) => {
    expect(paramFromUrl(href, 'area')).toBe(area);
  });

  it('sets and removes it, keeping every other parameter', () => {
    const set = urlWithParam('http://h/app/?lang=en&view=data', 'area', 'Bắc Kạn');
    expect(paramFromUrl(set, 'area')).toBe('Bắc Kạn');
    expect(urlWithParam(set, 'area', null)).toBe('http://h/app/?lang=en&view=data');
  });
});
