/**
 * Vietnamese, the default language: every string a person reads, by key.
 * `{name}` is a placeholder filled by `translate`; numbers arrive already formatted.
 */
export const vi = {
  'app.title': 'Phong trào thi đua & Chỉ thị 05-CT/TW',
  'app.documentTitle': 'Phong trào thi đua & Chỉ thị 05-CT/TW — Huyện Pác Nặm',
  'app.place': 'Huyện Pác Nặm, tỉnh Bắc Kạn',
  'app.subtitle': 'Đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
  'app.skip': 'Bỏ qua, đến nội dung chính',
  'app.footer': 'Số liệu lấy từ các báo cáo của Huyện ủy; mỗi con số ghi rõ nguồn trong bảng số liệu.',
  'app.crashed': 'Không hiển thị được trang tổng quan. Hãy tải lại trang; nếu lỗi còn, báo cho người quản trị.',

  'lang.label': 'Ngôn ngữ',
  'lang.vi': 'Tiếng Việt',
  'lang.en': 'English',

  'qualifier.none': '{value} {unit}',
  'qualifier.gt': 'hơn {value} {unit}',
  'qualifier.gte': 'từ {value} {unit} trở lên',
  'qualifier.lt': 'dưới {value} {unit}',
  'qualifier.lte': 'tối đa {value} {unit}',
  'qualifier.approx': 'khoảng {value} {unit}',

  'format.period': '{start}–{end}',
  'format.ratio': '{met}/{total}',
  'format.missing': '—',

  'unit.millionVnd': 'triệu đồng',
  'unit.workdays': 'ngày công',
  'unit.criteria': 'tiêu chí',

  'kpi.heading': 'Số liệu chính',
  'kpi.pledges': 'lượt cam kết, {period}',
  'kpi.targets': 'chỉ tiêu KT-XH đạt, {year}',
  'kpi.pledges.short': 'lượt cam kết',
  'kpi.targets.short': 'chỉ tiêu KT-XH đạt',
  'kpi.money': 'đóng góp bằng tiền',
  'kpi.workdays': 'đóng góp bằng ngày công',
  'kpi.commendations': 'tập thể, cá nhân được khen thưởng cấp tỉnh, huyện',
  'kpi.commendations.awards': 'lượt khen thưởng',
  'kpi.source': 'Nguồn: {source}',
  'kpi.noData': 'Chưa có số liệu',

  'chart.criteria.title': 'Tiêu chí nông thôn mới đạt được theo xã',
  'chart.criteria.subtitle': 'Số tiêu chí đạt, năm gần nhất có số liệu của mỗi xã',
  'chart.criteria.reference': 'Đạt chuẩn NTM ({total})',
  'chart.criteria.bar': '{commune}: đạt {met} trên {total} tiêu chí, năm {year}',
  'chart.criteria.empty': 'Chưa có số liệu tiêu chí nông thôn mới.',
  'chart.source': 'Nguồn: {source}',
  'chart.toTable': 'Xem bảng số liệu',

  'figures.heading': 'Bảng số liệu và nguồn',
  'figures.caption': 'Mọi số liệu đang hiển thị, kèm nguồn. Bấm vào tên cột để sắp xếp.',
  'figures.empty': 'Chưa có số liệu nào.',
  'figures.col.measure': 'Chỉ tiêu',
  'figures.col.subject': 'Đơn vị / xã',
  'figures.col.period': 'Năm',
  'figures.col.value': 'Số liệu',
  'figures.col.source': 'Nguồn',
  'figures.beneficiary': 'hỗ trợ xã {commune}',

  'measure.pledges': 'Lượt cam kết, đăng ký làm theo Bác',
  'measure.targets': 'Chỉ tiêu kinh tế - xã hội đạt',
  'measure.criteria': 'Tiêu chí nông thôn mới đạt',
  'measure.money': 'Đóng góp bằng tiền',
  'measure.workdays': 'Đóng góp bằng ngày công',
  'measure.quantity': 'Khối lượng thực hiện',
  'measure.awards': 'Khen thưởng',

  'datasets.heading': 'Tệp dữ liệu có vấn đề',
  'datasets.rejected': 'Tệp {file} không được nạp:',
  'datasets.excluded': 'Tệp {file}: {loaded} dòng được nạp, {excluded} dòng bị loại:',
  'datasets.failed': 'lỗi chương trình khi đọc tệp ({error}). Hãy báo cho người quản trị.',
  'datasets.line': 'Dòng {line}',
  'datasets.more': '… và {count} vấn đề khác.',
  'datasets.summary': '{files} tệp dữ liệu, {rows} dòng số liệu',
} as const;

/** A key of the message catalogue. */
export type MessageKey = keyof typeof vi;

/** A message catalogue: one string for every key of the Vietnamese one. */
export type Messages = Record<MessageKey, string>;
