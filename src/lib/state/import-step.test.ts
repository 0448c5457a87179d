import { describe, expect, it } from 'vitest';
import { ingestText } from '../ingest/index.ts';
import { type IngestReport, type Notice } from '../model/index.ts';
import { kindUnknown, nextStep, uncertainties } from './import-step.ts';

const read = (text: string) => ingestText(text, { fileName: 'f.csv' });
const clean = read('unit,year,pledges\nA,2020,12\n');
const withNotice = (code: Notice['code']): IngestReport => ({ ...clean, notices: [{ code, line: null, params: { from: 'TCVN3' } }] });
// Every row excluded: one with a word for a number, one with a negative count.
const allExcluded = read('unit,year,pledges\nA,2020,mười\nB,2020,-3\n');
const context = (over: Partial<Parameters<typeof nextStep>[1]> = {}) => ({
  confirmed: false,
  sameFile: () => undefined,
  name: 'f.csv',
  ...over,
});

describe('uncertainties', () => {
  it.each([
    ['a clean file', clean, []],
    ['an uncertain number format', { ...clean, numberFormatUncertain: true }, ['number-format']],
    ['a legacy-encoding conversion', withNotice('converted-legacy'), ['legacy-encoding']],
    ['lost letters', withNotice('data-loss'), ['data-loss']],
  ] as const)('lists what the user should check for %s', (_, report, expected) => {
    expect(uncertainties(report as IngestReport)).toEqual(expected);
  });

  it('finds a real file whose numbers could be read two ways uncertain', () => {
    const report = read('unit,beneficiary_commune,year,money_million_vnd\nA,B,2020,15.486\n');
    expect(uncertainties(report)).toContain('number-format');
  });
});

describe('nextStep', () => {
  it.each([
    ['loads a clean new file', clean, {}, 'commit'],
    ['refuses an empty file', read(''), {}, 'rejected'],
    ['asks for the kind when the header is not recognised', read('a,b,c\n1,2,3\n'), {}, 'choose-kind'],
    ['previews an uncertain number format', { ...clean, numberFormatUncertain: true }, {}, 'preview'],
    ['previews a converted legacy encoding', withNotice('converted-legacy'), {}, 'preview'],
    ['previews lost letters', withNotice('data-loss'), {}, 'preview'],
    ['loads a previewed file once confirmed', withNotice('data-loss'), { confirmed: true }, 'commit'],
    ['offers to replace the same file', clean, { sameFile: () => ({}) }, 'replace'],
    ['offers to replace only after the preview is confirmed', withNotice('data-loss'), { sameFile: () => ({}) }, 'preview'],
    ['does not load a file whose every row was excluded', allExcluded, {}, 'empty'],
    ['never offers such a file as a replacement', allExcluded, { sameFile: () => ({}) }, 'empty'],
    [
      'previews first an uncertain file with no row readable (another number format may help)',
      { ...allExcluded, numberFormatUncertain: true },
      {},
      'preview',
    ],
    ['does not load it once confirmed either', { ...allExcluded, numberFormatUncertain: true }, { confirmed: true }, 'empty'],
  ] as const)('%s', (_, report, over, step) => {
    expect(nextStep(report as IngestReport, context(over))).toBe(step);
  });

  it('tells a kind not recognised from other refusals', () => {
    expect(kindUnknown(read('a,b,c\n1,2,3\n'))).toBe(true);
    expect(kindUnknown(read(''))).toBe(false);
  });
});
