// @vitest-environment jsdom
import '../../test/fixtures/dom.ts';
import { fireEvent, render, waitFor, within } from '@testing-library/svelte';
import { beforeEach, describe, expect, it } from 'vitest';
import { i18n } from '../lib/i18n/i18n.svelte.ts';
import LanguageSwitch from '../lib/i18n/LanguageSwitch.svelte';
import { bundledDatasets, Dashboard, Datasets } from '../lib/state/index.ts';
import { datasetFromBytes } from '../lib/state/read-files.ts';
import Overview from './Overview.svelte';

const broken = (name: string, text: string) => datasetFromBytes(new TextEncoder().encode(text), name, 'bundled');
const kpi = (container: HTMLElement, id: string) => container.querySelector(`[data-kpi="${id}"] .value`)?.textContent?.trim();

describe('the overview', () => {
  beforeEach(() => i18n.setLang('vi'));

  it('shows the bundled figures: cards, bars and the figures table (loaded just after)', async () => {
    const { container, getByRole } = render(Overview, { dashboard: new Dashboard(new Datasets(bundledDatasets()), i18n) });
    expect(kpi(container, 'pledges')).toBe('15.486');
    expect(kpi(container, 'money')).toBe('hơn 91 triệu đồng');
    expect(container.querySelector('[data-commune="Bộc Bố"]')?.getAttribute('data-value')).toBe('16');
    expect(getByRole('figure', { name: 'Tiêu chí nông thôn mới đạt được theo xã' })).toBeTruthy();
    expect(getByRole('link', { name: 'Xem bảng số liệu' }).getAttribute('href')).toBe('#figures');
    await waitFor(() => expect(container.querySelector('table#figures')).toBeTruthy());
    expect(container.querySelector('[role="alert"]')).toBeNull();
  });

  it('past 500 figures lists none of them but leads to the table view, which shows them all', () => {
    const rows = Array.from({ length: 600 }, (_, i) => `Chi bộ ${i + 1},2020,${i + 1}`).join('\n');
    const datasets = new Datasets([broken('cam-ket.csv', `unit,year,pledges\n${rows}\n`)]);
    const { container, getByRole } = render(Overview, { dashboard: new Dashboard(datasets, i18n) });
    expect(container.querySelector('table#figures')).toBeNull();
    expect(container.querySelector('[data-figures-cut]')?.textContent).toMatch(/Có 600 dòng số liệu/);
    expect(getByRole('link', { name: 'Mở Bảng số liệu: tìm, lọc, nhóm, tải về' }).getAttribute('href')).toBe('?view=table');
    expect(container.querySelector('#figures')).toBeTruthy();
  });

  it('still renders when a bundled file is refused, and says why', () => {
    const datasets = new Datasets([...bundledDatasets().filter((d) => d.name !== 'pledges.csv'), broken('pledges.csv', 'unit;year\n')]);
    const { container, getByRole } = render(Overview, { dashboard: new Dashboard(datasets, i18n) });
    const alert = getByRole('alert');
    expect(within(alert).getByText('Tệp pledges.csv không được nạp:')).toBeTruthy();
    expect(alert.textContent).toMatch(/Thiếu cột bắt buộc|Không nhận ra loại bảng|chỉ có dòng tiêu đề/);
    expect(kpi(container, 'pledges')).toBe('—');
    expect(kpi(container, 'money')).toBe('hơn 91 triệu đồng');
  });

  it('lists rows excluded from a file, each with its line', () => {
    const datasets = new Datasets([broken('criteria.csv', 'commune,year,criteria_met\nBộc Bố,2018,16\nGiáo Hiệu,2018,21\n')]);
    const { getByRole } = render(Overview, { dashboard: new Dashboard(datasets, i18n) });
    const alert = getByRole('alert');
    expect(alert.textContent).toMatch(/1 dòng được nạp, 1 dòng bị loại/);
    expect(within(alert).getByText('Dòng 3')).toBeTruthy();
  });

  it('shows "no data yet" rather than an empty page when nothing is loaded', async () => {
    const { container, getByText, findByText } = render(Overview, { dashboard: new Dashboard(new Datasets(), i18n) });
    expect(kpi(container, 'pledges')).toBe('—');
    expect(getByText('Chưa có số liệu tiêu chí nông thôn mới.')).toBeTruthy();
    expect(await findByText('Chưa có số liệu nào.')).toBeTruthy();
  });

  it('switches to English with the language switch', async () => {
    const dashboard = new Dashboard(new Datasets(bundledDatasets()), i18n);
    const { container } = render(Overview, { dashboard });
    const toggle = render(LanguageSwitch);
    await fireEvent.click(toggle.getByRole('button', { name: 'English' }));
    expect(toggle.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
    expect(kpi(container, 'pledges')).toBe('15,486');
    expect(kpi(container, 'workdays')).toBe('about 1,138 workdays');
    expect(document.documentElement.lang).toBe('en');
  });
});
