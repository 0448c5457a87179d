/**
 * What a person sees on the overview, in real Chromium: the key figures in Vietnamese, the
 * criteria chart, the figures table with sources, and the switch to English and back.
 */
import assert from './assert.ts';
import type { Page } from 'playwright-core';

/** One browser test: a sentence and what it does on a freshly opened page. */
export interface E2eCase {
  name: string;
  /** Path and query to open, relative to the app's base URL (default: the app itself). */
  path?: string;
  /** A selector present once the page is ready (default: the pledges card of the overview). */
  ready?: string;
  /** Console errors the test itself causes (a 404 it asks for), not counted as failures. */
  allowErrors?: RegExp;
  run: (page: Page) => Promise<void>;
}

const kpi = (page: Page, id: string) => page.locator(`[data-kpi="${id}"]`);
const text = async (page: Page, selector: string) => (await page.locator(selector).first().textContent())?.trim() ?? '';

export const cases: E2eCase[] = [
  {
    name: 'the pledges card shows 15.486 pledges over 2016–2021',
    run: async (page) => {
      assert.equal(await text(page, '[data-kpi="pledges"] .value'), '15.486');
      assert.equal(await text(page, '[data-kpi="pledges"] .label'), 'lượt cam kết, 2016–2021');
    },
  },
  {
    name: 'the other cards read 26/33, "hơn 91 triệu đồng", "khoảng 1.138 ngày công" and "gần 50" as the report says',
    run: async (page) => {
      assert.equal(await text(page, '[data-kpi="targets"] .value'), '26/33');
      assert.equal(await text(page, '[data-kpi="targets"] .label'), 'chỉ tiêu KT-XH đạt, Huyện Pác Nặm, 2018');
      assert.equal(await text(page, '[data-kpi="money"] .value'), 'hơn 91 triệu đồng');
      assert.equal(await text(page, '[data-kpi="workdays"] .value'), 'khoảng 1.138 ngày công');
      assert.equal(await text(page, '[data-kpi="commendations"] .value'), 'gần 50');
      assert.match(
        await kpi(page, 'money').locator('figcaption').innerText(),
        /^Nguồn: Báo cáo Huyện ủy Pác Nặm 2021 \(tệp contributions\.csv\)$/,
      );
      assert.equal(await text(page, '[data-kpi="money"] [data-basis]'), 'tổng của 2 xã');
    },
  },
  {
    name: 'the chart has a bar for Bộc Bố at 16 of 19 and one for Giáo Hiệu at 14',
    run: async (page) => {
      const bocBo = page.locator('[data-commune="Bộc Bố"]');
      assert.equal(await bocBo.getAttribute('data-value'), '16');
      assert.equal(await bocBo.getAttribute('data-total'), '19');
      assert.equal((await bocBo.textContent())?.trim(), '16/19');
      assert.equal(await page.locator('[data-commune="Giáo Hiệu"]').getAttribute('data-value'), '14');
      assert.ok(await page.getByText('Đạt chuẩn NTM (19)').isVisible());
    },
  },
  {
    name: 'the chart is a figure named by its heading, with its source and a link to the table',
    run: async (page) => {
      const figure = page.getByRole('figure', { name: 'Tiêu chí nông thôn mới đạt được theo xã' });
      assert.equal(await figure.locator('svg').getAttribute('aria-labelledby'), 'criteria-title');
      assert.match(await figure.locator('figcaption').innerText(), /Nguồn: Báo cáo Huyện ủy Pác Nặm 2021 \(tệp criteria\.csv\)/);
      const href = await figure.getByRole('link', { name: 'Xem bảng số liệu' }).getAttribute('href');
      assert.equal(href, '#figures');
      assert.equal(await page.locator('table#figures').count(), 1);
    },
  },
  {
    name: 'a bar reached with the keyboard opens its tooltip, and Escape closes it',
    run: async (page) => {
      const bar = page.locator('[data-commune="Bộc Bố"]');
      await bar.focus();
      const tooltip = page.locator('.tooltip');
      assert.equal(await tooltip.innerText(), 'Bộc Bố: đạt 16 trên 19 tiêu chí, năm 2018');
      await page.keyboard.press('Escape');
      assert.equal(await tooltip.count(), 0);
    },
  },
  {
    name: 'the figures table lists every figure with its source, and sorts by a column',
    run: async (page) => {
      const table = page.getByRole('table', { name: /Mọi số liệu đang hiển thị/ });
      const rows = table.locator('tbody tr');
      assert.ok((await rows.count()) >= 15, 'at least 15 figures');
      assert.ok(await table.locator('tbody tr', { hasText: '15.486' }).getByText('tệp pledges.csv, dòng 2').isVisible());
      const sources = await table.locator('tbody td:nth-child(5)').allInnerTexts();
      assert.ok(
        // The report, then the file and line of the figure.
        sources.every((s) => /^Báo cáo Huyện ủy Pác Nặm 2021\ntệp \w+\.csv, dòng \d+$/.test(s)),
        sources.join(' | '),
      );
      await table.getByRole('button', { name: 'Số liệu' }).click();
      assert.ok((await table.locator('th[aria-sort]').count()) === 1);
      const first = await rows.first().locator('td').nth(3).innerText();
      const last = await rows.last().locator('td').nth(3).innerText();
      assert.deepEqual([first, last].sort(), ['0 người', '15.486'].sort(), `${first} … ${last}`);
    },
  },
  {
    name: 'the language switch turns the page to English (15,486) and back to Vietnamese',
    run: async (page) => {
      await page.getByRole('button', { name: 'English' }).click();
      // English is loaded on first use: the page turns once it has come.
      await page.getByRole('button', { name: 'English', pressed: true }).waitFor();
      assert.equal(await text(page, '[data-kpi="pledges"] .value'), '15,486');
      assert.equal(await text(page, '[data-kpi="money"] .value'), 'more than 91 million VND');
      assert.equal(await text(page, '[data-kpi="workdays"] .value'), 'about 1,138 workdays');
      assert.equal(await page.locator('html').getAttribute('lang'), 'en');
      assert.equal(new URL(page.url()).searchParams.get('lang'), 'en');
      assert.equal(await page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed'), 'true');
      assert.ok(await page.getByRole('heading', { name: 'New-rural criteria met by commune' }).isVisible());

      await page.reload();
      assert.equal(await text(page, '[data-kpi="pledges"] .value'), '15,486', 'the choice survives a reload');

      await page.getByRole('button', { name: 'Tiếng Việt' }).click();
      assert.equal(await text(page, '[data-kpi="pledges"] .value'), '15.486');
      assert.equal(await page.locator('html').getAttribute('lang'), 'vi');
      assert.equal(new URL(page.url()).searchParams.get('lang'), null);
    },
  },
  {
    name: 'offline, a page whose code cannot load and English that cannot load are said in words; the page stays as it was',
    allowErrors: /Failed to fetch|net::ERR_FAILED|dynamically imported module|Importing a module script failed/,
    run: async (page) => {
      await page.route(/\/assets\/(Data|en)-[^/]*\.js$/, (route) => route.abort());
      await page.getByRole('navigation').getByRole('link', { name: 'Dữ liệu' }).click();
      await page.getByRole('alert').filter({ hasText: 'Không mở được trang này' }).waitFor();
      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('alert').filter({ hasText: 'Không tải được phần tiếng Anh' }).waitFor();
      assert.equal(await page.locator('html').getAttribute('lang'), 'vi');
      assert.equal(await page.getByRole('button', { name: 'Tiếng Việt' }).getAttribute('aria-pressed'), 'true');
      await page.unroute(/\/assets\//);
      await page.getByRole('navigation').getByRole('link', { name: 'Tổng quan' }).click();
      assert.equal(await text(page, '[data-kpi="pledges"] .value'), '15.486');
    },
  },
  {
    name: 'a link with ?lang=en opens the page in English',
    path: '?lang=en',
    run: async (page) => {
      assert.equal(await page.locator('html').getAttribute('lang'), 'en');
      assert.equal(await text(page, '[data-kpi="pledges"] .label'), 'pledges, 2016–2021');
      assert.equal(await page.title(), 'Emulation movements & Directive 05-CT/TW — Pác Nặm district, Bắc Kạn province');
    },
  },
  {
    name: 'on a phone-sized screen the page never scrolls sideways (only the wide table does)',
    run: async (page) => {
      await page.setViewportSize({ width: 360, height: 740 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `page overflows by ${overflow}px`);
    },
  },
];
