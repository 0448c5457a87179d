/**
 * Every string a person reads: the Vietnamese (default) and English catalogues, problem and notice
 * messages, and the cached number and date formatters.
 *
 * Plain TypeScript only, so that Node tools (the validator CLI) can load it: the language the
 * page shows, with Svelte runes, is `i18n.svelte.ts`, imported by its own path.
 */
export {
  formatDate,
  formatDecimal,
  formatInteger,
  formatList,
  formatMegabytes,
  formatPercent,
  formatPeriod,
  formatPlain,
  formatQualified,
  formatRatio,
  moneyParts,
  qualifiedParts,
} from './format.ts';
export type { MoneyText, QualifiedPart } from './format.ts';
export { dataText, fieldLabel, sampleFileName } from './data-labels.ts';
export type { FieldHelp, HelpText } from './help-vi.ts';
export { kindName, noticeMessage, problemMessage } from './problems.ts';
export { translate } from './translate.ts';
export type { Lang } from './translate.ts';
export type { MessageKey } from './vi.ts';
