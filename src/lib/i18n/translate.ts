/**
 * Looks up a message in a language and fills its placeholders. Plain TypeScript, so the
 * formatters, the state classes and the tests can use it without Svelte.
 *
 * Vietnamese, the default, is always here; English is loaded when first asked for
 * (`loadCatalogue`, catalogues.ts): the first page does not carry words most visitors never read.
 */
import type { Lang } from './problems.ts';
import { vi, type MessageKey, type Messages } from './vi.ts';

export type { Lang };

/** Values substituted for `{name}` placeholders: already formatted text. */
export type MessageParams = Record<string, string>;

/** The languages the interface speaks, the default first. */
export const LANGS: readonly Lang[] = ['vi', 'en'];

const CATALOGUES: Partial<Record<Lang, Messages>> = { vi };

/** Makes a language's messages available (catalogues.ts loads them; the unit tests' setup adds English). */
export function addCatalogue(lang: Lang, messages: Messages): void {
  CATALOGUES[lang] = messages;
}

/** True when `lang`'s messages are here. */
export function hasCatalogue(lang: Lang): boolean {
  return CATALOGUES[lang] !== undefined;
}
const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * The message `key` in `lang`, placeholders filled. An unknown placeholder stays visible
 * (`{name}`) so a missing parameter shows in review rather than vanishing.
 * @example translate('en', 'kpi.pledges', { period: '2016–2021' }) === 'pledges, 2016–2021'
 */
export function translate(lang: Lang, key: MessageKey, params?: MessageParams): string {
  // Not loaded yet (the app waits for it before it shows the language): the default's words.
  const template = (CATALOGUES[lang] ?? vi)[key];
  if (!params) return template;
  return template.replace(PLACEHOLDER, (whole, name: string) => params[name] ?? whole);
}

/** True for a supported language code (reads loose input: URL, localStorage). */
export function isLang(value: unknown): value is Lang {
  return value === 'vi' || value === 'en';
}
