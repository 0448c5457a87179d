/**
 * The overview's key figures as cards a person reads: the value in words (qualifier, number,
 * unit at a readable scale), what it counts and for which years, how it was taken (the area's
 * own figure, or the sum of its communes), a flagged difference, and the files it comes from.
 */
import type { AreaFigure, Credit, Overview } from '../aggregate/index.ts';
import {
  dataText,
  formatDecimal,
  formatList,
  formatPeriod,
  formatQualified,
  formatRatio,
  moneyParts,
  qualifiedParts,
  translate,
  type Lang,
  type MessageKey,
  type QualifiedPart,
} from '../i18n/index.ts';
import { partsName } from './levels.ts';

/** Which key figure a card shows. */
export type KpiId = 'pledges' | 'targets' | 'money' | 'workdays' | 'commendations';

/** One card. */
export interface KpiCard {
  id: KpiId;
  /** The value in pieces, so the number can stand out; "—" when there is no data. */
  value: QualifiedPart[];
  /** The exact value when `value` is written at a larger scale (money in tỷ đồng), else null. */
  exact: string | null;
  label: string;
  /** How the figure was taken ("tổng của 3 xã", "cộng đủ các năm 2021–2023"), or null for the area's own figure. */
  basis: string | null;
  /** A reported figure and the sum of its parts that disagree, in a sentence; else null. */
  warning: string | null;
  /** "Nguồn: …" naming every file; "Chưa có số liệu …" when there is no data. */
  source: string | null;
  /** "▲ 120 so với 2017": the change against the period before, on the same basis; else null. */
  change: string | null;
  /** The view that shows this figure in detail. */
  view: 'pledges' | 'targets' | 'contributions' | 'awards';
}

const VIEW_OF: Record<KpiId, KpiCard['view']> = {
  pledges: 'pledges',
  targets: 'targets',
  money: 'contributions',
  workdays: 'contributions',
  commendations: 'awards',
};

/** The five cards of the overview, in reading order. */
export function kpiCards(overview: Overview, lang: Lang): KpiCard[] {
  const t = (key: MessageKey, params?: Record<string, string>) => translate(lang, key, params);
  const noData = overview.area ? t('kpi.noDataIn', { area: overview.area.name }) : t('kpi.noData');
  const missing = (id: KpiId, label: string): KpiCard => ({
    id,
    value: [{ type: 'number', text: t('format.missing') }],
    exact: null,
    label,
    basis: null,
    warning: null,
    source: noData,
    change: null,
    view: VIEW_OF[id],
  });
  const card = (id: KpiId, f: AreaFigure, label: string, unit?: 'workdays' | 'money'): KpiCard => {
    const money = unit === 'money' ? moneyParts(f.value, f.qualifier, lang) : null;
    return {
      id,
      value: money?.parts ?? qualifiedParts(f.value, f.qualifier, lang, unit === 'workdays' ? t('unit.workdays') : undefined),
      exact: money?.exact ?? null,
      label: `${label}, ${formatPeriod(f.period.start, f.period.end, lang)}`,
      basis: basisWords(f, lang),
      warning: warningOf(f, lang, unit),
      source: sourceLine(f.credits, lang),
      change: changeOf(f, overview.previous[id as keyof Overview['previous']], lang, unit),
      view: VIEW_OF[id],
    };
  };

  const { pledges, targets, money, workdays, commendations } = overview;
  return [
    pledges ? card('pledges', pledges, t('kpi.pledges.short')) : missing('pledges', t('kpi.pledges.short')),
    targets
      ? {
          id: 'targets',
          value: [{ type: 'number', text: formatRatio(targets.met, targets.total, lang) }],
          exact: null,
          label: t('kpi.targets.of', { unit: targets.unit, year: formatPeriod(targets.period.start, targets.period.end, lang) }),
          basis: null,
          warning: null,
          source: sourceLine(targets.credits, lang),
          change: null,
          view: 'targets',
        }
      : missing('targets', t('kpi.targets.short')),
    money ? card('money', money, t('kpi.money'), 'money') : missing('money', t('kpi.money')),
    workdays ? card('workdays', workdays, t('kpi.workdays'), 'workdays') : missing('workdays', t('kpi.workdays')),
    commendations
      ? card('commendations', commendations, t(commendations.from === 'indicator' ? 'kpi.commendations' : 'kpi.commendations.awards'))
      : missing('commendations', t('kpi.commendations')),
  ];
}

/** "▲ 120 so với 2017", "▼ hơn 5 triệu đồng so với 2017", "= 2017", or null without a figure before. */
function changeOf(f: AreaFigure, before: AreaFigure | undefined, lang: Lang, unit?: 'workdays' | 'money'): string | null {
  if (!before) return null;
  const d = f.value - before.value;
  const when = formatPeriod(before.period.start, before.period.end, lang);
  if (Math.abs(d) < 1e-9) return translate(lang, 'kpi.change.same', { period: when });
  const unitText =
    unit === 'money' ? translate(lang, 'unit.millionVnd') : unit === 'workdays' ? translate(lang, 'unit.workdays') : undefined;
  // A qualified figure on either side makes the difference approximate.
  const q = f.qualifier || before.qualifier ? 'approx' : null;
  return translate(lang, 'kpi.change', { sign: d > 0 ? '▲' : '▼', value: formatQualified(Math.abs(d), q, lang, unitText), period: when });
}

/** "tổng của 3 xã", "cộng đủ các năm 2021–2023", or null for the area's own single figure. */
export function basisWords(f: AreaFigure, lang: Lang): string | null {
  const notes: string[] = [];
  if (f.basis === 'parts' && f.parts)
    notes.push(translate(lang, 'kpi.basis.parts', { parts: partsName(f.parts.level, f.parts.units, lang) }));
  if (f.years) notes.push(translate(lang, 'kpi.basis.years', { years: formatPeriod(f.period.start, f.period.end, lang) }));
  if (f.basis === 'parts' && f.otherLevels)
    notes.push(translate(lang, 'kpi.basis.otherLevels', { count: formatDecimal(f.otherLevels, lang) }));
  return notes.length ? notes.join('; ') : null;
}

function warningOf(f: AreaFigure, lang: Lang, unit?: 'workdays' | 'money'): string | null {
  if (!f.differs || !f.parts) return null;
  const unitText =
    unit === 'money' ? translate(lang, 'unit.millionVnd') : unit === 'workdays' ? translate(lang, 'unit.workdays') : undefined;
  return translate(lang, 'kpi.differs', {
    parts: partsName(f.parts.level, f.parts.units, lang),
    sum: formatQualified(f.parts.value, f.parts.qualifier, lang, unitText),
  });
}

/**
 * "Nguồn: Báo cáo Huyện ủy Pác Nặm 2021 (tệp pledges.csv), tệp cam-ket.csv": every file a
 * figure draws on, with the reports its rows name.
 */
export function sourceLine(credits: readonly Credit[], lang: Lang): string | null {
  if (!credits.length) return null;
  const items = credits.map((c) =>
    c.reports.length
      ? translate(lang, 'kpi.credit.report', {
          reports: formatList(
            c.reports.map((r) => dataText(r, lang)),
            lang,
          ),
          file: dataText(c.dataset.name, lang),
        })
      : translate(lang, 'kpi.credit.file', { file: dataText(c.dataset.name, lang) }),
  );
  return translate(lang, 'kpi.source', { source: formatList(items, lang) });
}
