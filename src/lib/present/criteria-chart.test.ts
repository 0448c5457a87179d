import { describe, expect, it } from 'vitest';
import { criteriaChart } from './criteria-chart.ts';
import { bundledFiles, overviewOf } from './test-data.ts';

const bundled = overviewOf(bundledFiles()).criteria;

describe('criteriaChart', () => {
  it('words one bar per commune for one year, met of total, the year in the subtitle', () => {
    const chart = criteriaChart(bundled, 'vi');
    expect(chart.subtitle).toBe('Số tiêu chí đạt của mỗi xã, năm 2018');
    expect(chart.bars.map((b) => [b.key, b.value, b.total, b.valueText])).toEqual([
      ['Bộc Bố', 16, 19, '16/19'],
      ['Giáo Hiệu', 14, 19, '14/19'],
    ]);
    expect(chart.bars[0]?.description).toBe('Bộc Bố: đạt 16 trên 19 tiêu chí, năm 2018');
  });

  it('names the communes without figures for that year', () => {
    expect(criteriaChart(bundled, 'vi').missing).toBe(
      'Chưa có số liệu năm 2018: An Thắng, Bằng Thành, Cao Tân, Cổ Linh, Công Bằng, Nghiên Loan, Nhạn Môn, Xuân La.',
    );
  });

  it('draws the reference line at the standard, labelled in the language', () => {
    expect(criteriaChart(bundled, 'vi').reference).toEqual({ value: 19, label: 'Đạt chuẩn NTM (19)' });
    expect(criteriaChart(bundled, 'en').reference?.label).toBe('New-rural standard (19)');
  });

  it('draws no single standard when communes are scored against different totals', () => {
    const files = [
      ...bundledFiles(),
      ['moi.csv', 'imported', 'commune,year,criteria_met,criteria_total\nBộc Bố,2026,7,10\nCổ Linh,2026,12,19\n'] as const,
    ];
    const chart = criteriaChart(overviewOf(files.map((f) => [...f])).criteria, 'vi');
    expect(chart.bars.map((b) => b.valueText)).toEqual(['12/19', '7/10']);
    expect(chart.reference).toBeNull();
  });

  it('names each file once', () => {
    expect(criteriaChart(bundled, 'vi').source).toBe('Nguồn: Báo cáo Huyện ủy Pác Nặm 2021 (tệp criteria.csv)');
    expect(criteriaChart(null, 'vi')).toMatchObject({ bars: [], source: null, missing: null });
  });
});
