// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { I18n } from './i18n.svelte.ts';
import { browserLangStore } from './lang-store.ts';

describe('I18n', () => {
  beforeEach(() => {
    localStorage.clear();
    history.replaceState(null, '', '/');
    document.documentElement.lang = 'vi';
  });

  it('speaks Vietnamese by default', () => {
    const i18n = new I18n(browserLangStore(window));
    expect(i18n.lang).toBe('vi');
    expect(i18n.t('lang.label')).toBe('Ngôn ngữ');
  });

  it('opens in the language named in the URL', () => {
    history.replaceState(null, '', '/?lang=en');
    expect(new I18n(browserLangStore(window)).lang).toBe('en');
  });

  it('ignores an unknown language in the URL', () => {
    history.replaceState(null, '', '/?lang=fr');
    expect(new I18n(browserLangStore(window)).lang).toBe('vi');
  });

  it('remembers the choice in localStorage, the URL and <html lang>', () => {
    new I18n(browserLangStore(window)).setLang('en');
    expect(location.search).toBe('?lang=en');
    expect(document.documentElement.lang).toBe('en');
    history.replaceState(null, '', '/');
    expect(new I18n(browserLangStore(window)).lang).toBe('en');
  });

  it('keeps the URL clean for the default language', () => {
    history.replaceState(null, '', '/?lang=en&x=1');
    new I18n(browserLangStore(window)).setLang('vi');
    expect(location.search).toBe('?x=1');
    expect(document.documentElement.lang).toBe('vi');
  });

  it('works without a store (tests, the command line)', () => {
    const i18n = new I18n();
    i18n.setLang('en');
    expect(i18n.t('lang.label')).toBe('Language');
  });
});
