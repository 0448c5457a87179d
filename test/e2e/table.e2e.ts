/**
 * The table explorer in real Chromium: opened from the navigation, sorted in Vietnamese order
 * (Shift adds a column), searched without diacritics, grouped with subtotals that keep "hơn",
 * exported as CSV and read back (BOM, delimiter, formulas neutralised), a link with `q` and
 * `sort` reopened in a fresh page, a few thousand rows drawn as a window of rows and walked
 * with the keyboard cell by cell (aria-rowindex and aria-colindex kept), a column resized by
 * dragging and by keys, a group folded, and what is shown copied to the clipboard.
 */
import assert from './assert.ts';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { E2eCase } from './overview.e2e.ts';

const READY = '[data-table-count]';

/** The texts of one column of the rows drawn (not group headings or subtotals). */
async function columnTexts(page: Page, col: string): Promise<string[]> {
  const index = await page
    .locator('#explorer [role="columnheader"]')
    .evaluateAll((ths, id) => ths.findIndex((th) => th.getAttribute('data-col') === id), col);
  assert.ok(index >= 0, `column ${col} shown`);
  return page
    .locator('#explorer [data-row]')
    .evaluateAll(
      (trs, j) => trs.map((tr) => tr.querySelector<HTMLElement>(`[aria-colindex="${j + 1}"]`)?.innerText.trim() ?? '(not drawn)'),
      index,
    );
}

/** Imports files through the Data page and comes back to the table view. */
async function importFiles(page: Page, files: Record<string, string>): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: 'Dữ liệu', exact: true }).click();
  await page.locator('#import-files').waitFor({ state: 'attached' });
  await page.setInputFiles(
    '#import-files',
    Object.entries(files).map(([name, text]) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text) })),
  );
  for (const name of Object.keys(files))
    await page.locator(`article.job[data-file="${name}"][data-phase="loaded"]`).waitFor({ timeout: 20_000 });
  await page.getByRole('navigation').getByRole('link', { name: 'Bảng số liệu', exact: true }).click();
  await page.locator(READY).waitFor();
}

async function download(page: Page, button = 'Tải CSV'): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
}

const collator = new Intl.Collator('vi');

export const cases: E2eCase[] = [
  {
    name: 'table view: opens from the navigation; units sort in Vietnamese order (Đ after D), Shift adds a sort, all in the URL',
    run: async (page) => {
      await page.getByRole('navigation').getByRole('link', { name: 'Bảng số liệu', exact: true }).click();
      await page.locator(READY).waitFor();
      assert.equal(new URL(page.url()).searchParams.get('view'), 'table');
      await page.locator('[data-kind-select]').selectOption('units');
      assert.match(await page.locator(READY).innerText(), /^hiển thị 17 \/ 17 dòng$/);
      await page.locator('[role="columnheader"][data-col="name"] button').click();
      const names = await columnTexts(page, 'name');
      assert.deepEqual(names, [...names].sort(collator.compare));
      assert.deepEqual(
        names.filter((n) => ['An Thắng', 'Bằng Thành', 'Bộc Bố', 'Cao Tân', 'Cổ Linh', 'Công Bằng'].includes(n)),
        ['An Thắng', 'Bằng Thành', 'Bằng Thành', 'Bộc Bố', 'Cao Tân', 'Cổ Linh', 'Công Bằng'],
      );
      assert.equal(await page.locator('[role="columnheader"][data-col="name"]').getAttribute('aria-sort'), 'ascending');
      await page.locator('[role="columnheader"][data-col="name"] button').click();
      assert.equal(await page.locator('[role="columnheader"][data-col="name"]').getAttribute('aria-sort'), 'descending');
      await page.locator('[role="columnheader"][data-col="level"] button').click();
      await page.locator('[role="columnheader"][data-col="name"] button').click({ modifiers: ['Shift'] });
      const url = new URL(page.url());
      assert.deepEqual(url.searchParams.getAll('sort'), ['level', 'name']);
      const levels = await columnTexts(page, 'level');
      assert.deepEqual(levels, [...levels].sort(collator.compare));
      const communes = (await columnTexts(page, 'name')).filter((_, k) => levels[k] === 'xã');
      assert.deepEqual(communes, [...communes].sort(collator.compare));
    },
  },
  {
    name: 'table view: a search without diacritics finds Bộc Bố, and a link with q and sort reopens the same table in a fresh page',
    path: '?view=table&kind=units',
    ready: READY,
    run: async (page) => {
      await page.locator('[data-table-search]').fill('boc bo');
      assert.ok((await columnTexts(page, 'name')).includes('Bộc Bố'));
      for (const row of await page.locator('#explorer [data-row]').allInnerTexts()) assert.match(row, /Bộc Bố/);
      assert.match(await page.locator(READY).innerText(), /^hiển thị \d+ \/ 17 dòng$/);
      assert.equal(new URL(page.url()).searchParams.get('q'), 'boc bo');

      const fresh = await page.context().newPage();
      try {
        await fresh.goto(new URL('?view=table&kind=units&q=pac+nam&sort=-name', page.url()).href);
        await fresh.locator(READY).waitFor();
        const names = await columnTexts(fresh, 'name');
        assert.ok(names.length >= 2, names.join(', '));
        assert.deepEqual(names, [...names].sort(collator.compare).reverse());
        assert.equal(await fresh.locator('[data-table-search]').inputValue(), 'pac nam');
        assert.equal(await fresh.locator('[role="columnheader"][data-col="name"]').getAttribute('aria-sort'), 'descending');
      } finally {
        await fresh.close();
      }
    },
  },
  {
    name: 'table view: contributions grouped by year keep "hơn": the subtotal reads hơn 91, and the CSV of what is shown reads back with ; and the BOM',
    path: '?view=table&kind=contributions',
    ready: READY,
    run: async (page) => {
      await page.locator('[data-group-select]').selectOption('year');
      assert.equal(new URL(page.url()).searchParams.get('group'), 'year');
      const subtotal = page.locator('#explorer [data-item="subtotal"]');
      assert.match(await subtotal.innerText(), /Cộng 2016–2021[\s\S]*hơn 91/);
      await page.locator('[data-delimiter]').selectOption(';');
      const { name, text } = await download(page);
      assert.equal(name, 'bang-contributions.csv');
      assert.ok(text.startsWith('\uFEFFĐơn vị;Xã được hỗ trợ;Năm;'), text.slice(0, 80));
      const lines = text.split('\r\n');
      assert.match(lines[1]!, /^2016–2021 · 3 dòng;/);
      assert.ok(
        lines.some((l) => /^Cộng 2016–2021;;;hơn 91;/.test(l)),
        lines.join('\n'),
      );
      assert.ok(lines.some((l) => l.startsWith('Chi bộ Văn phòng Huyện ủy;Giáo Hiệu;2016-2021;hơn 57;103;')));
    },
  },
  {
    name: 'table view: an imported file with formula payloads exports them neutralised, and a note over several lines stays one cell',
    run: async (page) => {
      await importFiles(page, {
        'cam-ket-thu.csv':
          'Đơn vị,Năm,Số lượt cam kết,Ghi chú\nChi bộ Thử A,2020,12,=1+1\nChi bộ Thử B,2020,hơn 5,@SUM(A1:A2)\nChi bộ Thử C,2020,3,"nói ""có""\nrồi xuống dòng"\n',
      });
      await page.locator('[data-kind-select]').selectOption('pledges');
      // The imported units are in no list of units: outside every area until "every row" is ticked.
      assert.match(await page.locator(READY).innerText(), /^hiển thị 1 \/ 4 dòng \(trong địa bàn Pác Nặm\)$/);
      await page.locator('[data-everywhere]').check();
      assert.equal(new URL(page.url()).searchParams.get('scope'), 'all');
      await page.locator('[data-table-search]').fill('chi bo thu');
      assert.equal(await page.locator(READY).innerText(), 'hiển thị 3 / 4 dòng');
      const { text } = await download(page);
      assert.ok(text.startsWith('\uFEFF'));
      // The bundled pledges give the table a district, province and source: empty for these rows.
      assert.match(text, /\r\nChi bộ Thử A,2020,12,,,,"'=1\+1",cam-ket-thu\.csv,2\r\n/);
      assert.match(text, /\r\nChi bộ Thử B,2020,hơn 5,,,,"'@SUM\(A1:A2\)",/);
      assert.match(text, /,"nói ""có""\nrồi xuống dòng",cam-ket-thu\.csv,4\r\n/);
      await page.locator('#explorer [data-row]').nth(2).click();
      assert.match(await page.locator('[data-row-detail]').innerText(), /nói "có"\nrồi xuống dòng/);
    },
  },
  {
    name: 'table view: 3,000 rows draws only a window of them, with aria-rowcount and aria-rowindex, and scrolls to the last',
    run: async (page) => {
      const lines = ['Đơn vị,Năm,Số lượt cam kết'];
      for (let i = 0; i < 3000; i++) lines.push(`Chi bộ Số ${i + 1},${2000 + (i % 20)},${i + 1}`);
      await importFiles(page, { 'cam-ket-lon.csv': `${lines.join('\n')}\n` });
      await page.locator('[data-kind-select]').selectOption('pledges');
      await page.locator('[data-everywhere]').check();
      const table = page.locator('#explorer');
      assert.equal(await table.getAttribute('aria-rowcount'), '3002');
      const drawn = await page.locator('#explorer [data-row]').count();
      assert.ok(drawn > 5 && drawn < 100, `${drawn} rows drawn`);
      await page.locator('[data-explorer-scroll]').evaluate((el) => (el.scrollTop = el.scrollHeight));
      await page.locator('#explorer [role="row"][aria-rowindex="3002"]').waitFor();
      assert.ok((await page.locator('#explorer [data-row]').count()) < 100);
      // A new sort shows its first rows: back to the top.
      await page.locator('[role="columnheader"][data-col="pledges"] button').click();
      await page.locator('#explorer [role="row"][aria-rowindex="2"]').waitFor();
      assert.equal(await page.locator('[data-explorer-scroll]').evaluate((el) => el.scrollTop), 0);
    },
  },
  {
    name: 'table view: a wide table draws in each row the columns in view sideways (the first always), the rest as it scrolls, and all of them to print',
    path: '?view=table&kind=contributions',
    ready: READY,
    run: async (page) => {
      const scroller = page.locator('[data-explorer-scroll]');
      const headers = await page.locator('#explorer [role="columnheader"]').count();
      const cellsOfFirstRow = () =>
        page
          .locator('#explorer [data-row]')
          .first()
          .locator('[role="gridcell"]')
          .evaluateAll((cells) => cells.map((c) => c.getAttribute('aria-colindex')));
      assert.ok(await scroller.evaluate((el) => el.scrollWidth > el.clientWidth + 300), 'the contributions table is wider than its box');
      const before = await cellsOfFirstRow();
      assert.equal(before[0], '1');
      assert.ok(before.length < headers, `${before.length} of ${headers} cells drawn`);
      assert.ok(!before.includes(String(headers)), 'the last column is not drawn at first');
      await scroller.evaluate((el) => (el.scrollLeft = el.scrollWidth));
      await page.waitForFunction((n) => !!document.querySelector(`#explorer [data-row] [aria-colindex="${n}"]`), headers);
      const after = await cellsOfFirstRow();
      assert.equal(after[0], '1', 'the pinned first column stays');
      assert.ok(!after.includes('2'), 'the second column, far out of view, is let go');
      await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
      assert.equal((await cellsOfFirstRow()).length, headers, 'every column drawn for printing');
      await page.evaluate(() => dispatchEvent(new Event('afterprint')));
      await page.waitForFunction((n) => document.querySelector('#explorer [data-row]')!.children.length < n, headers);
    },
  },
  {
    name: 'table view: the keyboard walks the cells of 3,000 rows (arrows, Home/End, PageDown, Ctrl+End), one cell in the tab order, indices kept',
    run: async (page) => {
      const lines = ['Đơn vị,Năm,Số lượt cam kết'];
      for (let i = 0; i < 3000; i++) lines.push(`Chi bộ Số ${i + 1},${2000 + (i % 20)},${i + 1}`);
      await importFiles(page, { 'cam-ket-phim.csv': `${lines.join('\n')}\n` });
      await page.locator('[data-kind-select]').selectOption('pledges');
      await page.locator('[data-everywhere]').check();
      await page.locator('[data-table-search]').fill('chi bo so');
      assert.match(await page.locator(READY).innerText(), /^hiển thị 3\.000 \//);
      assert.equal(await page.locator('#explorer').getAttribute('role'), 'grid');
      assert.equal(await page.locator('#explorer [role="gridcell"][tabindex="0"]').count(), 1);
      const focused = () =>
        page.evaluate(() => {
          const td = document.activeElement as HTMLElement;
          return {
            row: td.parentElement!.getAttribute('aria-rowindex'),
            col: td.getAttribute('aria-colindex'),
            text: td.innerText.trim(),
          };
        });
      await page.locator('#explorer [role="gridcell"][tabindex="0"]').focus();
      assert.deepEqual(await focused(), { row: '2', col: '1', text: 'Chi bộ Số 1' });
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowDown');
      assert.deepEqual(await focused(), { row: '3', col: '2', text: '2001' });
      await page.keyboard.press('End');
      assert.equal((await focused()).col, String(await page.locator('#explorer [role="columnheader"]').count()));
      await page.keyboard.press('Home');
      assert.deepEqual(await focused(), { row: '3', col: '1', text: 'Chi bộ Số 2' });
      // The row reached is shown whole below.
      assert.match(await page.locator('[data-row-detail]').innerText(), /Chi bộ Số 2/);
      await page.keyboard.press('PageDown');
      const paged = await focused();
      assert.ok(Number(paged.row) > 6, `PageDown moved to row ${paged.row}`);
      assert.equal(paged.text, `Chi bộ Số ${Number(paged.row) - 1}`);
      // Ctrl+End: the last row, scrolled into the window, its indices those of the whole table.
      await page.keyboard.press('Control+End');
      assert.deepEqual(await focused(), { row: '3001', col: '1', text: 'Chi bộ Số 3000' });
      assert.ok((await page.locator('#explorer [data-row]').count()) < 100);
      await page.keyboard.press('Control+Home');
      assert.deepEqual(await focused(), { row: '2', col: '1', text: 'Chi bộ Số 1' });
      assert.equal(await page.locator('#explorer [role="gridcell"][tabindex="0"]').count(), 1);
    },
  },
  {
    name: 'table view: a column is resized by dragging its edge and by ← →, kept in the link; a double click resets it',
    path: '?view=table&kind=units',
    ready: READY,
    run: async (page) => {
      const th = page.locator('#explorer [role="columnheader"][data-col="name"]');
      const before = (await th.boundingBox())!.width;
      const grip = (await page.locator('[data-grip="name"]').boundingBox())!;
      await page.mouse.move(grip.x + grip.width / 2, grip.y + grip.height / 2);
      await page.mouse.down();
      await page.mouse.move(grip.x + grip.width / 2 + 120, grip.y + grip.height / 2, { steps: 4 });
      await page.mouse.up();
      const dragged = (await th.boundingBox())!.width;
      assert.ok(Math.abs(dragged - before - 120) <= 2, `${before} → ${dragged}`);
      assert.equal(new URL(page.url()).searchParams.get('w.name'), String(Math.round(dragged)));
      await page.locator('[data-grip="name"]').focus();
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowLeft');
      assert.ok(Math.abs((await th.boundingBox())!.width - (dragged - 32)) <= 2);
      assert.equal(await page.locator('[data-grip="name"]').getAttribute('aria-valuenow'), String(Math.round(dragged) - 32));
      // The pinned first column stays at the start while the table scrolls sideways.
      await page.locator('[data-explorer-scroll]').evaluate((el) => (el.scrollLeft = 200));
      const box = await page.locator('[data-explorer-scroll]').boundingBox();
      assert.ok(Math.abs((await th.boundingBox())!.x - box!.x) <= 2);
      await page.locator('[data-grip="name"]').dblclick();
      assert.ok(Math.abs((await th.boundingBox())!.width - before) <= 2);
      assert.equal(new URL(page.url()).searchParams.get('w.name'), null);
    },
  },
  {
    name: 'table view: a group folds away its rows with its heading (▾/▸, mouse or keyboard), its subtotal "hơn 91" kept, and the CSV follows',
    path: '?view=table&kind=contributions&group=year',
    ready: READY,
    run: async (page) => {
      const heading = page.locator('#explorer [data-item="group"]').first();
      assert.equal(await heading.getAttribute('aria-expanded'), 'true');
      const rowsBefore = await page.locator('#explorer [data-row]').count();
      assert.ok(rowsBefore >= 3);
      await heading.locator('[data-fold]').click();
      assert.equal(await heading.getAttribute('aria-expanded'), 'false');
      assert.equal(await page.locator('#explorer [data-row]').count(), rowsBefore - 3);
      assert.match(await page.locator('#explorer [data-item="subtotal"]').first().innerText(), /hơn 91/);
      const { text } = await download(page);
      assert.ok(!text.includes('Chi bộ Văn phòng Huyện ủy;Giáo Hiệu') && !text.includes('Chi bộ Văn phòng Huyện ủy,Giáo Hiệu'), text);
      assert.match(text, /Cộng 2016–2021,,,hơn 91,/);
      // The keyboard: Enter on the heading's cell unfolds it.
      await heading.locator('[role="gridcell"]').first().click();
      await page.keyboard.press('Enter');
      assert.equal(await heading.getAttribute('aria-expanded'), 'true');
      assert.equal(await page.locator('#explorer [data-row]').count(), rowsBefore);
    },
  },
  {
    name: 'table view: "Sao chép" puts what is shown on the clipboard as tab-separated text: header, rows as on screen, vi-VN numbers, formulas neutralised',
    run: async (page) => {
      await importFiles(page, {
        'cam-ket-chep.csv':
          'Đơn vị,Năm,Số lượt cam kết,Ghi chú\nChi bộ Chép A,2020,1.250,=1+1\nChi bộ Chép B,2021,hơn 5,thường\nChi bộ Chép C,2020,3,@SUM(A1)\n',
      });
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
      await page.locator('[data-kind-select]').selectOption('pledges');
      await page.locator('[data-everywhere]').check();
      await page.locator('[data-table-search]').fill('chi bo chep');
      await page.locator('[role="columnheader"][data-col="pledges"] button').click();
      await page.locator('[role="columnheader"][data-col="pledges"] button').click();
      await page.getByRole('button', { name: 'Sao chép', exact: true }).click();
      await page.getByText('Đã sao chép 3 dòng').waitFor();
      const text = await page.evaluate(() => navigator.clipboard.readText());
      const lines = text.split(/\r?\n/).filter(Boolean);
      const header = await page.locator('#explorer [role="columnheader"]').allInnerTexts();
      assert.deepEqual(
        lines[0]!.split('\t'),
        header.map((h) => h.replace(/[▲▼↕\d]+$/u, '').trim()),
      );
      assert.equal(lines.length, 4);
      const shown = await columnTexts(page, 'unit');
      assert.deepEqual(
        lines.slice(1).map((l) => l.split('\t')[0]),
        shown,
      );
      assert.deepEqual(shown, ['Chi bộ Chép A', 'Chi bộ Chép B', 'Chi bộ Chép C']);
      // The formula's cell starts with an apostrophe (quoted as in the CSV: Excel reads the quotes away).
      assert.match(lines[1]!, /^Chi bộ Chép A\t2020\t1\.250\t[^=]*\t"'=1\+1"\tcam-ket-chep\.csv\t2$/);
      assert.match(lines[2]!, /^Chi bộ Chép B\t2021\thơn 5\t/);
      assert.match(lines[3]!, /\t"'@SUM\(A1\)"\t/);
    },
  },
  {
    name: "table view: the rows each import left out (kind=excluded): file, line, reason in the reader's language, the row as written",
    run: async (page) => {
      await importFiles(page, {
        'cam-ket-loi.csv': 'Đơn vị;Năm;Số lượt cam kết\nChi bộ Lỗi A;2020;12\nChi bộ Lỗi B;2020;mười\nChi bộ Lỗi C;2021;-3\n',
      });
      await page.locator('[data-kind-select]').selectOption('excluded');
      assert.equal(new URL(page.url()).searchParams.get('kind'), 'excluded');
      assert.equal(await page.locator(READY).innerText(), 'hiển thị 2 / 2 dòng');
      assert.deepEqual(await columnTexts(page, 'file'), ['cam-ket-loi.csv', 'cam-ket-loi.csv']);
      assert.deepEqual(await columnTexts(page, 'line'), ['3', '4']);
      assert.deepEqual(await columnTexts(page, 'row'), ['Chi bộ Lỗi B;2020;mười', 'Chi bộ Lỗi C;2021;-3']);
      const [vi] = await columnTexts(page, 'reason');
      assert.match(vi!, /^Số lượt cam kết: \S/);
      await page.locator('[data-table-search]').fill('muoi');
      assert.equal(await page.locator(READY).innerText(), 'hiển thị 1 / 2 dòng');
      // A fresh page in English reads the reasons in English.
      const fresh = await page.context().newPage();
      try {
        await fresh.goto(new URL('?view=table&kind=excluded&lang=en', page.url()).href);
        await fresh.locator(READY).waitFor();
        const [en] = await columnTexts(fresh, 'reason');
        assert.match(en!, /^Số lượt cam kết: \S/);
        assert.notEqual(en, vi);
      } finally {
        await fresh.close();
      }
    },
  },
  {
    name: "table view: the views' unit= and year= apply, shown as chips that remove them; the area too",
    path: '?view=table&kind=contributions&period=2016-2021&unit=Chi+b%E1%BB%99+V%C4%83n+ph%C3%B2ng+Huy%E1%BB%87n+%E1%BB%A7y',
    ready: READY,
    run: async (page) => {
      const chips = page.locator('[data-chips] li');
      assert.deepEqual(await chips.allInnerTexts().then((t) => t.map((x) => x.replace(/\s*×$/, ''))), [
        'Địa bàn: Pác Nặm',
        'Năm: 2016–2021',
        'Đơn vị: Chi bộ Văn phòng Huyện ủy',
      ]);
      const units = await columnTexts(page, 'unit');
      assert.ok(units.length >= 1);
      assert.ok(
        units.every((u) => u === 'Chi bộ Văn phòng Huyện ủy'),
        units.join(', '),
      );
      const all = await page.locator(READY).innerText();
      await page.getByRole('button', { name: 'Bỏ lọc Đơn vị: Chi bộ Văn phòng Huyện ủy' }).click();
      assert.equal(new URL(page.url()).searchParams.get('unit'), null);
      assert.notEqual(await page.locator(READY).innerText(), all);
      assert.ok(new Set(await columnTexts(page, 'unit')).size > 1);
      await page.getByRole('button', { name: 'Bỏ lọc Năm: 2016–2021' }).click();
      assert.equal(new URL(page.url()).searchParams.get('period'), null);
      await page.getByRole('button', { name: 'Bỏ lọc Địa bàn: Pác Nặm' }).click();
      assert.equal(new URL(page.url()).searchParams.get('scope'), 'all');
      assert.equal(await chips.count(), 0);
    },
  },
];
