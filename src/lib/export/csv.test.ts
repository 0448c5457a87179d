import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestText } from '../ingest/index.ts';
import { toRows } from '../model/index.ts';
import { csvBlob, excludedToCsv, tableToCsv, toCsv, type CsvCell } from './csv.ts';

const BOM = '\uFEFF';
const one = (cell: CsvCell) => toCsv(['a'], [[cell]]).slice(BOM.length + 'a\r\n'.length, -2);

describe('toCsv', () => {
  it('starts with a BOM, separates by commas and ends every record with CRLF', () => {
    expect(
      toCsv(
        ['Xã', 'Năm'],
        [
          ['Bộc Bố', 2018],
          ['Giáo Hiệu', null],
        ],
      ),
    ).toBe(`${BOM}Xã,Năm\r\nBộc Bố,2018\r\nGiáo Hiệu,\r\n`);
  });

  it.each([
    ['plain text is written as is', 'Bộc Bố', 'Bộc Bố'],
    ['a comma is quoted', 'Bộc Bố, Giáo Hiệu', '"Bộc Bố, Giáo Hiệu"'],
    ['a semicolon is quoted', 'a;b', '"a;b"'],
    ['a double quote is doubled inside quotes', 'từ "3" việc', '"từ ""3"" việc"'],
    ['a line feed is quoted', 'dòng 1\ndòng 2', '"dòng 1\ndòng 2"'],
    ['a CRLF inside a cell is quoted', 'a\r\nb', '"a\r\nb"'],
    ['= starts a formula: neutralised', '=SUM(A1:A9)', `"'=SUM(A1:A9)"`],
    ['+ starts a formula: neutralised', '+1+2', `"'+1+2"`],
    ['- starts a formula: neutralised', '-2+3+cmd|calc', `"'-2+3+cmd|calc"`],
    ['@ starts a formula: neutralised', '@SUM(1)', `"'@SUM(1)"`],
    ['a leading tab is neutralised', '\tx', `"'\tx"`],
    ['a leading CR is neutralised', '\rx', `"'\rx"`],
    ['a leading LF is neutralised', '\nx', `"'\nx"`],
    ['a formula with a comma is neutralised and quoted once', '=A1,B1', `"'=A1,B1"`],
    ['an = later in the text is harmless', 'a=b', 'a=b'],
    ['an empty string is an empty field', '', ''],
  ])('%s', (_name, cell, expected) => {
    expect(one(cell)).toBe(expected);
  });

  it.each([
    [-5, '-5'],
    [1250.5, '1250.5'],
    [0, '0'],
    [NaN, ''],
  ])('never alters the JS number %s', (cell, expected) => {
    expect(one(cell)).toBe(expected);
  });

  it('writes app-formatted numbers without a prefix but quoted when they hold a comma', () => {
    expect(one({ numberText: '-1.250,5' })).toBe('"-1.250,5"');
    expect(one({ numberText: 'hơn 57' })).toBe('hơn 57');
  });

  it('neutralises a header cell as well', () => {
    expect(toCsv(['=x'], [])).toBe(`${BOM}"'=x"\r\n`);
  });
});

describe('csvBlob', () => {
  it('is UTF-8 CSV and keeps the BOM', async () => {
    const blob = csvBlob(toCsv(['Xã'], [['Bộc Bố']]));
    expect(blob.type).toBe('text/csv;charset=utf-8');
    expect([...new Uint8Array(await blob.arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });
});

const DATA = new URL('../../../data/', import.meta.url);
const files = readdirSync(DATA)
  .filter((f) => f.endsWith('.csv'))
  .sort();

describe('tableToCsv', () => {
  it.each(files.flatMap((file) => (['vi', 'canonical'] as const).map((headers) => [file, headers] as const)))(
    'writes %s with %s headers so that ingesting it gives the same records',
    (file, headers) => {
      const original = ingestText(readFileSync(new URL(file, DATA), 'utf8'), { fileName: file });
      expect(original.problems).toEqual([]);
      const csv = tableToCsv(original.table!, { headers });
      const again = ingestText(csv, { fileName: `again-${file}` });
      expect(again.problems).toEqual([]);
      expect(again.kind).toBe(original.kind);
      expect(toRows(again.table!)).toEqual(toRows(original.table!));
    },
  );

  it('writes qualifiers as words and numbers the Vietnamese way', () => {
    const text =
      'unit,year,indicator,value,uom\nA,2018,x,"hơn 1.250,5",m\nA,2018,y,khoảng 2,m\nA,2018,z,≥ 3,m\nA,2018,w,<4,m\nA,2018,v,≤ 15.486,m\nA,2018,u,-0,25,m\n';
    const table = ingestText(text.replace('-0,25', '"-0,25"'), { fileName: 'x.csv' }).table!;
    const csv = tableToCsv(table, { headers: 'canonical' });
    expect(
      csv
        .split('\r\n')
        .slice(1, 7)
        .map((l) => l.split(',A,')[0] ?? l),
    ).toEqual([
      'A,2018,x,"hơn 1.250,5",m',
      'A,2018,y,khoảng 2,m',
      'A,2018,z,≥ 3,m',
      'A,2018,w,dưới 4,m',
      'A,2018,v,≤ 15.486,m',
      'A,2018,u,"-0,25",m',
    ]);
  });

  it('leaves out optional columns no row fills (the 19 criterion flags) and keeps extra columns', () => {
    const text = 'Xã,Năm,Số tiêu chí đạt,Người nhập\nBộc Bố,2018,16,Hương\n';
    const csv = tableToCsv(ingestText(text, { fileName: 'x.csv' }).table!, { headers: 'vi' });
    expect(csv).toBe(`${BOM}Xã,Năm,Số tiêu chí đạt,Tổng số tiêu chí,Người nhập\r\nBộc Bố,2018,16,19,Hương\r\n`);
  });

  it('writes canonical headers unless asked for Vietnamese ones', () => {
    const table = ingestText('Xã,Năm,Số tiêu chí đạt\nBộc Bố,2018,16\n', { fileName: 'x.csv' }).table!;
    expect(tableToCsv(table)).toBe(`${BOM}commune,year,criteria_met,criteria_total\r\nBộc Bố,2018,16,19\r\n`);
  });

  it.each([
    ['a list of units whose only other column is empty keeps a units column', 'Tên,Mã\nBộc Bố,\n', 'name,level'],
    [
      'a contributions table with no row keeps its money column',
      'unit,beneficiary_commune,year,workdays\nA,B,2018,x\n',
      'unit,beneficiary_commune,year,money_million_vnd',
    ],
  ])('puts back an empty column when leaving it out would change the kind: %s', (_name, text, header) => {
    const report = ingestText(text, { fileName: 'x.csv' });
    const csv = tableToCsv(report.table!);
    expect(csv.slice(BOM.length).split('\r\n')[0]).toBe(header);
    const again = ingestText(csv, { fileName: 'again.csv' });
    expect(again.kind).toBe(report.kind);
    // A header-only file is refused as such, after its kind was recognised: no table, no row lost.
    expect(again.table ? toRows(again.table) : []).toEqual(toRows(report.table!));
  });

  it('neutralises text that would start a formula, and the reader takes the guard off again', () => {
    const text = 'unit,year,pledges,note\n"=HYPERLINK(""x"")",2018,5,-nguy hiểm\n';
    const table = ingestText(text, { fileName: 'x.csv' }).table!;
    const csv = tableToCsv(table);
    expect(csv).toContain(`"'=HYPERLINK(""x"")",2018,5,"'-nguy hiểm"`);
    expect(toRows(ingestText(csv, { fileName: 'again.csv' }).table!)).toEqual(toRows(table));
  });

  it("writes a note's line breaks inside quotes, and the reader keeps them (Alt+Enter in Excel)", () => {
    const text = 'unit,year,pledges,note,Người nhập\r\nA,2018,5,"Dòng 1\r\nDòng 2","Hương\nphòng 2"\r\n';
    const table = ingestText(text, { fileName: 'x.csv' }).table!;
    const csv = tableToCsv(table);
    expect(csv).toContain('A,2018,5,"Dòng 1\nDòng 2","Hương\nphòng 2"\r\n');
    expect(toRows(ingestText(csv, { fileName: 'again.csv' }).table!)).toEqual(toRows(table));
  });

  it('names money with its unit in Vietnamese headers', () => {
    const text = 'unit,beneficiary_commune,year,money_million_vnd\nA,B,2018,"2,3408 tỷ"\n';
    const csv = tableToCsv(ingestText(text, { fileName: 'x.csv' }).table!, { headers: 'vi' });
    expect(csv).toBe(`${BOM}Đơn vị,Xã được hỗ trợ,Năm,Số tiền (triệu đồng)\r\nA,B,2018,"2.340,8"\r\n`);
  });
});

describe('excludedToCsv', () => {
  const text = [
    'Xã,Năm,Số tiêu chí đạt,Ghi chú',
    'Bộc Bố,2018,16,',
    'Giáo Hiệu,2018,21,"quá 19"',
    'Cổ Linh,,abc,=1+1',
    'Xuân La,2018',
    'Nhạn Môn,2018,-3,',
  ].join('\n');
  const report = ingestText(text, { fileName: 'x.csv' });
  const csv = excludedToCsv(report);
  const lines = csv.slice(BOM.length).split('\r\n');

  it('writes the header as written plus "Lỗi"', () => {
    expect(lines[0]).toBe('Xã,Năm,Số tiêu chí đạt,Ghi chú,Lỗi');
  });

  it.each([
    ['a value out of range', 1, 'Giáo Hiệu,2018,21,quá 19,Số tiêu chí đạt: Số đạt lớn hơn tổng số (19).'],
    [
      'every problem of a row, neutralising a formula',
      2,
      `Cổ Linh,,abc,"'=1+1",Năm: Thiếu giá trị bắt buộc (ô trống không được hiểu là 0). | Số tiêu chí đạt: Không phải là số.`,
    ],
    ['a short row padded so the problem stays under "Lỗi"', 3, 'Xuân La,2018,,,"Dòng có 2 ô, trong khi tiêu đề có 4 cột."'],
    ['a negative number as written, not prefixed', 4, 'Nhạn Môn,2018,-3,,Số tiêu chí đạt: Giá trị không được âm.'],
  ])('writes %s', (_name, index, expected) => {
    expect(lines[index]).toBe(expected);
  });

  it('gives a file that reads again, "Lỗi" ignored, with the same rows failing until fixed', () => {
    const again = ingestText(csv, { fileName: 'loi.csv' });
    expect(again.notices).toContainEqual(expect.objectContaining({ code: 'column-ignored', params: { columns: 'Lỗi' } }));
    expect(again.table!.length).toBe(0);
    // The short row was padded, so its cells are now empty rather than missing.
    expect(again.problems.map((p) => p.code)).toEqual(
      report.problems.map((p) => (p.code === 'row-field-count' ? 'row-empty-required' : p.code)),
    );
  });

  it('replaces the "Lỗi" column of a file that was itself such a download', () => {
    const twice = excludedToCsv(ingestText(csv, { fileName: 'loi.csv' }))
      .slice(BOM.length)
      .split('\r\n');
    expect(twice[0]).toBe('Xã,Năm,Số tiêu chí đạt,Ghi chú,Lỗi');
    expect(twice[1]).toBe(lines[1]);
    expect(twice[3]).toBe('Xuân La,2018,,,Số tiêu chí đạt: Thiếu giá trị bắt buộc (ô trống không được hiểu là 0).');
  });

  it('writes nothing but the header when no row was excluded', () => {
    const ok = ingestText('Xã,Năm,Số tiêu chí đạt\nBộc Bố,2018,16\n', { fileName: 'ok.csv' });
    expect(excludedToCsv(ok)).toBe(`${BOM}Xã,Năm,Số tiêu chí đạt,Lỗi\r\n`);
  });
});
