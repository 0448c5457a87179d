/**
 * What a URL says the page shows: the page (`?view=criteria`), and the filters every view
 * applies — `year=2018` or `period=2016-2021`, `area=…`, `unit=` repeated for each chosen unit
 * (names can hold commas, so never a comma list) — beside `?lang=`. A link reopens the same
 * view with the same filters. Plain TypeScript.
 */
import type { Period } from '../aggregate/index.ts';
import { urlWithoutExplorer } from '../table/explorer/url.ts';

/** The pages of the app. */
export type View =
  'overview' | 'criteria' | 'pledges' | 'contributions' | 'awards' | 'targets' | 'compare' | 'table' | 'slides' | 'data' | 'templates';

/** The pages, in the order the navigation lists them. */
export const VIEWS: readonly View[] = [
  'overview',
  'criteria',
  'pledges',
  'contributions',
  'awards',
  'targets',
  'compare',
  'table',
  'slides',
  'data',
  'templates',
];

/** The pages that draw figures, and so take the filters. */
export const FIGURE_VIEWS: readonly View[] = ['overview', 'criteria', 'pledges', 'contributions', 'awards', 'targets', 'compare'];

/** The filters of the figure views. */
export interface Filters {
  /** The area shown by name; null: the one the data opens on. */
  area: string | null;
  /** One year or one period (`start === end` for a year); null: the latest the data holds. */
  period: Period | null;
  /** The units or communes chosen, in the order chosen; none: all of them. */
  units: string[];
}

/** No filter: the opening area, the latest year, every unit. */
export const NO_FILTERS: Filters = { area: null, period: null, units: [] };

/** The filters a URL names; a year or period that does not read as one is ignored. */
export function filtersFromUrl(href: string): Filters {
  const params = new URL(href).searchParams;
  const year = yearOf(params.get('year'));
  const period = periodOf(params.get('period'));
  const units = [
    ...new Set(
      params
        .getAll('unit')
        .map((u) => u.trim())
        .filter(Boolean),
    ),
  ];
  return { area: paramFromUrl(href, 'area'), period: year !== null ? { start: year, end: year } : period, units };
}

/** The URL with these filters, every other parameter kept: `year=` for one year, `period=` for a span. */
export function urlWithFilters(href: string, filters: Filters): string {
  const url = new URL(href);
  for (const name of ['area', 'year', 'period', 'unit']) url.searchParams.delete(name);
  if (filters.area !== null) url.searchParams.set('area', filters.area);
  const p = filters.period;
  if (p) url.searchParams.set(p.start === p.end ? 'year' : 'period', p.start === p.end ? String(p.start) : `${p.start}-${p.end}`);
  for (const unit of filters.units) url.searchParams.append('unit', unit);
  return url.href;
}

/** True when two filters say the same. */
export function sameFilters(a: Filters, b: Filters): boolean {
  return (
    a.area === b.area &&
    a.period?.start === b.period?.start &&
    a.period?.end === b.period?.end &&
    a.units.length === b.units.length &&
    a.units.every((u, i) => u === b.units[i])
  );
}

function yearOf(value: string | null): number | null {
  const m = value ? /^\s*((?:19|20)\d\d)\s*$/.exec(value) : null;
  return m ? Number(m[1]) : null;
}

function periodOf(value: string | null): Period | null {
  const m = value ? /^\s*((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)\s*$/.exec(value) : null;
  if (!m) return null;
  const [start, end] = [Number(m[1]), Number(m[2])];
  return start <= end ? { start, end } : null;
}

/** The view a URL names (`?view=data`); the overview when it names none or an unknown one. */
export function viewFromUrl(href: string): View {
  const value = new URL(href).searchParams.get('view');
  return VIEWS.find((v) => v === value) ?? 'overview';
}

/**
 * The URL of `view`, keeping every other parameter (`?lang=en`, the filters); the overview has
 * no `view`; the table explorer's own parameters stay with it (`?kind=`, `?q=`, `?sort=`…).
 */
export function urlOfView(href: string, view: View): string {
  const url = new URL(view === 'table' ? href : urlWithoutExplorer(href));
  // The deck belongs to the deck editor and to meeting mode, not to the pages it was made from.
  for (const name of ['present', 'slide', ...(view === 'slides' ? [] : ['deck'])]) url.searchParams.delete(name);
  // The compare view's indicator (`?indicator=money`) stays with it.
  if (view !== 'compare') url.searchParams.delete('indicator');
  if (view === 'overview') url.searchParams.delete('view');
  else url.searchParams.set('view', view);
  url.hash = '';
  return url.href;
}

/** The embed view a URL asks for (`embed=1`: one chart alone, `chart=<figure id>`), or null for the whole page. */
export function embedFromUrl(href: string): { chart: string } | null {
  const params = new URL(href).searchParams;
  if (params.get('embed') !== '1') return null;
  return { chart: params.get('chart')?.trim() ?? '' };
}

/** A text parameter of a URL (`?area=Pác Nặm`), trimmed; null when absent or blank. */
export function paramFromUrl(href: string, name: string): string | null {
  const value = new URL(href).searchParams.get(name)?.trim();
  return value ? value : null;
}

/** The URL with parameter `name` set to `value` (removed when null), every other one kept. */
export function urlWithParam(href: string, name: string, value: string | null): string {
  const url = new URL(href);
  if (value === null) url.searchParams.delete(name);
  else url.searchParams.set(name, value);
  return url.href;
}
