// @vitest-environment jsdom
import '../../../test/fixtures/dom.ts';
import { fireEvent, render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { i18n } from '../i18n/i18n.svelte.ts';
import { Dashboard, Datasets } from '../state/index.ts';
import { datasetFromBytes } from '../state/read-files.ts';
import AreaBar from './AreaBar.svelte';

const units = (communes: number) =>
  [
    'name,level,parent',
    'Tỉnh Thử,tỉnh,',
    'Huyện Một,huyện,Tỉnh Thử',
    'Huyện Hai,huyện,Tỉnh Thử',
    ...Array.from({ length: communes }, (_, i) => `Xã ${i + 1},xã,${i % 2 ? 'Huyện Một' : 'Huyện Hai'}`),
  ].join('\n');

function bar(communes: number) {
  const datasets = new Datasets([datasetFromBytes(new TextEncoder().encode(`${units(communes)}\n`), 'units.csv', 'imported')]);
  return render(AreaBar, { dashboard: new Dashboard(datasets, i18n), onarea: () => {} });
}

describe('the area chooser', () => {
  it('lists every area when there are few', () => {
    const { container } = bar(20);
    expect(container.querySelectorAll('#area-choice option')).toHaveLength(23);
  });

  it('with a province of communes, lists the areas above them until the list is reached, then all', async () => {
    const { container } = bar(600);
    const select = container.querySelector<HTMLSelectElement>('#area-choice')!;
    expect(select.options.length).toBeLessThan(10);
    expect([...select.options].map((o) => o.textContent?.trim())).toContain('Huyện Một');
    await fireEvent.focus(select);
    expect(select.options).toHaveLength(603);
  });
});
