/**
 * Synthetic CSV files of every kind, for demos, tests and benchmarks: deterministic for a seed,
 * written the way Excel on a Vietnamese Windows writes them (UTF-8 BOM, `;`, CRLF, `1.250,5`,
 * Vietnamese headers), valid under docs/data-format.md (keys never repeat), and marked as sample data
 * in every row's `source`. Rows come out in chunks, so millions of them never sit in memory.
 */
import { FLAG_TICK, kindSpec, matchHeader, type Kind } from '../model/index.ts';
import {
  AWARD_LEVELS,
  DISTRICTS,
  INDICATORS,
  PROVINCES,
  PURPOSES,
  RECIPIENT_TYPES,
  SYLLABLES,
  UNIT_LEVELS,
  UNIT_PREFIXES,
} from './sample-words.ts';

/**
 * The `source` of every sample row: nobody may mistake it for real figures. Data, so always in
 * Vietnamese (the words of vi.ts 'sample.source'); the page shows it in the current language
 * (`dataText`). Written out here so the ingest worker, which warms up on sample files, needs no
 * message catalogue.
 */
export const SAMPLE_SOURCE = 'Dữ liệu mẫu (tổng hợp, không phải số liệu thật)'.normalize('NFC');

/** The shorter mark of a `compact` file (vi.ts 'sample.sourceShort'). Both begin with the words "Dữ liệu mẫu". */
export const SAMPLE_SOURCE_SHORT = 'Dữ liệu mẫu'.normalize('NFC');

/** What to generate. */
export interface SampleOptions {
  kind: Kind;
  /** Data rows (the header comes on top). */
  rows: number;
  /** Same seed, same bytes. Default 1. */
  seed?: number;
  /** `;` as Excel writes on a Vietnamese Windows (default), or `,`. */
  delimiter?: ';' | ',';
  /** Start with a UTF-8 byte order mark, as Excel does (default true). */
  bom?: boolean;
  /**
   * Only the kind's required columns and `source` (marked SAMPLE_SOURCE_SHORT): smaller files for
   * benchmarks (a million contributions in about 80 MB).
   */
  compact?: boolean;
  /**
   * One imaginary district, coherent across kinds (the app's "Tải dữ liệu mẫu"): criteria for
   * its communes, contributions to them, pledges, awards and targets of its units, and a
   * `units` file placing all of them in it. Without it, names spread over several real
   * districts and provinces and contributions over thousands of communes (benchmarks, tests).
   */
  district?: SampleDistrict;
}

/** The imaginary district of `SampleOptions.district`. */
export interface SampleDistrict {
  name: string;
  province: string;
  /** Its communes: criteria rows are `communes × 10` years. */
  communes: number;
}

/** A seeded pseudo-random generator (mulberry32): floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The sample file's text, chunk by chunk (about `rowsPerChunk` rows each; the first chunk holds
 * the BOM and the header).
 * @example for (const chunk of sampleChunks({ kind: 'contributions', rows: 1e6 })) out.write(chunk);
 */
export function* sampleChunks(options: SampleOptions, rowsPerChunk = 2000): Generator<string, void, undefined> {
  const delimiter = options.delimiter ?? ';';
  const random = mulberry32(options.seed ?? 1);
  const maker = MAKERS[options.kind](new Names(random, options.district?.communes ?? 0), random, options.district ?? null);
  const keep = options.compact ? compactColumns(options.kind, maker.header) : null;
  const line = (cells: readonly string[]) => cells.map((c) => csvField(c, delimiter)).join(delimiter) + '\r\n';
  const row = !keep
    ? maker.row
    : (i: number) => {
        const cells = maker.row(i);
        return keep.map((k, j) => (j === keep.length - 1 ? SAMPLE_SOURCE_SHORT : cells[k]!));
      };
  let chunk = ((options.bom ?? true) ? '\ufeff' : '') + line(keep ? keep.map((k) => maker.header[k]!) : maker.header);
  for (let i = 0; i < options.rows; i++) {
    chunk += line(row(i));
    if ((i + 1) % rowsPerChunk === 0) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}

/** The whole sample file as one string (for small files: the app's demo data, tests). */
export function sampleText(options: SampleOptions): string {
  return [...sampleChunks(options)].join('');
}

/** Formats a number the Vietnamese way: `1.250,5` (thousands dots, decimal comma, no trailing zeros). */
export function formatViNumber(value: number, decimals = 0): string {
  const scale = 10 ** decimals;
  const scaled = Math.round(Math.abs(value) * scale);
  const int = Math.floor(scaled / scale);
  const frac = String(scaled % scale)
    .padStart(decimals, '0')
    .replace(/0+$/, '');
  const digits = String(int);
  let grouped = '';
  for (let end = digits.length; end > 0; end -= 3) grouped = digits.slice(Math.max(0, end - 3), end) + (grouped ? '.' + grouped : '');
  return (value < 0 ? '-' : '') + grouped + (frac ? ',' + frac : '');
}

/** The columns a compact file keeps: required ones, keys and a kind's `oneOf`, then `source`. */
function compactColumns(kind: Kind, header: readonly string[]): number[] {
  const spec = kindSpec(kind);
  const match = matchHeader(header, spec);
  const wanted = spec.fields.filter((f) => f.required || spec.key.includes(f.name) || spec.oneOf?.includes(f.name));
  const keep = wanted.map((f) => match.fields.get(f.name)!);
  return [...keep.sort((a, b) => a - b), match.fields.get('source')!];
}

function csvField(value: string, delimiter: string): string {
  if (!value.includes(delimiter) && !value.includes('"') && !value.includes('\n') && !value.includes('\r')) return value;
  return `"${value.replace(/"/g, '""')}"`;
}

/** Names built from syllables by index, in an order shuffled by the seed: index → name is one-to-one. */
class Names {
  private readonly syllables: string[];
  /**
   * @param communes Place names kept for communes (`place(0…communes − 1)`): a unit's place
   *   comes after them, so no unit is named like a commune ("Đảng bộ xã X" is found as X).
   */
  constructor(
    random: () => number,
    private readonly communes = 0,
  ) {
    this.syllables = [...SYLLABLES];
    for (let i = this.syllables.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [this.syllables[i], this.syllables[j]] = [this.syllables[j]!, this.syllables[i]!];
    }
  }
  /**
   * A place name of two syllables (no syllable twice in a row), three once those run out, and so
   * on. A multiplier prime to every block size scatters neighbouring indices across the names.
   */
  place(k: number): string {
    const s = this.syllables.length;
    let length = 2;
    let size = s * (s - 1);
    while (k >= size) {
      k -= size;
      length++;
      size *= s - 1;
    }
    k = (k * SCATTER) % size;
    let last = k % s;
    const parts = [this.syllables[last]!];
    k = Math.floor(k / s);
    for (let i = 1; i < length; i++) {
      last = (last + 1 + (k % (s - 1))) % s;
      parts.push(this.syllables[last]!);
      k = Math.floor(k / (s - 1));
    }
    return parts.join(' ');
  }
  /** A unit: a kind of unit, then a place ("Chi bộ thôn Nà Pài"). */
  unit(u: number): string {
    return `${UNIT_PREFIXES[u % UNIT_PREFIXES.length]!} ${this.place(this.communes + Math.floor(u / UNIT_PREFIXES.length))}`;
  }
}

/** A prime larger than the syllable count, so prime to every block size s·(s−1)^n. */
const SCATTER = 7919;

/** A kind's header and its rows: `row(i)` is called for i = 0, 1, 2 … in order. */
interface RowMaker {
  header: readonly string[];
  row(i: number): string[];
}

const YEARS = 10; // 2016–2025
const FIRST_YEAR = 2016;
/** Communes the contributions go to (a realistic number of groups for the charts). */
const BENEFICIARIES = 3000;
/** Communes each unit supports. */
const SUPPORTED = 20;

const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const between = (random: () => number, min: number, max: number) => min + Math.floor(random() * (max - min + 1));

/** A qualifier word before a value, now and then ("hơn 57", "gần 1.000"). */
function qualified(random: () => number, text: string, share: number, words = ['hơn ', 'gần ', 'khoảng ', 'trên ']): string {
  return random() < share ? pick(random, words) + text : text;
}

/** The district and province columns of the `i`th commune or unit: the sample district's, or spread over real ones. */
function areaOf(scope: SampleDistrict | null, i: number): [district: string, province: string] {
  return scope ? [scope.name, scope.province] : [DISTRICTS[i % DISTRICTS.length]!, PROVINCES[i % PROVINCES.length]!];
}

/** The level the sample district's units are listed at: below its communes. */
const UNIT_LEVEL = 'cơ sở'.normalize('NFC');

const MAKERS: Record<Kind, (names: Names, random: () => number, scope: SampleDistrict | null) => RowMaker> = {
  criteria: (names, random, scope) => {
    const flags = Array.from({ length: 19 }, (_, i) => `TC${i + 1}`);
    let met = 0;
    let offset = 0;
    return {
      header: ['Xã', 'Năm', 'Số tiêu chí đạt', 'Tổng số tiêu chí', ...flags, 'Huyện', 'Tỉnh', 'Nguồn'],
      row(i) {
        const commune = Math.floor(i / YEARS);
        if (i % YEARS === 0) {
          met = between(random, 2, 10);
          offset = between(random, 0, 18);
        } else met = Math.min(19, met + between(random, 0, 2));
        const cells = Array.from({ length: 19 }, (_, j) => ((j + offset) % 19 < met ? FLAG_TICK : ''));
        return [
          names.place(commune),
          String(FIRST_YEAR + (i % YEARS)),
          String(met),
          '19',
          ...cells,
          ...areaOf(scope, commune),
          SAMPLE_SOURCE,
        ];
      },
    };
  },
  pledges: (names, random, scope) => ({
    header: ['Đơn vị', 'Năm', 'Số lượt cam kết', 'Huyện', 'Tỉnh', 'Nguồn'],
    row(i) {
      const unit = Math.floor(i / YEARS);
      return [
        names.unit(unit),
        String(FIRST_YEAR + (i % YEARS)),
        qualified(random, formatViNumber(between(random, 20, 20000)), 0.03, ['hơn ']),
        ...areaOf(scope, unit),
        SAMPLE_SOURCE,
      ];
    },
  }),
  contributions: (names, random, scope) => {
    // In the sample district, each unit helps some of its communes (all different: step 1).
    const supported = scope ? Math.min(SUPPORTED, 3, scope.communes) : SUPPORTED;
    return {
      header: [
        'Đơn vị',
        'Xã được hỗ trợ',
        'Năm',
        'Số tiền (triệu đồng)',
        'Ngày công',
        'Mục đích',
        'Khối lượng',
        'Đơn vị khối lượng',
        'Nguồn',
      ],
      row(i) {
        const pair = Math.floor(i / YEARS);
        const unit = Math.floor(pair / supported);
        // 101 is prime to BENEFICIARIES, so a unit's SUPPORTED communes are all different.
        const commune = scope ? (unit * 7 + (pair % supported)) % scope.communes : (unit * 37 + (pair % SUPPORTED) * 101) % BENEFICIARIES;
        const r = random();
        const hasMoney = r >= 0.1;
        const hasDays = r < 0.85;
        const purpose = pick(random, PURPOSES);
        const road = purpose === PURPOSES[0] && random() < 0.3;
        return [
          names.unit(unit),
          names.place(commune),
          String(FIRST_YEAR + (i % YEARS)),
          hasMoney ? money(random) : '',
          hasDays ? workdays(random) : '',
          purpose,
          road ? qualified(random, formatViNumber(between(random, 5, 80) / 10, 1), 0.3, ['hơn ']) : '',
          road ? 'km' : '',
          SAMPLE_SOURCE,
        ];
      },
    };
  },
  awards: (names, random) => ({
    header: ['Năm', 'Cấp khen', 'Đối tượng', 'Số lượng', 'Hình thức', 'Đơn vị', 'Nguồn'],
    row(i) {
      // Innermost first: year, level, recipient type, form; then the unit.
      let r = i;
      const year = r % YEARS;
      r = Math.floor(r / YEARS);
      const level = AWARD_LEVELS[r % AWARD_LEVELS.length]!;
      r = Math.floor(r / AWARD_LEVELS.length);
      const type = RECIPIENT_TYPES[r % RECIPIENT_TYPES.length]!;
      r = Math.floor(r / RECIPIENT_TYPES.length);
      const form = level.forms[r % level.forms.length]!;
      const unit = Math.floor(r / level.forms.length);
      const count = qualified(random, String(between(random, 1, type === RECIPIENT_TYPES[0] ? 12 : 60)), 0.03, ['gần ', 'hơn ']);
      return [String(FIRST_YEAR + year), level.level, type, count, form, names.unit(unit), SAMPLE_SOURCE];
    },
  }),
  targets: (names, random) => ({
    header: ['Đơn vị', 'Năm', 'Số chỉ tiêu đạt', 'Tổng số chỉ tiêu', 'Nguồn'],
    row(i) {
      const total = between(random, 15, 40);
      const met = between(random, Math.floor(total / 2), total);
      return [names.unit(Math.floor(i / YEARS)), String(FIRST_YEAR + (i % YEARS)), String(met), String(total), SAMPLE_SOURCE];
    },
  }),
  indicators: (names, random) => ({
    header: ['Đơn vị', 'Năm', 'Chỉ tiêu', 'Giá trị', 'Đơn vị tính', 'Nguồn'],
    row(i) {
      const indicator = INDICATORS[i % INDICATORS.length]!;
      const rest = Math.floor(i / INDICATORS.length);
      const value = indicator.decimals ? formatViNumber(random() * indicator.max, 1) : String(between(random, 0, indicator.max));
      return [
        names.unit(Math.floor(rest / YEARS)),
        String(FIRST_YEAR + (rest % YEARS)),
        indicator.name,
        qualified(random, value, 0.04, ['hơn ', 'khoảng ', 'gần ']),
        indicator.uom,
        SAMPLE_SOURCE,
      ];
    },
  }),
  units: (names, random, scope) => ({
    header: ['Tên', 'Cấp', 'Trực thuộc', 'Mã', 'Hiệu lực đến', 'Đơn vị kế thừa', 'Nguồn'],
    row: scope
      ? districtUnits(names, scope)
      : (i) => {
          const merged = random() < 0.3;
          return [
            names.place(i),
            pick(random, UNIT_LEVELS),
            DISTRICTS[i % DISTRICTS.length]!,
            String(1000 + i * 3).padStart(5, '0'),
            merged ? '2025-06-30' : '',
            merged ? names.place(Math.floor(i / 4) * 4) : '',
            SAMPLE_SOURCE,
          ];
        },
  }),
};

/**
 * The sample district's `units` rows: its province, itself, its communes, then its units (as
 * many as asked for: every unit the other kinds name, by index), none merged.
 */
function districtUnits(names: Names, scope: SampleDistrict): (i: number) => string[] {
  const row = (name: string, level: string, parent: string) => [name, level, parent, '', '', '', SAMPLE_SOURCE];
  return (i) => {
    if (i === 0) return row(scope.province, 'tỉnh'.normalize('NFC'), '');
    if (i === 1) return row(scope.name, 'huyện'.normalize('NFC'), scope.province);
    const k = i - 2;
    if (k < scope.communes) return row(names.place(k), 'xã'.normalize('NFC'), scope.name);
    return row(names.unit(k - scope.communes), UNIT_LEVEL, scope.name);
  };
}

/** A contribution in million đồng: mostly plain, some with decimals, a qualifier or a unit in the cell. */
function money(random: () => number): string {
  const value = Math.exp(random() * Math.log(5000)); // 1 to 5,000 million, most of them small
  const r = random();
  if (r < 0.02 && value >= 1000) return `${formatViNumber(value / 1000, 3)} tỷ`;
  if (r < 0.05) return `${formatViNumber(value)} triệu`;
  return qualified(random, formatViNumber(value, r < 0.45 ? 1 : 0), 0.06);
}

/** Workdays: whole days, now and then "gần 1.000" or "103 ngày công". */
function workdays(random: () => number): string {
  const days = between(random, 1, 1500);
  if (random() < 0.05) return `${formatViNumber(days)} ngày công`;
  return qualified(random, formatViNumber(days), 0.04, ['gần ', 'hơn ']);
}
