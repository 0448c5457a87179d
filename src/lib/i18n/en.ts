/**
 * English: the same keys as Vietnamese (`Messages` makes a missing or extra key a type error).
 */
import type { Messages } from './vi.ts';

export const en: Messages = {
  'app.title': 'Emulation movements & Directive 05-CT/TW',
  'app.documentTitle': 'Emulation movements & Directive 05-CT/TW — Pác Nặm district',
  'app.place': 'Pác Nặm district, Bắc Kạn province',
  'app.subtitle': 'Studying and following Ho Chi Minh\'s thought, morality and style',
  'app.skip': 'Skip to main content',
  'app.footer': 'Figures come from the District Party Committee\'s reports; the figures table names the source of each.',
  'app.crashed': 'The overview could not be shown. Reload the page; if the error persists, tell the administrator.',

  'lang.label': 'Language',
  'lang.vi': 'Tiếng Việt',
  'lang.en': 'English',

  'qualifier.none': '{value} {unit}',
  'qualifier.gt': 'more than {value} {unit}',
  'qualifier.gte': 'at least {value} {unit}',
  'qualifier.lt': 'less than {value} {unit}',
  'qualifier.lte': 'at most {value} {unit}',
  'qualifier.approx': 'about {value} {unit}',

  'format.period': '{start}–{end}',
  'format.ratio': '{met}/{total}',
  'format.missing': '—',

  'unit.millionVnd': 'million VND',
  'unit.workdays': 'workdays',
  'unit.criteria': 'criteria',

  'kpi.heading': 'Key figures',
  'kpi.pledges': 'pledges, {period}',
  'kpi.targets': 'socio-economic targets met, {year}',
  'kpi.pledges.short': 'pledges',
  'kpi.targets.short': 'socio-economic targets met',
  'kpi.money': 'contributed in money',
  'kpi.workdays': 'contributed in workdays',
  'kpi.commendations': 'collectives and individuals commended at provincial and district level',
  'kpi.commendations.awards': 'commendations',
  'kpi.source': 'Source: {source}',
  'kpi.noData': 'No data yet',

  'chart.criteria.title': 'New-rural criteria met by commune',
  'chart.criteria.subtitle': 'Criteria met, in each commune\'s latest reported year',
  'chart.criteria.reference': 'New-rural standard ({total})',
  'chart.criteria.bar': '{commune}: {met} of {total} criteria met, {year}',
  'chart.criteria.empty': 'No new-rural criteria data yet.',
  'chart.source': 'Source: {source}',
  'chart.toTable': 'See the figures table',

  'figures.heading': 'Figures and sources',
  'figures.caption': 'Every figure shown, with its source. Select a column name to sort.',
  'figures.empty': 'No figures yet.',
  'figures.col.measure': 'Measure',
  'figures.col.subject': 'Unit / commune',
  'figures.col.period': 'Year',
  'figures.col.value': 'Figure',
  'figures.col.source': 'Source',
  'figures.beneficiary': 'for {commune} commune',

  'measure.pledges': 'Pledges and actions registered',
  'measure.targets': 'Socio-economic targets met',
  'measure.criteria': 'New-rural criteria met',
  'measure.money': 'Contributed in money',
  'measure.workdays': 'Contributed in workdays',
  'measure.quantity': 'Work done',
  'measure.awards': 'Commendations',

  'datasets.heading': 'Data files with problems',
  'datasets.rejected': 'File {file} was not loaded:',
  'datasets.excluded': 'File {file}: {loaded} rows loaded, {excluded} rows excluded:',
  'datasets.failed': 'the program failed while reading the file ({error}). Please tell the administrator.',
  'datasets.line': 'Line {line}',
  'datasets.more': '… and {count} more problems.',
  'datasets.summary': '{files} data files, {rows} rows of figures',
};
