import { describe, expect, it } from 'vitest';
import { ingestText, type ImportJob, type ImportOptions } from '../ingest/index.ts';
import { type IngestReport } from '../model/index.ts';
import { Datasets } from './datasets.svelte.ts';
import { datasetFromBytes } from './read-files.ts';
import { Imports, type ImportFn, type NamedBlob } from './imports.svelte.ts';
import { Library, type Store } from './library.svelte.ts';

const memory: Store = {
  saveDataset: async () => ({ ok: true, value: undefined }),
  loadAll: async () => ({ ok: true, value: [] }),
  updateMeta: async () => ({ ok: false, reason: 'missing' }),
  deleteDataset: async () => ({ ok: true, value: undefined }),
  clearAll: async () => ({ ok: true, value: undefined }),
};

/** The engine run in-line instead of in a worker; every call is recorded, and can be held to cancel. */
function fakeImport(hold = false) {
  const calls: ImportOptions[] = [];
  const fn: ImportFn = (file: NamedBlob, options: ImportOptions, onProgress): ImportJob => {
    calls.push(options);
    let cancel = () => {};
    const promise = new Promise<IngestReport>((resolve, reject) => {
      cancel = () => reject(new DOMException('cancelled', 'AbortError'));
      if (hold) return;
      void file.text().then((text) => {
        onProgress({ bytesRead: file.size, bytesTotal: file.size, rows: 1 });
        resolve(ingestText(text, { fileName: file.name, ...options }));
      });
    });
    return { promise, cancel: () => cancel() };
  };
  return { fn, calls };
}

const file = (name: string, text: string) => new File([text], name, { type: 'text/csv' });
const settle = () => new Promise((r) => setTimeout(r, 10));
const PLEDGES = 'unit,year,pledges\nA,2020,12\n';

function setup(hold = false, initial = new Datasets()) {
  const library = new Library(initial, memory);
  const fake = fakeImport(hold);
  return { library, imports: new Imports(library, fake.fn, { now: () => new Date('2025-03-05T08:00:00Z') }), calls: fake.calls };
}

describe('Imports', () => {
  it('loads a clean file into the library, with its date and origin', async () => {
    const { library, imports } = setup();
    imports.add([file('a.csv', PLEDGES)]);
    expect(imports.items[0]?.phase).toBe('reading');
    await settle();
    expect(imports.items[0]).toMatchObject({ phase: 'loaded', progress: { rows: 1 } });
    expect(library.datasets.items[0]).toMatchObject({
      name: 'a.csv',
      kind: 'pledges',
      origin: 'imported',
      importedAt: '2025-03-05T08:00:00.000Z',
    });
  });

  it('changes nothing loaded when a file is refused', async () => {
    const { library, imports } = setup(false, new Datasets([datasetFromBytes(new TextEncoder().encode(PLEDGES), 'p.csv', 'bundled')]));
    imports.add([file('empty.csv', '')]);
    await settle();
    expect(imports.items[0]?.phase).toBe('rejected');
    expect(library.datasets.items.map((d) => d.name)).toEqual(['p.csv']);
  });

  it('does not load a file of which every row was excluded: no dataset, and what was loaded stays', async () => {
    const { library, imports } = setup();
    imports.add([file('a.csv', PLEDGES)]);
    await settle();
    imports.add([file('a.csv', 'unit,year,pledges\nB,2021,mười\nC,2021,-3\n')]);
    await settle();
    expect(imports.items[1]).toMatchObject({ phase: 'empty', datasetId: null, report: { excluded: [{ line: 2 }, { line: 3 }] } });
    expect(library.datasets.items.map((d) => [d.name, d.report.table?.length])).toEqual([['a.csv', 1]]);
  });

  it('previews an uncertain reading, re-reads with the number format the user picks, and loads on confirm', async () => {
    const { library, imports, calls } = setup();
    imports.add([file('m.csv', 'unit,beneficiary_commune,year,money_million_vnd\nA,B,2020,15.486\n')]);
    await settle();
    const id = imports.items[0]!.id;
    expect(imports.items[0]?.phase).toBe('preview');
    expect(library.datasets.items).toHaveLength(0);
    imports.setNumberFormat(id, 'en');
    await settle();
    expect(calls.at(-1)).toEqual({ numberFormat: 'en' });
    expect(imports.items[0]?.report?.numberFormat).toBe('en');
    // Forced, the format is no longer uncertain: nothing more to confirm.
    expect(imports.items[0]?.phase).toBe('loaded');
    expect(library.datasets.tables.contributions?.table.columns.money_million_vnd).toMatchObject({ values: Float64Array.of(15.486) });
  });

  it('asks for the kind of an unrecognised file and re-reads it with that kind', async () => {
    const { imports, calls } = setup();
    imports.add([file('x.csv', 'Tên,Năm,Số\nA,2020,3\n')]);
    await settle();
    expect(imports.items[0]?.phase).toBe('choose-kind');
    imports.setKind(imports.items[0]!.id, 'pledges');
    await settle();
    expect(calls.at(-1)).toEqual({ kind: 'pledges' });
  });

  it('offers to replace the same file, and replaces it; "Giữ cả hai" keeps both; "Hủy" changes nothing', async () => {
    const { library, imports } = setup();
    imports.add([file('a.csv', PLEDGES)]);
    await settle();
    for (const choice of ['replace', 'keepBoth', 'dismiss'] as const) {
      imports.add([file('a.csv', 'unit,year,pledges\nB,2021,5\n')]);
      await settle();
      const item = imports.items.at(-1)!;
      expect(item.phase).toBe('replace');
      await imports[choice](item.id);
    }
    expect(library.datasets.items.map((d) => d.report.table?.length)).toEqual([1, 1]);
    expect(library.datasets.items.map((d) => d.name)).toEqual(['a.csv', 'a.csv']);
  });

  it('a loaded file whose kind the user corrects replaces its own dataset', async () => {
    const { library, imports } = setup();
    imports.add([file('a.csv', 'unit,year,pledges,targets_met,targets_total\nA,2020,12,3,4\n')]);
    await settle();
    const other = library.datasets.items[0]?.kind === 'targets' ? 'pledges' : 'targets';
    imports.setKind(imports.items[0]!.id, other);
    await settle();
    expect(library.datasets.items.map((d) => d.kind)).toEqual([other]);
  });

  it('cancels a file being read', async () => {
    const { library, imports } = setup(true);
    imports.add([file('a.csv', PLEDGES)]);
    imports.cancel(imports.items[0]!.id);
    await settle();
    expect(imports.items[0]?.phase).toBe('cancelled');
    expect(library.datasets.items).toHaveLength(0);
  });

  it('says plainly why a link could not be loaded', async () => {
    const library = new Library(new Datasets(), memory);
    const fetch404 = (async () => new Response('no', { status: 404 })) as typeof fetch;
    const imports = new Imports(library, fakeImport().fn, { fetch: fetch404 });
    await imports.addFromLink('ftp://x/a.csv', 'http://server/app/');
    expect(imports.link).toMatchObject({ state: 'failed', reason: 'invalid' });
    await imports.addFromLink('bao-cao/a.csv', 'http://server/app/');
    expect(imports.link).toEqual({ state: 'failed', ok: false, reason: 'http', status: 404, url: 'http://server/app/bao-cao/a.csv' });
  });

  it('starts the workers of the next import only when a page asks, and lets them go when that page is done', () => {
    const said: string[] = [];
    const prepare = () => (said.push('prepare'), { release: () => said.push('release') });
    const imports = new Imports(new Library(new Datasets(), memory), fakeImport().fn, { prepare });
    expect(said).toEqual([]);
    const done = imports.prepare();
    expect(said).toEqual(['prepare']);
    done();
    expect(said).toEqual(['prepare', 'release']);
    // Without workers to prepare (tests, the command line), asking is harmless.
    expect(() => setup().imports.prepare()()).not.toThrow();
  });
});
