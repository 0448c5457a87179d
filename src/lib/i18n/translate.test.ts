import { describe, expect, it, vi as vitest } from 'vitest';
import { en } from './en.ts';
import { isLang, translate } from './translate.ts';
import { vi, type MessageKey } from './vi.ts';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the message catalogues', () => {
  it('English has exactly the keys of Vietnamese', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
  });

  it.each(Object.keys(vi) as MessageKey[])('%s has the same placeholders in both languages', (key) => {
    expect(placeholders(en[key])).toEqual(placeholders(vi[key]));
  });
});

describe('translate', () => {
  it('fills the placeholders', () => {
    expect(translate('vi', 'kpi.pledges', { period: '2016–2021' })).toBe('lượt cam kết, 2016–2021');
    expect(translate('en', 'kpi.pledges', { period: '2016–2021' })).toBe('pledges, 2016–2021');
  });

  it('leaves a missing parameter visible rather than dropping it', () => {
    expect(translate('en', 'kpi.pledges', {})).toBe('pledges, {period}');
  });
});

describe('isLang', () => {
  it.each([
    ['vi', true],
    ['en', true],
    ['fr', false],
    [null, false],
    ['', false],
  ])('%s → %s', (value, expected) => {
    expect(isLang(value)).toBe(expected);
  });
});

describe('English, loaded on demand', () => {
  it('speaks Vietnamese until English is loaded, then English; Vietnamese is always there', async () => {
    vitest.resetModules();
    // A fresh module, as the page starts: only the default's words.
    const fresh = await import('./translate.ts');
    const { loadCatalogue } = await import('./catalogues.ts');
    expect(fresh.hasCatalogue('vi')).toBe(true);
    expect(fresh.hasCatalogue('en')).toBe(false);
    expect(fresh.translate('en', 'app.title')).toBe(fresh.translate('vi', 'app.title'));
    await loadCatalogue('en');
    expect(fresh.hasCatalogue('en')).toBe(true);
    expect(fresh.translate('en', 'app.title')).not.toBe(fresh.translate('vi', 'app.title'));
    expect(fresh.translate('en', 'app.title')).toBe(en['app.title']);
  });
});
