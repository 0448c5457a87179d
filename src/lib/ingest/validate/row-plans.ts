/**
 * How the validator reads each field present in a file: its column, how its cells are read
 * (text, year, flag, number), and the memo of its distinct cells.
 */
import { NumberCells, TextCells } from './cell-cache.ts';
import { headerUnit, type NumberSpec, type FieldSpec, type HeaderMatch, type NumberFormat } from '../../model/index.ts';
import type { TableBuilder, TextBuilder } from './table-builder.ts';

/** How a field's cells are read, as a small integer (the hot loop tests it for every cell). */
export const Reading = { Text: 0, Year: 1, Flag: 2, Number: 3 } as const;
export type Reading = (typeof Reading)[keyof typeof Reading];

/**
 * One field present in the file: where it is and how to read it. Every plan has every property
 * (null when unused), so the hot loop sees one object shape, not one per kind of field.
 */
export interface Plan {
  field: FieldSpec;
  name: string;
  reading: Reading;
  required: boolean;
  col: number;
  header: string;
  /** Text fields: the column's builder and its cleaned cells. */
  text: TextBuilder | null;
  texts: TextCells | null;
  /** Number fields: their readings, and the spec (an indicator's value takes its row's unit too). */
  numbers: NumberCells | null;
  spec: NumberSpec | null;
  rowUnit: boolean;
}

/** The plans of the fields of `match` present in the file, in schema order. */
export function planFields(
  init: { spec: { fields: readonly FieldSpec[] }; match: HeaderMatch; header: readonly string[]; format: NumberFormat },
  table: TableBuilder,
): Plan[] {
  const { spec, match, header } = init;
  return spec.fields
    .filter((f) => match.fields.has(f.name))
    .map((f): Plan => {
      const col = match.fields.get(f.name)!;
      const written = header[col]?.trim() ?? f.name;
      const text = f.type === 'text';
      // A unit in the header's brackets ("Số tiền (tỷ đồng)") scales the whole column.
      const unit = headerUnit(written);
      const scale = (unit !== null && f.number?.units[unit]) || 0;
      return {
        field: f,
        name: f.name,
        reading: text ? Reading.Text : f.type === 'year' ? Reading.Year : f.type === 'flag' ? Reading.Flag : Reading.Number,
        required: f.required,
        col,
        header: written,
        text: text ? table.text.get(f.name)! : null,
        texts: text ? new TextCells(f.allowed, f.multiline) : null,
        numbers: f.type === 'number' ? new NumberCells(init.format, scale) : null,
        spec: f.number ?? null,
        rowUnit: f.name === 'value' && match.fields.has('uom'),
      };
    });
}

/** Fields no row will set: absent from the file and without a default (a year is always set). */
export function unsetFields(spec: { fields: readonly FieldSpec[] }, match: HeaderMatch): Set<string> {
  return new Set(
    spec.fields.filter((f) => !match.fields.has(f.name) && f.defaultValue === undefined && f.type !== 'year').map((f) => f.name),
  );
}
