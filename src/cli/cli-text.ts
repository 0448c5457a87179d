/** The words of the command-line tools, in Vietnamese and English. */
import type { Delimiter, NumberFormat } from '../lib/model/index.ts';
import type { Lang } from '../lib/i18n/index.ts';

const vi = {
  usage: 'Cách dùng: npm run --silent validate -- TỆP [--kind LOẠI] [--json] [--lang vi|en]',
  unreadable: (f: string) => `Không đọc được tệp ${f}`,
  file: 'Tệp',
  kind: 'Loại bảng',
  encoding: 'Bảng mã',
  delimiter: 'Dấu phân cách',
  numbers: 'Cách viết số',
  delimiters: { ',': 'dấu phẩy (,)', ';': 'dấu chấm phẩy (;)', '\t': 'tab' } as Record<Delimiter, string>,
  formats: { vi: 'kiểu Việt Nam (1.250,5)', en: 'kiểu quốc tế (1,250.5)' } as Record<NumberFormat, string>,
  rejected: 'TỆP BỊ TỪ CHỐI: không nhập dòng nào.',
  summary: (n: number, m: number) => `${n} dòng đã nhập, ${m} dòng bị loại.`,
  problems: 'Lỗi',
  notices: 'Ghi chú',
  where: (line: number | null, column: string | null, value: string | null) =>
    `${line === null ? '' : `Dòng ${line}`}${column ? `, cột "${column}"` : ''}${value ? ` ("${value}")` : ''}${line === null && !column ? '' : ': '}`,
};

const en: typeof vi = {
  usage: 'Usage: npm run --silent validate -- FILE [--kind KIND] [--json] [--lang vi|en]',
  unreadable: (f) => `Cannot read ${f}`,
  file: 'File',
  kind: 'Kind',
  encoding: 'Encoding',
  delimiter: 'Delimiter',
  numbers: 'Numbers',
  delimiters: { ',': 'comma (,)', ';': 'semicolon (;)', '\t': 'tab' },
  formats: { vi: 'Vietnamese (1.250,5)', en: 'international (1,250.5)' },
  rejected: 'FILE REFUSED: no row was loaded.',
  summary: (n, m) => `${n} rows loaded, ${m} rows excluded.`,
  problems: 'Problems',
  notices: 'Notices',
  where: (line, column, value) =>
    `${line === null ? '' : `Line ${line}`}${column ? `, column "${column}"` : ''}${value ? ` ("${value}")` : ''}${line === null && !column ? '' : ': '}`,
};

/** The CLI's words in one language. */
export function cliText(lang: Lang): typeof vi {
  return lang === 'vi' ? vi : en;
}
