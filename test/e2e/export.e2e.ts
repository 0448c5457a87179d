/**
 * Chart export in real Chromium, from the criteria view of the bundled report: the SVG carries
 * the title, source and date as text, an embedded font whose Vietnamese subset draws ạ…ỹ, and
 * nothing but drawing (no script, handler, foreignObject or external reference); the PNGs are
 * 2× and 3× its size; copying puts a PNG on the clipboard; the embed view shows one chart alone.
 * And names written as HTML or `javascript:` read as text everywhere: views, tooltips, the table
 * explorer, its CSV, the exported SVG and PNG — no dialog, no element made from them.
 */
import assert from './assert.ts';
import { readFileSync } from 'node:fs';
import { brotliDecompressSync } from 'node:zlib';
import type { Download, Page } from 'playwright-core';
import { formatLongDate } from '../../src/lib/i18n/long-date.ts';
import type { E2eCase } from './overview.e2e.ts';

const READY = '#criteria-year svg';

/** Clicks an export button of a figure and reads the file it downloads. */
async function exported(page: Page, figure: string, kind: 'svg' | 'png2' | 'png3' | 'csv'): Promise<{ name: string; bytes: Buffer }> {
  const button = kind === 'csv' ? page.getByRole('button', { name: 'Tải CSV' }) : page.locator(`#${figure} [data-export="${kind}"]`);
  const [file]: [Download, void] = await Promise.all([page.waitForEvent('download', { timeout: 15_000 }), button.click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

/** A PNG's size, from its header (IHDR). */
function pngSize(bytes: Buffer): { width: number; height: number } {
  assert.equal(bytes.subarray(0, 8).toString('hex'), '89504e470d0a1a0a', 'a PNG signature');
  assert.equal(bytes.subarray(12, 16).toString('latin1'), 'IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** What the exported SVG holds, read by the browser's XML parser: size, framed lines, every text, markup found that is not drawing. */
async function readSvg(page: Page, svg: string) {
  return page.evaluate((text) => {
    const allowed = new Set(
      'svg g defs title desc path rect line polyline polygon circle ellipse text tspan pattern clipPath mask linearGradient radialGradient stop marker symbol use style'.split(
        ' ',
      ),
    );
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const root = doc.documentElement;
    const bad: string[] = [];
    if (doc.querySelector('parsererror')) bad.push('not well-formed');
    for (const el of [root, ...root.querySelectorAll('*')]) {
      if (el.namespaceURI !== 'http://www.w3.org/2000/svg' || !allowed.has(el.localName)) bad.push(`<${el.nodeName}>`);
      for (const a of el.attributes) {
        if (/^on/i.test(a.name)) bad.push(`${a.name}=`);
        if (/href$/i.test(a.name) && !a.value.trim().startsWith('#')) bad.push(`${a.name}=${a.value}`);
        if (/javascript:/i.test(a.value)) bad.push(`javascript: in ${a.name}`);
        for (const m of a.value.matchAll(/url\(\s*['"]?([^'")]*)/g)) if (!m[1]!.startsWith('#')) bad.push(`url(${m[1]})`);
      }
    }
    const css = [...root.querySelectorAll('style')].map((s) => s.textContent ?? '').join('\n');
    for (const m of css.matchAll(/url\(\s*['"]?([^'")]*)/g))
      if (!m[1]!.startsWith('#') && !m[1]!.startsWith('data:font/woff2;base64,')) bad.push(`css url(${m[1]!.slice(0, 40)})`);
    if (/@import/.test(css)) bad.push('@import');
    return {
      width: Number(root.getAttribute('width')),
      height: Number(root.getAttribute('height')),
      lines: [...root.querySelectorAll('text[data-role]')].map((t) => [t.getAttribute('data-role'), t.textContent] as [string, string]),
      texts: [...root.querySelectorAll('text')].map((t) => t.textContent ?? ''),
      faces: [...css.matchAll(/@font-face\{([^}]*)\}/g)].map((m) => ({
        weight: /font-weight:(\d+)/.exec(m[1]!)?.[1],
        range: /unicode-range:([^;}]*)/.exec(m[1]!)?.[1],
        data: /url\(data:font\/woff2;base64,([A-Za-z0-9+/=]+)\)/.exec(m[1]!)?.[1] ?? '',
      })),
      bad,
    };
  }, svg);
}

/**
 * True for each letter when the font (base64 woff2) draws it whole: the letter drawn in the font
 * gives the same pixels whatever the fallback (monospace or serif), and other pixels than the
 * fallback alone. (Widths would not do: a browser may draw "ạ" as the font's "a" and a dot of
 * the fallback font, which has no width.) The font is loaded from its bytes (no URL), so the
 * page's Content-Security-Policy is untouched.
 */
async function drawnByFont(page: Page, data: string, letters: string[]): Promise<boolean[]> {
  return page.evaluate(
    async ({ data, letters }) => {
      const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
      // A family of its own for each font probed: an earlier probe's glyphs must not answer.
      const family = `ExportProbe${document.fonts.size}`;
      document.fonts.add(await new FontFace(family, bytes).load());
      const canvas = document.createElement('canvas');
      canvas.width = canvas.height = 80;
      const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
      // No named function in here: the test runner's transform would wrap it in a helper the page lacks.
      const drawn: boolean[] = [];
      for (const l of letters) {
        const pixels: string[] = [];
        for (const font of [`48px ${family}, monospace`, `48px ${family}, serif`, '48px monospace']) {
          ctx.clearRect(0, 0, 80, 80);
          ctx.font = font;
          ctx.fillText(l, 10, 60);
          pixels.push(ctx.getImageData(0, 0, 80, 80).data.join(','));
        }
        drawn.push(pixels[0] === pixels[1] && pixels[0] !== pixels[2]);
      }
      return drawn;
    },
    { data, letters },
  );
}

/**
 * The SVG drawn as an image on a canvas, as the PNG export draws it, with its embedded fonts and
 * with its <style> taken out (the browser's fallback font): true when the two differ, that is
 * when the image is drawn in the embedded font (and the page's policy lets the image use it).
 */
async function imageUsesEmbeddedFont(page: Page, svg: string): Promise<boolean> {
  return page.evaluate(async (text) => {
    const bare = text.replace(/<style>[\s\S]*?<\/style>/, '');
    const pixels: string[] = [];
    for (const source of [text, bare]) {
      const url = URL.createObjectURL(new Blob([source], { type: 'image/svg+xml' }));
      const image = new Image();
      image.src = url;
      await image.decode();
      const canvas = document.createElement('canvas');
      [canvas.width, canvas.height] = [image.naturalWidth, image.naturalHeight];
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(image, 0, 0);
      pixels.push(canvas.toDataURL());
      URL.revokeObjectURL(url);
    }
    return pixels[0] !== pixels[1];
  }, svg);
}

const VIETNAMESE_LETTERS = [
  'ạ',
  'ả',
  'ấ',
  'ầ',
  'ẩ',
  'ẫ',
  'ậ',
  'ắ',
  'ặ',
  'ẹ',
  'ế',
  'ệ',
  'ỉ',
  'ị',
  'ọ',
  'ố',
  'ộ',
  'ớ',
  'ợ',
  'ụ',
  'ủ',
  'ứ',
  'ự',
  'ỳ',
  'ỵ',
  'ỷ',
  'ỹ',
  'Ặ',
  'Ỹ',
  'ư',
  'ơ',
  'đ',
  'Đ',
  'ă',
  'ĩ',
  'ũ',
];

/** Every letter of Vietnamese: the vowels with each tone, in both cases, and đ. */
const ALL_VIETNAMESE = [
  ...'aăâeêioôơuưy'
    .split('')
    .flatMap((v) => ['', '\u0300', '\u0301', '\u0303', '\u0309', '\u0323'].map((tone) => (v + tone).normalize('NFC'))),
  'đ',
].flatMap((l) => [l, l.toUpperCase()]);

/** The characters a WOFF2 font maps to glyphs: its table directory read, the tables unpacked (Brotli), the cmap's format 4 subtables read. */
function woff2Characters(font: Buffer): Set<number> {
  let p = 48;
  const base128 = () => {
    let v = 0;
    for (let i = 0; i < 5; i++) {
      const x = font[p++]!;
      v = v * 128 + (x & 0x7f);
      if (!(x & 0x80)) return v;
    }
    throw new Error('bad UIntBase128');
  };
  const tables: { index: number; length: number }[] = [];
  for (let i = 0; i < font.readUInt16BE(12); i++) {
    const flags = font[p++]!;
    const [index, version] = [flags & 0x3f, (flags >> 6) & 3];
    if (index === 63) p += 4;
    const original = base128();
    // glyf and loca are transformed at version 0, the others at any version but 0.
    const transformed = index === 10 || index === 11 ? version === 0 : version !== 0;
    tables.push({ index, length: transformed ? base128() : original });
  }
  const data = brotliDecompressSync(font.subarray(p, p + font.readUInt32BE(20)));
  let offset = 0;
  let cmap: Buffer | null = null;
  for (const t of tables) {
    if (t.index === 0) cmap = data.subarray(offset, offset + t.length);
    offset += t.length;
  }
  assert.ok(cmap, 'a cmap table');
  const chars = new Set<number>();
  for (let i = 0; i < cmap.readUInt16BE(2); i++) {
    const o = cmap.readUInt32BE(8 + i * 8);
    if (cmap.readUInt16BE(o) !== 4) continue;
    const segments = cmap.readUInt16BE(o + 6) / 2;
    for (let s = 0; s < segments; s++) {
      const [end, start] = [cmap.readUInt16BE(o + 14 + 2 * s), cmap.readUInt16BE(o + 16 + 2 * segments + 2 * s)];
      for (let c = start; c <= end && c !== 0xffff; c++) chars.add(c);
    }
  }
  return chars;
}

/** Fails the test on any dialog (alert, confirm, prompt): a name run as code. */
function noDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  return dialogs;
}

const PAYLOAD = '<img src=x onerror=alert(1)>';
const JS = 'javascript:alert(1)';

export const cases: E2eCase[] = [
  {
    name: 'export: a criteria chart downloads as SVG with its title, source and date as text, the bundled font embedded, and nothing but drawing',
    path: '?view=criteria',
    ready: READY,
    run: async (page) => {
      // Neither the export code nor the font is loaded before a chart is exported; the font's four files after.
      const loaded = () => page.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name.split('/').pop()!));
      assert.deepEqual(
        (await loaded()).filter((f) => /\.woff2$|figure-export/.test(f)),
        [],
      );
      const { name, bytes } = await exported(page, 'criteria-year', 'svg');
      const after = await loaded();
      assert.equal(
        after.filter((f) => /^be-vietnam-pro-(latin|vietnamese)-(400|600)-normal-.*\.woff2$/.test(f)).length,
        4,
        after.join(' '),
      );
      assert.ok(after.some((f) => f.startsWith('figure-export')));
      assert.match(name, /^tieu-chi-nong-thon-moi-dat-duoc-theo-xa-\d{4}-\d\d-\d\d\.svg$/);
      const svg = await readSvg(page, bytes.toString('utf8'));
      assert.deepEqual(svg.bad, []);
      const lines = Object.fromEntries(svg.lines);
      assert.equal(lines.title, 'Tiêu chí nông thôn mới đạt được theo xã');
      assert.match(lines.subtitle ?? '', /2018/);
      assert.equal(lines.source, 'Nguồn: Báo cáo Huyện ủy Pác Nặm 2021 (tệp criteria.csv)');
      // The date as the printed pages write it ("ngày 04 tháng 12 năm 2026").
      assert.equal(lines.date, formatLongDate(new Date(), 'vi'));
      assert.match(lines.date ?? '', /^ngày \d\d tháng \d{1,2} năm \d{4}$/);
      // The figure's note under the chart: the communes without a figure that year.
      const notes = svg.lines
        .filter(([role]) => role === 'note')
        .map(([, text]) => text)
        .join(' ');
      assert.match(notes, /^Chưa có số liệu năm 2018: An Thắng, .*Xuân La\.$/);
      // The chart itself: its commune names and values as text.
      assert.ok(svg.texts.includes('Bộc Bố') && svg.texts.includes('16/19'), svg.texts.join(' | '));
      // Vietnamese and Latin subsets, at 400 and 600, all embedded.
      assert.deepEqual(svg.faces.map((f) => f.weight).sort(), ['400', '400', '600', '600']);
      // At each weight, the Latin and Vietnamese subsets together map every Vietnamese letter.
      for (const weight of ['400', '600']) {
        const chars = new Set(
          svg.faces.filter((f) => f.weight === weight).flatMap((f) => [...woff2Characters(Buffer.from(f.data, 'base64'))]),
        );
        const missing = ALL_VIETNAMESE.filter((l) => !chars.has(l.codePointAt(0)!));
        assert.deepEqual(missing, [], `weight ${weight}`);
      }
      // And the browser draws them with it: the Vietnamese subset draws ạ…ỹ whole, whatever the fallback.
      const vietnamese = svg.faces.find((f) => f.weight === '400' && f.range?.includes('U+1EA0-1EF9'));
      assert.ok(vietnamese && vietnamese.data.length > 5000, 'the Vietnamese subset embedded');
      assert.deepEqual(
        await drawnByFont(page, vietnamese.data, VIETNAMESE_LETTERS),
        VIETNAMESE_LETTERS.map(() => true),
      );
      // The checks can fail: the Latin subset alone lacks these letters.
      const latin = svg.faces.find((f) => f.weight === '400' && !f.range?.includes('U+1EA0-1EF9'))!;
      const latinChars = woff2Characters(Buffer.from(latin.data, 'base64'));
      assert.deepEqual(
        ['ạ', 'ỹ', 'đ', 'a'].map((l) => latinChars.has(l.codePointAt(0)!)),
        [false, false, false, true],
      );
      assert.deepEqual(await drawnByFont(page, latin.data, ['đ', 'Đ', 'a']), [false, false, true]);
    },
  },
  {
    name: 'export: PNG at 2× and 3× is twice and three times the SVG, and small multiples export whole',
    path: '?view=criteria',
    ready: READY,
    run: async (page) => {
      for (const figure of ['criteria-year', 'criteria-multiples']) {
        const text = (await exported(page, figure, 'svg')).bytes.toString('utf8');
        const svg = await readSvg(page, text);
        assert.ok(await imageUsesEmbeddedFont(page, text), `${figure}: drawn as an image in the embedded font`);
        assert.deepEqual(svg.bad, [], figure);
        assert.ok(svg.width > 300 && svg.height > 150, `${figure}: ${svg.width}×${svg.height}`);
        for (const scale of [2, 3] as const) {
          const png = await exported(page, figure, scale === 2 ? 'png2' : 'png3');
          assert.match(png.name, /\.png$/);
          assert.deepEqual(pngSize(png.bytes), { width: svg.width * scale, height: svg.height * scale }, `${figure} ${scale}×`);
        }
        if (figure === 'criteria-multiples') {
          // Every panel's heading and drawing is in the file.
          const panels = await page.locator('#criteria-multiples [data-panel]').count();
          assert.ok(panels >= 2);
          assert.equal(svg.texts.filter((t) => t === 'Bộc Bố' || t === 'Giáo Hiệu').length, 2, svg.texts.join(' | '));
        }
      }
    },
  },
  {
    name: 'export: "Sao chép hình" puts a PNG on the clipboard, or says in words that it cannot',
    path: '?view=criteria',
    ready: READY,
    run: async (page) => {
      const origin = new URL(page.url()).origin;
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
      await page.locator('#criteria-bands [data-export="copy"]').click();
      await page.locator('#criteria-bands [data-export-message]').getByText('Đã chép hình').waitFor({ timeout: 15_000 });
      const types = await page.evaluate(async () => (await navigator.clipboard.read()).flatMap((item) => [...item.types]));
      assert.ok(types.includes('image/png'), types.join(','));
      await page.context().clearPermissions();
      // Without a clipboard that takes images, the words and the download instead.
      await page.evaluate(() => Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true }));
      await page.locator('#criteria-bands [data-export="copy"]').click();
      const message = page.locator('#criteria-bands [data-export-message]');
      assert.match(await message.innerText(), /không chép được hình/);
      const [file] = await Promise.all([page.waitForEvent('download'), message.getByRole('button', { name: 'Tải PNG 2×' }).click()]);
      assert.match(file.suggestedFilename(), /^so-xa-theo-so-tieu-chi-dat-.*\.png$/);
    },
  },
  {
    name: 'embed: ?embed=1&chart= shows that chart alone, no header, navigation or footer; an unknown chart is said in words',
    path: '?view=criteria&embed=1&chart=criteria-bands',
    ready: '#criteria-bands svg',
    run: async (page) => {
      assert.equal(await page.locator('figure.chart-figure:visible').count(), 1);
      assert.ok(await page.locator('#criteria-bands').isVisible());
      for (const hidden of ['header', 'nav', 'footer', '#criteria-year', '#area-title', '.figure-actions'])
        assert.equal(await page.locator(`${hidden}:visible`).count(), 0, `${hidden} hidden`);
      assert.ok((await page.locator('#criteria-bands .bar').count()) > 0);
      await page.goto(page.url().replace('chart=criteria-bands', 'chart=criteria-nope'));
      const missing = page.locator('[data-embed-missing]');
      await missing.waitFor({ timeout: 5000 });
      assert.match(await missing.innerText(), /Trang này không có biểu đồ “criteria-nope”/);
      assert.equal(await page.locator('figure.chart-figure:visible').count(), 0);
      // A chart id written as HTML is said as text.
      await page.goto(page.url().replace('chart=criteria-nope', `chart=${encodeURIComponent(PAYLOAD)}`));
      await missing.waitFor({ timeout: 5000 });
      assert.ok((await missing.innerText()).includes(`“${PAYLOAD}”`));
      assert.equal(await page.locator('img[src="x"]').count(), 0);
    },
  },
  {
    name: 'security: names written as HTML or javascript: read as text in charts, tooltips, slides, the compare view, the table, its CSV, SVG and PNG; no dialog',
    path: '?view=data',
    ready: '#import-files',
    run: async (page) => {
      const dialogs = noDialogs(page);
      const csv = [
        'commune,year,criteria_met,criteria_total,district,province,source,note',
        `"${PAYLOAD}",2017,8,19,Pác Nặm,Bắc Kạn,"${PAYLOAD} ${JS}","=HYPERLINK(""${JS}"")"`,
        `"${PAYLOAD}",2018,12,19,Pác Nặm,Bắc Kạn,"${PAYLOAD} ${JS}","<script>alert(2)</script>"`,
        `${JS},2017,5,19,Pác Nặm,Bắc Kạn,"${PAYLOAD} ${JS}",`,
        `${JS},2018,9,19,Pác Nặm,Bắc Kạn,"${PAYLOAD} ${JS}",`,
      ].join('\n');
      // The names are communes of Pác Nặm in a units list too, so the views place them in the district.
      const units = ['name,level,parent,code', `"${PAYLOAD}",xã,Pác Nặm,`, `${JS},xã,Pác Nặm,`].join('\n');
      await page.setInputFiles('#import-files', [
        { name: 'xss.csv', mimeType: 'text/csv', buffer: Buffer.from(`${csv}\n`) },
        { name: 'xss-units.csv', mimeType: 'text/csv', buffer: Buffer.from(`${units}\n`) },
      ]);
      for (const file of ['xss.csv', 'xss-units.csv'])
        await page.locator(`article.job[data-file="${file}"][data-phase="loaded"]`).waitFor({ timeout: 20_000 });

      // The overview's chart of communes.
      await page.getByRole('navigation').getByRole('link', { name: 'Tổng quan', exact: true }).click();
      await page.locator('#criteria svg').waitFor();
      assert.ok((await page.locator('#criteria').innerText()).includes(PAYLOAD), 'the names read as text on the overview');

      // The criteria view: the names as bar labels, in the change chart, the panels and the tooltip.
      await page.getByRole('navigation').getByRole('link', { name: 'Nông thôn mới', exact: true }).click();
      await page.locator(READY).waitFor();
      const main = await page.locator('main').innerText();
      assert.ok(main.includes(PAYLOAD) && main.includes(JS), 'the names read as text in the view');
      const bar = page.locator(`#criteria-year [data-commune="${PAYLOAD}"]`);
      await bar.focus();
      assert.ok((await page.locator('#criteria-year [role="tooltip"], #criteria-year .tooltip').first().innerText()).includes(PAYLOAD));

      // Exports: the SVG has the names as text and nothing else; the PNG is made.
      const svg = await readSvg(page, (await exported(page, 'criteria-year', 'svg')).bytes.toString('utf8'));
      assert.deepEqual(svg.bad, []);
      assert.ok(svg.texts.includes(PAYLOAD) && svg.texts.includes(JS), svg.texts.join(' | '));
      assert.ok(svg.lines.some(([role, text]) => role === 'source' && text.includes(PAYLOAD)));
      pngSize((await exported(page, 'criteria-year', 'png2')).bytes);
      const multiples = await readSvg(page, (await exported(page, 'criteria-multiples', 'svg')).bytes.toString('utf8'));
      assert.deepEqual(multiples.bad, []);
      assert.ok(multiples.texts.includes(PAYLOAD));

      // A slide of that chart in meeting mode, its title taken from the chart, the names as text.
      await page.locator('#criteria-year [data-add-slide]').click();
      await page.getByRole('navigation').getByRole('link', { name: 'Trình chiếu', exact: true }).click();
      await page.locator('[data-start]').click();
      await page.locator('[data-meeting] .slide').waitFor();
      const slide = await page.locator('[data-meeting]').innerText();
      assert.ok(slide.includes(PAYLOAD) && slide.includes(JS), 'the names read as text on the slide');
      await page.keyboard.press('Escape');
      await page.locator('[data-meeting]').waitFor({ state: 'detached' });

      // The compare view: the sentences about them, ready to copy, as text.
      const compare = `?view=compare&unit=${encodeURIComponent(PAYLOAD)}&unit=${encodeURIComponent(JS)}`;
      await page.goto(new URL(compare, page.url()).href);
      await page.locator('main').filter({ hasText: 'đạt' }).waitFor();
      const sentences = await page.locator('main').innerText();
      assert.ok(sentences.includes(PAYLOAD) && sentences.includes(JS), 'the names read as text in the compare view');

      // The table explorer: cells, the row shown whole, and the CSV (a formula neutralised, the rest as written).
      await page.getByRole('navigation').getByRole('link', { name: 'Bảng số liệu', exact: true }).click();
      await page.locator('[data-table-count]').waitFor();
      await page.locator('[data-kind-select]').selectOption('criteria');
      await page.locator('[data-everywhere]').check();
      await page.locator('[data-table-search]').fill('alert');
      const table = await page.locator('#explorer').innerText();
      assert.ok(table.includes(PAYLOAD) && table.includes(JS), 'the names read as text in the table');
      await page.locator('#explorer [data-row]').first().click();
      assert.ok((await page.locator('[data-row-detail]').innerText()).includes(PAYLOAD));
      const text = (await exported(page, '', 'csv')).bytes.toString('utf8');
      assert.ok(text.includes(`"'=HYPERLINK(""${JS}"")"`), `the formula neutralised: ${text}`);
      assert.ok(text.includes(PAYLOAD) && text.includes('<script>alert(2)</script>'));

      // Nowhere was an element made from the names.
      for (const selector of ['img[src="x"]', '[onerror]', 'script:not([src])', 'a[href^="javascript"]'])
        assert.equal(await page.locator(selector).count(), 0, selector);
      assert.deepEqual(dialogs, []);
    },
  },
];
