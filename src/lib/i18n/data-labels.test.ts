import { describe, expect, it } from 'vitest';
import { KINDS, kindSpec } from '../model/index.ts';
import { dataText, fieldLabel, sampleFileName } from './data-labels.ts';

const field = (kind: Parameters<typeof kindSpec>[0], name: string) => kindSpec(kind).fields.find((f) => f.name === name)!;

describe("fieldLabel names a column in the user's language", () => {
  it.each([
    ['contributions', 'money_million_vnd', 'vi', 'Số tiền (triệu đồng)'],
    ['contributions', 'money_million_vnd', 'en', 'Money (million VND)'],
    ['criteria', 'commune', 'en', 'Commune'],
    ['criteria', 'tc05', 'en', 'Criterion 5'],
    ['units', 'valid_to', 'en', 'Valid until'],
  ] as const)('%s.%s in %s: %s', (kind, name, lang, label) => {
    expect(fieldLabel(field(kind, name), lang)).toBe(label);
  });

  it('has an English name for every field of every kind', () => {
    const names = KINDS.flatMap((k) => k.fields.filter((f) => f.type !== 'flag').map((f) => [f.name, fieldLabel(f, 'en')]));
    expect(names.filter(([name, label]) => label === name)).toEqual([]);
  });
});

describe("dataText shows the app's own Vietnamese words in the data in the user's language", () => {
  it.each([
    ["the sample's source", 'Dữ liệu mẫu (tổng hợp, không phải số liệu thật)', 'en', 'Sample data (synthetic, not real figures)'],
    ['the short mark of a compact sample file', 'Dữ liệu mẫu', 'en', 'Sample data'],
    ['a sample file name', 'Dữ liệu mẫu – tiêu chí nông thôn mới.csv', 'en', 'Sample data – new-rural criteria.csv'],
    ['in Vietnamese, as written', 'Dữ liệu mẫu – tiêu chí nông thôn mới.csv', 'vi', 'Dữ liệu mẫu – tiêu chí nông thôn mới.csv'],
    ['any other text, as written', 'Báo cáo Huyện ủy Pác Nặm 2021', 'en', 'Báo cáo Huyện ủy Pác Nặm 2021'],
    ["a name that only begins like the sample's", 'Dữ liệu mẫu của tôi.csv', 'en', 'Dữ liệu mẫu của tôi.csv'],
  ] as const)('%s', (_name, text, lang, shown) => {
    expect(dataText(text, lang)).toBe(shown);
  });

  it("maps every kind's sample file name", () => {
    for (const { kind } of KINDS) expect(dataText(sampleFileName(kind, 'vi'), 'en')).toBe(sampleFileName(kind, 'en'));
  });
});
