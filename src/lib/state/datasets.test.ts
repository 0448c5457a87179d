import { describe, expect, it } from 'vitest';
import { bundledDatasets } from './bundled.ts';
import { datasetFromBytes, Datasets, hasIssues, tablesByKind } from './datasets.svelte.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const pledges = (n: number, name = 'pledges.csv') => datasetFromBytes(bytes(`unit,year,pledges\nA,2020,${n}\n`), name, 'imported');

describe('datasetFromBytes', () => {
  it('keeps the engine\'s report, kind and an id made of origin and name', () => {
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
  it('gives one table per kind, the first accepted dataset keeping it, and skips refused files', () => {
    const first = pledges(1, 'a.csv');
    const second = pledges(2, 'b.csv');
    const refused = datasetFromBytes(bytes('unit,year\n'), 'c.csv', 'imported');
    const tables = tablesByKind([refused, first, second]);
    expect(Object.keys(tables)).toEqual(['pledges']);
    expect(tables.pledges).toBe(first.report.table);
  });
});

describe('Datasets', () => {
  it('derives the tables, the datasets with issues and the row count', () => {
    const datasets = new Datasets([pledges(5), datasetFromBytes(bytes(''), 'empty.csv', 'imported')]);
    expect(datasets.tables.pledges?.length).toBe(1);
    expect(datasets.withIssues.map((d) => d.name)).toEqual(['empty.csv']);
    expect(datasets.rowCount).toBe(1);
  });

  it('replaces a dataset added again under the same id, and removes one by id', () => {
    const datasets = new Datasets([pledges(5)]);
    datasets.add(pledges(7));
    expect(datasets.items).toHaveLength(1);
    expect(datasets.tables.pledges?.columns.pledges).toMatchObject({ values: Float64Array.of(7) });
    datasets.remove('imported:pledges.csv');
    expect(datasets.items).toHaveLength(0);
    expect(datasets.tables).toEqual({});
  });
});

describe('bundledDatasets', () => {
  it('reads every bundled CSV of data/ without a problem', () => {
    const datasets = bundledDatasets();
    expect(datasets.map((d) => d.name)).toEqual([
      'awards.csv', 'contributions.csv', 'criteria.csv', 'indicators.csv', 'pledges.csv', 'targets.csv', 'units.csv',
    ]);
    expect(datasets.filter(hasIssues)).toEqual([]);
    expect(datasets.every((d) => d.origin === 'bundled' && d.kind === d.name.replace('.csv', ''))).toBe(true);
  });

  it('names each file by its base name, in file-name order', () => {
    const datasets = bundledDatasets({ '/data/b.csv': 'unit,year,pledges\nA,2020,1\n', '/data/a.csv': '' });
    expect(datasets.map((d) => [d.name, d.report.rejected])).toEqual([['a.csv', true], ['b.csv', false]]);
  });
});
