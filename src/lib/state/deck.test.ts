import { describe, expect, it } from 'vitest';
import {
  addSlide,
  decodeDeck,
  editorHref,
  encodeDeck,
  hrefAtSlide,
  hrefParam,
  keyAction,
  MAX_DECK_PARAM,
  MAX_SLIDES,
  moveSlide,
  nextSlide,
  presentHref,
  removeSlide,
  retitleSlide,
  slideNumber,
  type Deck,
  type Slide,
} from './deck.ts';

const slide = (chart: string, over: Partial<Slide> = {}): Slide => ({
  view: 'criteria',
  chart,
  title: `Biểu đồ ${chart}`,
  filters: { area: null, period: null, units: [] },
  ...over,
});

const three: Deck = [
  slide('criteria'),
  slide('criteria-bands', { filters: { area: 'Huyện Pác Nặm', period: { start: 2018, end: 2018 }, units: [] } }),
  slide('pledges-units', {
    view: 'pledges',
    title: 'Cam kết <img src=x onerror=alert(1)> & "ngoặc"',
    filters: { area: 'Xã Bộc Bố', period: { start: 2016, end: 2021 }, units: ['Đảng uỷ xã, A', 'Chi bộ Nà Pài'] },
  }),
];

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

describe('the deck model', () => {
  it('adds slides at the end, once per chart and filters, up to the limit; titles are trimmed', () => {
    let deck: Deck = [];
    deck = addSlide(deck, slide('a', { title: '  Số   xã đạt  ' }));
    deck = addSlide(deck, slide('b'));
    expect(deck.map((s) => s.chart)).toEqual(['a', 'b']);
    expect(deck[0]!.title).toBe('Số xã đạt');
    expect(addSlide(deck, slide('a'))).toBe(deck);
    // The same chart with other filters is another slide.
    expect(addSlide(deck, slide('a', { filters: { area: null, period: { start: 2018, end: 2018 }, units: [] } }))).toHaveLength(3);
    let full: Deck = [];
    for (let i = 0; i < MAX_SLIDES + 5; i++) full = addSlide(full, slide(`c${i}`));
    expect(full).toHaveLength(MAX_SLIDES);
  });

  it('moves a slide up and down, never out of the deck, and removes and retitles one', () => {
    expect(moveSlide(three, 2, -1).map((s) => s.chart)).toEqual(['criteria', 'pledges-units', 'criteria-bands']);
    expect(moveSlide(three, 0, 1).map((s) => s.chart)).toEqual(['criteria-bands', 'criteria', 'pledges-units']);
    expect(moveSlide(three, 0, -1)).toBe(three);
    expect(moveSlide(three, 2, 1)).toBe(three);
    expect(moveSlide(three, 7, -1)).toBe(three);
    expect(removeSlide(three, 1).map((s) => s.chart)).toEqual(['criteria', 'pledges-units']);
    expect(retitleSlide(three, 1, ' Xã đạt chuẩn ')[1]!.title).toBe('Xã đạt chuẩn');
    expect(retitleSlide(three, 1, 'x'.repeat(500))[1]!.title).toHaveLength(160);
  });
});

describe('the deck in a link', () => {
  it('reads back what it wrote: views, charts, titles with markup as text, areas, years, periods and units with commas', () => {
    const value = encodeDeck(three)!;
    expect(value).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeDeck(value)).toEqual({ ok: true, deck: three });
    expect(new URL(`https://x.vn/?deck=${value}`).searchParams.get('deck')).toBe(value);
  });

  it('refuses a deck too long for a link, and a link value too long to read', () => {
    const long: Deck = Array.from({ length: MAX_SLIDES }, (_, i) =>
      slide(`c${i}`, {
        title: 'Tiêu đề rất dài của một trang trình chiếu '.repeat(4),
        filters: { area: 'Xã Bộc Bố', period: null, units: ['Đơn vị có tên dài'.repeat(3)] },
      }),
    );
    expect(encodeDeck(long)).toBeNull();
    expect(decodeDeck('A'.repeat(MAX_DECK_PARAM + 1))).toEqual({ ok: false, error: 'tooLong' });
  });

  it('gives a reason for garbage, never an exception', () => {
    const garbage = [
      '%%%',
      'abc',
      b64('not json'),
      b64('null'),
      b64('[]'),
      b64('{"v":2,"s":[]}'),
      b64('{"v":1,"s":{}}'),
      b64('{"v":1,"s":[["criteria"]]}'),
      b64('{"v":1,"s":[["nowhere","criteria","t"]]}'),
      b64('{"v":1,"s":[["data","criteria","t"]]}'),
      b64('{"v":1,"s":[["criteria","<script>","t"]]}'),
      b64('{"v":1,"s":[["criteria","criteria",5]]}'),
      b64('{"v":1,"s":[["criteria","criteria","t","", "20x8"]]}'),
      b64('{"v":1,"s":[["criteria","criteria","t","", "2021-2016"]]}'),
      b64('{"v":1,"s":[["criteria","criteria","t","", "", [1,2]]]}'),
      Buffer.from([0xff, 0xfe, 0x00]).toString('base64url'),
    ];
    for (const value of garbage) expect(decodeDeck(value), value).toEqual({ ok: false, error: 'garbage' });
    expect(decodeDeck(null)).toEqual({ ok: false, error: 'empty' });
    expect(decodeDeck('  ')).toEqual({ ok: false, error: 'empty' });
    expect(decodeDeck(b64('{"v":1,"s":[]}'))).toEqual({ ok: false, error: 'empty' });
  });

  it('writes the meeting link and the editor link with the language kept and the rest dropped', () => {
    const value = encodeDeck(three)!;
    const present = new URL(presentHref('https://x.vn/app/?view=criteria&year=2018&lang=en#top', value, 3));
    expect(present.pathname).toBe('/app/');
    expect([...present.searchParams.keys()]).toEqual(['present', 'slide', 'deck', 'lang']);
    expect(present.searchParams.get('slide')).toBe('3');
    expect(present.hash).toBe('');
    const editor = new URL(editorHref(present.href, value));
    expect(Object.fromEntries(editor.searchParams)).toEqual({ view: 'slides', deck: value, lang: 'en' });
    const at5 = hrefAtSlide(present.href, 5);
    expect(hrefParam(at5, 'slide')).toBe('5');
    expect(hrefParam(at5, 'deck')).toBe(value);
    expect(hrefParam('', 'deck')).toBeNull();
  });
});

describe('moving through the deck', () => {
  it('maps clicker and keyboard keys to actions, and other keys to none', () => {
    expect(['ArrowRight', 'PageDown', ' ', 'ArrowDown'].map((k) => keyAction(k))).toEqual(['next', 'next', 'next', 'next']);
    expect(['ArrowLeft', 'PageUp', 'ArrowUp', 'Backspace'].map((k) => keyAction(k))).toEqual([
      'previous',
      'previous',
      'previous',
      'previous',
    ]);
    expect(keyAction(' ', true)).toBe('previous');
    expect([keyAction('Home'), keyAction('End'), keyAction('Escape')]).toEqual(['first', 'last', 'leave']);
    expect([keyAction('a'), keyAction('Enter'), keyAction('Tab')]).toEqual([null, null, null]);
  });

  it('moves inside the deck and stops at its ends', () => {
    expect(nextSlide('next', 1, 8)).toBe(2);
    expect(nextSlide('next', 8, 8)).toBe(8);
    expect(nextSlide('previous', 1, 8)).toBe(1);
    expect(nextSlide('previous', 3, 8)).toBe(2);
    expect(nextSlide('first', 5, 8)).toBe(1);
    expect(nextSlide('last', 2, 8)).toBe(8);
    expect(nextSlide('leave', 2, 8)).toBeNull();
    expect(nextSlide('last', 1, 0)).toBe(1);
  });

  it('reads the slide asked for in the URL, kept inside the deck', () => {
    expect(slideNumber('3', 8)).toBe(3);
    expect(slideNumber('99', 8)).toBe(8);
    expect(slideNumber('0', 8)).toBe(1);
    expect(slideNumber('-2', 8)).toBe(1);
    expect(slideNumber('abc', 8)).toBe(1);
    expect(slideNumber(null, 8)).toBe(1);
    expect(slideNumber('2', 0)).toBe(1);
  });
});
