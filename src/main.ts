/**
 * Start-up: read the bundled data files, restore the datasets imported on earlier visits,
 * then mount the page. The language chosen earlier (URL or localStorage) is applied to the
 * URL and `<html lang>` before the first paint; the page shown comes from `?view=`. No import
 * worker starts until a file may come (the Data page opens, files are dragged over the page).
 */
import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';
import { importFile, prepareImports } from './lib/ingest/client/index.ts';
import { i18n } from './lib/i18n/i18n.svelte.ts';
import {
  browserWorkspaceStore,
  bundledDatasets,
  Dashboard,
  Datasets,
  Imports,
  Library,
  clearAll,
  deleteDataset,
  loadAll,
  saveDataset,
  updateMeta,
  Router,
  prepareFiguresWhenIdle,
} from './lib/state/index.ts';

// The language's words first (English is loaded on demand), so the first paint is in it.
await i18n.setLang(i18n.lang);
const workspace = browserWorkspaceStore(safeLocalStorage());
const datasets = new Datasets(bundledDatasets(), workspace.read(), workspace.write);
const library = new Library(datasets, { saveDataset, loadAll, updateMeta, deleteDataset, clearAll });
const imports = new Imports(library, importFile, { prepare: prepareImports });
const router = new Router(window);
const dashboard = new Dashboard(datasets, i18n, router);

// The page shows the bundled data at once; stored datasets join it when read.
void library.restore();
// After the data changes, the overview's figures are prepared in an idle moment of their own.
prepareFiguresWhenIdle(dashboard);

mount(App, { target: document.getElementById('app')!, props: { dashboard, library, imports, router } });

/** localStorage, or null where reading it throws (some private modes, file:// in some browsers). */
function safeLocalStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
