import { describe, expect, it } from 'vitest';
import { ingestText } from '../ingest/index.ts';
import { previewOf } from './preview.ts';

const table = ingestText('Đơn vị;Năm;Số lượt cam kết;Ghi chú\nA;2020;"hơn 1.250";"Làm đường\nthôn Nà Pục"\n', { fileName: 'f.csv' }).table!;

describe("previewOf shows the records as they would be imported, in the user's language", () => {
  it.each([
    [
      'vi',
      ['Đơn vị', 'Năm', 'Số lượt cam kết', 'Huyện', 'Tỉnh', 'Nguồn', 'Ghi chú'],
      ['A', '2020', 'hơn 1.250', '', '', '', 'Làm đường\nthôn Nà Pục'],
    ],
    [
      'en',
      ['Unit', 'Year', 'Pledges', 'District', 'Province', 'Source', 'Note'],
      ['A', '2020', 'more than 1,250', '', '', '', 'Làm đường\nthôn Nà Pục'],
    ],
  ] as const)('%s: column headers and cells (a note keeps its line break)', (lang, headers, cells) => {
    const preview = previewOf(table, lang);
    expect(preview.headers).toEqual(headers);
    expect(preview.rows).toEqual([{ line: 2, cells }]);
  });
});
