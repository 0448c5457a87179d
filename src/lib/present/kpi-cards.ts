/**
 * The overview's key figures as cards a person reads: the value in words (qualifier, number,
 * unit), what it counts, and where it comes from, in the current language.
 */
import type { Figure, Overview } from '../aggregate/index.ts';
import { formatList, formatPeriod, formatRatio, qualifiedParts, type QualifiedPart, translate, type Lang, type MessageKey } from '../i18n/index.ts';

/** Which key figure a card shows. */
export type KpiId = 'pledges' | 'targets' | 'money' | 'workdays' | 'commendations';

/** One card. */
export interface KpiCard {
  id: KpiId;
  /** The value in pieces, so the number can stand out; "—" when there is no data. */
  value: QualifiedPart[];
  label: string;
  /** "Nguồn: …", "Chưa có số liệu" when there is no data, null when the data names no source. */
  source: string | null;
}

/** The five cards of the overview, in reading order. */
export function kpiCards(overview: Overview, lang: Lang): KpiCard[] {
  const t = (key: MessageKey, params?: Record<string, string>) => translate(lang, key, params);
  const missing = (id: KpiId, label: string): KpiCard =>
    ({ id, value: [{ type: 'number', text: t('format.missing') }], label, source: t('kpi.noData') });
  const source = (sources: readonly string[]) => (sources.length ? t('kpi.source', { source: formatList(sources, lang) }) : null);
  const qualified = (id: KpiId, f: Figure, label: string, unit?: MessageKey): KpiCard =>
    ({ id, value: qualifiedParts(f.value, f.qualifier, lang, unit && t(unit)), label, source: source(f.sources) });

  const { pledges, targets, money, workdays, commendations } = overview;
  return [
    pledges
      ? qualified('pledges', pledges, pledges.period
        ? t('kpi.pledges', { period: formatPeriod(pledges.period.start, pledges.period.end, lang) })
        : t('kpi.pledges.short'))
      : missing('pledges', t('kpi.pledges.short')),
    targets
      ? {
        id: 'targets',
        value: [{ type: 'number', text: formatRatio(targets.met, targets.total, lang) }],
        label: t('kpi.targets', { year: formatPeriod(targets.period.start, targets.period.end, lang) }),
        source: source(targets.sources),
      }
      : missing('targets', t('kpi.targets.short')),
    money ? qualified('money', money, t('kpi.money'), 'unit.millionVnd') : missing('money', t('kpi.money')),
    workdays ? qualified('workdays', workdays, t('kpi.workdays'), 'unit.workdays') : missing('workdays', t('kpi.workdays')),
    commendations
      ? qualified('commendations', commendations, t(commendations.from === 'indicator' ? 'kpi.commendations' : 'kpi.commendations.awards'))
      : missing('commendations', t('kpi.commendations')),
  ];
}
