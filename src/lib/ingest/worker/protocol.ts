/**
 * The messages between the app and the ingest worker, and the worker's side of them as a plain
 * async function (`runImport`), so it runs and is tested without a worker.
 *
 * The report comes back in parts: problems and excluded rows in batches (each message cheap to
 * receive, so a file with a million bad rows never blocks the page), then the report itself with
 * the table's typed arrays transferred, not copied.
 */
import {
  ByteIngest,
  type PartPlan,
  chunksOf,
  cutAt,
  MAX_PARTS,
  MIN_PART_BYTES,
  PROGRESS_EVERY,
  rereadRows,
  roughCuts,
  tableBuffers,
  type PartJob,
  type PartProgress,
  type PartRequest,
  type PartRunner,
} from '../stream/index.ts';
import { type ExcludedRow, type IngestReport, type Kind, type NumberFormat, type Problem } from '../../model/index.ts';
import type { WarmMessage } from './warm-up.ts';

/** App → worker: read this file. */
export interface ImportRequest {
  type: 'import';
  file: Blob;
  fileName: string;
  kind?: Kind;
  numberFormat?: NumberFormat;
  /** Bytes read at a time at most (default DEFAULT_CHUNK_BYTES of ingest-parts.ts). */
  chunkBytes?: number;
  /** Ports to part workers started for this import, to read a large file in parts (`ingest-parts.ts`). */
  partPorts?: MessagePort[];
}

/** How far an import has got. */
export interface ImportProgress {
  bytesRead: number;
  bytesTotal: number;
  /** Data rows read so far. */
  rows: number;
}

/** Worker → app. */
export type WorkerMessage =
  | ({ type: 'progress' } & ImportProgress)
  | { type: 'problems'; items: Problem[] }
  | { type: 'excluded'; items: ExcludedRow[] }
  /** The report, its `problems` and `excluded` emptied: they came before, in batches. */
  | { type: 'done'; report: IngestReport }
  | { type: 'failed'; message: string }
  /** The warm-up the app asked for before there was a file is done (`warm-up.ts`). */
  | WarmMessage;

/**
 * Items per batch message. Receiving one costs the main thread about 1 ms per 100 items (an
 * excluded row with its cells, on a slow machine): a thousand keeps every message well under
 * the 50 ms of a long task.
 */
export const BATCH = 1000;

/**
 * Hands `list` to `send` BATCH items at a time, letting go of each batch once sent (the message
 * holds a copy): with a quarter of a million problems, this worker's copies and the page's are
 * not all alive at once.
 */
function inBatches<T>(list: T[], send: (items: T[]) => void): void {
  for (let i = 0; i < list.length; i += BATCH) {
    send(list.slice(i, i + BATCH));
    (list as (T | undefined)[]).fill(undefined, i, i + BATCH);
  }
}

/** How a large file may be read in parts (`ingest-parts.ts`). */
export interface PartsSetup {
  /** Starts a part elsewhere; without it the file is read in one piece. */
  runPart?: PartRunner;
  /** Parts at most (the cores to use); 1 reads the file in one piece. */
  parts?: number;
  /** The smallest part worth its own worker. */
  minPartBytes?: number;
}

/**
 * Reads `request.file` in chunks through the ingestion engine, a large file in parts at once
 * when `setup` allows it, and posts progress, the report's batches and the report. Never
 * throws: an exception is posted as `failed`.
 */
export async function runImport(
  request: ImportRequest,
  post: (message: WorkerMessage, transfer?: Transferable[]) => void,
  setup: PartsSetup = {},
): Promise<void> {
  try {
    const { file } = request;
    const size = file.size;
    const options = {
      fileName: request.fileName,
      ...(request.kind ? { kind: request.kind } : {}),
      ...(request.numberFormat ? { numberFormat: request.numberFormat } : {}),
    };
    const ingest = new ByteIngest(options, undefined, size);
    const reading = new PartsReading(ingest, file, request.chunkBytes, setup);
    let posted = 0;
    const progress = () => {
      const now = Date.now();
      if (now - posted < PROGRESS_EVERY) return;
      posted = now;
      post({ type: 'progress', bytesTotal: size, ...reading.progress() });
    };
    await reading.run(progress);
    const report = ingest.finish();
    post({ type: 'progress', bytesRead: size, bytesTotal: size, rows: ingest.rows });
    inBatches(report.problems, (items) => post({ type: 'problems', items }));
    inBatches(report.excluded, (items) => post({ type: 'excluded', items }));
    const rest: IngestReport = { ...report, problems: [], excluded: [] };
    post({ type: 'done', report: rest }, report.table ? tableBuffers(report.table) : []);
  } catch (e) {
    post({ type: 'failed', message: e instanceof Error ? `${e.name}: ${e.message}` : String(e) });
  }
}

/**
 * Feeds a file's bytes into `ingest`: its head first; then, when the head allows and the file
 * is large enough, the rest in parts read at once elsewhere and appended in order, falling back
 * to reading on alone from the first part that cannot be used (see `ingest-parts.ts`).
 */
class PartsReading {
  /** Bytes of the file pushed into `ingest`. */
  private read = 0;
  private jobs: PartJob[] = [];
  /** Progress of the parts not yet appended. */
  private partProgress: PartProgress[] = [];
  /** The parts appended: their bytes, and the lines before each. */
  private appended: { bytes: Blob; offset: number }[] = [];
  private plan: PartPlan | null = null;
  /** Where the first part is cut, roughly (-1 while the file is read in one piece), and where it really ends. */
  private firstCut = -1;
  private firstEnd = -1;

  constructor(
    private readonly ingest: ByteIngest,
    private readonly file: Blob,
    private readonly chunkBytes: number | undefined,
    private readonly setup: PartsSetup,
  ) {}

  progress(): { bytesRead: number; rows: number } {
    let { read: bytesRead } = this;
    let rows = this.ingest.rows;
    for (const p of this.partProgress) {
      bytesRead += p.bytesRead;
      rows += p.rows;
    }
    return { bytesRead, rows };
  }

  async run(onProgress: () => void): Promise<void> {
    const { ingest, file } = this;
    // The parts start as soon as the head has decided how to read them, from inside `push`.
    ingest.onPlan = (plan) => this.startParts(plan);
    let before = -1;
    for await (const bytes of chunksOf(file, this.chunkBytes)) {
      let chunk = bytes;
      if (this.firstCut >= 0) {
        const end = cutAt(this.firstCut, this.plan!.newline, bytes, this.read, before);
        if (end >= 0) {
          this.firstEnd = end;
          chunk = bytes.subarray(0, end - this.read);
        }
      }
      before = bytes[bytes.length - 1] ?? before;
      this.read += chunk.length;
      ingest.push(chunk);
      if (ingest.settled || this.firstEnd >= 0) break;
      onProgress();
    }
    if (this.jobs.length === 0 || ingest.settled) return;
    if (this.firstEnd < 0) this.firstEnd = file.size; // no line break after the cut: all read here
    const from = await this.joinParts(onProgress);
    if (from !== null) {
      // A part could not be used: read on alone from its start.
      for await (const bytes of chunksOf(file.slice(from), this.chunkBytes)) {
        ingest.push(bytes);
        this.read += bytes.length;
        onProgress();
      }
    }
    await this.rereadRebuilt();
  }

  /** Rows of appended parts listed with cells rebuilt from their values get their cells as written (`rereadRows`). */
  private async rereadRebuilt(): Promise<void> {
    const rebuilt = this.ingest.rebuilt;
    for (let i = 0; i < this.appended.length && rebuilt.length; i++) {
      const { bytes, offset } = this.appended[i]!;
      const next = this.appended[i + 1]?.offset ?? Infinity;
      const wanted = new Map(rebuilt.filter((x) => x.line > offset && x.line <= next).map((x) => [x.line, x]));
      if (wanted.size) await rereadRows(bytes, this.plan!, offset, wanted);
    }
  }

  /** Starts the parts after the first, when the file is large enough and there are workers for them. */
  private startParts(plan: PartPlan): void {
    const { file, setup } = this;
    const parts = Math.min(setup.parts ?? 1, MAX_PARTS, Math.floor(file.size / (setup.minPartBytes ?? MIN_PART_BYTES)));
    const cuts = setup.runPart && parts > 1 ? roughCuts(file.size, this.read, parts) : [];
    if (!cuts.length) return;
    this.plan = plan;
    this.firstCut = cuts[0]!;
    cuts.forEach((from, i) => {
      const progress: PartProgress = { bytesRead: 0, rows: 0 };
      this.partProgress.push(progress);
      const request: PartRequest = { type: 'part', file, from, to: cuts[i + 1] ?? file.size, plan, chunkBytes: this.chunkBytes };
      const job = setup.runPart!(request, (p) => Object.assign(progress, p));
      // A part that fails is read here instead (`joinParts`): its failure is handled, never "unhandled".
      job.result.catch(() => undefined);
      this.jobs.push(job);
    });
  }

  /** Appends the parts in order; returns null when all were, else the offset to read on from. */
  private async joinParts(onProgress: () => void): Promise<number | null> {
    const { ingest, jobs } = this;
    let from = this.firstEnd;
    let usable = ingest.endsBetweenRows();
    let i = 0;
    for (; usable && i < jobs.length; i++) {
      const done = await jobs[i]!.result.catch(() => null);
      const last = i === jobs.length - 1;
      // Every reader finds the same cuts (`cutAt`): a gap or an overlap would be a bug, never data.
      usable = done !== null && done.start === from && (last ? done.end === this.file.size : done.part.text.endsBetweenRows);
      if (!usable) break;
      this.appended.push({ bytes: this.file.slice(done!.start, done!.end), offset: ingest.absorb(done!.part, last) });
      this.read = from = done!.end;
      this.partProgress.shift();
      onProgress();
    }
    if (usable) return null;
    for (const job of jobs.slice(i)) job.cancel();
    this.read = from;
    this.partProgress = [];
    return from;
  }
}

export { tableBuffers };
