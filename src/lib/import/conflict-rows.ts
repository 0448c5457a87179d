/**
 * The duplicate-key panel in words: for each key found in two files, which file holds which
 * row (name and line) and what each row says in its value columns, qualifier included, so
 * that an analyst can decide which file is right. Plain TypeScript.
 */
import { conflictValues, type ConflictCell } from '../combine/index.ts';
import { kindSpec } from '../model/index.ts';
import { dataText, fieldLabel, formatPlain, formatQualified, kindName, translate, type Lang } from '../i18n/index.ts';
import type { NamedConflict } from '../state/index.ts';

/** One side of a conflict: the file, the line, and the row's values as "label: value" pairs. */
export interface ConflictSide {
  file: string;
  line: string;
  values: { label: string; text: string; differs: boolean }[];
}

/** One key found in two files, as the panel shows it. */
export interface ConflictRow {
  key: string;
  kind: string;
  /** [the row used, the row left out]. */
  sides: [ConflictSide, ConflictSide];
  /** Both rows say the same: nothing is lost whichever is kept. */
  same: boolean;
}

/** A cell as text in `lang` ("hơn 57", "Làm đường"); "—" when empty. */
function cellText(cell: ConflictCell | null, lang: Lang): string {
  if (!cell) return translate(lang, 'format.missing');
  return 'text' in cell ? cell.text : formatQualified(cell.number, cell.qualifier, lang);
}

/** The conflicts in words, in `lang`; each row's values read from its table only here. */
export function conflictRows(conflicts: readonly NamedConflict[], lang: Lang): ConflictRow[] {
  return conflicts.map((c) => {
    const fields = kindSpec(c.kind).fields;
    const values = conflictValues(c.kind, c.tables, c.rows).map((v) => {
      const field = fields.find((f) => f.name === v.field)!;
      const texts = v.cells.map((cell) => cellText(cell, lang));
      return { label: fieldLabel(field, lang), texts, differs: texts[0] !== texts[1] };
    });
    const side = (i: 0 | 1): ConflictSide => ({
      file: dataText(c.names[i], lang),
      line: formatPlain(c.lines[i], lang),
      values: values.map((v) => ({ label: v.label, text: v.texts[i]!, differs: v.differs })),
    });
    return { key: c.key, kind: kindName(c.kind, lang), sides: [side(0), side(1)], same: values.every((v) => !v.differs) };
  });
}
