/**
 * The words for every problem and notice the ingestion engine reports, in Vietnamese and
 * English. Plain TypeScript (no Svelte) so the validator CLI and the worker can use it too.
 */
import type { Kind, Notice, NoticeCode, Params, Problem, ProblemCode } from '../model/index.ts';

export type Lang = 'vi' | 'en';

type Template = (p: Params) => string;

const KIND_VI: Record<Kind, string> = {
  criteria: 'tiêu chí nông thôn mới',
  pledges: 'cam kết, đăng ký làm theo',
  contributions: 'đóng góp tiền, ngày công',
  awards: 'khen thưởng',
  targets: 'chỉ tiêu kinh tế - xã hội',
  indicators: 'chỉ tiêu khác',
  units: 'danh mục đơn vị',
};
const KIND_EN: Record<Kind, string> = {
  criteria: 'new-rural criteria',
  pledges: 'pledges',
  contributions: 'contributions of money and workdays',
  awards: 'awards',
  targets: 'socio-economic targets',
  indicators: 'other indicators',
  units: 'list of units',
};

/** The name of a kind in the user's language. */
export function kindName(kind: Kind, lang: Lang): string {
  return (lang === 'vi' ? KIND_VI : KIND_EN)[kind];
}

const kindOf = (p: Params, names: Record<Kind, string>) => names[p.kind as Kind] ?? String(p.kind ?? '');

/** Where an unterminated quote opened, for its message: `, cột "Ghi chú",` by name or `, cột D,` by letter (none in older reports). */
const quoteColumn = (p: Params, word: string): string =>
  p.column !== undefined ? `, ${word} "${p.column}",` : p.position !== undefined ? `, ${word} ${p.position},` : '';

const PROBLEMS_VI: Record<ProblemCode, Template> = {
  'file-empty': () => 'Tệp trống: không có dữ liệu nào.',
  'file-header-only': () => 'Tệp chỉ có dòng tiêu đề, không có dòng số liệu nào.',
  'file-not-text': (p) =>
    `Đây không phải tệp văn bản CSV${p.format ? ` (tệp ${String(p.format).toUpperCase()})` : ' (có thể là ảnh, PDF hoặc tệp nhị phân)'}.`,
  'file-excel': (p) =>
    `Đây là tệp Excel${p.format ? ` (.${p.format})` : ''}, không phải CSV. Trong Excel chọn Tệp → Lưu thành → "CSV UTF-8 (phân cách bằng dấu phẩy)" rồi nhập lại.`,
  'file-missing-column': (p) =>
    `Thiếu cột bắt buộc: ${p.missing} (bảng ${kindOf(p, KIND_VI)}). Các cột tìm thấy: ${p.found || '(không có)'}.`,
  'file-duplicate-column': (p) => `Hai cột cùng nghĩa "${p.field}". Hãy xóa hoặc đổi tên một cột.`,
  'file-unterminated-quote': (p) =>
    `Dấu ngoặc kép mở ở dòng này${quoteColumn(p, 'cột')} mà không đóng: phần còn lại của tệp không đọc được.`,
  'file-undecodable': () => 'Không nhận ra bảng mã của tệp. Hãy lưu lại dưới dạng "CSV UTF-8".',
  'file-kind-unknown': (p) => `Không nhận ra loại bảng từ dòng tiêu đề. Các cột tìm thấy: ${p.found || '(không có)'}.`,
  'file-read-failed': (p) =>
    `Không đọc hết được tệp (${p.error ?? 'lỗi không rõ'}). Chưa nạp gì từ tệp này; dữ liệu đã có vẫn giữ nguyên. Hãy thử lại; nếu vẫn lỗi, hãy đóng bớt các thẻ khác vì máy có thể thiếu bộ nhớ.`,
  'row-field-count': (p) => `Dòng có ${p.found} ô, trong khi tiêu đề có ${p.expected} cột.`,
  'row-empty-required': () => 'Thiếu giá trị bắt buộc (ô trống không được hiểu là 0).',
  'row-one-of-required': () => 'Cần ít nhất một trong hai giá trị: số tiền hoặc ngày công.',
  'row-not-number': (p) =>
    p.format
      ? 'Số viết không thống nhất với cách viết số của tệp (dấu chấm phân cách hàng nghìn, dấu phẩy thập phân).'
      : 'Không phải là số.',
  'row-fraction-in-count': () => 'Số đếm không thể có phần thập phân.',
  'row-negative': () => 'Giá trị không được âm.',
  'row-met-over-total': (p) => `Số đạt lớn hơn tổng số (${p.total}).`,
  'row-year-range': () => 'Năm phải trong khoảng 1990–2100.',
  'row-year-invalid': () => 'Năm không hợp lệ: ghi một năm (2018) hoặc một giai đoạn (2016-2020).',
  'row-total-not-positive': () => 'Tổng số phải lớn hơn 0.',
  'row-value-not-allowed': (p) => `Giá trị không hợp lệ; chỉ nhận: ${p.allowed}.`,
  'row-duplicate-key': (p) => `Trùng khóa với dòng ${p.other}; cả hai dòng đều bị loại.`,
};

const PROBLEMS_EN: Record<ProblemCode, Template> = {
  'file-empty': () => 'The file is empty: it holds no data.',
  'file-header-only': () => 'The file has a header row but no data rows.',
  'file-not-text': (p) =>
    `This is not a CSV text file${p.format ? ` (a ${String(p.format).toUpperCase()} file)` : ' (it may be an image, a PDF or a binary file)'}.`,
  'file-excel': (p) =>
    `This is an Excel workbook${p.format ? ` (.${p.format})` : ''}, not a CSV. In Excel choose File → Save As → "CSV UTF-8 (Comma delimited)" and import that.`,
  'file-missing-column': (p) =>
    `Missing required column: ${p.missing} (${kindOf(p, KIND_EN)} table). Columns found: ${p.found || '(none)'}.`,
  'file-duplicate-column': (p) => `Two columns mean the same "${p.field}". Remove or rename one of them.`,
  'file-unterminated-quote': (p) =>
    `A double quote opened on this line${quoteColumn(p, 'column')} is never closed: the rest of the file cannot be read.`,
  'file-undecodable': () => 'The file\'s character encoding is not recognised. Save it as "CSV UTF-8".',
  'file-kind-unknown': (p) => `The kind of table is not recognised from the header. Columns found: ${p.found || '(none)'}.`,
  'file-read-failed': (p) =>
    `The file could not be read to the end (${p.error ?? 'unknown error'}). Nothing was loaded from it and the data already loaded is unchanged. Try again; if it fails again, close other tabs: the computer may be short of memory.`,
  'row-field-count': (p) => `The row has ${p.found} cells while the header has ${p.expected} columns.`,
  'row-empty-required': () => 'A required value is empty (an empty cell is never read as 0).',
  'row-one-of-required': () => 'At least one of money and workdays is needed.',
  'row-not-number': (p) => (p.format ? 'The number is not written the way the rest of the file writes numbers.' : 'Not a number.'),
  'row-fraction-in-count': () => 'A count cannot have a fraction.',
  'row-negative': () => 'The value cannot be negative.',
  'row-met-over-total': (p) => `More met than the total (${p.total}).`,
  'row-year-range': () => 'The year must be between 1990 and 2100.',
  'row-year-invalid': () => 'Not a valid year: write one year (2018) or a period (2016-2020).',
  'row-total-not-positive': () => 'The total must be greater than 0.',
  'row-value-not-allowed': (p) => `Value not allowed; accepted: ${p.allowed}.`,
  'row-duplicate-key': (p) => `Same key as line ${p.other}; neither row is kept.`,
};

const NOTICES_VI: Record<NoticeCode, Template> = {
  'title-rows-skipped': (p) =>
    `Bỏ qua dòng tiêu đề báo cáo ${p.from === p.to ? p.from : `${p.from}–${p.to}`}; dòng tên cột ở dòng ${p.header}.`,
  'blank-rows-skipped': (p) => `Bỏ qua ${p.count} dòng trống.`,
  'total-row-skipped': (p) => `Dòng "${p.value}" là dòng tổng cộng của báo cáo, không phải số liệu: đã bỏ qua, không cộng vào.`,
  'converted-legacy': (p) =>
    `Đã chuyển từ mã ${p.from} sang Unicode${p.as !== 'bytes' ? ' (chữ gõ bằng phông cũ trong tệp Unicode)' : ''}. Hãy kiểm tra lại tên đơn vị.`,
  'data-loss': (p) =>
    `Tệp đã mất dấu tiếng Việt (ký tự "?" thay cho chữ, ví dụ "${p.example}") ở ${p.lines} dòng. Số liệu vẫn được nhập nhưng tên có thể sai: hãy lưu lại tệp gốc dạng "CSV UTF-8".`,
  'number-format-chosen': (p) => `Số như "${p.value}" được hiểu theo kiểu Việt Nam: dấu chấm phân cách hàng nghìn.`,
  'column-ignored': (p) => `Bỏ qua cột không phải số liệu (số thứ tự, ghi lỗi): ${p.columns}.`,
  'extra-columns-kept': (p) => `Giữ thêm các cột: ${p.columns}.`,
  'column-unnamed-ignored': (p) =>
    `Cột ${p.columns} không có tên ở dòng tiêu đề nên không được đọc, dù ${p.rows} dòng có ghi ở đó (ví dụ "${p.value}"). Muốn giữ, hãy đặt tên cho cột rồi nhập lại.`,
  'nfc-normalised': (p) =>
    `Chữ có dấu trong tệp được gõ kiểu tổ hợp, dấu tách khỏi chữ (ví dụ "${p.value}" ở cột "${p.column}"): đã ghép lại thành chữ dựng sẵn (Unicode NFC) để cùng một tên luôn khớp nhau. Chữ vẫn đọc như cũ.`,
};

const NOTICES_EN: Record<NoticeCode, Template> = {
  'title-rows-skipped': (p) =>
    `Report title rows ${p.from === p.to ? p.from : `${p.from}–${p.to}`} skipped; the header is on line ${p.header}.`,
  'blank-rows-skipped': (p) => `${p.count} blank row(s) skipped.`,
  'total-row-skipped': (p) => `"${p.value}" is the report's total row, not data: skipped, never added in.`,
  'converted-legacy': (p) =>
    `Converted from ${p.from} to Unicode${p.as !== 'bytes' ? ' (text typed in a legacy font inside a Unicode file)' : ''}. Check the unit names.`,
  'data-loss': (p) =>
    `Vietnamese letters were already lost in this file ("?" instead of letters, e.g. "${p.example}") on ${p.lines} line(s). The figures load, but names may be wrong: save the original as "CSV UTF-8".`,
  'number-format-chosen': (p) => `Numbers such as "${p.value}" were read the Vietnamese way: the dot groups thousands.`,
  'column-ignored': (p) => `Columns that are not data (row numbers, problem notes) ignored: ${p.columns}.`,
  'extra-columns-kept': (p) => `Extra columns kept: ${p.columns}.`,
  'column-unnamed-ignored': (p) => {
    const many = String(p.columns).includes(',');
    return `${many ? 'Columns' : 'Column'} ${p.columns} ${many ? 'have' : 'has'} no name in the header row, so ${many ? 'they were' : 'it was'} not read, though ${p.rows} rows have something there (for example "${p.value}"). To keep ${many ? 'them' : 'it'}, give ${many ? 'the columns names' : 'the column a name'} and import the file again.`;
  },
  'nfc-normalised': (p) =>
    `Diacritics in this file were written apart from their letters (combining Unicode, e.g. "${p.value}" in column "${p.column}"): they were joined (Unicode NFC) so that the same name always matches. The text reads the same.`,
};

/** The message for a problem, in the user's language. */
export function problemMessage(p: Pick<Problem, 'code' | 'params'>, lang: Lang): string {
  return (lang === 'vi' ? PROBLEMS_VI : PROBLEMS_EN)[p.code](p.params ?? {});
}

/** The message for a notice, in the user's language. */
export function noticeMessage(n: Pick<Notice, 'code' | 'params'>, lang: Lang): string {
  return (lang === 'vi' ? NOTICES_VI : NOTICES_EN)[n.code](n.params ?? {});
}
