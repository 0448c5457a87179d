/**
 * The files being imported: each read by the ingest worker with its progress, then refused,
 * shown first for confirmation, offered as a replacement, or loaded into the library.
 * The worker call is injected, so the flow is tested without a worker.
 */
import type { IngestReport, Kind, NumberFormat } from '../model/index.ts';
import type { ImportJob, ImportOptions, ImportProgress } from '../ingest/index.ts';
import { sameFile, type Dataset, type Origin } from './datasets.svelte.ts';
import { fetchFile, type Fetched } from './fetch-file.ts';
import { nextStep, type ImportStep } from './import-step.ts';
import type { Library } from './library.svelte.ts';

/** A file to import: a `File`, or a Blob given a name. */
export type NamedBlob = Blob & { readonly name: string };

/** Starts one import (ingest-client's `importFile`, or a test double). */
export type ImportFn = (file: NamedBlob, options: ImportOptions, onProgress: (p: ImportProgress) => void) => ImportJob;

/** Starts the workers of the next import ahead (ingest-client's `prepareImports`, or a test double); `release` lets them go. */
export type PrepareFn = () => { release(): void };

/** Where an import is: reading, or the step that followed (`loaded` once in the library). */
export type Phase = 'reading' | 'cancelled' | 'loaded' | Exclude<ImportStep, 'commit'>;

/** One file's import as the page shows it. */
export interface ImportItem {
  id: string;
  name: string;
  origin: Exclude<Origin, 'bundled'>;
  phase: Phase;
  /** The options the file was last read with (a kind or number format the user forced). */
  options: ImportOptions;
  progress: ImportProgress | null;
  report: IngestReport | null;
  /** The dataset this import loaded (set once `loaded`). */
  datasetId: string | null;
  /** The loaded dataset of the same file, when the user is asked whether to replace it. */
  replaces: string | null;
}

let counter = 0;
/** A fresh id (no `crypto.randomUUID`: an intranet page over http is not a secure context). */
function freshId(prefix: string): string {
  return `${prefix}:${Date.now().toString(36)}-${(++counter).toString(36)}`;
}

/** A link being downloaded, or why it could not be. */
export type LinkStatus = { state: 'idle' } | { state: 'loading'; url: string } | ({ state: 'failed' } & Extract<Fetched, { ok: false }>);

/** The imports of this session, newest last. */
export class Imports {
  #items = $state.raw<readonly ImportItem[]>([]);
  // Not state: the page never shows the files or the worker handles, only `#items`.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  readonly #files = new Map<string, NamedBlob>();
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  readonly #jobs = new Map<string, ImportJob>();
  readonly #library: Library;
  readonly #importFile: ImportFn;
  readonly #now: () => Date;
  readonly #fetch: typeof fetch | undefined;
  readonly #prepare: PrepareFn | undefined;
  #link = $state.raw<LinkStatus>({ state: 'idle' });
  #loadingSample = $state(false);

  constructor(library: Library, importFile: ImportFn, options: { now?: () => Date; fetch?: typeof fetch; prepare?: PrepareFn } = {}) {
    this.#library = library;
    this.#importFile = importFile;
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a timestamp, read once per import
    this.#now = options.now ?? (() => new Date());
    this.#fetch = options.fetch;
    this.#prepare = options.prepare;
  }

  /**
   * A file may come soon (the Data page is open, files are dragged over the page): the workers
   * of the next import start ahead. Returns what to call when that is over.
   */
  prepare(): () => void {
    const hold = this.#prepare?.();
    return () => hold?.release();
  }

  /** The last link downloaded ("Tải từ đường dẫn"). */
  get link(): LinkStatus {
    return this.#link;
  }

  /** True while the sample generator is loading. */
  get loadingSample(): boolean {
    return this.#loadingSample;
  }

  /** Downloads a CSV file from a link on the office's server and imports it. */
  async addFromLink(link: string, base: string): Promise<void> {
    this.#link = { state: 'loading', url: link };
    const fetched = await fetchFile(link, base, this.#fetch ?? globalThis.fetch.bind(globalThis));
    if (!fetched.ok) {
      this.#link = { state: 'failed', ...fetched };
      return;
    }
    this.#link = { state: 'idle' };
    this.add([fetched.file]);
  }

  /** Imports the sample district ("Tải dữ liệu mẫu"), which the page then shows apart from the real data. */
  async addSample(): Promise<void> {
    // Loaded already: show it again, as it was.
    if (this.#library.datasets.hasSample) return this.#library.datasets.setWorkspace('sample');
    this.#loadingSample = true;
    try {
      const { sampleFiles } = await import('../sample/sample-files.ts');
      this.add(sampleFiles(), 'sample');
    } finally {
      this.#loadingSample = false;
    }
  }

  /** Every import of the session, in the order started. */
  get items(): readonly ImportItem[] {
    return this.#items;
  }

  /** True while some file is being read. */
  get busy(): boolean {
    return this.#items.some((i) => i.phase === 'reading');
  }

  /** Starts importing files. */
  add(files: readonly NamedBlob[], origin: ImportItem['origin'] = 'imported'): void {
    for (const file of files) {
      const item: ImportItem = {
        id: freshId('job'),
        name: file.name,
        origin,
        phase: 'reading',
        options: {},
        progress: null,
        report: null,
        datasetId: null,
        replaces: null,
      };
      this.#files.set(item.id, file);
      this.#items = [...this.#items, item];
      this.#read(item.id, {});
    }
  }

  /** Stops reading a file. */
  cancel(id: string): void {
    this.#jobs.get(id)?.cancel();
  }

  /** Reads the file again with its kind forced (the user corrected it). */
  setKind(id: string, kind: Kind): void {
    const item = this.#get(id);
    if (item) this.#read(id, { ...item.options, kind });
  }

  /** Reads the file again with its number format forced (the user chose in the preview). */
  setNumberFormat(id: string, numberFormat: NumberFormat): void {
    const item = this.#get(id);
    if (item) this.#read(id, { ...item.options, numberFormat });
  }

  /** "Nhập" in the preview: the user confirms the reading. */
  async confirm(id: string): Promise<void> {
    await this.#settle(id, true);
  }

  /** "Thay thế": the file replaces the loaded dataset of the same file. */
  async replace(id: string): Promise<void> {
    const item = this.#get(id);
    if (item?.phase === 'replace' && item.replaces) await this.#commit(item, item.replaces);
  }

  /** "Giữ cả hai": the file loads beside the dataset of the same file. */
  async keepBoth(id: string): Promise<void> {
    const item = this.#get(id);
    if (item?.phase === 'replace') await this.#commit(item, null);
  }

  /** Closes an import's panel ("Hủy" before loading: nothing changes). */
  dismiss(id: string): void {
    this.#jobs.get(id)?.cancel();
    this.#files.delete(id);
    this.#items = this.#items.filter((i) => i.id !== id);
  }

  #get(id: string): ImportItem | undefined {
    return this.#items.find((i) => i.id === id);
  }

  #update(id: string, patch: Partial<ImportItem>): void {
    this.#items = this.#items.map((i) => (i.id === id ? { ...i, ...patch } : i));
  }

  async #read(id: string, options: ImportOptions): Promise<void> {
    const file = this.#files.get(id);
    if (!file) return;
    this.#jobs.get(id)?.cancel();
    this.#update(id, { phase: 'reading', options, progress: { bytesRead: 0, bytesTotal: file.size, rows: 0 } });
    const job = this.#importFile(file, options, (progress) => {
      if (this.#jobs.get(id) === job) this.#update(id, { progress });
    });
    this.#jobs.set(id, job);
    let report: IngestReport;
    try {
      report = await job.promise;
    } catch {
      // Cancelled (or superseded by a newer read, which then owns the item).
      if (this.#jobs.get(id) === job) {
        this.#jobs.delete(id);
        this.#update(id, { phase: 'cancelled' });
      }
      return;
    }
    if (this.#jobs.get(id) !== job) return;
    this.#jobs.delete(id);
    this.#update(id, { report });
    await this.#settle(id, false);
  }

  /** Decides the next step once a report is in; loads the file when nothing needs asking. */
  async #settle(id: string, confirmed: boolean): Promise<void> {
    const item = this.#get(id);
    if (!item?.report) return;
    // A file already loaded and read again (its kind corrected) replaces its own dataset.
    const own = item.datasetId;
    const same = own ? undefined : sameFile(this.#library.datasets.items, item.name, item.report.kind);
    const step = nextStep(item.report, { confirmed, sameFile: () => same, name: item.name });
    if (step === 'commit' || (step === 'replace' && own)) return this.#commit(item, own);
    this.#update(id, { phase: step, replaces: step === 'replace' ? (same?.id ?? null) : null });
  }

  async #commit(item: ImportItem, replaces: string | null): Promise<void> {
    const report = item.report!;
    const dataset: Dataset = {
      id: freshId(item.origin),
      name: item.name,
      kind: report.kind,
      origin: item.origin,
      report,
      importedAt: this.#now().toISOString(),
    };
    this.#update(item.id, { phase: 'loaded', datasetId: dataset.id, replaces: null });
    await this.#library.commit(dataset, replaces ?? undefined);
  }
}
