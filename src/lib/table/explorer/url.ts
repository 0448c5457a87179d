/**
 * The explorer's state in the URL, so a link reopens the same table: `kind=`, `q=` (the
 * search), `sort=col` or `sort=-col` repeated (the first decides), `group=col`, `f.<col>=text`
 * (a column's filter), `min.<col>=` / `max.<col>=` (a number range), `col=` repeated (the
 * columns shown, in order; absent: the kind's default), `w.<col>=` (a column's width in px, set by
 * dragging its edge), `scope=all` (every row, not only the area's). The year or period and the area are
 * the views' own `year=`/`period=` and `area=` (src/lib/state/view-url.ts).
 */
import { KINDS, type Kind } from '../../model/index.ts';
import type { NumberRange, SortKey } from './rows.ts';

/** What the explorer shows, as the URL says it. */
export interface ExplorerState {
  /** The kind of table, or the rows the imports left out; null: the first kind that has rows. */
  kind: Kind | 'excluded' | null;
  q: string;
  sort: SortKey[];
  group: string | null;
  filters: Record<string, string>;
  ranges: Record<string, NumberRange>;
  /** The columns shown, in order; null: the kind's default. */
  columns: string[] | null;
  /** Every row, wherever it lies (`scope=all`), rather than the area chosen's. */
  everywhere: boolean;
  /** Column widths set by hand (px), by column id; the others have their type's width. */
  widths: Record<string, number>;
}

/** The narrowest and widest a column can be made (px). */
export const MIN_WIDTH = 48;
export const MAX_WIDTH = 960;

/** Nothing chosen. */
export const NO_EXPLORER: ExplorerState = {
  kind: null,
  q: '',
  sort: [],
  group: null,
  filters: {},
  ranges: {},
  columns: null,
  everywhere: false,
  widths: {},
};

const OWN = /^(kind|q|sort|group|col|scope|f\..+|min\..+|max\..+|w\..+)$/;

function numberOf(value: string): number | null {
  const text = value.trim().replace(/\s/g, '').replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(text)) return null;
  return Number(text);
}

/**
 * The explorer's state in `href`; what does not read is left out.
 * @example explorerFromUrl('https://x/?view=table&kind=criteria&q=boc+bo&sort=-year').sort // [{ id: 'year', desc: true }]
 */
export function explorerFromUrl(href: string): ExplorerState {
  const params = new URL(href).searchParams;
  const kindParam = params.get('kind');
  const kind = kindParam === 'excluded' ? 'excluded' : (KINDS.find((k) => k.kind === kindParam)?.kind ?? null);
  const seen = new Set<string>();
  const sort: SortKey[] = [];
  for (const raw of params.getAll('sort')) {
    const desc = raw.startsWith('-');
    const id = (desc ? raw.slice(1) : raw).trim();
    if (id && !seen.has(id)) {
      seen.add(id);
      sort.push({ id, desc });
    }
  }
  const filters: Record<string, string> = {};
  const ranges: Record<string, NumberRange> = {};
  const widths: Record<string, number> = {};
  for (const [name, value] of params) {
    const w = /^w\.(.+)$/.exec(name);
    if (w && /^\d+$/.test(value.trim())) widths[w[1]!] = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, Number(value)));
    const m = /^(f|min|max)\.(.+)$/.exec(name);
    if (!m) continue;
    const id = m[2]!;
    if (m[1] === 'f') {
      if (value.trim()) filters[id] = value;
      continue;
    }
    const n = numberOf(value);
    if (n === null) continue;
    const range = (ranges[id] ??= { min: null, max: null });
    if (m[1] === 'min') range.min = n;
    else range.max = n;
  }
  const cols = params.getAll('col').filter(Boolean);
  return {
    kind,
    q: params.get('q') ?? '',
    sort,
    group: params.get('group')?.trim() || null,
    filters,
    ranges,
    columns: cols.length ? [...new Set(cols)] : null,
    everywhere: params.get('scope') === 'all',
    widths,
  };
}

/** `href` without the explorer's parameters (leaving the table for another page). */
export function urlWithoutExplorer(href: string): string {
  const url = new URL(href);
  for (const name of [...url.searchParams.keys()]) if (OWN.test(name)) url.searchParams.delete(name);
  return url.href;
}

/** `href` with the explorer's state written in, every other parameter kept. */
export function urlWithExplorer(href: string, state: ExplorerState): string {
  const url = new URL(urlWithoutExplorer(href));
  const p = url.searchParams;
  if (state.kind) p.set('kind', state.kind);
  if (state.q.trim()) p.set('q', state.q);
  for (const s of state.sort) p.append('sort', s.desc ? `-${s.id}` : s.id);
  if (state.group) p.set('group', state.group);
  for (const [id, text] of Object.entries(state.filters)) if (text.trim()) p.set(`f.${id}`, text);
  for (const [id, range] of Object.entries(state.ranges)) {
    if (range.min !== null) p.set(`min.${id}`, String(range.min));
    if (range.max !== null) p.set(`max.${id}`, String(range.max));
  }
  for (const id of state.columns ?? []) p.append('col', id);
  for (const [id, width] of Object.entries(state.widths)) p.set(`w.${id}`, String(Math.round(width)));
  if (state.everywhere) p.set('scope', 'all');
  return url.href;
}
