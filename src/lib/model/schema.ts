/**
 * The seven kinds of table (docs/data-format.md §1–2): their fields, Vietnamese header aliases,
 * keys and value rules; and how a header row is matched to a kind.
 */
import { foldKey } from './normalize.ts';
import type { NumberSpec } from './numbers.ts';
import type { Kind } from './types.ts';

/** How a field's cells are read. */
export type FieldType = 'text' | 'year' | 'number' | 'flag';

/** One field of a kind. */
export interface FieldSpec {
  name: string;
  type: FieldType;
  required: boolean;
  /** Header names besides the canonical one (matched folded: no case, no diacritics). */
  aliases: readonly string[];
  /** For numbers: what the column accepts. */
  number?: NumberSpec;
  /** For text with a closed list of values (folded value → canonical spelling). */
  allowed?: readonly string[];
  /** The value used when the column is absent from the file. */
  defaultValue?: number;
  /** Free text whose line breaks are data (a note over several lines); other text folds them to spaces. */
  multiline?: boolean;
}

/** One kind of table. */
export interface KindSpec {
  kind: Kind;
  fields: readonly FieldSpec[];
  /** Fields that together must be unique. */
  key: readonly string[];
  /** At least one of these must hold a value in every row (contributions: money or workdays). */
  oneOf?: readonly string[];
}

const MONEY_UNITS = {
  trieu: 0,
  'trieu dong': 0,
  tr: 0,
  'tr.d': 0,
  trd: 0,
  'tr. d': 0,
  'tr d': 0,
  ty: 3,
  'ty dong': 3,
  nghin: -3,
  'nghin dong': -3,
  'ngan dong': -3,
  dong: -6,
  vnd: -6,
  d: -6,
};
const WORKDAY_UNITS = { 'ngay cong': 0, ngay: 0, cong: 0 };

const count = (units: Record<string, number> = {}): NumberSpec => ({ integer: true, negative: false, units });
const decimal = (units: Record<string, number> = {}, negative = false): NumberSpec => ({ integer: false, negative, units });

const text = (name: string, required: boolean, aliases: readonly string[] = []): FieldSpec => ({ name, type: 'text', required, aliases });
const year: FieldSpec = { name: 'year', type: 'year', required: true, aliases: ['năm', 'năm báo cáo', 'giai đoạn', 'thời gian'] };
const freeText = (name: string, aliases: readonly string[]): FieldSpec => ({ ...text(name, false, aliases), multiline: true });
const source = freeText('source', ['nguồn', 'nguồn số liệu']);
const note = freeText('note', ['ghi chú', 'ghi_chu', 'ghi chu']);
const unit = text('unit', true, ['đơn vị', 'tên đơn vị', 'tổ chức', 'chi bộ/đảng bộ', 'chi bộ', 'đảng bộ', 'tên tổ chức']);
const district = text('district', false, ['huyện', 'quận/huyện']);
const province = text('province', false, ['tỉnh', 'tỉnh/thành phố']);

const criterionFlags: FieldSpec[] = Array.from({ length: 19 }, (_, i) => {
  const n = String(i + 1).padStart(2, '0');
  return { name: `tc${n}`, type: 'flag', required: false, aliases: [`tc${i + 1}`, `tiêu chí ${i + 1}`, `tiêu chí ${n}`] };
});

/** Every kind, in the order they are tried when recognising a header. */
export const KINDS: readonly KindSpec[] = [
  {
    kind: 'criteria',
    key: ['commune', 'year'],
    fields: [
      text('commune', true, ['xã', 'tên xã', 'xã/phường/thị trấn', 'xã, phường, thị trấn']),
      year,
      {
        name: 'criteria_met',
        type: 'number',
        required: true,
        aliases: ['số tiêu chí đạt', 'tiêu chí đạt', 'số tiêu chí đã đạt'],
        number: count({ 'tieu chi': 0 }),
      },
      {
        name: 'criteria_total',
        type: 'number',
        required: false,
        aliases: ['tổng số tiêu chí', 'tổng tiêu chí'],
        number: count({ 'tieu chi': 0 }),
        defaultValue: 19,
      },
      // The set the year was scored against ("2021–2025", "QĐ 51/2025/QĐ-TTg"): charts mark where it changes.
      text('criteria_set', false, ['bộ tiêu chí', 'bộ tiêu chí áp dụng']),
      ...criterionFlags,
      district,
      province,
      source,
      note,
    ],
  },
  {
    kind: 'pledges',
    key: ['unit', 'year'],
    fields: [
      unit,
      year,
      {
        name: 'pledges',
        type: 'number',
        required: true,
        aliases: ['số lượt cam kết', 'lượt cam kết', 'số lượt đăng ký', 'số bản cam kết', 'cam kết'],
        number: count({ luot: 0, ban: 0 }),
      },
      district,
      province,
      source,
      note,
    ],
  },
  {
    kind: 'contributions',
    key: ['unit', 'beneficiary_commune', 'year'],
    oneOf: ['money_million_vnd', 'workdays'],
    fields: [
      unit,
      text('beneficiary_commune', true, ['xã được hỗ trợ', 'xã hưởng lợi', 'nơi nhận', 'xã nhận hỗ trợ']),
      year,
      {
        name: 'money_million_vnd',
        type: 'number',
        required: false,
        aliases: ['số tiền', 'tiền', 'kinh phí', 'số tiền đóng góp'],
        number: decimal(MONEY_UNITS),
      },
      { name: 'workdays', type: 'number', required: false, aliases: ['ngày công', 'số ngày công'], number: decimal(WORKDAY_UNITS) },
      freeText('purpose', ['mục đích', 'nội dung']),
      {
        name: 'quantity',
        type: 'number',
        required: false,
        aliases: ['khối lượng'],
        number: decimal({ km: 0, m: 0, cai: 0, 'cong trinh': 0 }),
      },
      text('quantity_uom', false, ['đơn vị khối lượng', 'đvt khối lượng']),
      source,
      note,
    ],
  },
  {
    kind: 'awards',
    key: ['year', 'level', 'recipient_type', 'form', 'unit'],
    fields: [
      year,
      { ...text('level', true, ['cấp', 'cấp khen']), allowed: ['trung ương', 'tỉnh', 'huyện', 'xã/cơ sở'] },
      { ...text('recipient_type', true, ['đối tượng', 'loại', 'loại (tập thể/cá nhân)']), allowed: ['tập thể', 'cá nhân'] },
      {
        name: 'count',
        type: 'number',
        required: true,
        aliases: ['số lượng', 'số lượt'],
        number: count({ 'tap the': 0, 'ca nhan': 0, luot: 0 }),
      },
      text('form', false, ['hình thức', 'hình thức khen']),
      { ...unit, required: false },
      source,
      note,
    ],
  },
  {
    kind: 'targets',
    key: ['unit', 'year'],
    fields: [
      unit,
      year,
      {
        name: 'targets_met',
        type: 'number',
        required: true,
        aliases: ['số chỉ tiêu đạt', 'chỉ tiêu đạt'],
        number: count({ 'chi tieu': 0 }),
      },
      {
        name: 'targets_total',
        type: 'number',
        required: true,
        aliases: ['tổng số chỉ tiêu', 'tổng chỉ tiêu'],
        number: count({ 'chi tieu': 0 }),
      },
      source,
      note,
    ],
  },
  {
    kind: 'indicators',
    key: ['unit', 'year', 'indicator'],
    fields: [
      unit,
      year,
      text('indicator', true, ['chỉ tiêu', 'tên chỉ tiêu']),
      // Units here are the row's own `uom`, checked by the validator.
      { name: 'value', type: 'number', required: true, aliases: ['giá trị', 'số liệu'], number: decimal({ '%': 0 }, true) },
      text('uom', false, ['đơn vị tính', 'đvt']),
      source,
      note,
    ],
  },
  {
    kind: 'units',
    key: ['name', 'parent'],
    fields: [
      text('name', true, ['tên', 'tên đơn vị', 'đơn vị']),
      text('level', false, ['cấp']),
      text('parent', false, ['trực thuộc', 'đơn vị cấp trên', 'cấp trên']),
      text('code', false, ['mã', 'mã đơn vị', 'mã số']),
      text('valid_to', false, ['hiệu lực đến', 'đến ngày']),
      text('successor', false, ['đơn vị kế thừa', 'sáp nhập vào']),
      source,
      note,
    ],
  },
];

/** The spec of a kind. */
export function kindSpec(kind: Kind): KindSpec {
  return KINDS.find((k) => k.kind === kind)!;
}

/** Columns only a list of units has. */
const UNITS_DETAIL = ['level', 'parent', 'code', 'valid_to', 'successor'];

/**
 * Folded header names that are never data: a row number (STT), and the "Lỗi" column the app
 * adds to the excluded-rows download, so a fixed file imports again as it is.
 */
const IGNORED_HEADERS = new Set(['stt', 'so tt', 'so thu tu', 'tt', 'loi']);

/** How a header row maps onto one kind. */
export interface HeaderMatch {
  kind: Kind;
  /** Field name → column index. */
  fields: Map<string, number>;
  /** Required fields the header lacks. */
  missing: string[];
  /** A field named by two columns: [field, first column, second column]. */
  duplicates: [string, number, number][];
  /** Columns kept as extra columns (index → header as written). */
  extras: Map<number, string>;
  /** Columns ignored (STT, Lỗi). */
  ignored: number[];
}

/** Matches a header row's cells against one kind. */
export function matchHeader(cells: readonly string[], spec: KindSpec): HeaderMatch {
  const byName = aliasIndex(spec);
  const fields = new Map<string, number>();
  const duplicates: [string, number, number][] = [];
  const extras = new Map<number, string>();
  const ignored: number[] = [];
  cells.forEach((cell, i) => {
    const folded = foldKey(cell);
    if (folded === '') return;
    if (IGNORED_HEADERS.has(folded)) return void ignored.push(i);
    const field = byName.get(folded);
    if (!field) return void extras.set(i, cell.trim());
    const first = fields.get(field);
    if (first === undefined) fields.set(field, i);
    else duplicates.push([field, first, i]);
  });
  const missing = spec.fields.filter((f) => f.required && !fields.has(f.name)).map((f) => f.name);
  if (spec.oneOf && !spec.oneOf.some((f) => fields.has(f))) missing.push(spec.oneOf.join(' | '));
  return { kind: spec.kind, fields, missing, duplicates, extras, ignored };
}

const aliasCache = new Map<Kind, Map<string, string>>();

/** Folded canonical names and aliases → field name, per kind. */
function aliasIndex(spec: KindSpec): Map<string, string> {
  let index = aliasCache.get(spec.kind);
  if (!index) {
    index = new Map();
    for (const f of spec.fields) {
      for (const name of [f.name, ...f.aliases]) index.set(foldKey(name), f.name);
    }
    aliasCache.set(spec.kind, index);
  }
  return index;
}

/**
 * The kind a header row belongs to: the kind whose required columns are all there, with the
 * most columns matched; null when none fits.
 */
export function recogniseKind(cells: readonly string[]): HeaderMatch | null {
  let best: HeaderMatch | null = null;
  for (const spec of KINDS) {
    const m = matchHeader(cells, spec);
    if (m.missing.length) continue;
    // "Đơn vị" alone would make any table a list of units: ask for one more units column.
    if (spec.kind === 'units' && !UNITS_DETAIL.some((f) => m.fields.has(f))) continue;
    if (!best || m.fields.size > best.fields.size) best = m;
  }
  return best;
}

/** The kind that comes closest (fewest required columns missing), to explain a refusal. */
export function closestKind(cells: readonly string[]): HeaderMatch {
  const score = (m: HeaderMatch) => {
    const bareUnits = m.kind === 'units' && !UNITS_DETAIL.some((f) => m.fields.has(f));
    return m.fields.size * 2 - (m.missing.length + (bareUnits ? 1 : 0)) * 3;
  };
  let best: HeaderMatch | null = null;
  for (const spec of KINDS) {
    const m = matchHeader(cells, spec);
    if (!best || score(m) > score(best)) best = m;
  }
  return best!;
}
