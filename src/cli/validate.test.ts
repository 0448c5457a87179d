import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { main } from './validate.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixture = (name: string) => fileURLToPath(new URL(`../../test/fixtures/ingest/${name}`, import.meta.url));

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** The validator's `main` on a command line, run in this process with its output captured. */
function validate(...args: string[]): Run {
  let stdout = '';
  let stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((stdout += String(s)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((stderr += String(s)), true));
  try {
    return { status: main(args), stdout, stderr };
  } finally {
    vi.restoreAllMocks();
  }
}

/** A real child process from the project's root (how `npm run validate` runs the script). */
function run(file: string, args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(file, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

interface Json {
  file: string;
  kind: string | null;
  encoding: string | null;
  delimiter: string | null;
  numberFormat: string | null;
  records: Record<string, unknown>[];
  problems: { line: number | null; lines?: number[]; column: string | null; value: string | null; message: string }[];
  notices: { line: number | null; message: string }[];
}

/** The one JSON object `--json` prints; fails the test when stdout holds anything else. */
function json(...args: string[]): Json {
  const { stdout } = validate(...args, '--json');
  expect(stdout.trimStart().startsWith('{') && stdout.trimEnd().endsWith('}')).toBe(true);
  return JSON.parse(stdout) as Json;
}

const VIETNAMESE_LETTERS = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i;

describe('validate --json prints exactly the object of docs/data-format.md §6', () => {
  it('has the keys of §6 and nothing else, on stdout only', () => {
    const out = json(fixture('enc-windows-1258.csv'));
    expect(Object.keys(out).sort()).toEqual(['delimiter', 'encoding', 'file', 'kind', 'notices', 'numberFormat', 'problems', 'records']);
    expect(out).toMatchObject({
      file: 'enc-windows-1258.csv',
      kind: 'contributions',
      encoding: 'windows-1258',
      delimiter: ';',
      numberFormat: 'vi',
    });
    expect(validate(fixture('enc-windows-1258.csv'), '--json').stderr).toBe('');
  });

  it('writes records with canonical names, JSON numbers, a period as a string, qualifiers beside values and the line', () => {
    expect(json(fixture('enc-windows-1258.csv')).records[0]).toEqual({
      unit: 'Chi bộ Văn phòng Huyện ủy',
      beneficiary_commune: 'Giáo Hiệu',
      year: '2016-2021',
      money_million_vnd: 57,
      money_million_vnd_qualifier: 'gt',
      workdays: 103,
      source: 'Báo cáo Huyện ủy Pác Nặm 2021',
      line: 2,
    });
  });

  it('keeps extra columns under "extra", by their header as written', () => {
    expect(json(fixture('extra-columns-kept.csv')).records[0]).toEqual({
      unit: 'Chi bộ thôn Nà Pục',
      year: 2020,
      pledges: 32,
      extra: { 'Người tổng hợp': 'Hoàng Văn Minh', 'Số văn bản': '12-BC/CB' },
      line: 2,
    });
  });

  it('lists every row problem with its line, column as written, value and a message', () => {
    const { problems, records } = json(fixture('row-errors-criteria.csv'));
    expect(records.map((r) => r.line)).toEqual([2, 15]);
    expect(problems.map((p) => p.line)).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 16]);
    expect(problems[0]).toEqual({ line: 3, column: 'criteria_met', value: '', message: expect.stringMatching(/\S/) });
  });

  it("names both lines of a duplicate key, and the key's columns", () => {
    const { problems } = json(fixture('text-nfd-nbsp-spaces.csv'));
    expect(problems.filter((p) => p.line === 7 || p.line === 8)).toEqual([
      { line: 7, lines: [7, 8], column: 'Xã, Năm', value: 'Giáo Hiệu, 2018', message: expect.stringContaining('8') },
      { line: 8, lines: [7, 8], column: 'Xã, Năm', value: 'Giáo Hiệu, 2018', message: expect.stringContaining('7') },
    ]);
  });

  it.each([
    ['file-png.csv', null],
    ['file-empty.csv', null],
    ['file-kind-unknown.csv', null],
    ['file-missing-column.csv', 'criteria'],
  ])('reports a whole-file error (%s) as one problem whose line may be null, with no records; kind %s', (name, kind) => {
    const out = json(fixture(name));
    expect(out.kind).toBe(kind);
    expect(out.records).toEqual([]);
    expect(out.problems).toHaveLength(1);
    expect(out.problems[0]).toMatchObject({ line: null, message: expect.stringMatching(/\S/) });
  });

  it('names the line and the column where an unterminated quote opened', () => {
    expect(json(fixture('file-unterminated-quote.csv')).problems).toEqual([
      { line: 5, column: 'Ghi chú', value: null, message: expect.stringContaining('cột "Ghi chú"') },
    ]);
  });

  it('gives each notice a line (or null) and a message', () => {
    expect(json(fixture('layout-report-title-stt-total.csv')).notices.map((n) => n.line)).toEqual([1, 4, 7, 9]);
    expect(json(fixture('enc-tcvn3-bytes.csv')).notices).toEqual([{ line: null, message: expect.stringContaining('TCVN3') }]);
  });
});

describe('validate exits 0 when accepted without problems, 1 when rejected or rows excluded, 2 when misused', () => {
  it.each([
    [0, 'an accepted file', [fixture('enc-utf8-bom-excel.csv')]],
    [0, 'an accepted file with notices only', [fixture('layout-report-title-stt-total.csv')]],
    [0, 'an accepted file, --json', [fixture('enc-utf8-bom-excel.csv'), '--json']],
    [1, 'rows excluded', [fixture('row-errors-criteria.csv')]],
    [1, 'rows excluded, --json', [fixture('row-errors-criteria.csv'), '--json']],
    [1, 'an empty file', [fixture('file-empty.csv')]],
    [1, 'a PNG', [fixture('file-png.csv'), '--json']],
    [1, 'a missing column', [fixture('file-missing-column.csv'), '--lang', 'en']],
  ])('%i for %s', (status, _what, args) => {
    expect(validate(...args).status).toBe(status);
  });

  it.each([
    ['a file that does not exist', [fixture('no-such-file.csv')]],
    ['a file that does not exist, --json', [fixture('no-such-file.csv'), '--json']],
    ['a folder', [fixture('')]],
    ['no FILE', ['--json']],
    ['two FILEs', [fixture('file-empty.csv'), fixture('file-png.csv')]],
    ['an unknown option', [fixture('file-empty.csv'), '--xml']],
    ['an unknown kind', [fixture('file-empty.csv'), '--kind', 'budget']],
    ['--kind without a value', [fixture('file-empty.csv'), '--kind']],
    ['an unknown language', [fixture('file-empty.csv'), '--lang', 'fr']],
  ])('2 for %s, with the reason on stderr and nothing on stdout', (_what, args) => {
    const out = validate(...args);
    expect(out.status).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toMatch(/\S/);
  });
});

describe.concurrent('validate as a process sets its exit status', { timeout: 60_000 }, () => {
  const tsx = (...args: string[]) => run(process.execPath, ['--import', 'tsx', 'src/cli/validate.ts', ...args]);

  it.each([
    [0, 'enc-utf8-bom-excel.csv'],
    [1, 'row-errors-criteria.csv'],
    [2, 'no-such-file.csv'],
  ])('exits %i for %s', async (status, file) => {
    expect((await tsx(fixture(file))).status).toBe(status);
  });

  it('prints the JSON object through the documented npm script, and exits 1 for excluded rows', async () => {
    const r = await run('npm', ['run', '--silent', 'validate', '--', fixture('row-errors-criteria.csv'), '--json']);
    expect(r.status).toBe(1);
    expect((JSON.parse(r.stdout) as Json).problems).toHaveLength(13);
  });
});

describe('validate --kind forces the kind', () => {
  it('reads a bare list of names as units', () => {
    const out = validate(fixture('kind-forced-units.csv'), '--kind', 'units', '--json');
    expect(out.status).toBe(0);
    expect((JSON.parse(out.stdout) as Json).records).toEqual([
      { name: 'Xã Bộc Bố', note: 'Sáp nhập vào xã Bằng Thành từ 1/7/2025', line: 2 },
      { name: 'Xã Nhạn Môn', note: 'Sáp nhập vào xã Bằng Thành từ 1/7/2025', line: 3 },
      { name: 'Xã Cao Tân', line: 4 },
    ]);
  });

  it('checks the header against the forced kind only', () => {
    const out = json(fixture('kind-forced-mismatch.csv'), '--kind', 'pledges');
    expect(out.kind).toBe('pledges');
    expect(out.problems).toEqual([{ line: null, column: 'unit, pledges', value: null, message: expect.stringContaining('unit, pledges') }]);
  });
});

describe('validate speaks Vietnamese by default and English with --lang en', () => {
  it('writes a readable report in Vietnamese by default, not JSON', () => {
    const { stdout } = validate(fixture('row-errors-criteria.csv'));
    expect(stdout).not.toMatch(/^\s*\{/);
    expect(stdout).toContain('Tệp: row-errors-criteria.csv');
    expect(stdout).toContain('2 dòng đã nhập, 13 dòng bị loại.');
    expect(stdout).toMatch(/Dòng 3, cột "criteria_met".*Thiếu giá trị bắt buộc/);
    expect(stdout).not.toMatch(/rows loaded|Line 3/);
  });

  it('writes the readable report in English with --lang en', () => {
    const { stdout } = validate(fixture('row-errors-criteria.csv'), '--lang', 'en');
    expect(stdout).toContain('File: row-errors-criteria.csv');
    expect(stdout).toContain('2 rows loaded, 13 rows excluded.');
    expect(stdout).toMatch(/Line 3, column "criteria_met".*empty/);
  });

  it('says a refused file was refused, in either language', () => {
    expect(validate(fixture('file-xlsx-renamed.csv')).stdout).toMatch(/TỪ CHỐI[\s\S]*Excel[\s\S]*CSV UTF-8/);
    expect(validate(fixture('file-xlsx-renamed.csv'), '--lang', 'en').stdout).toMatch(/REFUSED[\s\S]*Excel[\s\S]*CSV UTF-8/);
  });

  it.each([
    ['row-errors-criteria.csv'],
    ['file-missing-column.csv'],
    ['file-unterminated-quote.csv'],
    ['layout-report-title-stt-total.csv'],
    ['enc-lossy-windows-1252.csv'],
  ])('puts English messages in the JSON of %s with --lang en, Vietnamese ones without', (name) => {
    const en = json(fixture(name), '--lang', 'en');
    const vi = json(fixture(name));
    const messages = (o: Json) => [...o.problems, ...o.notices].map((m) => m.message);
    // Messages quote values from the file (which are Vietnamese): strip quoted parts first.
    const own = (m: string) => m.replace(/"[^"]*"|: [^.]*\./g, '');
    expect(messages(en).length).toBeGreaterThan(0);
    for (const m of messages(en)) expect(own(m)).not.toMatch(VIETNAMESE_LETTERS);
    for (const m of messages(vi)) expect(m).toMatch(VIETNAMESE_LETTERS);
    expect(en.records).toEqual(vi.records);
  });

  it('names the missing column and lists the columns found, in both languages', () => {
    for (const lang of ['vi', 'en']) {
      const [p] = json(fixture('file-missing-column.csv'), '--lang', lang).problems;
      expect(p!.message).toContain('criteria_met');
      expect(p!.message).toContain('Xã, Năm, Số tiêu chí, Ghi chú');
    }
  });

  it('shows an example of the lost letters in the data-loss notice', () => {
    expect(json(fixture('enc-lossy-windows-1252.csv'), '--lang', 'en').notices).toEqual([
      { line: 2, message: expect.stringContaining('T?nh') },
    ]);
  });
});
