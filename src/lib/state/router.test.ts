import { describe, expect, it } from 'vitest';
import { Router, urlOfView, viewFromUrl } from './router.svelte.ts';
import { filtersFromUrl, paramFromUrl, urlWithFilters, urlWithParam } from './view-url.ts';

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

  it("keeps the table's own parameters for the table only, and the filters for every page", () => {
    const table = 'http://h/app/?view=table&kind=criteria&q=boc+bo&sort=-year&f.commune=b&year=2018';
    expect(urlOfView(table, 'criteria')).toBe('http://h/app/?view=criteria&year=2018');
    expect(urlOfView('http://h/app/?kind=criteria&q=x', 'table')).toBe('http://h/app/?kind=criteria&q=x&view=table');
    expect(viewFromUrl(table)).toBe('table');
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

describe('the filters in the URL', () => {
  it('reads a year, a period, the area and every unit, names with commas whole', () => {
    const href =
      'http://h/app/?view=criteria&year=2018&area=P%C3%A1c+N%E1%BA%B7m&unit=B%E1%BB%99c+B%E1%BB%91&unit=X%C3%A3+A%2C+th%C3%B4n+B';
    expect(filtersFromUrl(href)).toEqual({ area: 'Pác Nặm', period: { start: 2018, end: 2018 }, units: ['Bộc Bố', 'Xã A, thôn B'] });
    expect(filtersFromUrl('http://h/?period=2016-2021').period).toEqual({ start: 2016, end: 2021 });
  });

  it.each(['year=20l8', 'period=2021-2016', 'period=2016', 'year='])('ignores %s', (query) => {
    expect(filtersFromUrl(`http://h/?${query}`).period).toBeNull();
  });

  it('writes them back, keeping the view and the language, and reads the same', () => {
    const filters = { area: 'Bắc Kạn', period: { start: 2016, end: 2021 }, units: ['Bộc Bố', 'A, B'] };
    const href = urlWithFilters('http://h/app/?lang=en&view=pledges&year=2018', filters);
    expect(new URL(href).searchParams.get('lang')).toBe('en');
    expect(new URL(href).searchParams.get('year')).toBeNull();
    expect(filtersFromUrl(href)).toEqual(filters);
  });
});

describe('Router', () => {
  /** A window stand-in with a real URL and history entries. */
  function fakeWindow(href: string) {
    const entries = [href];
    let at = 0;
    const listeners: (() => void)[] = [];
    const win = {
      location: {
        get href() {
          return entries[at]!;
        },
      },
      history: {
        pushState: (_: unknown, __: string, url: string) => {
          entries.splice(at + 1, Infinity, url);
          at++;
        },
      },
      addEventListener: (_: string, fn: () => void) => listeners.push(fn),
      scrollTo: () => undefined,
      back: () => {
        at--;
        listeners.forEach((fn) => fn());
      },
    };
    return win;
  }

  it('records each filter change in the history, and Back returns to the one before', () => {
    const win = fakeWindow('http://h/app/?view=criteria');
    const router = new Router(win as unknown as Window);
    router.setFilters({ period: { start: 2018, end: 2018 } });
    router.setFilters({ units: ['Bộc Bố'] });
    expect(win.location.href).toBe('http://h/app/?view=criteria&year=2018&unit=B%E1%BB%99c+B%E1%BB%91');
    win.back();
    expect(router.filters).toEqual({ area: null, period: { start: 2018, end: 2018 }, units: [] });
    expect(router.view).toBe('criteria');
  });

  it('forgets the chosen units when the area changes', () => {
    const router = new Router(fakeWindow('http://h/?unit=A') as unknown as Window);
    router.setArea('Bắc Kạn');
    expect(router.filters).toMatchObject({ area: 'Bắc Kạn', units: [] });
  });
});
