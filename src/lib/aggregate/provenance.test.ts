import { describe, expect, it } from 'vitest';
import { sourcedTables } from '../present/test-data.ts';
import { creditsOf, mergeCredits } from './provenance.ts';

const A =
  'unit,year,pledges,source\nBộc Bố,2017,100,Báo cáo 2017\nGiáo Hiệu,2017,50,\nBộc Bố,2018,120,Báo cáo 2018\nNhạn Môn,2018,7,Báo cáo 2017\n';
const B = 'unit,year,pledges,source\nCao Tân,2019,9,Báo cáo 2019\nCổ Linh,2019,4,Báo cáo 2018\n';

describe('creditsOf', () => {
  const st = sourcedTables([
    ['a.csv', 'imported', A],
    ['b.csv', 'imported', B],
  ]).pledges!;

  it('names each dataset of the rows once, in the datasets order, with its row count and its reports as first seen', () => {
    expect(creditsOf(st, [5, 3, 0, 1, 2]).map((c) => [c.dataset.name, c.rows, c.reports])).toEqual([
      ['a.csv', 4, ['Báo cáo 2017', 'Báo cáo 2018']],
      ['b.csv', 1, ['Báo cáo 2018']],
    ]);
  });

  it('gives nothing for no rows, and a dataset without reports when its rows name none', () => {
    expect(creditsOf(st, [])).toEqual([]);
    expect(creditsOf(st, [1]).map((c) => [c.dataset.name, c.rows, c.reports])).toEqual([['a.csv', 1, []]]);
  });

  it('merges two figures’ credits, each dataset once', () => {
    const merged = mergeCredits(creditsOf(st, [0]), creditsOf(st, [2, 4]));
    expect(merged.map((c) => [c.dataset.name, c.rows, c.reports])).toEqual([
      ['a.csv', 2, ['Báo cáo 2017', 'Báo cáo 2018']],
      ['b.csv', 1, ['Báo cáo 2019']],
    ]);
  });
});
