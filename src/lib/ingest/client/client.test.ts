import { describe, expect, it } from 'vitest';
import { problemMessage } from '../../i18n/index.ts';
import { failedReport } from './client.ts';

describe('an import that failed inside the worker', () => {
  it('refuses the file with its own problem, saying what went wrong, in both languages', () => {
    const report = failedReport('C:\\Báo cáo\\xa.csv', 'RangeError: Array buffer allocation failed');
    expect(report).toMatchObject({ file: 'xa.csv', rejected: true, table: null, excluded: [] });
    expect(report.problems).toHaveLength(1);
    const [p] = report.problems;
    expect(p!.code).toBe('file-read-failed');
    expect(problemMessage(p!, 'vi')).toContain('Không đọc hết được tệp (RangeError: Array buffer allocation failed)');
    expect(problemMessage(p!, 'vi')).toContain('dữ liệu đã có vẫn giữ nguyên');
    expect(problemMessage(p!, 'en')).toContain('could not be read to the end (RangeError');
  });
});
