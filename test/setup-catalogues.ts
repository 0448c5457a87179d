// Unit tests speak both languages at once, as pure functions are asked for either: English is
// registered here, where the app loads it on demand (src/lib/i18n/catalogues.ts).
import { en } from '../src/lib/i18n/en.ts';
import { addCatalogue } from '../src/lib/i18n/translate.ts';

addCatalogue('en', en);
