/**
 * Words the sample-data generator builds names from: syllables of northern place names, kinds
 * of unit, purposes, indicators. Names are combined from syllables by index (mixed radix), so a
 * million rows never repeat a key. Every string here is NFC and clean (one space, trimmed).
 */

/**
 * Syllables of place names in the northern mountains. None of them is "Tổng" or "Cộng", so no
 * name reads as a report's total line.
 */
export const SYLLABLES: readonly string[] = [
  'An',
  'Bằng',
  'Bộc',
  'Bố',
  'Cao',
  'Tân',
  'Giáo',
  'Hiệu',
  'Nhạn',
  'Môn',
  'Xuân',
  'La',
  'Thắng',
  'Cổ',
  'Linh',
  'Nghiên',
  'Loan',
  'Thành',
  'Minh',
  'Khuổi',
  'Ỏ',
  'Nà',
  'Pài',
  'Phja',
  'Bản',
  'Lũng',
  'Cốc',
  'Slam',
  'Vằng',
  'Kéo',
  'Pác',
  'Nặm',
  'Đồn',
  'Phong',
  'Quang',
  'Thuận',
  'Hòa',
  'Bình',
  'Yên',
  'Lạc',
  'Sơn',
  'Thượng',
  'Hạ',
  'Trung',
  'Đông',
  'Tây',
  'Nam',
  'Bắc',
  'Hà',
  'Hiệp',
  'Lương',
  'Thịnh',
  'Vân',
  'Tùng',
  'Mỹ',
  'Phúc',
  'Lộc',
  'Thọ',
  'Khang',
  'Ninh',
  'Hưng',
  'Đức',
  'Tiến',
  'Đạo',
  'Lĩnh',
  'Mai',
  'Cẩm',
  'Giàng',
  'Sỹ',
  'Xá',
  'Quân',
  'Nghĩa',
  'Tá',
  'Mường',
  'Pắc',
  'Nậm',
  'Ngần',
  'Liêm',
  'Rã',
  'Chu',
  'Hương',
  'Dương',
  'Quảng',
  'Chợ',
  'Ngòi',
  'Đán',
  'Kim',
  'Hỷ',
  'Lục',
  'Khê',
  'Ba',
  'Bể',
].map((s) => s.normalize('NFC'));

/** Kinds of unit that contribute, pledge or report; a place name follows. */
export const UNIT_PREFIXES: readonly string[] = [
  'Chi bộ thôn',
  'Đảng bộ xã',
  'Chi bộ Trường Tiểu học',
  'Đoàn Thanh niên xã',
  'Hội Phụ nữ xã',
  'Hội Nông dân xã',
  'Hội Cựu chiến binh xã',
  'Nhân dân thôn',
  'Chi bộ Trạm Y tế xã',
  'Ủy ban Mặt trận Tổ quốc xã',
].map((s) => s.normalize('NFC'));

export const DISTRICTS: readonly string[] = ['Pác Nặm', 'Ba Bể', 'Ngân Sơn', 'Chợ Đồn', 'Na Rì', 'Bạch Thông', 'Chợ Mới'].map((s) =>
  s.normalize('NFC'),
);

export const PROVINCES: readonly string[] = ['Bắc Kạn', 'Cao Bằng', 'Lạng Sơn', 'Tuyên Quang'].map((s) => s.normalize('NFC'));

export const PURPOSES: readonly string[] = [
  'Làm đường giao thông nông thôn',
  'Xây nhà văn hóa thôn',
  'Kênh mương nội đồng',
  'Hỗ trợ hộ nghèo',
  'Xây nhà Đại đoàn kết',
  'Vệ sinh môi trường',
].map((s) => s.normalize('NFC'));

/** Indicators with their unit of measure and a typical range. */
export const INDICATORS: readonly { name: string; uom: string; max: number; decimals: boolean }[] = [
  { name: 'Tỷ lệ hộ nghèo', uom: '%', max: 40, decimals: true },
  { name: 'Tỷ lệ chi, đảng bộ xây dựng kế hoạch làm theo Bác', uom: '%', max: 100, decimals: false },
  { name: 'Đường giao thông được cứng hóa', uom: 'km', max: 30, decimals: true },
  { name: 'Số hộ được công nhận gia đình văn hóa', uom: 'hộ', max: 2000, decimals: false },
  { name: 'Tỷ lệ người dân tham gia bảo hiểm y tế', uom: '%', max: 100, decimals: true },
  { name: 'Thu nhập bình quân đầu người', uom: 'triệu đồng', max: 60, decimals: true },
  { name: 'Số đảng viên mới kết nạp', uom: 'người', max: 40, decimals: false },
  { name: 'Tỷ lệ trẻ em đi học đúng độ tuổi', uom: '%', max: 100, decimals: true },
].map((i) => ({ ...i, name: i.name.normalize('NFC'), uom: i.uom.normalize('NFC') }));

/** Award levels (docs/data-format.md §2.4) with the forms of award each gives. */
export const AWARD_LEVELS: readonly { level: string; forms: readonly string[] }[] = [
  {
    level: 'trung ương',
    forms: ['Bằng khen của Thủ tướng Chính phủ', 'Bằng khen của Ban Tuyên giáo Trung ương', 'Huân chương Lao động hạng Ba'],
  },
  { level: 'tỉnh', forms: ['Bằng khen của Chủ tịch UBND tỉnh', 'Thư khen của Bí thư Tỉnh ủy', 'Giấy khen của Ban Thường vụ Tỉnh ủy'] },
  { level: 'huyện', forms: ['Giấy khen của Ban Thường vụ Huyện ủy', 'Giấy khen của Chủ tịch UBND huyện', 'Thư khen của Bí thư Huyện ủy'] },
  { level: 'xã/cơ sở', forms: ['Giấy khen của Đảng ủy xã', 'Giấy khen của Chủ tịch UBND xã', 'Thư khen của Bí thư Đảng ủy xã'] },
].map((a) => ({ level: a.level.normalize('NFC'), forms: a.forms.map((f) => f.normalize('NFC')) }));

export const RECIPIENT_TYPES: readonly string[] = ['tập thể', 'cá nhân'].map((s) => s.normalize('NFC'));

export const UNIT_LEVELS: readonly string[] = ['xã', 'thị trấn', 'phường'].map((s) => s.normalize('NFC'));
