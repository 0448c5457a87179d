/**
 * A blank CSV to fill in for each kind (Vietnamese headers, one worked example row from the
 * seed report), and the column-by-column help shown beside it. The words of the help live
 * in `i18n/help-vi.ts` and `i18n/help-en.ts`; this file only arranges them.
 */
import { toCsv, type CsvCell, qualifiedText } from '../export/index.ts';
import type { Lang } from '../i18n/index.ts';
// By file, not through the i18n index: the help texts then travel with the Templates page only.
import { helpEn } from '../i18n/help-en.ts';
import { helpVi, type FieldHelp, type HelpText } from '../i18n/help-vi.ts';
import { kindSpec, type FieldSpec, type Kind, type Qualifier, viHeader } from '../model/index.ts';

/** A record as `rowAt` gives it, without `line`: canonical names, `<field>_qualifier`. */
export type TemplateExample = Readonly<Record<string, string | number>>;

const SOURCE = 'Báo cáo Huyện ủy Pác Nặm 2021';

// Figures of the Pác Nặm report as data/*.csv carries them (data/README.md says where each comes
// from; the units from the 2025 merger plan).
const EXAMPLES: Record<Kind, TemplateExample> = {
  criteria: {
    commune: 'Bộc Bố',
    year: 2018,
    criteria_met: 16,
    criteria_total: 19,
    district: 'Pác Nặm',
    province: 'Bắc Kạn',
    source: SOURCE,
    note: 'Xã điểm NTM',
  },
  pledges: { unit: 'Huyện Pác Nặm', year: '2016-2021', pledges: 15486, district: 'Pác Nặm', province: 'Bắc Kạn', source: SOURCE },
  contributions: {
    unit: 'Chi bộ Văn phòng Huyện ủy',
    beneficiary_commune: 'Giáo Hiệu',
    year: '2016-2021',
    money_million_vnd: 57,
    money_million_vnd_qualifier: 'gt',
    workdays: 103,
    purpose: 'Làm đường giao thông nông thôn',
    source: SOURCE,
  },
  awards: {
    year: '2016-2021',
    level: 'tỉnh',
    recipient_type: 'cá nhân',
    count: 2,
    form: 'Thư khen của Bí thư Tỉnh ủy',
    unit: 'Huyện Pác Nặm',
    source: SOURCE,
  },
  targets: { unit: 'Huyện Pác Nặm', year: 2018, targets_met: 26, targets_total: 33, source: SOURCE },
  indicators: {
    unit: 'Huyện Pác Nặm',
    year: 2018,
    indicator: 'Xã điểm xây dựng nông thôn mới',
    value: 2,
    uom: 'xã',
    source: SOURCE,
    note: 'Bộc Bố, Giáo Hiệu',
  },
  units: { name: 'Bộc Bố', level: 'xã', parent: 'Pác Nặm', code: '01864', valid_to: '2025-06-30', successor: 'Bằng Thành', source: SOURCE },
};

// The 19 criterion flags would bury the template under empty columns: the help names them.
const isFlag = (f: FieldSpec) => f.type === 'flag';

/** The fields a template has, in schema order. */
export function templateFields(kind: Kind): FieldSpec[] {
  return kindSpec(kind).fields.filter((f) => !isFlag(f));
}

/** The worked example of a kind, as the record it must read back as. */
export function templateExample(kind: Kind): TemplateExample {
  return EXAMPLES[kind];
}

/** One example cell written as a person writes it ("hơn 57", "15.486"). */
function exampleCell(example: TemplateExample, f: FieldSpec): string {
  const v = example[f.name];
  if (v === undefined) return '';
  if (f.type === 'number' && typeof v === 'number')
    return qualifiedText(v, (example[`${f.name}_qualifier`] as Qualifier | undefined) ?? null);
  return String(v);
}

/** The template CSV of a kind: BOM, Vietnamese headers, the example row. */
export function templateCsv(kind: Kind): string {
  const fields = templateFields(kind);
  const row: CsvCell[] = fields.map((f) => exampleCell(EXAMPLES[kind], f) || null);
  return toCsv(fields.map(viHeader), [row]);
}

const FILE_NAMES: Record<Kind, string> = {
  criteria: 'mau-tieu-chi-nong-thon-moi.csv',
  pledges: 'mau-cam-ket.csv',
  contributions: 'mau-dong-gop.csv',
  awards: 'mau-khen-thuong.csv',
  targets: 'mau-chi-tieu-kinh-te-xa-hoi.csv',
  indicators: 'mau-chi-tieu-khac.csv',
  units: 'mau-danh-muc-don-vi.csv',
};

/** The file name to download a kind's template as. */
export function templateFileName(kind: Kind): string {
  return FILE_NAMES[kind];
}

/** Whether a column must be filled. */
export type Requirement = 'required' | 'optional' | 'one-of';

/** The help for one column of a template. */
export interface ColumnHelp {
  /** The header as the template writes it. */
  header: string;
  /** The canonical name (also accepted as a header). */
  field: string;
  requirement: Requirement;
  /** The requirement in words. */
  requirementText: string;
  /** What the column holds. */
  holds: string;
  /** Allowed values, units and qualifiers ('' when anything goes). */
  allowed: string;
  /** The cell of the worked example ('' when it leaves this column empty). */
  example: string;
}

/** The help for one kind's template. */
export interface TemplateHelp {
  kind: Kind;
  title: string;
  summary: string;
  fileName: string;
  columns: ColumnHelp[];
  /** Help for the 19 criterion flags, which the template leaves out (criteria only). */
  flags: FieldHelp | null;
}

/** The column-by-column help of a kind's template, in the user's language. */
export function templateHelp(kind: Kind, lang: Lang): TemplateHelp {
  const text: HelpText = lang === 'vi' ? helpVi : helpEn;
  const spec = kindSpec(kind);
  const columns = templateFields(kind).map((f): ColumnHelp => {
    const requirement: Requirement = f.required ? 'required' : spec.oneOf?.includes(f.name) ? 'one-of' : 'optional';
    const words = fieldHelp(text, kind, f.name);
    return {
      header: viHeader(f),
      field: f.name,
      requirement,
      requirementText: text.requirement[requirement],
      holds: words.holds,
      allowed: words.allowed,
      example: exampleCell(EXAMPLES[kind], f),
    };
  });
  return { kind, ...text.kinds[kind], fileName: FILE_NAMES[kind], columns, flags: kind === 'criteria' ? text.flags : null };
}

/** A field's words: the kind's own where a name means something else there (level, unit). */
function fieldHelp(text: HelpText, kind: Kind, field: string): FieldHelp {
  const own = (text.byKind as Partial<Record<Kind, Record<string, FieldHelp>>>)[kind]?.[field];
  return own ?? (text.fields as Record<string, FieldHelp>)[field] ?? { holds: '', allowed: '' };
}
