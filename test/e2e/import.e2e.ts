/**
 * Importing data in real Chromium, through the file input as a person does: clean and messy
 * files (Excel's semicolons and title rows, UTF-16, TCVN3, row errors), what the page says
 * about each, the excluded rows to download, data kept after a reload, remove and undo,
 * replacing a file, a rejected file changing nothing, a 200,000-row file read while the page
 * stays responsive, the sample district, the templates page and the view in the URL.
 */
import assert from './assert.ts';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { encodeLegacy } from '../../src/lib/ingest/index.ts';
import { sampleText } from '../../src/lib/sample/index.ts';
import { encodeUtf16, encodeUtf8 } from '../fixtures/encodings/encoders.ts';
import type { E2eCase } from './overview.e2e.ts';
import { ingestWorkerStarted } from './workers.e2e.ts';

const EXAMPLES = new URL('../fixtures/examples/', import.meta.url);
const example = (name: string) => readFileSync(new URL(name, EXAMPLES));

const DATA = '?view=data';
const READY = '#import-title';

/** Chooses files in the file input, as the file picker does. */
async function choose(page: Page, files: { name: string; bytes: Uint8Array }[]): Promise<void> {
  await page.setInputFiles(
    '#import-files',
    files.map((f) => ({ name: f.name, mimeType: 'text/csv', buffer: Buffer.from(f.bytes) })),
  );
}

const card = (page: Page, name: string, phase?: string) =>
  page.locator(`article.job[data-file="${name}"]${phase ? `[data-phase="${phase}"]` : ''}`);
const row = (page: Page, name: string) => page.locator(`tr[data-dataset="${name}"]`);
const summary = async (page: Page, name: string, part: string) =>
  (await card(page, name).locator(`[data-summary="${part}"]`).innerText()).trim();

const PLEDGES = 'Đơn vị,Năm,Số lượt cam kết,Nguồn\nChi bộ Thử Nghiệm,2022,120,Báo cáo thử\nChi bộ Nà Pài,2022,"1.250",Báo cáo thử\n';
const CRITERIA_TSV = 'Xã\tNăm\tSố tiêu chí đạt\tTổng số tiêu chí\nNhạn Môn\t2023\t12\t19\nXuân La\t2023\t9\t19\n';
const TCVN3_TEXT = 'Đơn vị,Năm,Số chỉ tiêu đạt,Tổng số chỉ tiêu\nĐảng ủy xã Cổ Linh,2019,20,25\nĐảng ủy xã Bằng Thành,2019,18,25\n';

/** '#b42318' → 'rgb(180, 35, 24)', as getComputedStyle gives a colour. */
const hexToRgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

/** Imports the clean pledges file and waits until it is loaded. */
async function importPledges(page: Page, name = 'cam-ket.csv'): Promise<void> {
  await choose(page, [{ name, bytes: encodeUtf8(PLEDGES) }]);
  await card(page, name, 'loaded').waitFor();
}

export const cases: E2eCase[] = [
  {
    name: 'a clean UTF-8 file is imported: the summary says how it was read and the overview shows its figures',
    path: DATA,
    ready: READY,
    run: async (page) => {
      await importPledges(page);
      assert.equal(await summary(page, 'cam-ket.csv', 'encoding'), 'UTF-8');
      assert.equal(await summary(page, 'cam-ket.csv', 'delimiter'), 'dấu phẩy ( , )');
      assert.match(await summary(page, 'cam-ket.csv', 'numbers'), /^kiểu Việt Nam/);
      assert.equal(await summary(page, 'cam-ket.csv', 'counts'), '2 dòng đã nhập, 0 dòng bị loại');
      assert.equal(await row(page, 'cam-ket.csv').locator('td').nth(3).innerText(), 'Tệp đã nhập');
      assert.match(await row(page, 'cam-ket.csv').locator('td').nth(2).innerText(), /^\d{2}\/\d{2}\/\d{4}$/);

      await page.getByRole('link', { name: 'Tổng quan' }).click();
      assert.equal(new URL(page.url()).searchParams.get('view'), null);
      const figures = page.getByRole('table', { name: /Mọi số liệu đang hiển thị/ });
      assert.ok(await figures.getByText('Chi bộ Thử Nghiệm').isVisible());
      // Units no list places are listed apart, never added to the district's reported 15.486.
      assert.equal(await page.locator('[data-kpi="pledges"] .value').innerText(), '15.486');
      assert.match(await page.locator('[data-unplaced]').innerText(), /Chi bộ Thử Nghiệm/);
    },
  },
  {
    name: 'an Excel file (BOM, semicolons, CRLF, title rows, a "Tổng cộng" row) is read with notices, the total never added',
    path: DATA,
    ready: READY,
    run: async (page) => {
      await choose(page, [{ name: 'dong-gop.csv', bytes: example('contributions-vi-excel.csv') }]);
      await card(page, 'dong-gop.csv', 'loaded').waitFor();
      assert.equal(await summary(page, 'dong-gop.csv', 'delimiter'), 'dấu chấm phẩy ( ; )');
      assert.equal(await summary(page, 'dong-gop.csv', 'counts'), '3 dòng đã nhập, 0 dòng bị loại');
      const notices = await card(page, 'dong-gop.csv').locator('table.notices tbody tr').allInnerTexts();
      assert.ok(
        notices.some((n) => /tiêu đề báo cáo/.test(n)),
        notices.join(' | '),
      );
      assert.ok(
        notices.some((n) => /Tổng cộng.*không cộng vào/.test(n)),
        notices.join(' | '),
      );
    },
  },
  {
    name: 'a UTF-16LE file (Excel "Unicode Text", tab-separated) is read with its encoding named',
    path: DATA,
    ready: READY,
    run: async (page) => {
      await choose(page, [{ name: 'tieu-chi.txt', bytes: encodeUtf16(CRITERIA_TSV, 'le') }]);
      await card(page, 'tieu-chi.txt', 'loaded').waitFor();
      assert.match(await summary(page, 'tieu-chi.txt', 'encoding'), /^UTF-16 LE/);
      assert.equal(await summary(page, 'tieu-chi.txt', 'delimiter'), 'ký tự Tab');
      assert.equal(await summary(page, 'tieu-chi.txt', 'counts'), '2 dòng đã nhập, 0 dòng bị loại');
      assert.equal(await row(page, 'tieu-chi.txt').locator('td').first().innerText(), 'tiêu chí nông thôn mới');
    },
  },
  {
    name: 'a TCVN3 file is converted, previewed with its names in Unicode, and imported on "Nhập"',
    path: DATA,
    ready: READY,
    run: async (page) => {
      await choose(page, [{ name: 'chi-tieu-tcvn3.csv', bytes: encodeLegacy(TCVN3_TEXT, 'tcvn3') }]);
      const preview = card(page, 'chi-tieu-tcvn3.csv', 'preview');
      await preview.waitFor();
      assert.equal(await summary(page, 'chi-tieu-tcvn3.csv', 'encoding'), 'TCVN3 (ABC), đã chuyển sang Unicode');
      const table = preview.getByRole('table', { name: /dòng đầu tiên/ });
      assert.ok(await table.getByText('Đảng ủy xã Cổ Linh').isVisible());
      assert.equal(await row(page, 'chi-tieu-tcvn3.csv').count(), 0, 'nothing loaded before "Nhập"');
      assert.equal(
        await summary(page, 'chi-tieu-tcvn3.csv', 'counts'),
        '2 dòng sẽ được nhập, 0 dòng sẽ bị loại',
        'nothing said "đã nhập" before it is',
      );
      await preview.getByRole('button', { name: 'Nhập', exact: true }).click();
      await card(page, 'chi-tieu-tcvn3.csv', 'loaded').waitFor();
      assert.equal(await row(page, 'chi-tieu-tcvn3.csv').locator('td.num').innerText(), '2');
    },
  },
  {
    name: 'a file with row errors lists every problem, and its excluded rows download as CSV',
    path: DATA,
    ready: READY,
    run: async (page) => {
      await choose(page, [{ name: 'tieu-chi-loi.csv', bytes: example('criteria-with-errors.csv') }]);
      const c = card(page, 'tieu-chi-loi.csv', 'loaded');
      await c.waitFor();
      assert.equal(await summary(page, 'tieu-chi-loi.csv', 'counts'), '1 dòng đã nhập, 4 dòng bị loại');
      const problems = c.locator('table.problems tbody tr');
      assert.equal(await problems.count(), 4);
      const lines = (await problems.locator('td:first-child').allInnerTexts()).sort();
      assert.deepEqual(lines, ['2', '4', '5', '6']);
      assert.ok(await c.getByText('Thiếu giá trị bắt buộc (ô trống không được hiểu là 0).').isVisible());

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        c.getByRole('button', { name: 'Tải các dòng bị loại (CSV)' }).click(),
      ]);
      assert.equal(download.suggestedFilename(), 'tieu-chi-loi-dong-bi-loai.csv');
      const text = readFileSync((await download.path())!, 'utf8');
      assert.ok(text.startsWith('\uFEFFcommune,year,criteria_met,criteria_total,source,Lỗi\r\n'), text.slice(0, 80));
      assert.equal(text.trim().split('\r\n').length, 5, 'header and 4 rows');

      // Giáo Hiệu 2018 is in the bundled criteria too: the first file keeps it, and the page says so.
      assert.ok(await page.getByRole('heading', { name: 'Số liệu trùng khóa giữa các tệp' }).isVisible());
      assert.match(await page.locator('tr[data-conflict="Giáo Hiệu, 2018"]').innerText(), /Hai dòng có cùng giá trị/);
    },
  },
  {
    name: 'a rejected file changes nothing loaded before, and says why',
    path: DATA,
    ready: READY,
    run: async (page) => {
      await importPledges(page);
      const before = await page.locator('tr[data-dataset]').count();
      await choose(page, [{ name: 'rong.csv', bytes: encodeUtf8('') }]);
      const c = card(page, 'rong.csv', 'rejected');
      await c.waitFor();
      assert.match(await c.getByRole('status').innerText(), /không được nhập\. Dữ liệu đã có không thay đổi/);
      assert.ok(await c.getByText('Tệp trống: không có dữ liệu nào.').isVisible());
      assert.equal(await page.locator('tr[data-dataset]').count(), before);
      assert.equal(await row(page, 'cam-ket.csv').locator('td.num').innerText(), '2');
      await page.getByRole('link', { name: 'Tổng quan' }).click();
      assert.equal(await page.locator('[data-kpi="pledges"] .value').innerText(), '15.486');
      assert.match(await page.locator('[data-unplaced]').innerText(), /Chi bộ Nà Pài/);
    },
  },
  {
    name: 'imported data is still there after a reload; a dataset can be hidden, removed and brought back with "Hoàn tác"',
    path: DATA,
    ready: READY,
    run: async (page) => {
      await importPledges(page);
      await page.reload();
      await row(page, 'cam-ket.csv').waitFor();
      assert.equal(await row(page, 'cam-ket.csv').locator('td.num').innerText(), '2');

      await page.getByRole('button', { name: 'Ẩn cam-ket.csv khỏi trang tổng quan' }).click();
      assert.match(await row(page, 'cam-ket.csv').innerText(), /đang ẩn/);
      await page.getByRole('button', { name: 'Hiện lại cam-ket.csv trên trang tổng quan' }).click();

      await page.getByRole('button', { name: 'Xóa cam-ket.csv' }).click();
      await page.getByText('Đã xóa cam-ket.csv.').waitFor();
      assert.equal(await row(page, 'cam-ket.csv').count(), 0);
      await page.getByRole('button', { name: 'Hoàn tác' }).click();
      await row(page, 'cam-ket.csv').waitFor();
      await page.reload();
      await row(page, 'cam-ket.csv').waitFor({ timeout: 5000 });
    },
  },
  {
    name: 'importing the same file again offers "Thay thế", which replaces it',
    path: DATA,
    ready: READY,
    run: async (page) => {
      await importPledges(page);
      await page.getByRole('button', { name: 'Đóng thông báo về tệp cam-ket.csv' }).click();
      await choose(page, [{ name: 'cam-ket.csv', bytes: encodeUtf8(PLEDGES + 'Chi bộ Mới,2023,5,Báo cáo thử\n') }]);
      const c = card(page, 'cam-ket.csv', 'replace');
      await c.waitFor();
      await c.getByRole('button', { name: 'Thay thế' }).click();
      await card(page, 'cam-ket.csv', 'loaded').waitFor();
      assert.equal(await row(page, 'cam-ket.csv').count(), 1);
      assert.equal(await row(page, 'cam-ket.csv').locator('td.num').innerText(), '3');
    },
  },
  {
    name: '"Xóa toàn bộ dữ liệu" asks in a dialog, then removes every imported dataset and keeps the bundled ones',
    path: DATA,
    ready: READY,
    run: async (page) => {
      await importPledges(page);
      await page.getByRole('button', { name: 'Xóa toàn bộ dữ liệu' }).click();
      const dialog = page.getByRole('dialog', { name: 'Xóa toàn bộ dữ liệu đã nhập?' });
      await dialog.getByRole('button', { name: 'Không xóa' }).click();
      assert.equal(await row(page, 'cam-ket.csv').count(), 1);
      await page.getByRole('button', { name: 'Xóa toàn bộ dữ liệu' }).click();
      await dialog.getByRole('button', { name: 'Xóa toàn bộ' }).click();
      assert.equal(await row(page, 'cam-ket.csv').count(), 0);
      assert.equal(await page.locator('tr[data-origin="bundled"]').count(), 7);
      await page.reload();
      await page.locator('tr[data-origin="bundled"]').first().waitFor();
      assert.equal(await row(page, 'cam-ket.csv').count(), 0);
    },
  },
  {
    name: 'a 450,000-row file shows its progress, can be cancelled, is read in parts at once, and the page stays responsive',
    path: DATA,
    ready: READY,
    run: async (page) => {
      // A file on disk: Chromium reads it directly, where a 16 MB buffer would crawl through the protocol.
      // Over 32 MB: read in parts at once by the ingest worker and a part worker per other core.
      const big = join(mkdtempSync(join(tmpdir(), 'thi-dua-big-')), 'lon.csv');
      writeFileSync(big, sampleText({ kind: 'contributions', rows: 450_000, compact: true }));
      // The Data page starts the ingest worker of the next import once it is idle, before any file is chosen.
      await ingestWorkerStarted(page);
      const workers: string[] = page.workers().map((w) => w.url());
      page.on('worker', (w) => workers.push(w.url()));
      // A string, not a function: the test runner's transpiler would wrap a named function in a helper the page lacks.
      await page.evaluate('window.frameCount = 0; (function tick() { window.frameCount++; requestAnimationFrame(tick); })()');
      const frames = () => page.evaluate('window.frameCount') as Promise<number>;

      // Cancel the first reading…
      await page.setInputFiles('#import-files', big);
      await card(page, 'lon.csv', 'reading').locator('progress').waitFor();
      await page.getByRole('button', { name: 'Hủy nhập tệp lon.csv' }).click();
      await card(page, 'lon.csv', 'cancelled').waitFor();
      assert.equal(await row(page, 'lon.csv').count(), 0);
      await page.getByRole('button', { name: 'Đóng thông báo về tệp lon.csv' }).click();

      // …then read it to the end, typing meanwhile.
      await page.setInputFiles('#import-files', big);
      const reading = card(page, 'lon.csv', 'reading');
      await reading.locator('progress').waitFor();
      assert.match(await reading.locator('.progress-text').innerText(), /^Đã đọc [\d,]+ trên 36,[0-9] MB, [\d.]+ dòng$/);
      const start = await frames();
      await page.locator('#import-link').pressSequentially('http://may-chu/a.csv', { delay: 5 });
      assert.equal(await page.locator('#import-link').inputValue(), 'http://may-chu/a.csv');
      await card(page, 'lon.csv', 'loaded').waitFor({ timeout: 60_000 });
      const ticked = (await frames()) - start;
      assert.ok(ticked >= 5, `animation frames kept coming while reading (${ticked})`);
      assert.equal(await summary(page, 'lon.csv', 'counts'), '450.000 dòng đã nhập, 0 dòng bị loại');
      assert.equal(await row(page, 'lon.csv').locator('td.num').innerText(), '450.000');
      const cores = (await page.evaluate('navigator.hardwareConcurrency')) as number;
      if (cores > 1)
        assert.ok(
          workers.some((u) => u.includes('ingest-part')),
          `a part worker was started (${workers.join(', ')})`,
        );
    },
  },
  {
    name: '"Tải dữ liệu mẫu" loads a sample district labelled "Dữ liệu mẫu", removable like any dataset',
    path: DATA,
    ready: READY,
    run: async (page) => {
      await page.getByRole('button', { name: 'Tải dữ liệu mẫu' }).click();
      const samples = page.locator('tr[data-origin="sample"]');
      await page.waitForFunction(() => document.querySelectorAll('tr[data-origin="sample"]').length === 6);
      assert.deepEqual([...new Set(await samples.locator('.origin').allInnerTexts())], ['Dữ liệu mẫu']);
      await page.getByRole('link', { name: 'Tổng quan' }).click();
      assert.ok((await page.locator('[data-commune]').count()) >= 10, 'the chart shows the sample communes');
      await page.goBack();
      await page.getByRole('button', { name: /^Xóa Dữ liệu mẫu – tiêu chí/ }).click();
      assert.equal(await samples.count(), 5);
    },
  },
  {
    name: 'a note written over several lines keeps its line breaks: in the figures table, and in the excluded rows written back',
    path: DATA,
    ready: READY,
    run: async (page) => {
      const text =
        'Đơn vị,Xã được hỗ trợ,Năm,Số tiền (triệu đồng),Mục đích\r\n' +
        'Chi bộ Thử Nghiệm,Nhạn Môn,2023,12,"Làm đường\r\n  thôn Nà Pục"\r\n' +
        'Chi bộ Nà Pài,Nhạn Môn,2023,mười,"Sửa cầu\ntràn"\r\n';
      await choose(page, [{ name: 'nhieu-dong.csv', bytes: encodeUtf8(text) }]);
      const c = card(page, 'nhieu-dong.csv', 'loaded');
      await c.waitFor();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        c.getByRole('button', { name: 'Tải các dòng bị loại (CSV)' }).click(),
      ]);
      assert.match(readFileSync((await download.path())!, 'utf8'), /,"Sửa cầu\ntràn",/);
      await page.getByRole('link', { name: 'Tổng quan' }).click();
      const figure = page.getByRole('table', { name: /Mọi số liệu đang hiển thị/ }).locator('tbody tr', { hasText: 'Chi bộ Thử Nghiệm' });
      assert.match(await figure.locator('td').first().innerText(), /Làm đường\nthôn Nà Pục/, 'two lines, as typed with Alt+Enter');
    },
  },
  {
    name: 'a file of which every row was excluded is a failure: worded and coloured as one, not loaded, what was loaded stays',
    path: DATA,
    ready: READY,
    run: async (page) => {
      await importPledges(page);
      await choose(page, [{ name: 'hong.csv', bytes: encodeUtf8('Đơn vị,Năm,Số lượt cam kết\nChi bộ A,2022,mười\nChi bộ B,2022,-3\n') }]);
      const c = card(page, 'hong.csv', 'empty');
      await c.waitFor();
      assert.equal(
        await c.getByRole('status').innerText(),
        'Không nhập được dòng nào: cả 2 dòng của tệp hong.csv đều bị loại. Dữ liệu đã có không thay đổi.',
      );
      assert.match((await c.getAttribute('class')) ?? '', /\bfailed\b/);
      assert.equal(
        await c.getByRole('status').evaluate((e) => getComputedStyle(e).color),
        await c.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--reference').trim()).then(hexToRgb),
      );
      assert.equal(await c.locator('table.problems tbody tr').count(), 2);
      assert.ok(await c.getByRole('button', { name: 'Tải các dòng bị loại (CSV)' }).isVisible());
      assert.equal(await row(page, 'hong.csv').count(), 0, 'no dataset of 0 rows');
      assert.equal(await row(page, 'cam-ket.csv').locator('td.num').innerText(), '2');
    },
  },
  {
    name: 'a key found in two files shows both rows side by side: file, line and values, the differing ones in bold',
    path: DATA,
    ready: READY,
    run: async (page) => {
      await choose(page, [{ name: 'tieu-chi-2018.csv', bytes: encodeUtf8('Xã,Năm,Số tiêu chí đạt\nBộc Bố,2018,hơn 17\n') }]);
      await card(page, 'tieu-chi-2018.csv', 'loaded').waitFor();
      const conflict = page.locator('tr[data-conflict="Bộc Bố, 2018"]');
      assert.match(await conflict.locator('th').innerText(), /tiêu chí nông thôn mới/);
      const kept = conflict.locator('td[data-side="kept"]');
      const dropped = conflict.locator('td[data-side="dropped"]');
      assert.match(await kept.innerText(), /^criteria\.csv, dòng 3\nSố tiêu chí đạt:\s*16\nTổng số tiêu chí:\s*19$/);
      assert.match(await dropped.innerText(), /^tieu-chi-2018\.csv, dòng 2\nSố tiêu chí đạt:\s*hơn 17\nTổng số tiêu chí:\s*19$/);
      assert.equal(await dropped.locator('.differs dd').innerText(), 'hơn 17');
      assert.equal(await dropped.locator('.differs dd').evaluate((e) => getComputedStyle(e).fontWeight), '700');
    },
  },
  {
    name: 'hiding a bundled dataset lasts across reloads, like every other choice',
    path: DATA,
    ready: READY,
    run: async (page) => {
      await page.getByRole('button', { name: 'Ẩn criteria.csv khỏi trang tổng quan' }).click();
      await page.reload();
      await row(page, 'criteria.csv').waitFor();
      assert.match(await row(page, 'criteria.csv').innerText(), /đang ẩn/);
      await page.getByRole('link', { name: 'Tổng quan' }).click();
      assert.equal(await page.locator('[data-commune="Bộc Bố"]').count(), 0, 'the overview leaves it out');
      await page.goBack();
      await page.getByRole('button', { name: 'Hiện lại criteria.csv trên trang tổng quan' }).click();
      await page.reload();
      await row(page, 'criteria.csv').waitFor();
      assert.doesNotMatch(await row(page, 'criteria.csv').innerText(), /đang ẩn/);
    },
  },
  {
    name: 'in English, the preview says rows "will be" imported under English column names, and the sample is labelled in English',
    path: `${DATA}&lang=en`,
    ready: READY,
    run: async (page) => {
      await choose(page, [{ name: 'chi-tieu-tcvn3.csv', bytes: encodeLegacy(TCVN3_TEXT, 'tcvn3') }]);
      const preview = card(page, 'chi-tieu-tcvn3.csv', 'preview');
      await preview.waitFor();
      assert.equal(await summary(page, 'chi-tieu-tcvn3.csv', 'counts'), '2 rows will be imported, 0 rows will be excluded');
      const headers = await preview
        .getByRole('table', { name: /as they would be imported/ })
        .locator('thead th')
        .allInnerTexts();
      assert.deepEqual(headers.slice(0, 5), ['Line', 'Unit', 'Year', 'Targets met', 'Targets in all']);
      await preview.getByRole('button', { name: 'Cancel', exact: true }).click();

      await page.getByRole('button', { name: 'Load sample data' }).click();
      await page.waitForFunction(() => document.querySelectorAll('tr[data-origin="sample"]').length === 6);
      const names = await page.locator('tr[data-origin="sample"] th').allInnerTexts();
      assert.ok(names.includes('Sample data – new-rural criteria.csv'), names.join(' | '));
      assert.ok(await page.getByRole('button', { name: 'Remove Sample data – pledges.csv' }).isVisible());
      // The sample has more figures than the overview lists: the table view shows its rows, sources and files.
      await page.getByRole('link', { name: 'Tables', exact: true }).click();
      await page.locator('[data-table-count]').waitFor();
      const cells = await page.locator('#explorer').evaluate((table) => {
        const heads = [...table.querySelectorAll('[role="columnheader"]')].map((th) => th.getAttribute('data-col'));
        const [source, file] = [heads.indexOf('source'), heads.indexOf('file')];
        // Cells by their column's place (a wide table draws only the columns in view sideways).
        const [at, fileAt] = [`[aria-colindex="${source + 1}"]`, `[aria-colindex="${file + 1}"]`];
        return [...table.querySelectorAll('[data-row]')].map(
          (row) => `${row.querySelector<HTMLElement>(at)?.innerText.trim()} | ${row.querySelector<HTMLElement>(fileAt)?.innerText.trim()}`,
        );
      });
      assert.ok(
        cells.length && cells.every((s) => /^Sample data \(synthetic, not real figures\) \| Sample data – [\w -]+\.csv$/.test(s)),
        [...new Set(cells)].join(' | '),
      );
    },
  },
  {
    name: '"Tải từ đường dẫn" imports a file from the office server, and says plainly when the link fails',
    path: DATA,
    ready: READY,
    // Chromium logs the 404 this test asks for.
    allowErrors: /Failed to load resource: the server responded with a status of 404/,
    run: async (page) => {
      await page.route('**/bao-cao/cam-ket.csv', (route) => route.fulfill({ status: 200, contentType: 'text/csv', body: PLEDGES }));
      await page.locator('#import-link').fill(new URL('bao-cao/cam-ket.csv', page.url()).href);
      await page.getByRole('button', { name: 'Tải về và nhập' }).click();
      await card(page, 'cam-ket.csv', 'loaded').waitFor();

      await page.route('**/khong-co.csv', (route) => route.fulfill({ status: 404, body: 'not found' }));
      await page.locator('#import-link').fill(new URL('khong-co.csv', page.url()).href);
      await page.getByRole('button', { name: 'Tải về và nhập' }).click();
      await page.getByText(/máy chủ trả lời lỗi 404/).waitFor();
    },
  },
  {
    name: "the templates page explains every kind with the report's example and downloads its CSV template",
    path: '?view=templates',
    ready: '#template-criteria',
    run: async (page) => {
      assert.equal(await page.getByRole('link', { name: 'Mẫu tệp & hướng dẫn' }).getAttribute('aria-current'), 'page');
      const criteria = page.locator('#template-criteria');
      await criteria.getByRole('cell', { name: 'Bộc Bố', exact: true }).waitFor();
      const [download] = await Promise.all([page.waitForEvent('download'), criteria.getByRole('button', { name: /Tải tệp mẫu/ }).click()]);
      assert.equal(download.suggestedFilename(), 'mau-tieu-chi-nong-thon-moi.csv');
      assert.match(readFileSync((await download.path())!, 'utf8'), /^\uFEFFXã,Năm,/);

      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('button', { name: 'English', pressed: true }).waitFor();
      assert.equal(new URL(page.url()).searchParams.get('view'), 'templates');
      assert.equal(new URL(page.url()).searchParams.get('lang'), 'en');
      await page.reload();
      // The page's code and its English load after the reload: wait for them, do not race them.
      await page.getByRole('heading', { name: 'Templates & help', level: 2 }).waitFor();
      assert.equal(await page.getByRole('button', { name: 'English', pressed: true }).count(), 1);
    },
  },
  {
    name: 'the templates page shows the full CSV format reference as text, in Vietnamese and then in English',
    path: '?view=templates',
    ready: '#data-format',
    run: async (page) => {
      const toc = page.getByRole('navigation', { name: 'Các loại bảng' });
      assert.equal(await toc.getByRole('link', { name: 'Quy cách tệp CSV đầy đủ' }).getAttribute('href'), '#data-format');
      const reference = page.locator('#data-format');
      assert.ok(await reference.getByRole('heading', { name: 'Quy cách tệp CSV đầy đủ', level: 3 }).isVisible());
      const first = reference.getByRole('heading', { name: '1. Tệp CSV và các loại bảng', level: 4 });
      assert.equal(await first.isVisible(), false, 'folded until asked for');

      await reference.getByText('Xem quy cách đầy đủ').click();
      assert.ok(await first.isVisible());
      assert.equal(await first.getAttribute('id'), 'data-format-1');
      assert.ok(await reference.getByRole('heading', { name: '2.1 Tiêu chí nông thôn mới theo xã (criteria)', level: 5 }).isVisible());
      assert.equal(await reference.getByRole('link', { name: '5. Lỗi và ghi chú' }).getAttribute('href'), '#data-format-5');
      // Tables, code and example files are elements; no Markdown mark is left in the text.
      assert.ok(await reference.getByRole('columnheader', { name: 'Tên tiếng Việt được nhận' }).first().isVisible());
      assert.ok(await reference.locator('td code', { hasText: 'criteria_total' }).first().isVisible());
      assert.match(await reference.locator('pre').first().innerText(), /^Xã,Năm,Số tiêu chí đạt,/);
      assert.doesNotMatch(await reference.innerText(), /\*\*|\|---|```|^#/m);

      await page.getByRole('button', { name: 'English' }).click();
      await reference.getByRole('heading', { name: 'Full CSV format reference', level: 3 }).waitFor();
      const english = reference.getByRole('heading', { name: '1. CSV files and kinds of table', level: 4 });
      if (!(await english.isVisible())) await reference.getByText('Show the full reference').click();
      assert.ok(await english.isVisible());
      assert.equal(await english.getAttribute('id'), 'data-format-1', 'a section has the same anchor in both languages');
      assert.equal(await reference.getByText('Tệp CSV và các loại bảng').count(), 0, 'the Vietnamese part is gone');
      assert.ok(await reference.getByRole('columnheader', { name: 'Vietnamese names accepted' }).first().isVisible());
    },
  },
];
