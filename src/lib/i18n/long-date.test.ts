import { describe, expect, it } from 'vitest';
import { formatLongDate } from './long-date.ts';

describe('formatLongDate', () => {
  it('writes a Vietnamese date as "ngày … tháng … năm …", a leading zero on days under 10 and months 1 and 2', () => {
    expect(formatLongDate(new Date(2026, 11, 4), 'vi')).toBe('ngày 04 tháng 12 năm 2026');
    expect(formatLongDate(new Date(2025, 1, 28), 'vi')).toBe('ngày 28 tháng 02 năm 2025');
    expect(formatLongDate(new Date(2025, 2, 15), 'vi')).toBe('ngày 15 tháng 3 năm 2025');
    expect(formatLongDate(new Date(2024, 0, 1), 'vi')).toBe('ngày 01 tháng 01 năm 2024');
  });

  it('writes an English date as day, month name, year', () => {
    expect(formatLongDate(new Date(2026, 11, 4), 'en')).toBe('4 December 2026');
    expect(formatLongDate(new Date(2025, 1, 28), 'en')).toBe('28 February 2025');
  });
});
