/**
 * The presenter's deck in the browser and meeting mode in the URL. `SlideDeck` is the deck being
 * built, kept in localStorage (in its `deck=` form, so what is stored is read with the same
 * checks as a link); `Meeting` follows `?present=1&slide=N&deck=…`: which deck is shown, which
 * slide, and where Esc goes back to.
 */
import {
  addSlide,
  decodeDeck,
  editorHref,
  encodeDeck,
  hrefAtSlide,
  hrefParam,
  moveSlide,
  presentHref,
  removeSlide,
  retitleSlide,
  slideNumber,
  type Deck,
  type DeckError,
  type Slide,
} from './deck.ts';

const STORAGE_KEY = 'thi-dua:deck';

/** Where the deck is kept between visits (localStorage, or a test double; null: nowhere). */
export type DeckStorage = Pick<Storage, 'getItem' | 'setItem'> | null;

/** The deck being built, saved on every change. */
export class SlideDeck {
  #slides = $state.raw<Deck>([]);
  readonly #storage: DeckStorage;

  constructor(storage: DeckStorage) {
    this.#storage = storage;
    const read = decodeDeck(safely(() => storage?.getItem(STORAGE_KEY)) ?? null);
    if (read.ok) this.#slides = read.deck;
  }

  /** The slides, in order. */
  get slides(): Deck {
    return this.#slides;
  }

  /** The deck as a `deck=` value (null when empty or too long for a link). */
  get param(): string | null {
    return this.#slides.length ? encodeDeck(this.#slides) : null;
  }

  /** Adds a slide at the end; false when it was there already or the deck is full. */
  add(slide: Slide): boolean {
    const next = addSlide(this.#slides, slide);
    if (next === this.#slides) return false;
    this.#set(next);
    return true;
  }

  move(i: number, by: number): void {
    this.#set(moveSlide(this.#slides, i, by));
  }

  remove(i: number): void {
    this.#set(removeSlide(this.#slides, i));
  }

  retitle(i: number, title: string): void {
    this.#set(retitleSlide(this.#slides, i, title));
  }

  /** Replaces the whole deck (a deck opened from a link, kept as one's own). */
  replace(deck: Deck): void {
    this.#set(deck);
  }

  #set(deck: Deck): void {
    this.#slides = deck;
    const value = deck.length ? encodeDeck(deck) : '';
    if (value !== null) safely(() => this.#storage?.setItem(STORAGE_KEY, value));
  }
}

/** Meeting mode as the URL says: on or off, the deck shown, the slide (from 1). */
export class Meeting {
  #href = $state('');
  #returnTo: string | null = null;
  /** Set while Back is on its way (leaving twice, by Esc and by full screen ending, would go back twice). */
  #leaving = false;
  readonly #win: Window | null;

  constructor(win: Window | null) {
    this.#win = win;
    if (win) {
      this.#href = win.location.href;
      win.addEventListener('popstate', () => {
        this.#href = win.location.href;
        this.#leaving = false;
      });
    }
  }

  #param(name: string): string | null {
    return hrefParam(this.#href, name);
  }

  /** True in meeting mode (`?present=1`). */
  get active(): boolean {
    return this.#param('present') === '1';
  }

  /** The deck the URL carries, or why it could not be read. */
  get linked(): { ok: true; deck: Deck } | { ok: false; error: DeckError } {
    return decodeDeck(this.#param('deck'));
  }

  /** The slide shown (from 1), kept inside a deck of `count`. */
  slide(count: number): number {
    return slideNumber(this.#param('slide'), count);
  }

  /** Starts meeting mode on `deck` at `slide`; Esc will come back to the page shown now. */
  enter(deckParam: string | null, slide = 1): void {
    if (!this.#win) return;
    this.#returnTo = this.#win.location.href;
    this.#win.history.pushState(null, '', presentHref(this.#win.location.href, deckParam, slide));
    this.#href = this.#win.location.href;
  }

  /** Shows slide `n` (the history keeps one entry for the whole meeting). */
  show(n: number): void {
    if (!this.#win) return;
    const href = hrefAtSlide(this.#win.location.href, n);
    this.#win.history.replaceState(null, '', href);
    this.#href = href;
  }

  /** The link that reopens this slide of this deck. */
  get href(): string {
    return this.#href;
  }

  /** Leaves meeting mode: back to where the presenter was, or (a link opened fresh) to the deck editor. */
  leave(): void {
    const win = this.#win;
    if (!win || this.#leaving || !this.active) return;
    this.#leaving = true;
    const entered = this.#returnTo !== null;
    this.#returnTo = null;
    // Entered from the app: the meeting is one entry of the history (slides replace it), so Back
    // returns exactly where the presenter was, and the router follows it.
    if (entered) return win.history.back();
    win.history.pushState(null, '', editorHref(win.location.href, this.#param('deck')));
    win.dispatchEvent(new PopStateEvent('popstate'));
  }
}

function safely<T>(fn: () => T): T | null {
  try {
    return fn();
  } catch {
    return null;
  }
}
