/**
 * The app's state: datasets, imports, persistence in the browser, the route in the URL.
 */
export { bundledDatasets } from './bundled.ts';
export { Dashboard } from './dashboard.svelte.ts';
export { Datasets } from './datasets.svelte.ts';
export type { Dataset, NamedConflict } from './datasets.svelte.ts';
export { uncertainties } from './import-step.ts';
export { Imports } from './imports.svelte.ts';
export type { ImportItem } from './imports.svelte.ts';
export { Library } from './library.svelte.ts';
export { clearAll, deleteDataset, loadAll, saveDataset, updateMeta } from './persistence.ts';
export { prepareFiguresWhenIdle } from './prepare-figures.svelte.ts';
export { Router, VIEWS } from './router.svelte.ts';
export type { View } from './router.svelte.ts';
export { browserWorkspaceStore } from './workspace-store.ts';
export type { Workspace } from './dataset.ts';
