// @vitest-environment jsdom
import '../../../test/fixtures/dom.ts';
import { fireEvent, render, within } from '@testing-library/svelte';
import { beforeEach, describe, expect, it } from 'vitest';
import { ingestText } from '../ingest/index.ts';
import { i18n } from '../i18n/i18n.svelte.ts';
import { figureColumns, figureRowId } from './columns.ts';
import DataTable from './DataTable.svelte';
import { figureRows, type FigureRow } from '../present/index.ts';

const csv =
  'commune,year,criteria_met,source\nGiáo Hiệu,2018,14,Báo cáo B\nĐông Hà,2017,12,Báo cáo A\nBộc Bố,2018,16,Báo cáo A\nDương Quang,2018,9,Báo cáo C\n';
const data: FigureRow[] = figureRows({
  criteria: { table: ingestText(csv, { fileName: 'c.csv' }).table!, datasets: [{ id: 'c', name: 'c.csv', origin: 'imported' }] },
});

function renderTable(rows = data) {
  return render(DataTable<FigureRow>, {
    id: 'figures',
    caption: 'Bảng số liệu',
    empty: 'Chưa có số liệu',
    data: rows,
    columns: figureColumns,
    getRowId: figureRowId,
  });
}

const column = (table: HTMLElement, index: number) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((r) => within(r).getAllByRole('cell')[index]?.textContent?.trim());

describe('DataTable', () => {
  beforeEach(() => i18n.setLang('vi'));

  it('is a table named by its caption, one row per figure', () => {
    const { getByRole } = renderTable();
    const table = getByRole('table', { name: 'Bảng số liệu' });
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 4);
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent?.replace(/[↕▲▼]/g, '').trim()),
    ).toEqual(['Chỉ tiêu', 'Đơn vị / xã', 'Năm', 'Số liệu', 'Nguồn']);
  });

  it('sorts communes in Vietnamese order (D before Đ) and marks the sorted column', async () => {
    const { getByRole } = renderTable();
    const table = getByRole('table');
    await fireEvent.click(within(table).getByRole('button', { name: /Đơn vị \/ xã/ }));
    expect(column(table, 1)).toEqual(['Bộc Bố', 'Dương Quang', 'Đông Hà', 'Giáo Hiệu']);
    expect(within(table).getAllByRole('columnheader')[1]?.getAttribute('aria-sort')).toBe('ascending');
    await fireEvent.click(within(table).getByRole('button', { name: /Đơn vị \/ xã/ }));
    expect(column(table, 1)).toEqual(['Giáo Hiệu', 'Đông Hà', 'Dương Quang', 'Bộc Bố']);
    expect(within(table).getAllByRole('columnheader')[1]?.getAttribute('aria-sort')).toBe('descending');
  });

  it('sorts figures by value, not by their text', async () => {
    const { getByRole } = renderTable();
    const table = getByRole('table');
    await fireEvent.click(within(table).getByRole('button', { name: /Số liệu/ }));
    const values = column(table, 3);
    expect([values[0], values.at(-1)].sort()).toEqual(['16/19', '9/19']);
  });

  it('follows the language switch', async () => {
    const { getByRole } = renderTable();
    i18n.setLang('en');
    await Promise.resolve();
    expect(within(getByRole('table')).getAllByRole('columnheader')[0]?.textContent).toMatch(/Measure/);
    expect(column(getByRole('table'), 0)[0]).toBe('New-rural criteria met');
  });

  it('says so when there is no figure', () => {
    const { getByRole } = renderTable([]);
    expect(within(getByRole('table')).getByRole('cell').textContent).toBe('Chưa có số liệu');
  });
});
