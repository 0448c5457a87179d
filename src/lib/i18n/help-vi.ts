/**
 * Vietnamese words of the template help (what each column holds, what it accepts).
 * `help-en.ts` has the same keys: `HelpText` makes a missing or extra key a type error.
 */
import { FLAG_WORDS } from '../model/index.ts';

/** What a column holds and what it accepts. */
export interface FieldHelp {
  holds: string;
  allowed: string;
}

const QUALIFIERS = 'có thể ghi kèm: hơn/trên (>), gần/khoảng (~), từ … trở lên (≥), dưới (<), ≤';
const YEAR = 'Một năm (2018) hoặc một giai đoạn (2016-2020); từ 1990 đến 2100';

export const helpVi = {
  requirement: { required: 'Bắt buộc', optional: 'Không bắt buộc', 'one-of': 'Cần ít nhất một trong hai: số tiền, ngày công' },
  kinds: {
    criteria: {
      title: 'Tiêu chí nông thôn mới theo xã',
      summary: 'Mỗi dòng: một xã, một năm, số tiêu chí đạt. Mỗi xã chỉ một dòng cho mỗi năm.',
    },
    pledges: { title: 'Cam kết, đăng ký làm theo', summary: 'Mỗi dòng: một đơn vị, một năm hoặc giai đoạn, số lượt cam kết, đăng ký.' },
    contributions: {
      title: 'Đóng góp tiền, ngày công',
      summary: 'Mỗi dòng: đơn vị đóng góp, xã được hỗ trợ, năm, số tiền và/hoặc ngày công.',
    },
    awards: { title: 'Khen thưởng', summary: 'Mỗi dòng: năm, cấp khen, tập thể hay cá nhân, số lượng, hình thức.' },
    targets: { title: 'Chỉ tiêu kinh tế - xã hội', summary: 'Mỗi dòng: một đơn vị, một năm, số chỉ tiêu đạt trên tổng số chỉ tiêu.' },
    indicators: { title: 'Chỉ tiêu khác (dạng dài)', summary: 'Mỗi dòng: một đơn vị, một năm, tên chỉ tiêu, giá trị và đơn vị tính.' },
    units: { title: 'Danh mục đơn vị', summary: 'Mỗi dòng: một đơn vị hành chính, cấp, đơn vị cấp trên; sau sáp nhập ghi đơn vị kế thừa.' },
  },
  flags: {
    holds: 'Cột "Tiêu chí 1" … "Tiêu chí 19" (không có trong tệp mẫu): từng tiêu chí đã đạt hay chưa.',
    allowed: `Đạt: ${FLAG_WORDS.yes.join(', ')}. Chưa đạt: ${FLAG_WORDS.no.join(', ')}. Để trống: chưa có thông tin (không phải chưa đạt).`,
  },
  fields: {
    commune: { holds: 'Tên xã, viết như trong báo cáo.', allowed: 'Chữ; "Bộc Bố" và "Bộc  Bố" được coi là một.' },
    year: { holds: 'Năm hoặc giai đoạn của số liệu.', allowed: YEAR },
    criteria_met: { holds: 'Số tiêu chí xã đã đạt.', allowed: 'Số nguyên từ 0 đến tổng số tiêu chí' },
    criteria_total: { holds: 'Tổng số tiêu chí của bộ tiêu chí.', allowed: 'Số nguyên lớn hơn 0; để trống là 19' },
    criteria_set: { holds: 'Bộ tiêu chí năm đó được chấm theo.', allowed: 'Chữ bất kỳ, ví dụ 2021–2025; không bắt buộc' },
    district: { holds: 'Huyện.', allowed: '' },
    province: { holds: 'Tỉnh.', allowed: '' },
    source: { holds: 'Báo cáo hoặc văn bản lấy số liệu.', allowed: '' },
    note: { holds: 'Ghi chú: số liệu suy ra, giải thích…', allowed: '' },
    unit: { holds: 'Tên đơn vị, chi bộ hoặc đảng bộ.', allowed: '' },
    pledges: { holds: 'Số lượt xây dựng bản cam kết, đăng ký làm theo.', allowed: `Số nguyên (15.486 là mười lăm nghìn); ${QUALIFIERS}` },
    beneficiary_commune: { holds: 'Xã được hỗ trợ, nơi nhận đóng góp.', allowed: '' },
    money_million_vnd: {
      holds: 'Số tiền đóng góp, tính bằng triệu đồng.',
      allowed: `Số, dấu phẩy thập phân (1.250,5); có thể ghi "57 triệu", "2,3 tỷ"; ${QUALIFIERS}`,
    },
    workdays: { holds: 'Số ngày công đóng góp.', allowed: `Số; có thể ghi "103 ngày công"; ${QUALIFIERS}` },
    purpose: { holds: 'Mục đích: làm đường, xây nhà…', allowed: '' },
    quantity: { holds: 'Khối lượng công trình (ví dụ chiều dài đường).', allowed: `Số; ${QUALIFIERS}` },
    quantity_uom: { holds: 'Đơn vị của khối lượng.', allowed: 'km, m, cái, công trình…' },
    level: { holds: 'Cấp.', allowed: '' },
    recipient_type: { holds: 'Đối tượng được khen.', allowed: 'tập thể, cá nhân' },
    count: { holds: 'Số tập thể hoặc cá nhân được khen.', allowed: `Số nguyên; ${QUALIFIERS}` },
    form: { holds: 'Hình thức khen.', allowed: 'Chữ tự do: bằng khen, giấy khen, thư khen…' },
    targets_met: { holds: 'Số chỉ tiêu đạt và vượt.', allowed: 'Số nguyên từ 0 đến tổng số chỉ tiêu' },
    targets_total: { holds: 'Tổng số chỉ tiêu.', allowed: 'Số nguyên lớn hơn 0' },
    indicator: { holds: 'Tên chỉ tiêu.', allowed: '' },
    value: { holds: 'Giá trị của chỉ tiêu.', allowed: `Số, có thể âm; ${QUALIFIERS}` },
    uom: { holds: 'Đơn vị tính của giá trị.', allowed: '%, xã, người, việc làm…' },
    name: { holds: 'Tên đơn vị hành chính.', allowed: '' },
    parent: { holds: 'Đơn vị cấp trên trực tiếp.', allowed: '' },
    code: {
      holds: 'Mã đơn vị hành chính (Tổng cục Thống kê).',
      allowed: 'Giữ số 0 ở đầu (01864); mã cũ có thể được dùng lại sau sáp nhập',
    },
    valid_to: { holds: 'Ngày đơn vị thôi tồn tại.', allowed: 'Ngày, ví dụ 2025-06-30' },
    successor: { holds: 'Đơn vị thay thế sau sáp nhập.', allowed: '' },
  },
  byKind: {
    awards: {
      level: { holds: 'Cấp khen thưởng.', allowed: 'trung ương, tỉnh, huyện, xã/cơ sở' },
      unit: { holds: 'Đơn vị báo cáo hoặc được khen.', allowed: '' },
    },
    units: {
      level: { holds: 'Cấp hành chính của đơn vị.', allowed: 'tỉnh, huyện, xã…' },
    },
  },
};

/** The shape both languages share. */
export type HelpText = typeof helpVi;
