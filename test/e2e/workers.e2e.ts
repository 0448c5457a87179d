/**
 * The import workers, in real Chromium: someone who only looks at the charts starts none; files
 * dragged over the page, or the Data page, start the ingest worker alone (part workers start
 * with a large file), and it is let go when the drag ends or the page closes.
 */
import assert from './assert.ts';
import type { Page } from 'playwright-core';
import type { E2eCase } from './overview.e2e.ts';

const READY = '#import-title';

/** The import workers alive in the page, by script name (`ingest` or `ingest-part`). */
const importWorkers = (page: Page) => page.workers().map((w) => /(ingest(?:-part)?)\.worker/.exec(w.url())?.[1] ?? w.url());

/** Waits until the page has started its ingest worker (within 10 s). */
export async function ingestWorkerStarted(page: Page): Promise<void> {
  for (let waited = 0; !importWorkers(page).includes('ingest'); waited += 100) {
    assert.ok(waited < 10_000, `an ingest worker is started ahead of the import (${importWorkers(page).join(', ') || 'none'})`);
    await page.waitForTimeout(100);
  }
}

/** Drags a file over the page (`dragenter`), or lets it go (`dragleave`), as from the desktop. */
const dragFile = (page: Page, type: 'dragenter' | 'dragleave') =>
  page.evaluate(
    `(() => { const t = new DataTransfer(); t.items.add(new File(['a'], 'a.csv')); window.dispatchEvent(new DragEvent('${type}', { dataTransfer: t, bubbles: true, cancelable: true })); })()`,
  );

export const cases: E2eCase[] = [
  {
    name: 'the overview starts no worker; files dragged over it or the Data page start the ingest worker alone, let go when they are done',
    run: async (page) => {
      // Someone who only looks at the charts: nothing is read, so no worker is started.
      await page.waitForTimeout(2000);
      assert.deepEqual(importWorkers(page), [], 'no worker on the overview');
      // A file dragged over the page: its worker starts, and is let go when the file is taken away.
      await dragFile(page, 'dragenter');
      await ingestWorkerStarted(page);
      await dragFile(page, 'dragleave');
      await page.waitForFunction(() => !document.querySelector('.overlay'));
      for (let waited = 0; importWorkers(page).length; waited += 100) {
        assert.ok(waited < 5000, `the worker is let go when the drag is over (${importWorkers(page).join(', ')})`);
        await page.waitForTimeout(100);
      }
      // The Data page: the ingest worker waits for a file; part workers start only with a large one.
      await page.getByRole('link', { name: 'Dữ liệu', exact: true }).click();
      await page.locator(READY).waitFor();
      await ingestWorkerStarted(page);
      await page.waitForTimeout(1000);
      assert.deepEqual(importWorkers(page), ['ingest']);
      // Back to the charts: the waiting worker is let go.
      await page.getByRole('link', { name: 'Tổng quan' }).click();
      for (let waited = 0; importWorkers(page).length; waited += 100) {
        assert.ok(waited < 5000, `leaving the Data page lets its worker go (${importWorkers(page).join(', ')})`);
        await page.waitForTimeout(100);
      }
    },
  },
];
