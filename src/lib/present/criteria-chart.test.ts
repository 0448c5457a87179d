import { describe, expect, it } from 'vitest';
import { criteriaChart } from './criteria-chart.ts';

const criteria = [
  { commune: 'Bộc Bố', period: { start: 2018, end: 2018 }, met: 16, total: 19, source: 'Báo cáo A' },
  { commune: 'Giáo Hiệu', period: { start: 2018, end: 2018 }, met: 14, total: 19, source: 'Báo cáo A' },
];

describe('criteriaChart', () => {
  it('words one bar per commune, met of total', () => {
    const chart = criteriaChart(criteria, 'vi');
    expect(chart.bars.map((b) => [b.key, b.value, b.total, b.valueText])).toEqual([
      ['Bộc Bố', 16, 19, '16/19'],
      ['Giáo Hiệu', 14, 19, '14/19'],
    ]);
    expect(chart.bars[0]?.description).toBe('Bộc Bố: đạt 16 trên 19 tiêu chí, năm 2018');
  });

  it('draws the reference line at the standard, labelled in the language', () => {
    expect(criteriaChart(criteria, 'vi').reference).toEqual({ value: 19, label: 'Đạt chuẩn NTM (19)' });
    expect(criteriaChart(criteria, 'en').reference.label).toBe('New-rural standard (19)');
  });

  it('names each distinct source once', () => {
    expect(criteriaChart(criteria, 'vi').source).toBe('Nguồn: Báo cáo A');
    expect(criteriaChart([], 'vi')).toMatchObject({ bars: [], source: null });
  });
});
