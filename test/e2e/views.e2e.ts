/**
 * The dashboard's views in real Chromium: each opens on the bundled report, on the sample
 * district and after an import; filters go to the URL, Back undoes them, a link reopens the
 * same view; nothing reads NaN or undefined; a phone never scrolls sideways; and axe-core finds
 * no serious or critical accessibility violation on any view.
 */
import assert from './assert.ts';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { E2eCase } from './overview.e2e.ts';

const VIEWS = ['criteria', 'pledges', 'contributions', 'awards', 'targets'] as const;
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Opens a view by its link in the navigation and waits for its heading. */
async function openView(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name, exact: true }).click();
  await page.locator('#area-title').waitFor();
}

/** The page's visible text has no "NaN", "undefined" or "null" where a value should be. */
async function noBrokenValues(page: Page, where: string): Promise<void> {
  const text = await page.locator('main').innerText();
  assert.doesNotMatch(text, /\bNaN\b|\bundefined\b|\bnull\b|\[object /, where);
}

/** axe-core in the page (through the protocol, so the Content-Security-Policy is untouched): serious and critical violations. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (el: Element) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> };
      }
    ).axe;
    return (await axe.run(document.body)).violations;
  });
  return result
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const NAV: Record<(typeof VIEWS)[number], string> = {
  criteria: 'Nông thôn mới',
  pledges: 'Cam kết',
  contributions: 'Đóng góp',
  awards: 'Khen thưởng',
  targets: 'Chỉ tiêu',
};

export const cases: E2eCase[] = [
  {
    name: 'every view opens on the bundled report from the navigation, in the URL, with figures and sources and no NaN',
    run: async (page) => {
      for (const view of VIEWS) {
        await openView(page, NAV[view]);
        assert.equal(new URL(page.url()).searchParams.get('view'), view);
        assert.ok((await page.locator('figure .bar').count()) > 0, `${view}: a chart with bars`);
        assert.match(await page.locator('figure figcaption').first().innerText(), /Nguồn: Báo cáo Huyện ủy Pác Nặm 2021/, view);
        await noBrokenValues(page, view);
      }
    },
  },
  {
    name: 'the criteria view: 2018 by default, the year chosen goes to the URL, Back returns, and the change since 2017 is shown',
    path: '?view=criteria',
    ready: '[data-commune]',
    run: async (page) => {
      assert.deepEqual(
        await page.locator('#criteria-year [data-commune]').evaluateAll((els) => els.map((e) => e.getAttribute('data-commune'))),
        ['Bộc Bố', 'Giáo Hiệu'],
      );
      assert.match(
        (await page.locator('[data-change="Bộc Bố"]').getAttribute('aria-label')) ?? '',
        /10\/19 năm 2017 → 16\/19 năm 2018 \(▲ 6\)/,
      );
      await page.getByLabel('Năm / giai đoạn').selectOption({ label: '2017' });
      assert.equal(new URL(page.url()).searchParams.get('year'), '2017');
      await page.locator('#criteria-year [data-value="10"]').waitFor();
      await page.goBack();
      await page.locator('#criteria-year [data-value="16"]').waitFor();
      assert.equal(new URL(page.url()).searchParams.get('year'), null);
    },
  },
  {
    name: 'the overview takes the year chosen for every card, in the URL, and says which cards have no figure that year',
    run: async (page) => {
      await page.getByLabel('Năm / giai đoạn').selectOption({ label: '2018' });
      assert.equal(new URL(page.url()).searchParams.get('year'), '2018');
      await page.locator('[data-kpi="pledges"] .value', { hasText: '—' }).waitFor();
      assert.equal((await page.locator('[data-kpi="targets"] .value').innerText()).trim(), '26/33');
      await page.goBack();
      await page.locator('[data-kpi="pledges"] .value', { hasText: '15.486' }).waitFor();
    },
  },
  {
    name: 'a commune is found by its name typed without diacritics, and the choice is in the URL',
    path: '?view=criteria',
    ready: '[data-commune]',
    run: async (page) => {
      await page.getByText('Chọn xã / đơn vị').click();
      await page.getByLabel('Tìm theo tên (gõ không dấu cũng được)').fill('giao hieu');
      const boxes = page.locator('.units li');
      assert.deepEqual(
        (await boxes.allInnerTexts()).map((s) => s.trim()),
        ['Giáo Hiệu'],
      );
      await page.getByRole('checkbox', { name: 'Giáo Hiệu' }).check();
      assert.deepEqual(new URL(page.url()).searchParams.getAll('unit'), ['Giáo Hiệu']);
      await page.waitForFunction(() => document.querySelectorAll('#criteria-year [data-commune]').length === 1);
    },
  },
  {
    name: 'a link with view, year and unit opens the same view in a fresh page',
    path: '?view=criteria&year=2017&unit=B%E1%BB%99c+B%E1%BB%91',
    ready: '[data-commune]',
    run: async (page) => {
      assert.deepEqual(
        await page
          .locator('#criteria-year [data-commune]')
          .evaluateAll((els) => els.map((e) => `${e.getAttribute('data-commune')} ${e.getAttribute('data-value')}`)),
        ['Bộc Bố 10'],
      );
      assert.equal(await page.getByLabel('Năm / giai đoạn').inputValue(), '2017-2017');
      assert.equal(await page.locator('[aria-current="page"]').innerText(), 'Nông thôn mới');
    },
  },
  {
    name: 'the contributions view shows who helped whom and keeps "hơn" and "gần" in its figures',
    path: '?view=contributions',
    ready: '[data-matrix]',
    run: async (page) => {
      const matrix = await page.locator('[data-matrix]').innerText();
      assert.match(matrix, /Chi bộ Văn phòng Huyện ủy\s+—\s+hơn 57 triệu đồng; 103 ngày công/);
      assert.match(await page.locator('#workdays-series').innerText(), /khoảng 1\.138 ngày công/);
    },
  },
  {
    name: 'a kind with no figures in the area says so and links to its template',
    path: '?view=awards&area=Th%C3%A1i+Nguy%C3%AAn',
    ready: '[data-empty]',
    run: async (page) => {
      assert.match(await page.locator('[data-empty]').innerText(), /Chưa có số liệu khen thưởng/);
      await page.getByRole('link', { name: 'Mở mẫu tệp' }).click();
      await page.locator('#template-awards').waitFor();
    },
  },
  {
    name: 'every view shows the sample district once it is loaded, apart from the real data',
    path: '?view=data',
    ready: '#import-title',
    run: async (page) => {
      await page.getByRole('button', { name: 'Tải dữ liệu mẫu' }).click();
      await page.locator('[data-sample-banner]').waitFor({ timeout: 20_000 });
      // Every sample file loaded, not only the first (the banner shows with the first).
      await page.waitForFunction(() => document.querySelectorAll('tr[data-origin="sample"]').length === 6, null, { timeout: 20_000 });
      for (const view of VIEWS) {
        await openView(page, NAV[view]);
        await page.locator('figure .bar').first().waitFor();
        assert.ok((await page.locator('figure .bar').count()) > 0, `${view}: the sample's bars`);
        assert.ok(await page.locator('[data-sample-banner]').isVisible(), `${view}: the banner`);
        await noBrokenValues(page, view);
        assert.doesNotMatch(await page.locator('main').innerText(), /Báo cáo Huyện ủy/, `${view}: nothing from the report`);
      }
    },
  },
  {
    name: 'on a 390 px phone no view scrolls sideways',
    run: async (page) => {
      await page.setViewportSize({ width: 390, height: 800 });
      for (const view of VIEWS) {
        await openView(page, NAV[view]);
        const over = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.ok(over <= 0, `${view} scrolls sideways by ${over}px`);
      }
    },
  },
  {
    name: 'axe-core finds no serious or critical violation on the overview, any view or the table',
    run: async (page) => {
      const found: string[] = [];
      found.push(...(await axeViolations(page)).map((v) => `overview: ${v}`));
      for (const view of VIEWS) {
        await openView(page, NAV[view]);
        found.push(...(await axeViolations(page)).map((v) => `${view}: ${v}`));
      }
      await openView(page, 'Bảng số liệu');
      await page.locator('[aria-rowindex]').first().waitFor();
      found.push(...(await axeViolations(page)).map((v) => `table: ${v}`));
      assert.deepEqual(found, []);
    },
  },
];
