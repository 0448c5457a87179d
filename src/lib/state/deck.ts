/**
 * The presenter's deck, pure: an ordered list of slides, each one chart of one view with its
 * filters and a title; adding, moving, retitling and removing slides; the deck written into a
 * URL parameter (`deck=`, base64url of a compact JSON) and read back from one, where anything
 * that does not read as a deck gives a reason, never an exception; which slide a key goes to.
 * Plain TypeScript.
 */
import { FIGURE_VIEWS, type Filters, type View } from './view-url.ts';

/** One slide: the chart `chart` (a figure's id) of `view`, drawn with `filters`, under `title`. */
export interface Slide {
  view: View;
  filters: Filters;
  chart: string;
  title: string;
}

/** A deck: its slides in the order shown. */
export type Deck = readonly Slide[];

/** At most this many slides: a meeting, not a report. */
export const MAX_SLIDES = 40;
/** A title is cut to this many characters. */
export const MAX_TITLE = 160;
/** The longest `deck=` value read or written: links longer than this break in some mail and chat programs. */
export const MAX_DECK_PARAM = 6000;

/** The deck with `slide` added at the end (unchanged when full or when the same chart with the same filters is there). */
export function addSlide(deck: Deck, slide: Slide): Deck {
  if (deck.length >= MAX_SLIDES || deck.some((s) => sameSlide(s, slide))) return deck;
  return [...deck, { ...slide, title: cleanTitle(slide.title) }];
}

/** True when two slides show the same chart of the same view with the same filters. */
export function sameSlide(a: Slide, b: Slide): boolean {
  return (
    a.view === b.view &&
    a.chart === b.chart &&
    a.filters.area === b.filters.area &&
    a.filters.period?.start === b.filters.period?.start &&
    a.filters.period?.end === b.filters.period?.end &&
    a.filters.units.join('\n') === b.filters.units.join('\n')
  );
}

/** The deck with slide `i` moved `by` places (-1 up, +1 down), kept inside the deck. */
export function moveSlide(deck: Deck, i: number, by: number): Deck {
  const to = Math.min(deck.length - 1, Math.max(0, i + by));
  if (i < 0 || i >= deck.length || to === i) return deck;
  const next = [...deck];
  const [moved] = next.splice(i, 1);
  next.splice(to, 0, moved!);
  return next;
}

/** The deck without slide `i`. */
export function removeSlide(deck: Deck, i: number): Deck {
  return deck.filter((_, k) => k !== i);
}

/** The deck with slide `i` titled `title` (trimmed, cut to MAX_TITLE). */
export function retitleSlide(deck: Deck, i: number, title: string): Deck {
  return deck.map((s, k) => (k === i ? { ...s, title: cleanTitle(title) } : s));
}

function cleanTitle(title: string): string {
  return title.replace(/\s+/g, ' ').trim().slice(0, MAX_TITLE);
}

/** The slide number (from 1) a `slide=` value asks for, kept inside a deck of `count` slides. */
export function slideNumber(value: string | null, count: number): number {
  const n = value && /^\s*\d+\s*$/.test(value) ? Number(value) : 1;
  return Math.min(Math.max(1, count), Math.max(1, n));
}

/** What a key does in meeting mode. */
export type DeckAction = 'next' | 'previous' | 'first' | 'last' | 'leave';

/** The action of a key (`KeyboardEvent.key`): presentation clickers send PageDown/PageUp; null for any other key. */
export function keyAction(key: string, shift = false): DeckAction | null {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
      return 'next';
    case ' ':
    case 'Spacebar':
      return shift ? 'previous' : 'next';
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
    case 'Backspace':
      return 'previous';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'Escape':
    case 'Esc':
      return 'leave';
    default:
      return null;
  }
}

/** The slide (from 1) an action leads to from slide `at` of `count`; null to leave meeting mode. */
export function nextSlide(action: DeckAction, at: number, count: number): number | null {
  const last = Math.max(1, count);
  switch (action) {
    case 'next':
      return Math.min(last, at + 1);
    case 'previous':
      return Math.max(1, at - 1);
    case 'first':
      return 1;
    case 'last':
      return last;
    case 'leave':
      return null;
  }
}

// The URL form: [view, chart, title, area?, period?, units?] per slide, short and stable.
type Packed = [string, string, string, string?, string?, string[]?];

/** The deck as a `deck=` value: base64url of its compact JSON (UTF-8); null when the result would be longer than MAX_DECK_PARAM. */
export function encodeDeck(deck: Deck): string | null {
  const packed: Packed[] = deck.map((s) => {
    const p = s.filters.period;
    const row: Packed = [s.view, s.chart, s.title];
    if (s.filters.area !== null || p || s.filters.units.length) row.push(s.filters.area ?? '');
    if (p || s.filters.units.length) row.push(p ? (p.start === p.end ? String(p.start) : `${p.start}-${p.end}`) : '');
    if (s.filters.units.length) row.push([...s.filters.units]);
    return row;
  });
  const value = toBase64Url(new TextEncoder().encode(JSON.stringify({ v: 1, s: packed })));
  return value.length > MAX_DECK_PARAM ? null : value;
}

/** Why a `deck=` value was not read. */
export type DeckError = 'tooLong' | 'garbage' | 'empty';

/** A deck read from a `deck=` value, or the reason it could not be. Never throws. */
export type DecodedDeck = { ok: true; deck: Deck } | { ok: false; error: DeckError };

/** Reads a `deck=` value: slides whose view, chart or filters do not make sense are a `garbage` deck, not a crash. */
export function decodeDeck(value: string | null): DecodedDeck {
  if (!value || !value.trim()) return { ok: false, error: 'empty' };
  if (value.length > MAX_DECK_PARAM) return { ok: false, error: 'tooLong' };
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(fromBase64Url(value.trim())));
  } catch {
    return { ok: false, error: 'garbage' };
  }
  const rows = isRecord(json) && json.v === 1 && Array.isArray(json.s) ? json.s : null;
  if (!rows) return { ok: false, error: 'garbage' };
  const deck: Slide[] = [];
  for (const row of rows.slice(0, MAX_SLIDES)) {
    const slide = unpack(row);
    if (!slide) return { ok: false, error: 'garbage' };
    deck.push(slide);
  }
  return deck.length ? { ok: true, deck } : { ok: false, error: 'empty' };
}

const CHART_ID = /^[a-z0-9][a-z0-9-]{0,63}$/i;

function unpack(row: unknown): Slide | null {
  if (!Array.isArray(row) || row.length < 3 || row.length > 6) return null;
  const [view, chart, title, area = '', period = '', units = []] = row as unknown[];
  if (typeof view !== 'string' || !FIGURE_VIEWS.includes(view as View)) return null;
  if (typeof chart !== 'string' || !CHART_ID.test(chart)) return null;
  if (typeof title !== 'string' || typeof area !== 'string' || typeof period !== 'string') return null;
  if (!Array.isArray(units) || !units.every((u) => typeof u === 'string')) return null;
  const parsed = parsePeriod(period);
  if (parsed === undefined) return null;
  return {
    view: view as View,
    chart,
    title: cleanTitle(title),
    filters: { area: area.trim() || null, period: parsed, units: (units as string[]).map((u) => u.trim()).filter(Boolean) },
  };
}

/** A period written `2018` or `2016-2021`; null for none; undefined when it does not read as one. */
function parsePeriod(text: string): Filters['period'] | undefined {
  if (!text) return null;
  const m = /^((?:19|20)\d\d)(?:-((?:19|20)\d\d))?$/.exec(text);
  if (!m) return undefined;
  const start = Number(m[1]);
  const end = m[2] ? Number(m[2]) : start;
  return start <= end ? { start, end } : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error('not base64url');
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/**
 * The meeting-mode link of a deck: `?present=1&slide=N&deck=…`, the language kept, every other
 * parameter dropped; without `deck=` (null) meeting mode shows the deck kept in the browser.
 */
export function presentHref(href: string, deckParam: string | null, slide: number): string {
  const url = new URL(href);
  const lang = url.searchParams.get('lang');
  url.search = '';
  url.hash = '';
  url.searchParams.set('present', '1');
  url.searchParams.set('slide', String(slide));
  if (deckParam) url.searchParams.set('deck', deckParam);
  if (lang) url.searchParams.set('lang', lang);
  return url.href;
}

/** The deck editor's link, carrying the deck (`?view=slides&deck=…`), the language kept. */
export function editorHref(href: string, deckParam: string | null): string {
  const url = new URL(href);
  const lang = url.searchParams.get('lang');
  url.search = '';
  url.hash = '';
  url.searchParams.set('view', 'slides');
  if (deckParam) url.searchParams.set('deck', deckParam);
  if (lang) url.searchParams.set('lang', lang);
  return url.href;
}

/** The address `href` showing slide `n` (`slide=`), everything else kept. */
export function hrefAtSlide(href: string, n: number): string {
  const url = new URL(href);
  url.searchParams.set('slide', String(n));
  return url.href;
}

/** A parameter of an address as written, or null (meeting mode reads `present`, `slide`, `deck`). */
export function hrefParam(href: string, name: string): string | null {
  return href ? new URL(href).searchParams.get(name) : null;
}
