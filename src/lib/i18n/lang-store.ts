/**
 * Where the language choice is kept between visits: the URL first (a shared link carries
 * it), then localStorage.
 */
import { isLang, type Lang } from './translate.ts';

/** Where the language choice is read from and written to (the browser, or a test double). */
export interface LangStore {
  read(): Lang | null;
  write(lang: Lang): void;
}

const STORAGE_KEY = 'thi-dua:lang';

/**
 * The browser's store: `?lang=` first, then localStorage. Writing replaces the URL (no new
 * history entry) and leaves `?lang` out for the default language.
 */
export function browserLangStore(win: Window): LangStore {
  return {
    read() {
      const fromUrl = new URL(win.location.href).searchParams.get('lang');
      if (isLang(fromUrl)) return fromUrl;
      const saved = safely(() => win.localStorage.getItem(STORAGE_KEY));
      return isLang(saved) ? saved : null;
    },
    write(lang) {
      safely(() => win.localStorage.setItem(STORAGE_KEY, lang));
      const url = new URL(win.location.href);
      if (lang === 'vi') url.searchParams.delete('lang');
      else url.searchParams.set('lang', lang);
      win.history.replaceState(win.history.state, '', url);
      win.document.documentElement.lang = lang;
    },
  };
}

// localStorage throws in some private modes and on file:// in some browsers: the choice is then not remembered.
function safely<T>(fn: () => T): T | null {
  try {
    return fn();
  } catch {
    return null;
  }
}
