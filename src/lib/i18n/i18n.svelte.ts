/**
 * The interface language: Vietnamese by default, English on request. The choice lives in
 * the URL (`?lang=en`, so a link shares it), is remembered in localStorage, and is set as
 * `<html lang>` so screen readers and hyphenation follow it.
 */
import { loadCatalogue } from './catalogues.ts';
import { browserLangStore, type LangStore } from './lang-store.ts';
import { hasCatalogue, translate, type Lang, type MessageParams } from './translate.ts';
import type { MessageKey } from './vi.ts';

const DEFAULT_LANG: Lang = 'vi';

/** The current language and the words in it. */
export class I18n {
  #lang = $state<Lang>(DEFAULT_LANG);
  readonly #store: LangStore | null;

  constructor(store: LangStore | null = null) {
    this.#store = store;
    this.#lang = store?.read() ?? DEFAULT_LANG;
  }

  /** The current language. */
  get lang(): Lang {
    return this.#lang;
  }

  /** The message `key` in the current language (reactive: a template using it follows the switch). */
  t = (key: MessageKey, params?: MessageParams): string => translate(this.#lang, key, params);

  /**
   * Switches the language and records the choice (URL, localStorage, `<html lang>`): at once when
   * its messages are here, else once they are loaded (the returned promise).
   */
  setLang(lang: Lang): Promise<void> {
    const apply = () => {
      this.#lang = lang;
      this.#store?.write(lang);
    };
    if (hasCatalogue(lang)) {
      apply();
      return Promise.resolve();
    }
    return loadCatalogue(lang).then(apply);
  }
}

/** The app's language, shared by every component. */
export const i18n = new I18n(typeof window === 'undefined' ? null : browserLangStore(window));

/** Shorthand for `i18n.t`. */
export const t = i18n.t;
