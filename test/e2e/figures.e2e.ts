/**
 * Honest figures in real Chromium: one area at a time (chosen, in the URL), one level (a
 * province's units never added to the district's report), the sample kept apart from the real
 * data, every figure naming its files, and cards that fit their box from a phone to a wall.
 */
import assert from './assert.ts';
import type { Page } from 'playwright-core';
import type { E2eCase } from './overview.e2e.ts';

/** Imports files through the Data page's file input, waits until each is loaded, and goes back to the overview. */
async function importFiles(page: Page, files: Record<string, string>): Promise<void> {
  await page.getByRole('link', { name: 'Dữ liệu' }).click();
  await page.locator('#import-files').waitFor({ state: 'attached' });
  await page.setInputFiles(
    '#import-files',
    Object.entries(files).map(([name, text]) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text) })),
  );
  for (const name of Object.keys(files))
    await page.locator(`article.job[data-file="${name}"][data-phase="loaded"]`).waitFor({ timeout: 15_000 });
  await page.getByRole('link', { name: 'Tổng quan' }).click();
  await page.locator('[data-kpi="pledges"]').waitFor();
}

const value = async (page: Page, id: string) => (await page.locator(`[data-kpi="${id}"] .value`).innerText()).trim();
const caption = async (page: Page, id: string) => (await page.locator(`[data-kpi="${id}"] figcaption`).innerText()).trim();

/** Every card's value and caption, for checks across all of them. */
async function cards(page: Page): Promise<{ id: string; value: string; caption: string }[]> {
  return page.locator('[data-kpi]').evaluateAll((els) =>
    els.map((el) => ({
      id: el.getAttribute('data-kpi') ?? '',
      value: el.querySelector('.value')?.textContent?.trim() ?? '',
      caption: el.querySelector('figcaption')?.textContent?.trim() ?? '',
    })),
  );
}

const PROVINCE_PLEDGES =
  'Đơn vị,Năm,Số lượt cam kết,Tỉnh,Nguồn\nSở Tư pháp,2021,120,Bắc Kạn,Báo cáo Tỉnh ủy\nSở Y tế,2022,300,Bắc Kạn,Báo cáo Tỉnh ủy\nSở Y tế,2023,310,Bắc Kạn,Báo cáo Tỉnh ủy\n';

export const cases: E2eCase[] = [
  {
    name: 'the overview names its area, Pác Nặm, and a link with ?area= opens another',
    path: '?area=B%E1%BA%AFc+K%E1%BA%A1n',
    run: async (page) => {
      assert.equal(await page.locator('#area-title').innerText(), 'Số liệu của tỉnh Bắc Kạn (đến 2025)');
      await page.getByLabel('Địa bàn', { exact: true }).selectOption({ label: '\u00a0\u00a0\u00a0Pác Nặm (đến 2025)' });
      assert.equal(await page.locator('#area-title').innerText(), 'Số liệu của huyện Pác Nặm (đến 2025)');
      assert.equal(new URL(page.url()).searchParams.get('area'), 'Pác Nặm');
      assert.equal(await page.locator('[data-place]').innerText(), 'Huyện Pác Nặm, tỉnh Bắc Kạn');
      await page.goBack();
      assert.equal(await page.locator('#area-title').innerText(), 'Số liệu của tỉnh Bắc Kạn (đến 2025)');
    },
  },
  {
    name: "a province's units' pledges for 2021–2023 are never added to the district's 15.486 for 2016–2021",
    run: async (page) => {
      await importFiles(page, { 'cam-ket-tinh.csv': PROVINCE_PLEDGES });
      assert.equal(await value(page, 'pledges'), '15.486');
      assert.match(await caption(page, 'pledges'), /^Nguồn: Báo cáo Huyện ủy Pác Nặm 2021 \(tệp pledges\.csv\)$/);
      await page.getByLabel('Địa bàn', { exact: true }).selectOption({ label: 'Bắc Kạn (đến 2025)' });
      // The province has no figure of its own: its units' latest year, as a sum of its units.
      assert.equal(await value(page, 'pledges'), '310');
      assert.equal(await page.locator('[data-kpi="pledges"] .label').innerText(), 'lượt cam kết, 2023');
      assert.equal(await page.locator('[data-kpi="pledges"] [data-basis]').innerText(), 'tổng của 1 đơn vị');
      assert.match(await caption(page, 'pledges'), /cam-ket-tinh\.csv/);
      for (const c of await cards(page)) assert.ok(!['15.796', '15.906', '16.216'].includes(c.value), `${c.id}: ${c.value}`);
    },
  },
  {
    name: 'an imported contributions file is named on the money card',
    run: async (page) => {
      await importFiles(page, { 'dong-gop-2024.csv': 'Đơn vị,Xã được hỗ trợ,Năm,Số tiền (triệu đồng)\nChi bộ Thử,Bộc Bố,2024,"12,5"\n' });
      assert.equal(await value(page, 'money'), '12,5 triệu đồng');
      assert.equal(await page.locator('[data-kpi="money"] .label').innerText(), 'đóng góp bằng tiền, 2024');
      assert.equal(await caption(page, 'money'), 'Nguồn: tệp dong-gop-2024.csv');
    },
  },
  {
    name: 'the sample is shown apart, under a banner, no figure credits both it and the report, and one click returns',
    path: '?view=data',
    ready: '#import-title',
    run: async (page) => {
      await page.getByRole('button', { name: 'Tải dữ liệu mẫu' }).click();
      const banner = page.locator('[data-sample-banner]');
      await banner.waitFor({ timeout: 20_000 });
      await page.getByRole('link', { name: 'Tổng quan' }).click();
      await page.locator('[data-kpi="pledges"]').waitFor();
      assert.ok(await banner.isVisible());
      for (const c of await cards(page)) {
        assert.ok(!(c.caption.includes('Báo cáo Huyện ủy') && c.caption.includes('Dữ liệu mẫu')), `${c.id}: ${c.caption}`);
        assert.ok(!c.caption.includes('Báo cáo Huyện ủy'), `${c.id} credits the report in the sample: ${c.caption}`);
      }
      assert.notEqual(await value(page, 'pledges'), '15.486');
      await page.getByRole('button', { name: 'Quay lại dữ liệu thật' }).click();
      assert.equal(await value(page, 'pledges'), '15.486');
      assert.equal(await banner.count(), 0);
      await page.reload();
      await page.locator('[data-kpi="pledges"]').waitFor();
      assert.equal(await value(page, 'pledges'), '15.486', 'the choice survives a reload');
    },
  },
  {
    name: 'the criteria chart takes one year for every commune and names those without it',
    run: async (page) => {
      assert.match(await page.getByRole('figure', { name: 'Tiêu chí nông thôn mới đạt được theo xã' }).innerText(), /năm 2018/);
      assert.match(await page.locator('[data-missing]').innerText(), /^Chưa có số liệu năm 2018: An Thắng, .*Xuân La\.$/);
    },
  },
  {
    name: 'a unit no list places is listed under "Đơn vị khác" with how to place it, and counted nowhere',
    run: async (page) => {
      await importFiles(page, { 'la.csv': 'Đơn vị,Năm,Số lượt cam kết\nChi bộ Không Rõ,2016-2021,999\n' });
      const section = page.locator('[data-unplaced]');
      assert.match(await section.innerText(), /Chi bộ Không Rõ/);
      assert.match(await section.innerText(), /danh mục đơn vị/);
      assert.equal(await value(page, 'pledges'), '15.486');
    },
  },
  {
    name: 'the cards fit their boxes at 320, 1024, 1366 and 1920 px, a large sum written in tỷ đồng',
    run: async (page) => {
      await importFiles(page, {
        'lon.csv': 'Đơn vị,Xã được hỗ trợ,Năm,Số tiền (triệu đồng),Ngày công\nA,Bộc Bố,2025,"100.178.564,4",1.234.567\n',
      });
      assert.equal(await value(page, 'money'), '100.178,6 tỷ đồng');
      assert.equal(await page.locator('[data-kpi="money"] .value').getAttribute('title'), '100.178.564,4 triệu đồng');
      for (const width of [320, 1024, 1366, 1920]) {
        await page.setViewportSize({ width, height: 900 });
        const overflows = await page.locator('[data-kpi]').evaluateAll((els) =>
          els.flatMap((el) => {
            const box = el.getBoundingClientRect();
            const inner = [...el.querySelectorAll('*')].some((c) => c.getBoundingClientRect().right > box.right + 1);
            return el.scrollWidth > el.clientWidth + 1 || inner || box.right > window.innerWidth ? [el.getAttribute('data-kpi')] : [];
          }),
        );
        assert.deepEqual(overflows, [], `cards overflowing at ${width}px`);
        const page_ = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.ok(page_ <= 0, `the page scrolls sideways by ${page_}px at ${width}px`);
        // No card label wraps one word a line: each label line holds more than one word.
        const cramped = await page.locator('[data-kpi] .label').evaluateAll((els) =>
          els
            .filter((el) => {
              const lineHeight = parseFloat(getComputedStyle(el).lineHeight) || parseFloat(getComputedStyle(el).fontSize) * 1.2;
              const lines = Math.round(el.getBoundingClientRect().height / lineHeight);
              return lines > 1 && (el.textContent ?? '').trim().split(/\s+/).length <= lines;
            })
            .map((el) => el.textContent),
        );
        assert.deepEqual(cramped, [], `labels wrapping a word a line at ${width}px`);
      }
    },
  },
];
