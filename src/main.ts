/**
 * Start-up: read the bundled data files, then mount the page. The language chosen earlier
 * (URL or localStorage) is applied to the URL and `<html lang>` before the first paint.
 */
import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';
import { i18n } from './lib/i18n/i18n.svelte.ts';
import { bundledDatasets } from './lib/state/bundled.ts';
import { Dashboard } from './lib/state/dashboard.svelte.ts';
import { Datasets } from './lib/state/datasets.svelte.ts';

i18n.setLang(i18n.lang);
const dashboard = new Dashboard(new Datasets(bundledDatasets()), i18n);

mount(App, { target: document.getElementById('app')!, props: { dashboard } });
