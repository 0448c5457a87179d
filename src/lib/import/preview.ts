/**
 * The first records of a table as they would be imported, as text cells for the preview:
 * canonical columns in schema order (the 19 criterion flags left out) named in the user's
 * language, numbers with their qualifier in words, years and periods as people write them.
 */
import { rowAt, type RecordTable, kindSpec, type Qualifier } from '../model/index.ts';
import { fieldLabel, formatPlain, formatQualified, type Lang } from '../i18n/index.ts';

/** The preview: column headers, then rows of cells, each row with its line in the file. */
export interface Preview {
  headers: string[];
  rows: { line: number; cells: string[] }[];
}

/** How many records the preview shows. */
export const PREVIEW_ROWS = 10;

/** The first `count` records of `table`, as text in `lang`. */
export function previewOf(table: RecordTable, lang: Lang, count = PREVIEW_ROWS): Preview {
  const fields = kindSpec(table.kind).fields.filter((f) => f.type !== 'flag' && table.columns[f.name]);
  const rows = [];
  for (let i = 0; i < Math.min(count, table.length); i++) {
    const row = rowAt(table, i);
    const cells = fields.map((f) => {
      const v = row[f.name];
      if (v === undefined) return '';
      if (typeof v === 'number' && f.type === 'number')
        return formatQualified(v, (row[`${f.name}_qualifier`] as Qualifier | undefined) ?? null, lang);
      if (typeof v === 'number') return formatPlain(v, lang);
      return String(v);
    });
    rows.push({ line: row.line, cells });
  }
  return { headers: fields.map((f) => fieldLabel(f, lang)), rows };
}
