/**
 * The views of pledges, contributions, awards and targets, worded: the area's figure for every
 * period the data holds (years as years, a period such as 2016–2021 as one bar of its own, never
 * spread over its years), and for the period chosen the figures by unit, by commune helped or by
 * category, one level at a time, qualifiers kept, every file named.
 */
import { groupBars, sourceOf, valueWords, type BarChartModel, type ValueStyle } from './view-chart.ts';
import { basisWords } from './kpi-cards.ts';
import {
  COMMENDATIONS_INDICATOR,
  areaSeries,
  creditsOf,
  insideMask,
  sumQualified,
  periodsOf,
  sumsBy,
  type AreaFigure,
  type Period,
  type Placed,
  type SeriesQuery,
  type UnitNode,
} from '../aggregate/index.ts';
import { QUALIFIER_CODES, type Kind, type NumberColumn, type TextColumn, type YearColumn } from '../model/index.ts';
import { dataText, formatPercent, formatPeriod, formatRatio, translate, type Lang, type MessageKey } from '../i18n/index.ts';

/** A chart of the view, with its title. */
export interface ViewChart {
  id: string;
  title: string;
  chart: BarChartModel;
}

/** One view of a kind. */
export interface KindView {
  /** The area has no figure of this kind at all. */
  empty: boolean;
  /** The periods a person can pick, earliest first. */
  periods: Period[];
  period: Period | null;
  /** Asked for a period the data does not hold: said in words; else null. */
  notice: string | null;
  charts: ViewChart[];
  /** Notes under the charts (a subset shown inside its total, a level left out). */
  notes: string[];
  /** Who helped whom (contributions): communes helped as columns, units as rows. */
  matrix: { columns: string[]; rows: { name: string; cells: (string | null)[] }[]; caption: string } | null;
}

type T = (key: MessageKey, params?: Record<string, string>) => string;

/** A query of `field` of `kind` in `area`, or null when the data holds no such table. */
function queryOf(placed: Placed, area: UnitNode, kind: Kind, field: string, only?: (i: number) => boolean): SeriesQuery | null {
  const st = placed.tables[kind];
  const placement = placed.placements[kind];
  return st && placement ? { st, placement, units: placed.units, area, field, ...(only && { only }) } : null;
}

/** The period shown: the one asked for if the data holds it, else the latest. */
function choose(periods: readonly Period[], asked: Period | null, t: T, lang: Lang): { period: Period | null; notice: string | null } {
  const found = asked && periods.find((p) => p.start === asked.start && p.end === asked.end);
  const period = found ?? periods.at(-1) ?? null;
  const notice =
    asked && !found && period
      ? t('view.periodMissing', { asked: formatPeriod(asked.start, asked.end, lang), shown: formatPeriod(period.start, period.end, lang) })
      : null;
  return { period, notice };
}

/** The area's figure for every period, one bar each, in time order. */
function seriesChart(figures: readonly AreaFigure[], style: ValueStyle, lang: Lang, t: T): BarChartModel {
  const bars = figures.map((f) => {
    const when = formatPeriod(f.period.start, f.period.end, lang);
    const valueText = valueWords(f.value, f.qualifier, style, lang);
    const basis = basisWords(f, lang);
    return {
      key: when,
      value: f.value,
      total: null,
      valueText,
      description: t('view.series.bar', { period: when, value: valueText }) + (basis ? ` (${basis})` : ''),
    };
  });
  return {
    subtitle: t('view.series.subtitle'),
    bars,
    max: Math.max(0, ...figures.map((f) => f.value)),
    reference: null,
    missing: null,
    source: sourceOf(
      figures.map((f) => f.credits),
      lang,
    ),
  };
}

function emptyView(): KindView {
  return { empty: true, periods: [], period: null, notice: null, charts: [], notes: [], matrix: null };
}

/** "Cam kết" (`?view=pledges`). */
export function pledgesView(placed: Placed, area: UnitNode | null, asked: Period | null, chosen: readonly string[], lang: Lang): KindView {
  const t: T = (key, params) => translate(lang, key, params);
  const q = area && queryOf(placed, area, 'pledges', 'pledges');
  if (!q) return emptyView();
  const periods = periodsOf(q);
  if (!periods.length) return emptyView();
  const { period, notice } = choose(periods, asked, t, lang);
  const style = { unit: t('unit.pledges') };
  const byUnit = pickUnits(sumsBy({ ...q, period: period!, by: 'unit' }), chosen);
  return {
    empty: false,
    periods,
    period,
    notice,
    charts: [
      { id: 'pledges-series', title: t('view.pledges.series'), chart: seriesChart(areaSeries(q), style, lang, t) },
      { id: 'pledges-units', title: t('view.pledges.units'), chart: groupBars(byUnit, period!, style, lang) },
    ],
    notes: [],
    matrix: null,
  };
}

/** "Đóng góp" (`?view=contributions`). */
export function contributionsView(
  placed: Placed,
  area: UnitNode | null,
  asked: Period | null,
  chosen: readonly string[],
  lang: Lang,
): KindView {
  const t: T = (key, params) => translate(lang, key, params);
  const money = area && queryOf(placed, area, 'contributions', 'money_million_vnd');
  const days = area && queryOf(placed, area, 'contributions', 'workdays');
  if (!money || !days) return emptyView();
  const periods = uniquePeriods([...periodsOf(money), ...periodsOf(days)]);
  if (!periods.length) return emptyView();
  const { period, notice } = choose(periods, asked, t, lang);
  const p = period!;
  const moneyStyle: ValueStyle = { money: true };
  const dayStyle = { unit: t('unit.workdays') };
  const charts: ViewChart[] = [
    { id: 'money-series', title: t('view.contributions.moneySeries'), chart: seriesChart(areaSeries(money), moneyStyle, lang, t) },
    { id: 'workdays-series', title: t('view.contributions.workdaysSeries'), chart: seriesChart(areaSeries(days), dayStyle, lang, t) },
    {
      id: 'money-units',
      title: t('view.contributions.moneyByUnit'),
      chart: groupBars(pickUnits(sumsBy({ ...money, period: p, by: 'unit' }), chosen), p, moneyStyle, lang),
    },
    {
      id: 'money-communes',
      title: t('view.contributions.moneyByCommune'),
      chart: groupBars(pickUnits(sumsBy({ ...money, period: p, by: 'beneficiary_commune' }), chosen), p, moneyStyle, lang),
    },
    {
      id: 'workdays-communes',
      title: t('view.contributions.workdaysByCommune'),
      chart: groupBars(pickUnits(sumsBy({ ...days, period: p, by: 'beneficiary_commune' }), chosen), p, dayStyle, lang),
    },
  ].filter((c) => c.chart.bars.length);
  return {
    empty: false,
    periods,
    period,
    notice,
    charts,
    notes: purposes(placed, area!, p, lang, t),
    matrix: matrixOf(money, days, p, lang, t),
  };
}

/** "Khen thưởng" (`?view=awards`): award rows by level, form and recipient; the report's own count, with the awards inside it. */
export function awardsView(placed: Placed, area: UnitNode | null, asked: Period | null, chosen: readonly string[], lang: Lang): KindView {
  const t: T = (key, params) => translate(lang, key, params);
  const q = area && queryOf(placed, area, 'awards', 'count');
  const indicator = placed.tables.indicators?.table.columns.indicator as TextColumn | undefined;
  const code = indicator?.type === 'text' ? indicator.dict.indexOf(COMMENDATIONS_INDICATOR) : -1;
  const total = area && code >= 0 ? queryOf(placed, area, 'indicators', 'value', (i) => indicator!.codes[i] === code) : null;
  const periods = uniquePeriods([...(q ? periodsOf(q) : []), ...(total ? periodsOf(total) : [])]);
  if (!periods.length) return emptyView();
  const { period, notice } = choose(periods, asked, t, lang);
  const p = period!;
  const style = { unit: t('unit.awards') };
  const charts: ViewChart[] = [];
  if (q) {
    charts.push({ id: 'awards-series', title: t('view.awards.series'), chart: seriesChart(areaSeries(q), style, lang, t) });
    for (const [by, key] of [
      ['level', 'view.awards.byLevel'],
      ['form', 'view.awards.byForm'],
      ['recipient_type', 'view.awards.byRecipient'],
    ] as const) {
      const chart = groupBars(sumsBy({ ...q, period: p, by, own: true }), p, style, lang);
      if (chart.bars.length) charts.push({ id: `awards-${by}`, title: t(key), chart });
    }
    const units = pickUnits(sumsBy({ ...q, period: p, by: 'unit' }), chosen);
    if (units.length) charts.push({ id: 'awards-units', title: t('view.awards.byUnit'), chart: groupBars(units, p, style, lang) });
  }
  const notes: string[] = [];
  const all = total ? areaSeries(total).find((f) => f.period.start === p.start && f.period.end === p.end) : null;
  if (all) {
    const inside = q ? areaSeries(q).find((f) => f.period.start === p.start && f.period.end === p.end) : null;
    notes.push(
      t(inside ? 'view.awards.subset' : 'view.awards.total', {
        total: valueWords(all.value, all.qualifier, style, lang),
        part: inside ? valueWords(inside.value, inside.qualifier, style, lang) : '',
        period: formatPeriod(p.start, p.end, lang),
      }),
    );
  }
  return { empty: false, periods, period, notice, charts: charts.filter((c) => c.chart.bars.length), notes, matrix: null };
}

/** "Chỉ tiêu" (`?view=targets`): targets met of total per unit for one year, against 100 %. Ratios are never summed. */
export function targetsView(placed: Placed, area: UnitNode | null, asked: Period | null, chosen: readonly string[], lang: Lang): KindView {
  const t: T = (key, params) => translate(lang, key, params);
  const q = area && queryOf(placed, area, 'targets', 'targets_met');
  if (!q) return emptyView();
  const periods = periodsOf(q);
  if (!periods.length) return emptyView();
  const { period, notice } = choose(periods, asked, t, lang);
  const p = period!;
  const { table } = q.st;
  const met = table.columns.targets_met as NumberColumn;
  const totals = table.columns.targets_total as NumberColumn;
  const years = table.columns.year as YearColumn;
  const units = table.columns.unit as TextColumn;
  const when = formatPeriod(p.start, p.end, lang);
  const bars = [];
  const rows: number[] = [];
  for (let i = 0; i < table.length; i++) {
    if (years.start[i] !== p.start || years.end[i] !== p.end || Number.isNaN(met.values[i]!) || !(totals.values[i]! > 0)) continue;
    if (q.placement.node[i]! < 0 && q.placement.host[i]! < 0) continue;
    const node = q.placement.node[i]! >= 0 ? q.placement.node[i]! : q.placement.host[i]!;
    if (!placed.units.within(placed.units.nodes[node]!, area!)) continue;
    const name = units.dict[units.codes[i]!] ?? '';
    if (chosen.length && !chosen.includes(name)) continue;
    const share = met.values[i]! / totals.values[i]!;
    const valueText = `${formatRatio(met.values[i]!, totals.values[i]!, lang)} (${formatPercent(share, lang)})`;
    bars.push({
      key: name,
      value: share * 100,
      total: 100,
      valueText,
      description: t('view.targets.bar', { unit: dataText(name, lang), value: valueText, period: when }),
    });
    rows.push(i);
  }
  bars.sort((a, b) => b.value - a.value);
  const chart: BarChartModel = {
    subtitle: t('view.targets.subtitle', { period: when }),
    bars,
    max: Math.max(100, ...bars.map((b) => b.value)),
    reference: { value: 100, label: '100 %' },
    missing: null,
    source: sourceOf([creditsOf(q.st, rows)], lang),
  };
  return {
    empty: false,
    periods,
    period,
    notice,
    charts: [{ id: 'targets-units', title: t('view.targets.title'), chart }],
    notes: [],
    matrix: null,
  };
}

/** Keeps the chosen units (all when none is chosen). */
function pickUnits<G extends { name: string }>(groups: G[], chosen: readonly string[]): G[] {
  return chosen.length ? groups.filter((g) => chosen.includes(g.name)) : groups;
}

function uniquePeriods(list: readonly Period[]): Period[] {
  const seen = new Map(list.map((p) => [`${p.start}-${p.end}`, p]));
  return [...seen.values()].sort((a, b) => a.end - b.end || b.start - a.start);
}

/** Units and communes a matrix shows at most: the largest. */
const MATRIX_MAX = 12;

/** Who helped whom, for one period: money (else workdays) per unit and commune helped. */
function matrixOf(money: SeriesQuery, days: SeriesQuery, p: Period, lang: Lang, t: T): KindView['matrix'] {
  const cellsOf = (q: SeriesQuery, style: ValueStyle, units: Set<string>, communes: Set<string>) => {
    const out = new Map<string, string>();
    for (const g of sumsBy({ ...q, period: p, by: 'unit' })) {
      if (!units.has(g.name)) continue;
      const helped = q.st.table.columns.beneficiary_commune as TextColumn;
      const byCommune = new Map<string, number[]>();
      for (const r of g.rows) {
        const c = helped.dict[helped.codes[r]!] ?? '';
        const list = byCommune.get(c);
        if (list) list.push(r);
        else byCommune.set(c, [r]);
      }
      for (const [commune, rows] of byCommune) {
        if (!communes.has(commune)) continue;
        const sum = sumQualified(q.st.table.columns[q.field] as NumberColumn, Uint32Array.from(rows));
        out.set(`${g.name}\u0000${commune}`, valueWords(sum.value, sum.qualifier, style, lang));
      }
    }
    return out;
  };
  // A matrix a person can read: the largest units and communes helped when there are more.
  const units = new Set(
    sumsBy({ ...money, period: p, by: 'unit' })
      .slice(0, MATRIX_MAX)
      .map((g) => g.name),
  );
  const communes = new Set(
    sumsBy({ ...money, period: p, by: 'beneficiary_commune' })
      .slice(0, MATRIX_MAX)
      .map((g) => g.name),
  );
  for (const g of sumsBy({ ...days, period: p, by: 'unit' })) if (units.size < MATRIX_MAX) units.add(g.name);
  for (const g of sumsBy({ ...days, period: p, by: 'beneficiary_commune' })) if (communes.size < MATRIX_MAX) communes.add(g.name);
  const m = cellsOf(money, { money: true }, units, communes);
  const d = cellsOf(days, { unit: t('unit.workdays') }, units, communes);
  const pairs = [...new Set([...m.keys(), ...d.keys()])].map((k) => k.split('\u0000') as [string, string]);
  if (!pairs.length) return null;
  const collator = new Intl.Collator('vi');
  const columns = [...new Set(pairs.map(([, c]) => c))].sort(collator.compare);
  const rows = [...new Set(pairs.map(([u]) => u))].sort(collator.compare);
  const cut = units.size >= MATRIX_MAX || communes.size >= MATRIX_MAX;
  return {
    columns,
    caption:
      t('view.contributions.matrix', { period: formatPeriod(p.start, p.end, lang) }) +
      (cut ? ` ${t('view.contributions.matrixCut', { count: String(MATRIX_MAX) })}` : ''),
    rows: rows.map((name) => ({
      name,
      cells: columns.map((c) => {
        const parts = [m.get(`${name}\u0000${c}`), d.get(`${name}\u0000${c}`)].filter((x): x is string => !!x);
        return parts.length ? parts.join('; ') : null;
      }),
    })),
  };
}

/** "Chi bộ A → Giáo Hiệu: Làm đường giao thông nông thôn, hơn 2 km": purpose and quantity where given. */
function purposes(placed: Placed, area: UnitNode, p: Period, lang: Lang, t: T): string[] {
  const st = placed.tables.contributions;
  const placement = placed.placements.contributions;
  if (!st || !placement) return [];
  const { columns } = st.table;
  const text = (name: string, i: number) => {
    const col = columns[name] as TextColumn | undefined;
    const code = col?.type === 'text' ? col.codes[i]! : -1;
    return code >= 0 ? col!.dict[code]! : null;
  };
  const years = columns.year as YearColumn;
  const quantity = columns.quantity as NumberColumn | undefined;
  const purposeColumn = columns.purpose as TextColumn | undefined;
  // No purpose written anywhere: nothing to look for in the rows.
  if (purposeColumn?.type !== 'text' || !purposeColumn.dict.length) return [];
  const inside = insideMask(placed.units, area);
  const out: string[] = [];
  for (let i = 0; i < st.table.length && out.length < 50; i++) {
    if (years.start[i] !== p.start || years.end[i] !== p.end || purposeColumn.codes[i]! < 0) continue;
    const node = placement.node[i]! >= 0 ? placement.node[i]! : placement.host[i]!;
    if (node < 0 || !inside[node]) continue;
    const purpose = text('purpose', i);
    if (!purpose) continue;
    const amount =
      quantity?.type === 'number' && !Number.isNaN(quantity.values[i]!)
        ? valueWords(
            quantity.values[i]!,
            QUALIFIER_CODES[quantity.qualifiers[i]!] ?? null,
            { unit: text('quantity_uom', i) ?? undefined },
            lang,
          )
        : null;
    out.push(
      t('view.contributions.purpose', {
        unit: dataText(text('unit', i) ?? '', lang),
        commune: dataText(text('beneficiary_commune', i) ?? '', lang),
        purpose,
        amount: amount ? `, ${amount}` : '',
      }),
    );
  }
  return out;
}
