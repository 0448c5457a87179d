import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledDatasets } from './bundled.ts';
import { combineVisible, Datasets, hasIssues, sameFile, tablesByKind } from './datasets.svelte.ts';
import { datasetsFromJson, datasetsToJson } from './dataset-json.ts';
import { datasetFromBytes, datasetsFromTexts } from './read-files.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const pledges = (n: number, name = 'pledges.csv') => datasetFromBytes(bytes(`unit,year,pledges\nA,2020,${n}\n`), name, 'imported');

describe('datasetFromBytes', () => {
  it("keeps the engine's report, kind and an id made of origin and name", () => {
    const d = pledges(12);
    expect(d).toMatchObject({ id: 'imported:pledges.csv', name: 'pledges.csv', kind: 'pledges', origin: 'imported' });
    expect(d.report.table?.length).toBe(1);
  });

  it('keeps a refused file as a dataset whose report says why', () => {
    const d = datasetFromBytes(bytes(''), 'empty.csv', 'bundled');
    expect(d.report.rejected).toBe(true);
    expect(d.report.problems[0]?.code).toBe('file-empty');
    expect(hasIssues(d)).toBe(true);
  });

  it('refuses only the file the engine failed on, and says so', () => {
    const d = datasetFromBytes(bytes('x'), 'bad.csv', 'bundled', () => {
      throw new Error('boom');
    });
    expect(d).toMatchObject({ kind: null, error: 'boom', report: { rejected: true, table: null } });
    expect(hasIssues(d)).toBe(true);
  });
});

describe('tablesByKind', () => {
  it("gives a single dataset's table as is, and skips refused and hidden files", () => {
    const first = pledges(1, 'a.csv');
    const refused = datasetFromBytes(bytes('unit,year\n'), 'c.csv', 'imported');
    const hidden = { ...pledges(2, 'b.csv'), hidden: true };
    const tables = tablesByKind([refused, first, hidden]);
    expect(Object.keys(tables)).toEqual(['pledges']);
    expect(tables.pledges).toBe(first.report.table);
  });
});

describe('combineVisible', () => {
  it('combines datasets of one kind in import order: the first keeps a shared key, the other row is a named conflict', () => {
    const a = pledges(1, 'a.csv');
    const b = datasetFromBytes(bytes('unit,year,pledges\nA,2020,9\nB,2020,4\n'), 'b.csv', 'imported');
    const { tables, conflicts } = combineVisible([a, b]);
    expect(tables.pledges?.table.length).toBe(2);
    expect(tables.pledges?.table.columns.pledges).toMatchObject({ values: Float64Array.of(1, 4) });
    expect(tables.pledges?.datasets.map((d) => d.name)).toEqual(['a.csv', 'b.csv']);
    expect(conflicts).toEqual([expect.objectContaining({ kind: 'pledges', key: 'A, 2020', names: ['a.csv', 'b.csv'], lines: [2, 2] })]);
  });

  it('never sums a shared key, and a hidden dataset neither counts nor conflicts', () => {
    const a = pledges(1, 'a.csv');
    const b = pledges(9, 'b.csv');
    expect(combineVisible([{ ...a, hidden: true }, b])).toMatchObject({ conflicts: [] });
    expect(combineVisible([{ ...a, hidden: true }, b]).tables.pledges?.table).toBe(b.report.table);
  });

  it('keeps the sample apart: the real workspace never holds it, the sample workspace holds only it', () => {
    const real = pledges(1, 'a.csv');
    const sample = datasetFromBytes(bytes('unit,year,pledges\nA,2020,500\n'), 'mau.csv', 'sample');
    expect(combineVisible([real, sample], 'real').tables.pledges?.datasets.map((d) => d.name)).toEqual(['a.csv']);
    expect(combineVisible([real, sample], 'sample').tables.pledges?.datasets.map((d) => d.name)).toEqual(['mau.csv']);
    expect(combineVisible([real, sample], 'sample').conflicts).toEqual([]);
  });
});

describe('the workspace shown', () => {
  it('shows the sample on request, back to the real data on request, and remembers the choice', () => {
    const remembered: string[] = [];
    const datasets = new Datasets([pledges(1, 'a.csv')], 'real', (w) => remembered.push(w));
    datasets.add(datasetFromBytes(bytes('unit,year,pledges\nA,2020,500\n'), 'mau.csv', 'sample'));
    expect(datasets.workspace, 'adding a sample dataset (restored from storage) leaves the choice as it was').toBe('real');
    datasets.setWorkspace('sample');
    expect(datasets.workspace).toBe('sample');
    expect(datasets.tables.pledges?.table.columns.pledges).toMatchObject({ values: Float64Array.of(500) });
    datasets.setWorkspace('real');
    expect(datasets.tables.pledges?.table.columns.pledges).toMatchObject({ values: Float64Array.of(1) });
    expect(remembered).toEqual(['sample', 'real']);
  });

  it('shows the real data when the sample is gone', () => {
    const datasets = new Datasets([pledges(1, 'a.csv')], 'sample');
    expect(datasets.workspace).toBe('real');
  });
});

describe('Datasets', () => {
  it('derives the tables, the bundled datasets with issues and the row count', () => {
    const datasets = new Datasets([
      pledges(5),
      datasetFromBytes(bytes(''), 'empty.csv', 'bundled'),
      datasetFromBytes(bytes(''), 'x.csv', 'imported'),
    ]);
    expect(datasets.tables.pledges?.table.length).toBe(1);
    expect(datasets.withIssues.map((d) => d.name)).toEqual(['empty.csv']);
    expect(datasets.rowCount).toBe(1);
  });

  it('hides and shows a dataset: hidden rows leave the tables and the row count', () => {
    const datasets = new Datasets([pledges(5)]);
    datasets.setHidden('imported:pledges.csv', true);
    expect(datasets.tables).toEqual({});
    expect(datasets.rowCount).toBe(0);
    datasets.setHidden('imported:pledges.csv', false);
    expect(datasets.tables.pledges?.table.length).toBe(1);
  });

  it('removes a dataset and puts it back in its place', () => {
    const datasets = new Datasets([pledges(1, 'a.csv'), pledges(2, 'b.csv'), pledges(3, 'c.csv')]);
    const removed = datasets.remove('imported:b.csv')!;
    expect(removed.index).toBe(1);
    expect(datasets.items.map((d) => d.name)).toEqual(['a.csv', 'c.csv']);
    datasets.insert(removed.dataset, removed.index);
    expect(datasets.items.map((d) => d.name)).toEqual(['a.csv', 'b.csv', 'c.csv']);
    expect(datasets.remove('nope')).toBeNull();
  });

  it('replaces a dataset in its place, and clears what the user added while keeping bundled data', () => {
    const bundled = datasetFromBytes(bytes('unit,year,pledges\nZ,2020,1\n'), 'z.csv', 'bundled');
    const datasets = new Datasets([bundled, pledges(1, 'a.csv'), pledges(2, 'b.csv')]);
    datasets.replace('imported:a.csv', { ...pledges(7, 'a.csv'), id: 'new' });
    expect(datasets.items.map((d) => d.id)).toEqual(['bundled:z.csv', 'new', 'imported:b.csv']);
    datasets.clearAdded();
    expect(datasets.items.map((d) => d.id)).toEqual(['bundled:z.csv']);
  });

  it('replaces a dataset added again under the same id, and removes one by id', () => {
    const datasets = new Datasets([pledges(5)]);
    datasets.add(pledges(7));
    expect(datasets.items).toHaveLength(1);
    expect(datasets.tables.pledges?.table.columns.pledges).toMatchObject({ values: Float64Array.of(7) });
    datasets.remove('imported:pledges.csv');
    expect(datasets.items).toHaveLength(0);
    expect(datasets.tables).toEqual({});
  });
});

describe('bundledDatasets', () => {
  it('reads every bundled CSV of data/ without a problem', () => {
    const datasets = bundledDatasets();
    expect(datasets.map((d) => d.name)).toEqual([
      'awards.csv',
      'contributions.csv',
      'criteria.csv',
      'indicators.csv',
      'pledges.csv',
      'targets.csv',
      'units.csv',
    ]);
    expect(datasets.filter(hasIssues)).toEqual([]);
    expect(datasets.every((d) => d.origin === 'bundled' && d.kind === d.name.replace('.csv', ''))).toBe(true);
  });

  it('names each file by its base name, in file-name order', () => {
    const datasets = datasetsFromTexts({ '/data/b.csv': 'unit,year,pledges\nA,2020,1\n', '/data/a.csv': '' }, 'bundled');
    expect(datasets.map((d) => [d.name, d.report.rejected])).toEqual([
      ['a.csv', true],
      ['b.csv', false],
    ]);
  });

  it('are the files of data/ as the engine reads them, read at build time and compiled in', () => {
    const dir = new URL('../../../data/', import.meta.url);
    const files = Object.fromEntries(
      readdirSync(dir)
        .filter((f) => f.endsWith('.csv'))
        .map((f) => [`/data/${f}`, readFileSync(new URL(f, dir), 'utf8')]),
    );
    expect(bundledDatasets()).toEqual(datasetsFromTexts(files, 'bundled'));
  });
});

describe('datasets as JSON', () => {
  it('come back as they were: typed arrays of their own type, NaN and every field', () => {
    const datasets = [
      datasetFromBytes(
        bytes('unit,beneficiary_commune,year,money_million_vnd,workdays\nA,X,2016-2021,hơn 57,3\nB,Y,2020,,5\n'),
        'c.csv',
        'imported',
      ),
      datasetFromBytes(bytes('unit,year\n'), 'r.csv', 'imported'),
    ];
    const back = datasetsFromJson(datasetsToJson(datasets));
    expect(back).toEqual(datasets);
    const values = back[0]!.report.table!.columns.money_million_vnd as { values: Float64Array };
    expect(values.values).toBeInstanceOf(Float64Array);
    expect(Number.isNaN(values.values[1])).toBe(true);
    expect(back[0]!.report.table!.lines).toBeInstanceOf(Uint32Array);
  });
});

describe('sameFile', () => {
  it.each([
    ['the same name and kind', 'pledges.csv', 'pledges', true],
    ['another name', 'other.csv', 'pledges', false],
    ['another kind', 'pledges.csv', 'criteria', false],
  ] as const)('finds a loaded dataset of %s: %s', (_, name, kind, found) => {
    expect(Boolean(sameFile([pledges(1)], name, kind))).toBe(found);
  });

  it('never offers to replace bundled data', () => {
    expect(sameFile([datasetFromBytes(bytes('unit,year,pledges\nA,2020,1\n'), 'p.csv', 'bundled')], 'p.csv', 'pledges')).toBeUndefined();
  });
});
