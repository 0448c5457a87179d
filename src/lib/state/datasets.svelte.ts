/**
 * The datasets loaded so far (bundled with the app, imported by the user, or the sample
 * district), each with the ingestion engine's full report, and the table of each kind the
 * overview shows: the visible datasets of that kind in the workspace shown (the real data, or
 * the sample apart), combined in import order (dataset.ts).
 */
import type { SourcedTables } from '../aggregate/index.ts';
import {
  combineVisible,
  hasIssues,
  inWorkspace,
  type CombinedTables,
  type Dataset,
  type NamedConflict,
  type Workspace,
} from './dataset.ts';

export * from './dataset.ts';

/** The loaded datasets and the tables derived from them. */
export class Datasets {
  // Reports are large and never mutated in place: raw state, replaced as a whole.
  #items = $state.raw<readonly Dataset[]>([]);
  #workspace = $state<Workspace>('real');
  readonly #onWorkspace: (w: Workspace) => void;

  readonly #combined: CombinedTables = $derived(combineVisible(this.#items, this.workspace));

  /** The visible tables of each kind in the workspace shown, combined, with the datasets of their rows. */
  readonly tables: SourcedTables = $derived(this.#combined.tables);

  /** True when the sample district is loaded (shown or not). */
  readonly hasSample: boolean = $derived(this.#items.some((d) => d.origin === 'sample'));

  /** Keys found in two datasets of one kind: the later row is left out of the overview. */
  readonly conflicts: readonly NamedConflict[] = $derived(this.#combined.conflicts);

  /** Bundled datasets that were refused or had rows excluded (imported ones say so as they load). */
  readonly withIssues: readonly Dataset[] = $derived(this.#items.filter((d) => d.origin === 'bundled' && hasIssues(d)));

  /** Rows accepted across every visible dataset of the workspace shown. */
  readonly rowCount: number = $derived(
    this.#items.reduce((n, d) => n + (d.hidden || !inWorkspace(d, this.workspace) ? 0 : (d.report.table?.length ?? 0)), 0),
  );

  /**
   * @param initial the datasets loaded at start (the bundled ones)
   * @param workspace the workspace shown at start (as chosen on an earlier visit)
   * @param onWorkspace called when the workspace shown changes (to remember it)
   */
  constructor(initial: readonly Dataset[] = [], workspace: Workspace = 'real', onWorkspace: (w: Workspace) => void = () => {}) {
    this.#items = initial;
    this.#workspace = workspace;
    this.#onWorkspace = onWorkspace;
  }

  /** The data shown: the real data, or the sample district apart from it. */
  get workspace(): Workspace {
    // Nothing to show in the sample's workspace once the sample is gone.
    return this.#workspace === 'sample' && !this.hasSample ? 'real' : this.#workspace;
  }

  /** Shows the real data or the sample; the other stays loaded, unchanged. */
  setWorkspace(workspace: Workspace): void {
    if (workspace === this.#workspace) return;
    this.#workspace = workspace;
    this.#onWorkspace(workspace);
  }

  /** Every dataset, in the order added. */
  get items(): readonly Dataset[] {
    return this.#items;
  }

  /** The dataset with this id. */
  get(id: string): Dataset | undefined {
    return this.#items.find((d) => d.id === id);
  }

  /** Adds datasets at the end; one with the id of a loaded dataset takes its place instead. */
  add(...datasets: Dataset[]): void {
    let items = [...this.#items];
    for (const d of datasets) {
      const at = items.findIndex((o) => o.id === d.id);
      if (at >= 0) items[at] = d;
      else items = [...items, d];
    }
    this.#items = items;
  }

  /** Puts a dataset back where it was (undo of `remove`). */
  insert(dataset: Dataset, index: number): void {
    const items = this.#items.filter((d) => d.id !== dataset.id);
    items.splice(Math.min(index, items.length), 0, dataset);
    this.#items = items;
  }

  /** Puts `dataset` in the place of the dataset `id` (a newer version of the same file). */
  replace(id: string, dataset: Dataset): void {
    const at = this.#items.findIndex((d) => d.id === id);
    if (at < 0) return this.add(dataset);
    this.#items = this.#items.map((d, i) => (i === at ? dataset : d)).filter((d, i) => i === at || d.id !== dataset.id);
  }

  /** Shows or hides a dataset. */
  setHidden(id: string, hidden: boolean): void {
    this.#items = this.#items.map((d) => (d.id === id ? { ...d, hidden } : d));
  }

  /** Removes a dataset; gives it and its place, for an undo. */
  remove(id: string): { dataset: Dataset; index: number } | null {
    const index = this.#items.findIndex((d) => d.id === id);
    if (index < 0) return null;
    const dataset = this.#items[index]!;
    this.#items = this.#items.filter((d) => d.id !== id);
    return { dataset, index };
  }

  /** Removes every dataset the user added (imported and sample), keeping the bundled ones. */
  clearAdded(): void {
    this.#items = this.#items.filter((d) => d.origin === 'bundled');
  }
}
