/**
 * Row validation (DATA-FORMAT.md §2–3): each data row's cells are read by its kind's rules;
 * a row with any problem is excluded and every problem listed; accepted rows go into columns.
 */
import { cleanText, foldDiacritics, headerUnit } from './normalize.ts';
import { parseViNumber, parseYear, type NumberSpec } from './numbers.ts';
import type { FieldSpec, HeaderMatch, KindSpec } from './schema.ts';
import { TableBuilder } from './table-builder.ts';
import { QUALIFIER_CODES, type RecordTable } from './records.ts';
import type { Delimiter, Notice, NumberFormat, Problem, Qualifier } from './types.ts';
import type { ExcludedRow } from './ingest.ts';

/** What the validator needs to know about the file. */
export interface ValidatorInit {
  spec: KindSpec;
  match: HeaderMatch;
  /** The header row as written. */
  header: readonly string[];
  format: NumberFormat;
  delimiter: Delimiter;
}

const TOTAL_ROW = /^(tong cong|tong|cong)\s*:?$/;
const FLAG_YES = new Set(['dat', 'x', '1', 'co', 'yes']);
const FLAG_NO = new Set(['chua dat', 'khong dat', '0', 'khong', 'no']);

/** A number read from a cell, before the row is committed. */
interface NumberCell {
  value: number;
  qualifier: Qualifier | null;
  plan: Plan;
  raw: string;
}

/** One field present in the file: where it is and how to read it. */
interface Plan {
  field: FieldSpec;
  col: number;
  header: string;
  /** Power of ten of the unit in the header's brackets: "Số tiền (tỷ đồng)" is 3 (thousand million). */
  scale: number;
  /** Raw cell → code, so each distinct text is cleaned once (a million rows repeat few names). */
  cache?: Map<string, string | null>;
}

/** Validates data rows one by one and collects accepted records, problems and notices. */
export class RowValidator {
  readonly problems: Problem[] = [];
  readonly notices: Notice[] = [];
  readonly excluded: ExcludedRow[] = [];
  private readonly table: TableBuilder;
  private readonly plans: Plan[];
  private readonly width: number;
  private readonly keys = new Map<string, number>();
  private readonly dupReported = new Set<number>();
  private blankLines: number[] = [];
  private thousandsDotLine: number | null = null;
  private thousandsDotValue = '';
  private readonly uomCol: number | undefined;

  constructor(private readonly init: ValidatorInit) {
    const { spec, match, header } = init;
    this.table = new TableBuilder(spec, [...match.extras.values()]);
    this.plans = spec.fields
      .filter((f) => match.fields.has(f.name))
      .map((f) => {
        const col = match.fields.get(f.name)!;
        const written = header[col]?.trim() ?? f.name;
        const unit = headerUnit(written);
        const scale = (unit !== null && f.number?.units[unit]) || 0;
        return { field: f, col, header: written, scale, cache: f.type === 'text' ? new Map() : undefined };
      });
    this.width = header.length;
    this.uomCol = match.fields.get('uom');
  }

  /** Validates one data row that starts on `line`. */
  row(cells: string[], line: number): void {
    if (isBlank(cells)) {
      this.blankLines.push(line);
      return;
    }
    const first = cells.find((c) => c.trim() !== '') ?? '';
    if (TOTAL_ROW.test(foldDiacritics(cleanText(first)))) {
      this.notices.push({ code: 'total-row-skipped', line, params: { value: cleanText(first) } });
      return;
    }
    if (cells.length !== this.width && !(cells.length > this.width && isBlank(cells.slice(this.width)))) {
      this.exclude(cells, line, [{ code: 'row-field-count', line, column: null, value: null, params: { found: cells.length, expected: this.width } }]);
      return;
    }
    this.readRow(cells, line);
  }

  private readRow(cells: string[], line: number): void {
    const errors: Problem[] = [];
    const texts: [string, string][] = [];
    const numbers = new Map<string, NumberCell>();
    let year: [number, number] = [0, 0];
    const problem = (p: Plan, code: Problem['code'], raw: string, params?: Problem['params']) =>
      errors.push({ code, line, column: p.header, value: raw, ...(params ? { params } : {}) });

    for (const p of this.plans) {
      const raw = cells[p.col] ?? '';
      const f = p.field;
      if (f.type === 'text') {
        const value = this.cleanCell(p, raw);
        if (value === null) problem(p, 'row-value-not-allowed', raw, { allowed: f.allowed!.join(', ') });
        else if (value === '' && f.required) problem(p, 'row-empty-required', raw);
        else if (value !== '') texts.push([f.name, value]);
        continue;
      }
      const value = raw.trim();
      if (value === '') {
        if (f.required) problem(p, 'row-empty-required', raw);
        continue;
      }
      if (f.type === 'year') {
        const y = parseYear(value);
        if (y.ok) year = [y.start, y.end];
        else problem(p, y.reason === 'range' ? 'row-year-range' : 'row-year-invalid', raw);
      } else if (f.type === 'flag') {
        const folded = foldDiacritics(cleanText(value));
        if (FLAG_YES.has(folded) || FLAG_NO.has(folded)) numbers.set(f.name, { value: FLAG_YES.has(folded) ? 1 : 0, qualifier: null, plan: p, raw });
        else problem(p, 'row-value-not-allowed', raw, { allowed: 'đạt, chưa đạt, x, 1, 0' });
      } else {
        const r = parseViNumber(value, this.init.format, this.numberSpec(f, cells), p.scale);
        if (!r.ok) {
          const code = r.reason === 'fraction' ? 'row-fraction-in-count' : r.reason === 'negative' ? 'row-negative' : 'row-not-number';
          problem(p, code, raw, r.reason === 'format' ? { format: this.init.format } : undefined);
          continue;
        }
        if (r.thousandsDot && this.thousandsDotLine === null) [this.thousandsDotLine, this.thousandsDotValue] = [line, value];
        numbers.set(f.name, { value: r.value, qualifier: r.qualifier, plan: p, raw });
      }
    }
    if (!errors.length) this.checkRanges(numbers, errors, line);
    if (errors.length) return this.exclude(cells, line, errors);

    // Every cell is good: commit the row to the columns.
    const row = this.table.addRow(line);
    for (const [name, value] of texts) this.table.text.get(name)!.set(row, value);
    for (const f of this.table.spec.fields) {
      const n = numbers.get(f.name);
      if (n) this.table.numbers.get(f.name)!.set(row, n.value, n.qualifier);
      else if (f.defaultValue !== undefined) this.table.numbers.get(f.name)!.set(row, f.defaultValue, null);
    }
    this.table.years.get('year')?.set(row, year[0], year[1]);
    for (const [col, name] of this.init.match.extras) {
      const v = cleanText(cells[col] ?? '');
      if (v !== '') this.table.extras.get(name)!.set(row, v);
    }
    this.checkKey(row, line, cells);
  }

  /** A text cell cleaned: '' when empty, null when not one of the allowed values. */
  private cleanCell(p: Plan, raw: string): string | null {
    let value = p.cache!.get(raw);
    if (value !== undefined) return value;
    value = cleanText(raw);
    if (value !== '' && p.field.allowed) {
      const folded = foldDiacritics(value);
      const hit = p.field.allowed.find((a) => foldDiacritics(a) === folded || foldDiacritics(a).split('/').includes(folded));
      value = hit ?? null;
    }
    p.cache!.set(raw, value);
    return value;
  }

  /** An indicator's value may carry its own unit (`hơn 2 km` with uom km). */
  private numberSpec(f: FieldSpec, cells: string[]): NumberSpec {
    const spec = f.number!;
    if (f.name !== 'value' || this.uomCol === undefined) return spec;
    const uom = foldDiacritics(cleanText(cells[this.uomCol] ?? ''));
    return uom ? { ...spec, units: { ...spec.units, [uom]: 0 } } : spec;
  }

  private checkRanges(numbers: Map<string, NumberCell>, errors: Problem[], line: number): void {
    for (const [met, total] of [['criteria_met', 'criteria_total'], ['targets_met', 'targets_total']] as const) {
      const t = numbers.get(total);
      const totalValue = t?.value ?? this.table.spec.fields.find((f) => f.name === total)?.defaultValue;
      if (t && t.value <= 0) {
        errors.push({ code: 'row-total-not-positive', line, column: t.plan.header, value: t.raw });
        continue;
      }
      const m = numbers.get(met);
      if (m && totalValue !== undefined && m.value > totalValue) {
        errors.push({ code: 'row-met-over-total', line, column: m.plan.header, value: m.raw, params: { total: totalValue } });
      }
    }
    const oneOf = this.table.spec.oneOf;
    if (oneOf && !oneOf.some((f) => numbers.has(f))) {
      const headers = this.plans.filter((p) => oneOf.includes(p.field.name)).map((p) => p.header).join(', ');
      errors.push({ code: 'row-one-of-required', line, column: headers, value: '' });
    }
  }

  /** Refuses both rows of a duplicate key (DATA-FORMAT.md §3: neither row is kept). */
  private checkKey(row: number, line: number, cells: string[]): void {
    const keyFields = this.table.spec.key;
    const parts: string[] = [];
    for (const name of keyFields) {
      if (name === 'year') parts.push(this.table.years.get('year')!.get(row).join('-'));
      else parts.push(String(this.table.text.get(name)!.get(row)));
    }
    const key = parts.join('|');
    const first = this.keys.get(key);
    if (first === undefined) {
      this.keys.set(key, row);
      return;
    }
    const firstLine = this.table.lineOf(first);
    const present = keyFields.filter((f) => this.init.match.fields.has(f));
    const column = present.map((f) => this.plans.find((p) => p.field.name === f)!.header).join(', ');
    const value = present.map((f) => this.displayValue(f, row)).join(', ');
    const lines = [firstLine, line];
    if (!this.dupReported.has(first)) {
      this.dupReported.add(first);
      this.table.drop(first);
      this.excluded.push({ line: firstLine, cells: this.cellsOf(first) });
      this.problems.push({ code: 'row-duplicate-key', line: firstLine, lines, column, value, params: { other: line } });
    }
    this.table.drop(row);
    this.excluded.push({ line, cells });
    this.problems.push({ code: 'row-duplicate-key', line, lines, column, value, params: { other: firstLine } });
  }

  private displayValue(field: string, row: number): string {
    if (field === 'year') {
      const [s, e] = this.table.years.get('year')!.get(row);
      return s === e ? String(s) : `${s}-${e}`;
    }
    const b = this.table.text.get(field)!;
    const code = b.get(row);
    return code >= 0 ? b.dict[code]! : '';
  }

  /** An accepted row's cells rebuilt in the file's column order (for the excluded-rows download). */
  private cellsOf(row: number): string[] {
    const cells = new Array<string>(this.width).fill('');
    for (const p of this.plans) {
      const f = p.field.name;
      const num = this.table.numbers.get(f);
      if (num) {
        const { value, qualifier } = num.get(row);
        const q = QUALIFIER_CODES[qualifier];
        if (!Number.isNaN(value)) cells[p.col] = (q ? `${QUALIFIER_WORD[q]} ` : '') + String(value).replace('.', ',');
      } else cells[p.col] = this.displayValue(f, row);
    }
    for (const [col, name] of this.init.match.extras) {
      const b = this.table.extras.get(name)!;
      const code = b.get(row);
      cells[col] = code >= 0 ? b.dict[code]! : '';
    }
    return cells;
  }

  private exclude(cells: string[], line: number, errors: Problem[]): void {
    // A row with errors never reaches the columns: nothing of it is counted.
    this.excluded.push({ line, cells });
    for (const e of errors) this.problems.push(e);
  }

  /** The accepted records, and the notices about skipped rows and number reading. */
  finish(): RecordTable {
    if (this.blankLines.length) {
      this.notices.push({ code: 'blank-rows-skipped', line: this.blankLines[0]!, params: { count: this.blankLines.length } });
    }
    if (this.thousandsDotLine !== null && (this.init.delimiter === ',' || this.init.format === 'en')) {
      this.notices.push({ code: 'number-format-chosen', line: this.thousandsDotLine, params: { value: this.thousandsDotValue } });
    }
    this.problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    this.excluded.sort((a, b) => a.line - b.line);
    return this.table.build();
  }

  /** Drops blank lines at the very end of the file (a final line break is not a blank row). */
  trimTrailingBlank(lastLine: number): void {
    while (this.blankLines.length && this.blankLines[this.blankLines.length - 1] === lastLine) {
      this.blankLines.pop();
      lastLine--;
    }
  }
}

/** Vietnamese qualifier words, to write a value back as a person would. */
const QUALIFIER_WORD: Record<Qualifier, string> = { gt: 'hơn', gte: '≥', lt: 'dưới', lte: '≤', approx: 'khoảng' };

function isBlank(cells: readonly string[]): boolean {
  for (const c of cells) if (c.trim() !== '') return false;
  return true;
}

