import { describe, expect, it } from 'vitest';
import { emptyReport, fileProblem, refuse, rejectedReport } from './report.ts';
import type { Problem } from './types.ts';

describe('rejectedReport builds the one report of a file refused before it was read', () => {
  const failed = fileProblem('file-read-failed', { error: 'RangeError' });
  it.each([
    ['a problem that says why', 'C:\\Báo cáo\\xa.csv', failed, 'xa.csv', [failed]],
    [
      'a file not text',
      'a/b/anh.csv',
      fileProblem('file-not-text', { format: 'png' }),
      'anh.csv',
      [fileProblem('file-not-text', { format: 'png' })],
    ],
    ['no problem, when the caller says why another way', 'tep.csv', null, 'tep.csv', []],
  ] as [string, string, Problem | null, string, Problem[]][])('%s', (_, fileName, problem, file, problems) => {
    expect(rejectedReport({ fileName }, problem)).toEqual({
      ...emptyReport({ fileName }),
      file,
      rejected: true,
      table: null,
      excluded: [],
      problems,
    });
  });

  it('is what refusing an empty report gives', () => {
    const problem = fileProblem('file-undecodable');
    expect(rejectedReport({ fileName: 'x.csv', kind: 'awards' }, problem)).toEqual(
      refuse(emptyReport({ fileName: 'x.csv', kind: 'awards' }), problem),
    );
  });
});

describe('fileProblem is a whole-file problem', () => {
  it.each([
    ['without params', fileProblem('file-empty'), { code: 'file-empty', line: null, column: null, value: null }],
    [
      'with params',
      fileProblem('file-excel', { format: 'xls' }),
      { code: 'file-excel', line: null, column: null, value: null, params: { format: 'xls' } },
    ],
  ])('%s', (_, got, want) => {
    expect(got).toEqual(want);
  });
});
