/**
 * Words about the data in the user's language: a column's name (the preview, the duplicate-key
 * panel), and the app's own Vietnamese words written into data — the sample district's file
 * names, its `source` and its district's and province's names — shown in the current language. The data itself is never changed:
 * a sample file keeps its Vietnamese name (so loading it twice still offers "Thay thế"), and a
 * record's source stays as written; only what is shown follows the language.
 */
import { KINDS, viHeader, type FieldSpec, type Kind } from '../model/index.ts';
import { kindName, type Lang } from './problems.ts';
import { translate } from './translate.ts';

// The English name of each field, with its unit where the cells carry none (as `viHeader`).
const FIELD_EN: Readonly<Record<string, string>> = {
  commune: 'Commune',
  year: 'Year',
  criteria_met: 'Criteria met',
  criteria_total: 'Criteria in all',
  criteria_set: 'Set of criteria',
  district: 'District',
  province: 'Province',
  source: 'Source',
  note: 'Note',
  unit: 'Unit',
  pledges: 'Pledges',
  beneficiary_commune: 'Commune helped',
  money_million_vnd: 'Money (million VND)',
  workdays: 'Workdays',
  purpose: 'Purpose',
  quantity: 'Quantity',
  quantity_uom: 'Unit of quantity',
  level: 'Level',
  recipient_type: 'Recipient',
  count: 'Count',
  form: 'Form',
  targets_met: 'Targets met',
  targets_total: 'Targets in all',
  indicator: 'Indicator',
  value: 'Value',
  uom: 'Unit of measure',
  name: 'Name',
  parent: 'Parent unit',
  code: 'Code',
  valid_to: 'Valid until',
  successor: 'Successor',
};

/**
 * A field's name as a column header in `lang`: the Vietnamese header the templates use, or its
 * English name (a criterion flag `tc05` is "Criterion 5").
 * @example fieldLabel(moneyField, 'en') === 'Money (million VND)'
 */
export function fieldLabel(field: FieldSpec, lang: Lang): string {
  if (lang === 'vi') return viHeader(field);
  const flag = /^tc(\d\d)$/.exec(field.name);
  return FIELD_EN[field.name] ?? (flag ? `Criterion ${Number(flag[1])}` : field.name);
}

/** The sample's file name for `kind` in `lang` ("Dữ liệu mẫu – tiêu chí nông thôn mới.csv"). */
export function sampleFileName(kind: Kind, lang: Lang): string {
  return translate(lang, 'import.sample.name', { kind: kindName(kind, lang) });
}

const SAMPLE_WORDS: ReadonlyMap<string, (lang: Lang) => string> = new Map([
  ...KINDS.map(({ kind }) => [sampleFileName(kind, 'vi'), (lang: Lang) => sampleFileName(kind, lang)] as const),
  [translate('vi', 'sample.source'), (lang: Lang) => translate(lang, 'sample.source')],
  [translate('vi', 'sample.sourceShort'), (lang: Lang) => translate(lang, 'sample.sourceShort')],
  [translate('vi', 'sample.district'), (lang: Lang) => translate(lang, 'sample.district')],
  [translate('vi', 'sample.province'), (lang: Lang) => translate(lang, 'sample.province')],
]);

/**
 * Text from the data as shown in `lang`: the sample's file names and source, which the app
 * itself wrote in Vietnamese, in the current language; any other text as written.
 * @example dataText('Dữ liệu mẫu', 'en') === 'Sample data'
 */
export function dataText(text: string, lang: Lang): string {
  return lang === 'vi' ? text : (SAMPLE_WORDS.get(text)?.(lang) ?? text);
}
