/**
 * Loads a language's messages before it is shown: English comes as a chunk of its own the first
 * time a person asks for it (\`?lang=en\`, the language switch), Vietnamese is always there.
 */
import { addCatalogue, hasCatalogue, type Lang } from './translate.ts';

/** Resolves once `lang`'s messages can be used. */
export async function loadCatalogue(lang: Lang): Promise<void> {
  if (hasCatalogue(lang)) return;
  if (lang === 'en') addCatalogue('en', (await import('./en.ts')).en);
}
