/**
 * How Vietnamese does a text read? Each word is checked against the spelling rules of
 * Vietnamese syllables: an onset, a rhyme from the closed list of rhymes, at most one tone, and
 * a tone that agrees with a stop final (-c -ch -p -t take only sắc or nặng). A wrong code page
 * turns letters into symbols, foreign letters or impossible spellings ("B¸o", "HuyÖn", "Boäc"),
 * which fail these rules, so among several decodings of the same bytes the one with the best
 * score is the right one.
 */

const TONED: Record<string, string> = {
  a: 'àáảãạ',
  ă: 'ằắẳẵặ',
  â: 'ầấẩẫậ',
  e: 'èéẻẽẹ',
  ê: 'ềếểễệ',
  i: 'ìíỉĩị',
  o: 'òóỏõọ',
  ô: 'ồốổỗộ',
  ơ: 'ờớởỡợ',
  u: 'ùúủũụ',
  ư: 'ừứửữự',
  y: 'ỳýỷỹỵ',
};

/** Every lowercase vowel form → [toneless vowel, tone]; tones: 1 huyền, 2 sắc, 3 hỏi, 4 ngã, 5 nặng. */
const VOWEL = new Map<string, [string, number]>();
for (const [base, forms] of Object.entries(TONED)) {
  VOWEL.set(base, [base, 0]);
  [...forms].forEach((form, i) => VOWEL.set(form, [base, i + 1]));
}
const CONSONANT = new Set('bcdđghklmnpqrstvx');

/** The 67 lowercase Vietnamese letters that are not ASCII, then their capitals: the 134 letters. */
export const VIETNAMESE_LETTERS: readonly string[] = (() => {
  const lower = [...'ăâêôơư', ...Object.values(TONED).join(''), 'đ'];
  return [...lower, ...lower.map((c) => c.toUpperCase())];
})();

// Onsets, longest first so that "ngh" is tried before "ng" and "n".
const ONSETS = [
  'ngh',
  'ng',
  'nh',
  'gh',
  'gi',
  'kh',
  'ph',
  'th',
  'tr',
  'ch',
  'qu',
  'b',
  'c',
  'd',
  'đ',
  'g',
  'h',
  'k',
  'l',
  'm',
  'n',
  'p',
  'r',
  's',
  't',
  'v',
  'x',
  '',
];

// Vowel cluster → the finals it takes ('' = open syllable). A cluster ending in i/y/o/u has its
// glide as the final already, so those list only ''.
const RHYMES = new Map(
  Object.entries({
    a: '|c|ch|m|n|ng|nh|p|t',
    ai: '',
    ao: '',
    au: '',
    ay: '',
    ă: 'c|m|n|ng|p|t',
    â: 'c|m|n|ng|p|t',
    âu: '',
    ây: '',
    e: '|c|m|n|ng|p|t',
    eo: '',
    ê: '|ch|m|n|nh|p|t',
    êu: '',
    i: '|ch|m|n|nh|p|t',
    ia: '',
    iu: '',
    iê: 'c|m|n|ng|p|t',
    iêu: '',
    o: '|c|m|n|ng|p|t',
    oi: '',
    oa: '|c|ch|m|n|ng|nh|p|t',
    oai: '',
    oay: '',
    oă: 'c|m|n|ng|t',
    oe: '|n|t',
    oeo: '',
    oo: 'c|ng',
    ô: '|c|m|n|ng|p|t',
    ôi: '',
    ơ: '|m|n|p|t',
    ơi: '',
    u: '|c|m|n|ng|p|t',
    ui: '',
    ua: '',
    uô: 'c|m|n|ng|t',
    uôi: '',
    uâ: 'n|ng|t',
    uây: '',
    uê: '|ch|nh',
    uy: '|ch|n|nh|p|t',
    uya: '',
    uyê: 'n|t',
    uyu: '',
    uơ: '',
    ư: '|c|n|ng|t',
    ưa: '',
    ưi: '',
    ưu: '',
    ươ: 'c|m|n|ng|p|t',
    ươi: '',
    ươu: '',
    y: '',
    yê: 'm|n|t',
    yêu: '',
  }).map(([vowels, finals]) => [vowels, new Set(finals.split('|'))]),
);

const FRONT = new Set(['i', 'e', 'ê', 'y']);
const STOP_FINALS = new Set(['c', 'ch', 'p', 't']);
const LABIALS = new Set(['b', 'm', 'p', 'ph', 'v']);
// A rounded glide (hoa, tuân, quy…) never follows a labial onset in native words.
const GLIDE = /^(o[aăe]|u[âêyơ])/;

/** True when `word` is spelled as one Vietnamese syllable, in lower, Title or UPPER case. */
export function isVietnameseSyllable(word: string): boolean {
  if (word.length === 0 || word.length > 7) return false;
  const lower = word.toLowerCase();
  if (word !== lower && word !== word.toUpperCase() && word.slice(1) !== lower.slice(1)) return false;
  let plain = '';
  let tone = 0;
  for (const ch of lower) {
    const vowel = VOWEL.get(ch);
    if (vowel) {
      if (vowel[1] !== 0) {
        if (tone !== 0) return false;
        tone = vowel[1];
      }
      plain += vowel[0];
    } else if (CONSONANT.has(ch)) plain += ch;
    else return false;
  }
  return ONSETS.some((onset) => plain.startsWith(onset) && rhymeFits(onset, plain.slice(onset.length), tone));
}

function rhymeFits(onset: string, rest: string, tone: number): boolean {
  // giếng is gi + iêng written with one i.
  if (onset === 'gi' && rest.startsWith('ê')) rest = 'i' + rest;
  let v = 0;
  while (v < rest.length && VOWEL.has(rest[v]!)) v++;
  const vowels = rest.slice(0, v);
  const final = rest.slice(v);
  if (!RHYMES.get(vowels)?.has(final)) return false;
  if (STOP_FINALS.has(final) && tone !== 2 && tone !== 5) return false;
  const first = vowels[0]!;
  if ((onset === 'k' || onset === 'gh' || onset === 'ngh') && !FRONT.has(first)) return false;
  if ((onset === 'c' || onset === 'ng') && FRONT.has(first)) return false;
  if (onset === 'g' && (first === 'e' || first === 'ê')) return false;
  if (onset === 'qu' && (first === 'u' || first === 'ư' || first === 'o')) return false;
  if (LABIALS.has(onset) && GLIDE.test(vowels)) return false;
  if (vowels.startsWith('yê') && onset !== '' && onset !== 'qu') return false;
  if (vowels.startsWith('iê') && onset === '') return false;
  return true;
}

// Frequent syllables of the reports this app reads: a small prior that breaks ties between
// decodings that are both spelled correctly (TCVN3 "Bộc Bố" and windows-1258 "Béc Bè" are the
// same bytes).
const COMMON = new Set(
  (
    'của và các có được trong là cho người những không với một đã này để năm đến từ khi theo ' +
    'nhiều về việc công huyện xã tỉnh thành phố đảng bộ chi ủy ban nhân dân thôn bản tổ đội ' +
    'đơn vị tiền triệu đồng ngày số lượng tiêu chí đạt hoàn phong trào thi đua khen thưởng ' +
    'giấy bằng thư cấp tập thể cá hình thức chỉ kinh tế hội nông mới xây dựng học làm tư ' +
    'tưởng đạo đức cách hồ minh cán đoàn viên thanh niên phụ nữ cựu chiến binh mặt trận quốc ' +
    'hộ gia đình báo cáo kết quả thực hiện nghị quyết chương trình kế hoạch tổng cộng giai ' +
    'đoạn hơn gần khoảng trên dưới đường giao thông trường điện nước sạch văn hóa hoá y môi ' +
    'an ninh phòng đất sản xuất thu nhập nghèo lao động hợp tác chức năng chuyên ngành cơ sở ' +
    'giáo dục trạm đầu hỗ trợ đóng góp phát triển nhà ở tỷ lệ tăng giảm so cùng kỳ bố mẹ ông ' +
    'bà sinh sống lý luận chính trị tuyên truyền vận kiểm tra giám sát phường trấn thị quận ' +
    'khu vực dự án vốn ngân sách nhà nước dân tộc miền núi biên giới'
  ).split(' '),
);

/** What `scoreVietnamese` found. */
export interface VietnameseScore {
  /** Higher reads more like Vietnamese: +2 a well-spelled word (+1 a frequent one), −3 a broken one. */
  score: number;
  /** Words with a non-ASCII letter that are well-spelled syllables, and words that are not. */
  valid: number;
  invalid: number;
  /** All words, ASCII ones included. */
  words: number;
}

/**
 * Scores a sample of decoded text. Pure-ASCII words say nothing about the code page and are
 * skipped; initialisms written with Đ (HĐND, BCĐ) are neither good nor bad.
 */
export function scoreVietnamese(text: string): VietnameseScore {
  const result: VietnameseScore = { score: 0, valid: 0, invalid: 0, words: 0 };
  const seen = new Map<string, number>();
  let start = -1;
  let nonAscii = false;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0x20;
    if (isWordCode(c)) {
      if (start < 0) start = i;
      if (c >= 0x80) nonAscii = true;
      continue;
    }
    if (start >= 0) result.words++;
    if (start >= 0 && nonAscii) {
      const word = text.slice(start, i);
      let points = seen.get(word);
      if (points === undefined) seen.set(word, (points = syllablePoints(word)));
      result.score += points;
      if (points > 0) result.valid++;
      else if (points < 0) result.invalid++;
    }
    start = -1;
    nonAscii = false;
  }
  return result;
}

/** A word's share of the score: 3 a frequent syllable, 2 another one, 0 an initialism with Đ, −3 broken. */
export function syllablePoints(word: string): number {
  if (isVietnameseSyllable(word)) return COMMON.has(word.toLowerCase()) ? 3 : 2;
  return /^[A-Za-zĐđ]{2,}$/.test(word) ? 0 : -3;
}

/**
 * Characters that belong to words when scoring: ASCII letters and anything non-ASCII but the
 * spaces and typographic punctuation (quotes, dashes, ellipsis, currency signs, degree sign).
 * Stray symbols such as ¸ « µ stay inside words on purpose: they are what a wrong decoding
 * leaves behind.
 */
function isWordCode(c: number): boolean {
  if (c < 0x80) return (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
  return c !== 0xa0 && c !== 0xb0 && !(c >= 0x2000 && c <= 0x20cf) && c !== 0x3000 && c !== 0xfeff;
}
