/**
 * The benchmark page: raw TextDecoder, PapaParse alone, and the app's import through its worker,
 * on the same file, each called by `test/bench/run.ts` through `window.bench`.
 */
import Papa from 'papaparse';
import { ByteIngest, importFile, prepareImports, PREPARED, WARM_UP_ROWS, type PrepareOptions } from '../../../src/lib/ingest/index.ts';
import { sampleText } from '../../../src/lib/sample/index.ts';
import { KINDS } from '../../../src/lib/model/index.ts';

/** What one timed run reports. */
export interface Timing {
  ms: number;
  bytes: number;
  rows: number;
}

/** An import's timing with what the main thread went through meanwhile. */
export interface ImportTiming extends Timing {
  problems: number;
  excluded: number;
  /** Longest task the PerformanceObserver saw (≥ 50 ms, else 0). */
  longestTask: number;
  longTasks: number;
  /** Longest gap between two turns of a setTimeout(0) loop, and of a requestAnimationFrame loop. */
  longestTimerGap: number;
  longestFrameGap: number;
  /** Progress callbacks received. */
  progressMessages: number;
}

async function bytesOf(url: string): Promise<Uint8Array> {
  return new Uint8Array(await (await fetch(url)).arrayBuffer());
}

const bench = {
  async decode(url: string): Promise<Timing> {
    const bytes = await bytesOf(url);
    const t = performance.now();
    const text = new TextDecoder().decode(bytes);
    return { ms: performance.now() - t, bytes: bytes.length, rows: text.length };
  },

  /** PapaParse on the whole text; \`warm\`: after parsing the made-up files a warmed-up import worker reads first. */
  async papa(url: string, warm = true): Promise<Timing> {
    const bytes = await bytesOf(url);
    const text = new TextDecoder().decode(bytes);
    if (warm) for (const { kind } of KINDS) Papa.parse<string[]>(sampleText({ kind, rows: WARM_UP_ROWS, seed: 1 }), { delimiter: ';' });
    const t = performance.now();
    const parsed = Papa.parse<string[]>(text, { delimiter: ';' });
    return { ms: performance.now() - t, bytes: bytes.length, rows: parsed.data.length };
  },

  /** The engine alone on this thread (no worker, no messages): bytes in 8 MB chunks to report. */
  async engine(url: string): Promise<Timing> {
    const bytes = await bytesOf(url);
    const t = performance.now();
    const ingest = new ByteIngest({ fileName: 'f.csv' }, undefined, bytes.length);
    for (let at = 0; at < bytes.length; at += 8 << 20) ingest.push(bytes.subarray(at, at + (8 << 20)));
    const report = ingest.finish();
    return { ms: performance.now() - t, bytes: bytes.length, rows: report.table?.length ?? 0 };
  },

  /**
   * Starts the workers of the next import as `prepareImports(options)` does (the Data page opened)
   * and resolves when they are ready, keeping them waiting: what that took, in ms of wall time.
   */
  async prepare(options: PrepareOptions): Promise<number> {
    const t = performance.now();
    await prepareImports(options).ready;
    return performance.now() - t;
  },

  /**
   * The app's import; `maxParts` 1 reads the file in one piece, in the ingest worker alone.
   * `prepare`: the workers were started (and warmed up, if asked) before the file came, as
   * `prepareImports` does when the Data page opens (default: as the app does, `PREPARED`);
   * null: cold, every worker starts with the import.
   */
  async import(url: string, maxParts?: number, prepare: PrepareOptions | null = PREPARED): Promise<ImportTiming> {
    const blob = await (await fetch(url)).blob();
    const file = new File([blob], url.split('/').pop() ?? 'file.csv');
    const hold = prepare ? prepareImports(prepare) : null;
    await hold?.ready;
    let longestTask = 0;
    let longTasks = 0;
    const observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        longTasks++;
        longestTask = Math.max(longestTask, e.duration);
      }
    });
    observer.observe({ type: 'longtask' });
    let running = true;
    let longestTimerGap = 0;
    let longestFrameGap = 0;
    let lastTimer = performance.now();
    let lastFrame = performance.now();
    const timer = () => {
      const now = performance.now();
      longestTimerGap = Math.max(longestTimerGap, now - lastTimer);
      lastTimer = now;
      if (running) setTimeout(timer, 0);
    };
    const frame = (now: number) => {
      longestFrameGap = Math.max(longestFrameGap, now - lastFrame);
      lastFrame = now;
      if (running) requestAnimationFrame(frame);
    };
    setTimeout(timer, 0);
    requestAnimationFrame(frame);
    let progressMessages = 0;
    const t = performance.now();
    const job = importFile(file, maxParts ? { maxParts } : {}, () => progressMessages++);
    // The workers taken, no more are started for a next import.
    hold?.release();
    const report = await job.promise;
    const ms = performance.now() - t;
    // Let the probes see the turn right after the report arrived.
    await new Promise((resolve) => setTimeout(resolve, 50));
    running = false;
    observer.takeRecords().forEach((e) => {
      longTasks++;
      longestTask = Math.max(longestTask, e.duration);
    });
    observer.disconnect();
    return {
      ms,
      bytes: file.size,
      rows: report.table?.length ?? 0,
      problems: report.problems.length,
      excluded: report.excluded.length,
      longestTask,
      longTasks,
      longestTimerGap,
      longestFrameGap,
      progressMessages,
    };
  },
};

(window as unknown as { bench: typeof bench }).bench = bench;
