import { describe, expect, it } from 'vitest';
import { ingestText } from '../ingest/index.ts';
import { FLAG_WORDS, toRows, KINDS } from '../model/index.ts';
import { templateCsv, templateExample, templateFileName, templateHelp } from './templates.ts';

const kinds = KINDS.map((k) => k.kind);

describe('templateCsv', () => {
  it.each(kinds)('%s: ingests as its kind with no problem and exactly the example record', (kind) => {
    const report = ingestText(templateCsv(kind), { fileName: templateFileName(kind) });
    expect(report.kind).toBe(kind);
    expect(report.problems).toEqual([]);
    expect(toRows(report.table!)).toEqual([{ ...templateExample(kind), line: 2 }]);
  });

  it.each([
    ['criteria', 'Xã,Năm,Số tiêu chí đạt,Tổng số tiêu chí,Bộ tiêu chí,Huyện,Tỉnh,Nguồn,Ghi chú', 'Bộc Bố,2018,16,19,'],
    [
      'contributions',
      'Đơn vị,Xã được hỗ trợ,Năm,Số tiền (triệu đồng),Ngày công,',
      'Chi bộ Văn phòng Huyện ủy,Giáo Hiệu,2016-2021,hơn 57,103,',
    ],
    ['pledges', 'Đơn vị,Năm,Số lượt cam kết,', 'Huyện Pác Nặm,2016-2021,15.486,'],
    ['units', 'Tên,Cấp,Trực thuộc,Mã,', 'Bộc Bố,xã,Pác Nặm,01864,'],
  ] as const)("%s: writes Vietnamese headers and the seed report's figures as written", (kind, header, row) => {
    const [h, r] = templateCsv(kind).split('\r\n');
    expect(h!.startsWith(`\uFEFF${header}`)).toBe(true);
    expect(r!.startsWith(row)).toBe(true);
  });
});

describe('templateHelp', () => {
  it.each(kinds.flatMap((kind) => (['vi', 'en'] as const).map((lang) => [kind, lang] as const)))(
    '%s in %s: describes every template column, with its header, requirement and example',
    (kind, lang) => {
      const help = templateHelp(kind, lang);
      const header = templateCsv(kind).slice(1).split('\r\n')[0]!.split(',');
      expect(help.columns.map((c) => c.header)).toEqual(header);
      expect(help.title).not.toBe('');
      for (const c of help.columns) {
        expect(c.holds, c.field).not.toBe('');
        expect(c.requirementText).not.toBe('');
      }
    },
  );

  it.each([
    ['criteria', 'commune', 'required', 'Bộc Bố'],
    ['criteria', 'criteria_total', 'optional', '19'],
    ['contributions', 'money_million_vnd', 'one-of', 'hơn 57'],
    ['contributions', 'workdays', 'one-of', '103'],
    ['awards', 'unit', 'optional', 'Huyện Pác Nặm'],
  ] as const)('%s.%s is %s with the example %s', (kind, field, requirement, example) => {
    const column = templateHelp(kind, 'vi').columns.find((c) => c.field === field);
    expect(column).toMatchObject({ requirement, example });
  });

  it("uses the kind's own words where a field name means something else (awards.level)", () => {
    expect(templateHelp('awards', 'vi').columns.find((c) => c.field === 'level')!.allowed).toBe('trung ương, tỉnh, huyện, xã/cơ sở');
    expect(templateHelp('units', 'en').columns.find((c) => c.field === 'level')!.holds).toBe('Administrative level of the unit.');
  });

  it('documents the criterion flags the criteria template leaves out', () => {
    expect(templateHelp('criteria', 'en').flags?.allowed).toContain('đạt');
    expect(templateHelp('pledges', 'en').flags).toBeNull();
  });

  it.each(['vi', 'en'] as const)('lists every yes and no word the reader accepts in a flag column (%s)', (lang) => {
    const allowed = templateHelp('criteria', lang).flags!.allowed;
    const yes = `${FLAG_WORDS.yes.join(', ')}.`;
    const no = `${FLAG_WORDS.no.join(', ')}.`;
    expect(allowed).toContain(yes);
    expect(allowed).toContain(no);
  });
});
