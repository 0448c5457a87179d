/**
 * The compare view in real Chromium: communes picked by typing without diacritics, their small
 * multiples on one shared axis, a link reopened in a fresh page, a sentence copied to the
 * clipboard, the ranking sorted and exported as CSV and read back, honest states for too few and
 * unknown units; no NaN or undefined on screen, and no serious or critical axe-core violation.
 */
import assert from './assert.ts';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { E2eCase } from './overview.e2e.ts';

const READY = '[data-compare]';
const MAIN_SENTENCE =
  'Năm 2018, xã Bộc Bố đạt 16/19 tiêu chí, hơn xã Giáo Hiệu 2 tiêu chí; tăng 6 tiêu chí so với năm 2017 (số năm 2017 là số suy ra, không ghi trong báo cáo).';
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The left axis of each panel: its tick texts with their heights. */
async function yAxes(page: Page): Promise<{ panel: string; ticks: string[] }[]> {
  return page.locator('[data-panel]').evaluateAll((panels) =>
    panels.map((p) => ({
      panel: p.getAttribute('data-panel') ?? '',
      ticks: [...p.querySelectorAll('g.axis-left text:not(.label)')].map((t) => `${t.textContent}@${t.getAttribute('y')}`),
    })),
  );
}

/** Ticks a commune in the unit chooser after typing part of its name. */
async function pick(page: Page, typed: string, name: string): Promise<void> {
  const search = page.locator('#main input[type="search"]');
  await search.fill(typed);
  await page.getByRole('checkbox', { name, exact: true }).check();
}

async function noBrokenValues(page: Page): Promise<void> {
  assert.doesNotMatch(await page.locator('main').innerText(), /\bNaN\b|\bundefined\b|\bnull\b|\[object /);
}

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

export const cases: E2eCase[] = [
  {
    name: 'compare view: opens from the navigation, asks for two units, picks them typed without diacritics; the small multiples share one axis',
    run: async (page) => {
      await page.getByRole('navigation').getByRole('link', { name: 'So sánh', exact: true }).click();
      await page.locator('[data-compare-notice]').waitFor();
      assert.match(await page.locator('[data-compare-notice]').innerText(), /Hãy chọn ít nhất 2/);
      await page.locator('#main details.units summary').click();
      await pick(page, 'boc bo', 'Bộc Bố');
      assert.match(await page.locator('[data-compare-notice]').innerText(), /Hãy chọn ít nhất 2/);
      await pick(page, 'giao hieu', 'Giáo Hiệu');
      await page.locator('#compare-period').selectOption('2018-2018');
      await page.locator(READY).waitFor();
      const url = new URL(page.url());
      assert.equal(url.searchParams.get('view'), 'compare');
      assert.deepEqual(url.searchParams.getAll('unit'), ['Bộc Bố', 'Giáo Hiệu']);
      assert.equal(url.searchParams.get('year'), '2018');
      assert.equal(await page.locator('[data-sentence="0"] p').innerText(), MAIN_SENTENCE);
      const axes = await yAxes(page);
      assert.equal(axes.length, 2);
      assert.ok(axes[0]!.ticks.length >= 2, 'ticks drawn');
      assert.deepEqual(axes[1]!.ticks, axes[0]!.ticks, 'one shared y axis: same tick values at the same heights');
      // The axis ends at the set's total (19), drawn as a rule in every panel.
      assert.equal(await page.locator('[data-panel] text', { hasText: /^19$/ }).count(), 2);
      await noBrokenValues(page);
      assert.deepEqual(await axeViolations(page), []);
    },
  },
  {
    name: 'compare view: a link opens the same comparison in a fresh page; a sentence is copied as shown',
    path: '?view=compare&unit=B%E1%BB%99c%20B%E1%BB%91&unit=Gi%C3%A1o%20Hi%E1%BB%87u&year=2018',
    ready: READY,
    run: async (page) => {
      const fresh = await page.context().newPage();
      try {
        await fresh.goto(page.url());
        await fresh.locator(READY).waitFor();
        assert.equal(await fresh.locator('[data-sentence="0"] p').innerText(), MAIN_SENTENCE);
        assert.deepEqual(await fresh.locator('[data-rank-row]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-rank-row'))), [
          'Bộc Bố',
          'Giáo Hiệu',
        ]);
      } finally {
        await fresh.close();
      }
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
      await page.locator('[data-sentence="0"]').getByRole('button', { name: 'Sao chép' }).click();
      await page.locator('[data-sentence="0"] [role="status"]', { hasText: 'Đã sao chép.' }).waitFor();
      assert.equal(await page.evaluate(() => navigator.clipboard.readText()), MAIN_SENTENCE);
      await noBrokenValues(page);
    },
  },
  {
    name: 'compare view: the ranking sorts by a heading, follows the indicator in the URL, and exports as CSV read back',
    path: '?view=compare&unit=Gi%C3%A1o%20Hi%E1%BB%87u&unit=B%E1%BA%B1ng%20Th%C3%A0nh&year=2018',
    ready: READY,
    run: async (page) => {
      await page.locator('[data-indicator]').selectOption('money');
      assert.equal(new URL(page.url()).searchParams.get('indicator'), 'money');
      await page.locator('[data-ranking] th', { hasText: 'Tên' }).getByRole('button').click();
      const names = await page.locator('[data-rank-row]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-rank-row')));
      assert.deepEqual(names, ['Bằng Thành', 'Giáo Hiệu']);
      const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải CSV' }).click()]);
      assert.equal(file.suggestedFilename(), 'xep-hang-money-2016–2021.csv');
      const text = readFileSync((await file.path())!, 'utf8');
      assert.equal(
        text,
        '\uFEFFHạng,Tên,tiền đóng góp nhận được (2016–2021),Hạng 2010–2015\r\n2,Bằng Thành,hơn 34,\r\n1,Giáo Hiệu,hơn 57,\r\n',
      );
      // Back returns to the criteria ranking.
      await page.goBack();
      await page.locator('[data-rank-row="Bộc Bố"], [data-compare]').first().waitFor();
      assert.equal(await page.locator('[data-indicator]').inputValue(), 'criteria');
      await noBrokenValues(page);
    },
  },
  {
    name: 'compare view: a name no list holds is said, and the 2025 merger is shown under the new commune',
    path: '?view=compare&unit=B%E1%BA%B1ng%20Th%C3%A0nh&unit=Cao%20Minh&unit=Kh%C3%B4ng%20C%C3%B3&year=2026',
    ready: '[data-compare-unknown]',
    run: async (page) => {
      assert.match(await page.locator('[data-compare-unknown]').innerText(), /Không tìm thấy xã, đơn vị nào tên: Không Có/);
      await page.locator(READY).waitFor();
      assert.match(
        await page.locator('[data-merger]').innerText(),
        /Xã Bằng Thành, tỉnh Thái Nguyên được lập từ Bằng Thành, Bộc Bố, Giáo Hiệu, Nhạn Môn\./,
      );
      assert.equal(await page.locator('[data-figure="money"] td').nth(1).innerText(), 'hơn 91 triệu đồng (cộng Bằng Thành, Giáo Hiệu)');
      assert.equal(await page.locator('[data-figure="criteria"] td').nth(1).innerText(), 'Bộc Bố 16/19; Giáo Hiệu 14/19 (không cộng)');
      await noBrokenValues(page);
      assert.deepEqual(await axeViolations(page), []);
    },
  },
];
