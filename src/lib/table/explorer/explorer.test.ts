import { describe, expect, it } from 'vitest';
import { placeAll } from '../../aggregate/index.ts';
import { ingestText } from '../../ingest/index.ts';
import { bundledFiles, sourcedTables } from '../../present/test-data.ts';
import {
  areaRows,
  explorerColumns,
  explorerFromUrl,
  filterRows,
  foldDisplay,
  groupDisplay,
  itemLabel,
  NO_EXPLORER,
  plainDisplay,
  rowLevels,
  shownCsv,
  shownHtml,
  shownTsv,
  sortRows,
  sumText,
  urlWithExplorer,
  type ExplorerColumn,
  type ExplorerSource,
  type GroupItem,
  type RowFilter,
  type SubtotalItem,
} from './index.ts';
import { numberRanks, type Ranks } from './columns.ts';

function source(csv: string, name = 't.csv'): ExplorerSource {
  const table = ingestText(csv, { fileName: name }).table;
  if (!table) throw new Error('refused');
  return { table, datasets: [{ id: name, name, origin: 'imported' }] };
}

const NO_FILTER: RowFilter = { q: '', filters: {}, ranges: {}, period: null, visible: [] };

function setup(src: ExplorerSource) {
  const columns = explorerColumns(src);
  const visible = columns.filter((c) => c.shownByDefault).map((c) => c.id);
  const space = { columns, length: src.table.length, mask: null };
  const rows = (filter: Partial<RowFilter> = {}) => filterRows(space, { ...NO_FILTER, visible, ...filter });
  const col = (id: string) => columns.find((c) => c.id === id)!;
  const texts = (rowList: ArrayLike<number>, id: string, lang: 'vi' | 'en' = 'vi') => Array.from(rowList, (i) => col(id).text(i, lang));
  return { columns, visible, rows, col, texts };
}

const COMMUNES = ['Công Bằng', 'Đông Hà', 'Cao Tân', 'Bộc Bố', 'Dương Quang', 'An Thắng', 'Cổ Linh', 'Bằng Thành', 'Giáo Hiệu'];
const criteria = source(
  'commune,year,criteria_met,criteria_total,note\n' +
    COMMUNES.map((c, i) => `${c},${2016 + (i % 3)},${(i * 7) % 20},19,${i === 3 ? '"Xã điểm\nnăm 2018"' : ''}`).join('\n') +
    '\n',
  'tieu-chi.csv',
);

describe('explorer columns', () => {
  it('follow the kind spec, then the file and line of each row; flags and empty columns start hidden', () => {
    const { columns, visible } = setup(criteria);
    expect(columns.map((c) => c.id).slice(0, 4)).toEqual(['commune', 'year', 'criteria_met', 'criteria_total']);
    expect(columns.map((c) => c.id).slice(-2)).toEqual(['file', 'line']);
    expect(visible).toEqual(['commune', 'year', 'criteria_met', 'criteria_total', 'note', 'file', 'line']);
    expect(columns.find((c) => c.id === 'tc01')?.type).toBe('flag');
    expect(columns.map((c) => c.header('vi')).slice(0, 3)).toEqual(['Xã', 'Năm', 'Số tiêu chí đạt']);
    expect(columns.map((c) => c.header('en')).slice(-2)).toEqual(['File', 'Line']);
  });

  it('show each row as written: qualifiers in words, periods, notes over several lines, file and line', () => {
    const contributions = source(
      'unit,beneficiary_commune,year,money_million_vnd,workdays,note\nChi bộ A,Giáo Hiệu,2016-2021,hơn 57,103,"dòng 1\ndòng 2"\n',
      'dong-gop.csv',
    );
    const { col } = setup(contributions);
    expect(col('money_million_vnd').text(0, 'vi')).toBe('hơn 57');
    expect(col('money_million_vnd').text(0, 'en')).toBe('more than 57');
    expect(col('money_million_vnd').cell(0)).toEqual({ numberText: 'hơn 57' });
    expect(col('year').text(0, 'vi')).toBe('2016–2021');
    expect(col('note').text(0, 'vi')).toBe('dòng 1\ndòng 2');
    expect(col('note').multiline).toBe(true);
    expect(col('file').text(0, 'vi')).toBe('dong-gop.csv');
    expect(col('line').text(0, 'vi')).toBe('2');
  });
});

describe('explorer filters', () => {
  it('search ignores diacritics and case, every word somewhere in the shown columns', () => {
    const { rows, texts } = setup(criteria);
    expect(texts(rows({ q: 'boc bo' }), 'commune')).toEqual(['Bộc Bố']);
    expect(texts(rows({ q: 'BỘC' }), 'commune')).toEqual(['Bộc Bố']);
    expect(texts(rows({ q: 'dong' }), 'commune')).toEqual(['Đông Hà']);
    expect(texts(rows({ q: 'xa diem 2018' }), 'commune')).toEqual(['Bộc Bố']);
    expect(rows({ q: 'không có' })).toHaveLength(0);
  });

  it('search finds "dong gop" in a note of the bundled contributions and numbers as written', () => {
    const { rows, texts } = setup(sourcedTables(bundledFiles()).contributions!);
    expect(texts(rows({ q: 'dong gop' }), 'unit')).toContain('Chi bộ Văn phòng Huyện ủy');
    expect(texts(rows({ q: '57' }), 'unit')).toEqual(['Chi bộ Văn phòng Huyện ủy']);
    expect(texts(rows({ q: '2016-2021' }), 'unit').length).toBeGreaterThan(1);
  });

  it('a column filter, a numeric range and a year each narrow the rows', () => {
    const { rows, texts } = setup(criteria);
    expect(texts(rows({ filters: { commune: 'cong' } }), 'commune')).toEqual(['Công Bằng']);
    const ranged = rows({ ranges: { criteria_met: { min: 10, max: 15 } } });
    expect(texts(ranged, 'criteria_met')).toEqual(['14', '15']);
    expect(texts(rows({ period: { start: 2017, end: 2017 } }), 'commune')).toEqual(['Đông Hà', 'Dương Quang', 'Bằng Thành']);
  });

  it('the units chosen in the views (unit=) keep the rows of exactly those units, by unit or commune helped', () => {
    const { rows, texts } = setup(criteria);
    expect(texts(rows({ units: ['Bộc Bố', 'Cao Tân'] }), 'commune')).toEqual(['Cao Tân', 'Bộc Bố']);
    // Exactly the name: "Bộc" alone, or the name without diacritics, is not a unit chosen.
    expect(rows({ units: ['Bộc'] }).length).toBe(0);
    expect(rows({ units: [] }).length).toBe(COMMUNES.length);
    const money = setup(source('unit,beneficiary_commune,year,money_million_vnd\nChi bộ A,Bộc Bố,2018,5\nChi bộ B,Cao Tân,2018,7\n'));
    expect(money.texts(money.rows({ units: ['Chi bộ B'] }), 'unit')).toEqual(['Chi bộ B']);
    expect(money.texts(money.rows({ units: ['Bộc Bố'] }), 'unit')).toEqual(['Chi bộ A']);
  });

  it('the area chosen keeps only its rows', () => {
    const placed = placeAll(
      sourcedTables([
        ['u.csv', 'imported', 'name,level,parent\nPác Nặm,huyện,\nBộc Bố,xã,Pác Nặm\nHà Giang,tỉnh,\nXã Khác,xã,Hà Giang\n'],
        ['c.csv', 'imported', 'commune,year,criteria_met\nBộc Bố,2018,16\nXã Khác,2018,5\nXã Lạ,2018,1\n'],
      ]),
    );
    const mask = areaRows(
      placed,
      'criteria',
      placed.units.nodes.find((n) => n.name === 'Pác Nặm')!,
    );
    expect(Array.from(mask!)).toEqual([1, 0, 0]);
    expect(areaRows(placed, 'units', placed.units.nodes[0]!)).toBeNull();
  });
});

describe('explorer sort', () => {
  it('sorts text in Vietnamese order (Đ after D), numbers as numbers, several keys', () => {
    const { rows, columns, texts } = setup(criteria);
    const all = rows();
    expect(texts(sortRows(all, columns, [{ id: 'commune', desc: false }]), 'commune')).toEqual([
      'An Thắng',
      'Bằng Thành',
      'Bộc Bố',
      'Cao Tân',
      'Cổ Linh',
      'Công Bằng',
      'Dương Quang',
      'Đông Hà',
      'Giáo Hiệu',
    ]);
    expect(texts(sortRows(all, columns, [{ id: 'criteria_met', desc: false }]), 'criteria_met')).toEqual([
      '0',
      '1',
      '2',
      '7',
      '8',
      '9',
      '14',
      '15',
      '16',
    ]);
    const byYearThenName = sortRows(all, columns, [
      { id: 'year', desc: true },
      { id: 'commune', desc: false },
    ]);
    expect(texts(byYearThenName, 'commune').slice(0, 3)).toEqual(['An Thắng', 'Cao Tân', 'Giáo Hiệu']);
    expect(texts(byYearThenName, 'year')).toEqual(['2018', '2018', '2018', '2017', '2017', '2017', '2016', '2016', '2016']);
  });

  it('sorts periods by start then end, and keeps empty cells last both ways', () => {
    const t = source(
      'unit,beneficiary_commune,year,money_million_vnd,workdays\nA,X,2016-2021,1,1\nB,X,2018,,1\nC,X,2016,3,1\nD,X,2016-2020,,1\n',
    );
    const { rows, columns, texts } = setup(t);
    expect(texts(sortRows(rows(), columns, [{ id: 'year', desc: false }]), 'year')).toEqual(['2016', '2016–2020', '2016–2021', '2018']);
    expect(texts(sortRows(rows(), columns, [{ id: 'money_million_vnd', desc: false }]), 'unit')).toEqual(['A', 'C', 'B', 'D']);
    expect(texts(sortRows(rows(), columns, [{ id: 'money_million_vnd', desc: true }]), 'unit')).toEqual(['C', 'A', 'B', 'D']);
  });

  it('ranks numbers by their bits as numbers compare: negatives, fractions, 0 and -0 alike, empty (NaN) last', () => {
    const keys = Float64Array.from([3.5, -2, NaN, 0, -0, 1e300, -1e-300, 3.5, -Infinity, 2 ** 40 + 0.5, 7]);
    const job = numberRanks(keys);
    let next = job.next();
    while (!next.done) next = job.next();
    const { rank, size }: Ranks = next.value;
    const distinct = [
      ...new Set(
        Array.from(keys)
          .filter((v) => !Number.isNaN(v))
          .map((v) => v + 0),
      ),
    ].sort((a, b) => a - b);
    expect(size).toBe(distinct.length);
    expect(Array.from(rank)).toEqual(Array.from(keys, (v) => (Number.isNaN(v) ? size : distinct.indexOf(v + 0))));
  });

  it('makes the same ranks ahead in slices (warm) as at once', () => {
    const lines = ['unit,year,pledges'];
    for (let i = 0; i < 150_000; i++) lines.push(`Đơn vị ${i},${2016 + (i % 5)},${(i * 7919) % 1_003}`);
    const a = setup(source(lines.join('\n'))).col('pledges');
    const b = setup(source(lines.join('\n'))).col('pledges');
    let slices = 0;
    while (!a.warm()) slices++;
    expect(slices).toBeGreaterThan(2);
    expect(a.ranks().rank).toEqual(b.ranks().rank);
  });

  it('sorts by several keys as a comparator would: first key decides, ties in file order', () => {
    const lines = ['unit,year,pledges,source'];
    for (let i = 0; i < 3000; i++)
      lines.push(`Đơn vị ${i},${2016 + ((i * 13) % 4)},${(i * 7919) % 17},${i % 7 === 0 ? '' : `Báo cáo ${(i * 37) % 11}`}`);
    const { rows, columns, col } = setup(source(lines.join('\n')));
    expect(rows().length).toBe(3000);
    const sort = [
      { id: 'pledges', desc: true },
      { id: 'source', desc: false },
      { id: 'year', desc: true },
    ];
    const got = Array.from(sortRows(rows(), columns, sort));
    const key = (id: string, desc: boolean, i: number) => {
      const { rank, size } = col(id).ranks();
      const r = rank[i]!;
      return r === size ? Infinity : desc ? -r : r;
    };
    const want = Array.from(rows()).sort((a, b) => {
      for (const s of sort) {
        const d = key(s.id, s.desc, a) - key(s.id, s.desc, b);
        if (d) return d;
      }
      return a - b;
    });
    expect(got).toEqual(want);
  });

  it('sorts a large table by several keys (a counting sort per key)', () => {
    const n = 200_000;
    const lines = ['unit,year,pledges,note'];
    for (let i = 0; i < n; i++) lines.push(`Đơn vị ${i % 997},${2016 + (i % 7)},${(i * 7919) % 100_003},ghi chú ${i}`);
    const { rows, columns, col } = setup(source(lines.join('\n')));
    const all = rows();
    const started = performance.now();
    const sorted = sortRows(all, columns, [
      { id: 'note', desc: false },
      { id: 'pledges', desc: true },
      { id: 'unit', desc: false },
    ]);
    expect(performance.now() - started).toBeLessThan(5000);
    const notes = col('note').ranks().rank;
    for (let k = 1; k < sorted.length; k++) expect(notes[sorted[k - 1]!]! <= notes[sorted[k]!]!).toBe(true);
  });
});

describe('explorer groups', () => {
  const bundled = sourcedTables(bundledFiles());

  it('subtotals keep their qualifiers: "hơn 57" + "hơn 34" = "hơn 91"', () => {
    const { rows, columns, col } = setup(bundled.contributions!);
    const display = groupDisplay(rows(), columns, 'year', false, null);
    const subtotals = display.items.filter((it): it is SubtotalItem => it.type === 'subtotal');
    expect(subtotals).toHaveLength(1);
    expect(sumText(subtotals[0]!, col('money_million_vnd'), 'vi')).toBe('hơn 91');
    expect(sumText(subtotals[0]!, col('money_million_vnd'), 'en')).toBe('more than 91');
    expect(itemLabel(subtotals[0]!, col('year'), 'vi')).toBe('Cộng 2016–2021');
    expect(itemLabel(display.items[0]!, col('year'), 'vi')).toBe('2016–2021 · 3 dòng');
  });

  it('a folded group keeps its heading and subtotals ("hơn 10" too), its rows left out; the key holds whichever way it is sorted', () => {
    const t = source('unit,year,pledges\nĐảng bộ xã B,2018,hơn 10\nChi bộ A,2018,5\nĐảng bộ xã B,2019,7\nChi bộ A,2019,gần 3\n');
    const { rows, columns, col } = setup(t);
    const up = groupDisplay(rows(), columns, 'unit', false, null);
    const down = groupDisplay(rows(), columns, 'unit', true, null);
    const keyOf = (d: typeof up, name: string) =>
      d.items.find((it): it is GroupItem => it.type === 'group' && col('unit').text(it.row, 'vi') === name)!.key;
    expect(keyOf(up, 'Đảng bộ xã B')).toBe(keyOf(down, 'Đảng bộ xã B'));
    const folded = foldDisplay(up, new Set([keyOf(up, 'Đảng bộ xã B')]));
    const shown = Array.from(folded.rows, (r) => {
      if (r >= 0) return `row ${col('unit').text(r, 'vi')}`;
      const it = folded.items[-r - 1]!;
      return it.type === 'group' ? itemLabel(it, col('unit'), 'vi') : `${itemLabel(it, null, 'vi')}: ${sumText(it, col('pledges'), 'vi')}`;
    });
    expect(shown).toEqual([
      'Chi bộ A · 2 dòng',
      'row Chi bộ A',
      'row Chi bộ A',
      'Cộng 2018: 5',
      'Cộng 2019: gần 3',
      'Đảng bộ xã B · 2 dòng',
      'Cộng 2018: hơn 10',
      'Cộng 2019: 7',
    ]);
    expect(foldDisplay(up, new Set())).toBe(up);
  });

  it('never mixes periods: a group holds a subtotal per period, groups in Vietnamese order, rows in file order', () => {
    const t = source(
      'unit,year,pledges\nĐảng bộ xã B,2018,hơn 10\nChi bộ A,2018,5\nĐảng bộ xã B,2019,7\nĐảng bộ xã B,2016-2021,40\nChi bộ A,2019,gần 3\n',
    );
    const { rows, columns, col } = setup(t);
    const display = groupDisplay(rows(), columns, 'unit', false, null);
    const shown = Array.from(display.rows, (r) => {
      if (r >= 0) return `row ${col('unit').text(r, 'vi')} ${col('year').text(r, 'vi')}`;
      const it = display.items[-r - 1]!;
      return it.type === 'group' ? itemLabel(it, col('unit'), 'vi') : `${itemLabel(it, null, 'vi')}: ${sumText(it, col('pledges'), 'vi')}`;
    });
    expect(shown).toEqual([
      'Chi bộ A · 2 dòng',
      'row Chi bộ A 2018',
      'row Chi bộ A 2019',
      'Cộng 2018: 5',
      'Cộng 2019: gần 3',
      'Đảng bộ xã B · 3 dòng',
      'row Đảng bộ xã B 2018',
      'row Đảng bộ xã B 2019',
      'row Đảng bộ xã B 2016–2021',
      // Periods by their start, then their end.
      'Cộng 2016–2021: 40',
      'Cộng 2018: hơn 10',
      'Cộng 2019: 7',
    ]);
  });

  it('never adds a district’s own figure to its communes’: a subtotal per level', () => {
    const placed = placeAll(
      sourcedTables([
        ['u.csv', 'imported', 'name,level,parent\nPác Nặm,huyện,\nBộc Bố,xã,Pác Nặm\nNhạn Môn,xã,Pác Nặm\n'],
        ['p.csv', 'imported', 'unit,year,pledges\nPác Nặm,2020,100\nBộc Bố,2020,30\nNhạn Môn,2020,hơn 40\n'],
      ]),
    );
    const src = placed.tables.pledges!;
    const { rows, columns, col } = setup(src);
    const display = groupDisplay(rows(), columns, 'year', false, rowLevels(placed, 'pledges'));
    const subtotals = display.items.filter((it): it is SubtotalItem => it.type === 'subtotal');
    expect(subtotals.map((s) => `${itemLabel(s, null, 'vi')}: ${sumText(s, col('pledges'), 'vi')}`)).toEqual([
      'Cộng 2020, cấp huyện: 100',
      'Cộng 2020, cấp xã: hơn 70',
    ]);
  });
});

describe('explorer state in the URL', () => {
  it('round-trips kind, search, sorts, group, filters, ranges, columns and widths, keeping other parameters', () => {
    const state = {
      kind: 'contributions' as const,
      q: 'bộc bố',
      sort: [
        { id: 'year', desc: true },
        { id: 'unit', desc: false },
      ],
      group: 'beneficiary_commune',
      filters: { unit: 'chi bo', 'x:Ghi chú, thêm': 'a&b' },
      ranges: { money_million_vnd: { min: 10, max: null }, workdays: { min: 1.5, max: 100 } },
      columns: ['unit', 'year', 'money_million_vnd'],
      everywhere: true,
      widths: { unit: 240, 'x:Ghi chú, thêm': 96 },
    };
    const href = urlWithExplorer('https://x.vn/app/?view=table&lang=en&year=2018&sort=old', state);
    const url = new URL(href);
    expect(url.searchParams.getAll('sort')).toEqual(['-year', 'unit']);
    expect(url.searchParams.get('lang')).toBe('en');
    expect(url.searchParams.get('year')).toBe('2018');
    expect(explorerFromUrl(href)).toEqual(state);
    expect(explorerFromUrl(urlWithExplorer(href, NO_EXPLORER))).toEqual(NO_EXPLORER);
  });

  it('ignores what does not read: an unknown kind, a range that is not a number, repeated sorts', () => {
    const s = explorerFromUrl('https://x.vn/?kind=nope&min.pledges=abc&max.pledges=1.250,5&sort=a&sort=-a&q=');
    expect(s.kind).toBeNull();
    expect(s.ranges).toEqual({});
    expect(s.sort).toEqual([{ id: 'a', desc: false }]);
    expect(explorerFromUrl('https://x.vn/?max.pledges=12,5').ranges).toEqual({ pledges: { min: null, max: 12.5 } });
    expect(explorerFromUrl('https://x.vn/?w.unit=abc&w.year=5&w.note=99999').widths).toEqual({ year: 48, note: 960 });
  });
});

describe('what is shown, taken away', () => {
  const tricky = source(
    'unit,year,pledges,note\n' +
      'Chi bộ A,2018,hơn 57,=1+1\n' +
      'Chi bộ B,2018,hơn 34,@SUM(A1:A2)\n' +
      'Chi bộ C,2019,12,"nói ""có"", rồi\nxuống dòng"\n' +
      'Chi bộ D,2019,1.250,-2+3\n',
    'cam-ket.csv',
  );

  it('writes the shown columns, sorted, with formulas neutralised, quotes, line breaks and the BOM', () => {
    const { rows, columns, col } = setup(tricky);
    const shownCols: ExplorerColumn[] = ['unit', 'pledges', 'note'].map(col);
    const display = plainDisplay(sortRows(rows(), columns, [{ id: 'pledges', desc: true }]));
    const csv = shownCsv(shownCols, display, null, 'vi', ';');
    expect(csv).toBe(
      '\uFEFFĐơn vị;Số lượt cam kết;Ghi chú\r\n' +
        'Chi bộ D;1.250;"\'-2+3"\r\n' +
        'Chi bộ A;hơn 57;"\'=1+1"\r\n' +
        'Chi bộ B;hơn 34;"\'@SUM(A1:A2)"\r\n' +
        'Chi bộ C;12;"nói ""có"", rồi\nxuống dòng"\r\n',
    );
    expect(shownCsv(shownCols, display, null, 'vi', ',').split('\r\n')[1]).toBe('Chi bộ D,1.250,"\'-2+3"');
  });

  it('writes groups and their subtotals as rows, labelled in the first column', () => {
    const { rows, columns, col } = setup(tricky);
    const display = groupDisplay(rows(), columns, 'year', false, null);
    const csv = shownCsv([col('year'), col('unit'), col('pledges')], display, col('year'), 'vi', ',');
    expect(csv.split('\r\n')).toEqual([
      '\uFEFFNăm,Đơn vị,Số lượt cam kết',
      '2018 · 2 dòng,,',
      '2018,Chi bộ A,hơn 57',
      '2018,Chi bộ B,hơn 34',
      'Cộng 2018,,hơn 91',
      '2019 · 2 dòng,,',
      '2019,Chi bộ C,12',
      '2019,Chi bộ D,1.250',
      'Cộng 2019,,1.262',
      '',
    ]);
  });

  it('copies as tab-separated text without BOM and as an escaped HTML table', () => {
    const { rows, col } = setup(tricky);
    const display = plainDisplay(rows());
    const tsv = shownTsv([col('unit'), col('note')], display, null, 'vi');
    expect(tsv.startsWith('Đơn vị\tGhi chú\r\nChi bộ A\t"\'=1+1"\r\n')).toBe(true);
    const html = shownHtml([col('unit'), col('note')], display, null, 'vi');
    expect(html).toContain('<td style="mso-number-format:\'\\@\'">nói &quot;có&quot;, rồi<br>xuống dòng</td>');
    // In HTML a cell marked as text is never a formula in Excel.
    expect(html).toContain('<td style="mso-number-format:\'\\@\'">=1+1</td>');
  });
});
