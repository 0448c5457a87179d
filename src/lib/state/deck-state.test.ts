// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { Meeting, SlideDeck } from './deck.svelte.ts';
import { encodeDeck, type Slide } from './deck.ts';

const slide = (chart: string): Slide => ({ view: 'criteria', chart, title: chart, filters: { area: null, period: null, units: [] } });

/** localStorage's two methods over a Map, optionally refusing every write. */
function storage(refuse = false) {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => {
      if (refuse) throw new Error('QuotaExceededError');
      map.set(k, v);
    },
  };
}

describe('SlideDeck', () => {
  it('keeps the deck between visits: what one page built, the next reads back', () => {
    const store = storage();
    const deck = new SlideDeck(store);
    expect(deck.add(slide('a'))).toBe(true);
    expect(deck.add(slide('b'))).toBe(true);
    expect(deck.add(slide('a'))).toBe(false);
    deck.move(1, -1);
    deck.retitle(0, 'Trang đầu');
    expect(new SlideDeck(store).slides.map((s) => s.title)).toEqual(['Trang đầu', 'a']);
    deck.remove(0);
    deck.remove(0);
    expect(new SlideDeck(store).slides).toEqual([]);
    expect(deck.param).toBeNull();
  });

  it('starts empty on a stored value that is not a deck, and works in memory where storage refuses', () => {
    const store = storage();
    store.map.set('thi-dua:deck', '{not a deck');
    expect(new SlideDeck(store).slides).toEqual([]);
    const refused = new SlideDeck(storage(true));
    expect(refused.add(slide('a'))).toBe(true);
    expect(refused.slides).toHaveLength(1);
    expect(new SlideDeck(null).slides).toEqual([]);
  });
});

describe('Meeting', () => {
  afterEach(() => window.history.replaceState(null, '', '/'));

  it('follows ?present=1&slide=N&deck=… and, from a link opened fresh, leaves to the deck editor with the deck', () => {
    const value = encodeDeck([slide('a'), slide('b'), slide('c')])!;
    window.history.replaceState(null, '', `/?present=1&slide=2&deck=${value}&lang=en`);
    const meeting = new Meeting(window);
    expect(meeting.active).toBe(true);
    expect(meeting.slide(3)).toBe(2);
    expect(meeting.linked).toMatchObject({ ok: true });
    meeting.show(3);
    expect(new URL(window.location.href).searchParams.get('slide')).toBe('3');
    expect(meeting.slide(3)).toBe(3);
    meeting.leave();
    const url = new URL(window.location.href);
    expect(Object.fromEntries(url.searchParams)).toEqual({ view: 'slides', deck: value, lang: 'en' });
    expect(meeting.active).toBe(false);
  });

  it('enters from a page, and the link it shows reopens that slide', () => {
    window.history.replaceState(null, '', '/?view=slides');
    const meeting = new Meeting(window);
    expect(meeting.active).toBe(false);
    const value = encodeDeck([slide('a'), slide('b')])!;
    meeting.enter(value, 2);
    expect(meeting.active).toBe(true);
    expect(meeting.slide(2)).toBe(2);
    expect(new URL(meeting.href).searchParams.get('deck')).toBe(value);
  });
});
