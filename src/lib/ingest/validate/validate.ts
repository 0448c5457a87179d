/**
 * Row validation (docs/data-format.md §3 and §5): each data row's cells are read by its kind's rules;
 * a row with any problem is excluded and every problem listed; accepted rows go into columns.
 * The loop over a row allocates nothing for a good row: cells are read into reused slots,
 * distinct cells are cleaned or parsed once (`cell-cache.ts`), and no closure captures a cell
 * (V8 would make a context object on every pass, whether the closure runs or not).
 */
import { FoldedCells, TextCells, type TextCell } from './cell-cache.ts';
import {
  cleanText,
  FLAG_WORDS,
  foldDiacritics,
  MAX_YEAR,
  MIN_YEAR,
  parseYear,
  type NumberSpec,
  type HeaderMatch,
  type KindSpec,
  type RecordTable,
  type Delimiter,
  type Notice,
  type NumberFormat,
  type Problem,
  type Qualifier,
  type ExcludedRow,
  readFlag,
} from '../../model/index.ts';
import { anyPresent, firstFilled, fourDigits, mayBeTotal, own } from '../parse/index.ts';
import { planFields, Reading, unsetFields, type Plan } from './row-plans.ts';
import { DuplicateKeys } from './key-check.ts';
import { RowNotes, type RowNotesState } from './row-notes.ts';
import { TableBuilder, type NumberBuilder, type TextBuilder, type YearBuilder } from './table-builder.ts';

/** What the validator needs to know about the file. */
export interface ValidatorInit {
  spec: KindSpec;
  match: HeaderMatch;
  /** The header row as written. */
  header: readonly string[];
  format: NumberFormat;
  delimiter: Delimiter;
  /** True for a later part of a file read on its own: its rows' keys are checked when it is appended (`absorb`). */
  part?: boolean;
}

/** A later part of a file as one validator read it on its own, lines counted from 1 at its start (see `RowValidator.absorb`). */
export interface ValidatedPart {
  /** Accepted rows, keys not yet checked against each other or the rest of the file. */
  table: RecordTable;
  problems: Problem[];
  excluded: ExcludedRow[];
  notes: RowNotesState;
}

const TOTAL_ROW = /^(tong cong|tong|cong)\s*:?$/;
/** The params of a flag cell that is neither yes nor no: the words accepted. */
const FLAG_ALLOWED = { allowed: [...FLAG_WORDS.yes, ...FLAG_WORDS.no].join(', ') };
const RANGES = [
  ['criteria_met', 'criteria_total'],
  ['targets_met', 'targets_total'],
] as const;

/** Validates data rows one by one and collects accepted records, problems and notices. */
export class RowValidator {
  readonly problems: Problem[] = [];
  readonly notices: Notice[] = [];
  readonly excluded: ExcludedRow[] = [];
  private readonly table: TableBuilder;
  private readonly plans: Plan[];
  private readonly width: number;
  /** Rows skipped, numbers with a thousands dot, cells under unnamed columns: for the notices. */
  private readonly notes: RowNotes;
  private readonly uomCol: number | undefined;
  // The current row, cell by cell in plan order (reused, so a good row allocates nothing).
  private readonly texts: (TextCell | null)[];
  private readonly values: Float64Array;
  private readonly qualifiers: (Qualifier | null)[];
  private readonly present: Uint8Array;
  private readonly raws: string[];
  private readonly errors: Problem[] = [];
  /** Number columns in schema order: the plan reading them (-1 when absent from the file) and their default. */
  private readonly numberFields: { builder: NumberBuilder; plan: number; defaultValue: number | undefined }[];
  private readonly years: YearBuilder | undefined;
  /** The kind's met/total pairs (criteria, targets), as plan indices (-1 when absent from the file). */
  private readonly ranges: { met: number; total: number; defaultTotal: number | undefined }[];
  private readonly oneOf: number[] | null;
  private readonly extras: { col: number; name: string; builder: TextBuilder; texts: TextCells }[];
  private readonly flags = new FoldedCells(readFlag);
  /** An indicator's value may carry its own unit (`hơn 2 km` with uom km): its spec, by uom cell. */
  private readonly uomSpecs = new FoldedCells<NumberSpec | null>((uom) => {
    const spec = this.init.spec.fields.find((f) => f.name === 'value')?.number;
    return uom && spec ? { ...spec, units: { ...spec.units, [uom]: 0 } } : null;
  });
  /** The duplicate-key check; null while reading a part of a file on its own (its keys are checked when it is appended). */
  private readonly keys: DuplicateKeys | null;

  constructor(private readonly init: ValidatorInit) {
    const { spec, match, header } = init;
    this.table = new TableBuilder(spec, [...match.extras.values()], unsetFields(spec, match), init.part);
    this.plans = planFields(init, this.table);
    const planOf = (name: string) => this.plans.findIndex((p) => p.name === name);
    const n = this.plans.length;
    this.texts = new Array<TextCell | null>(n).fill(null);
    this.values = new Float64Array(n);
    this.qualifiers = new Array<Qualifier | null>(n).fill(null);
    this.present = new Uint8Array(n);
    this.raws = new Array<string>(n).fill('');
    this.numberFields = spec.fields
      .filter((f) => this.table.numbers.has(f.name))
      .map((f) => ({ builder: this.table.numbers.get(f.name)!, plan: planOf(f.name), defaultValue: f.defaultValue }));
    this.years = this.table.years.get('year');
    this.ranges = RANGES.map(([met, total]) => ({
      met: planOf(met),
      total: planOf(total),
      defaultTotal: spec.fields.find((f) => f.name === total)?.defaultValue,
    }));
    this.oneOf = spec.oneOf ? spec.oneOf.map(planOf) : null;
    this.extras = [...match.extras].map(([col, name]) => ({
      col,
      name,
      builder: this.table.extras.get(name)!,
      texts: new TextCells(undefined, true),
    }));
    this.width = header.length;
    this.notes = new RowNotes(header);
    this.uomCol = match.fields.get('uom');
    this.keys = init.part ? null : new DuplicateKeys(this.table, spec, match, header, this.problems, this.excluded);
  }

  /** Rows accepted so far (some may still be dropped as duplicates). */
  get accepted(): number {
    return this.table.length;
  }

  /** Makes room for about `rows` accepted rows (an estimate): the columns and the key index stop growing on the way. */
  reserve(rows: number): void {
    this.table.reserve(rows);
    this.keys?.reserve(rows);
  }

  /** Validates one data row that starts on `line`. */
  row(cells: string[], line: number): void {
    const filled = firstFilled(cells);
    if (filled < 0) {
      this.notes.blank(line);
      return;
    }
    const first = cells[filled]!;
    if (mayBeTotal(first) && TOTAL_ROW.test(foldDiacritics(cleanText(first)))) {
      this.notes.total(line, own(cleanText(first)));
      return;
    }
    if (cells.length !== this.width && !(cells.length > this.width && firstFilled(cells.slice(this.width)) < 0)) {
      this.exclude(cells, line, [
        { code: 'row-field-count', line, column: null, value: null, params: { found: cells.length, expected: this.width } },
      ]);
      return;
    }
    this.readRow(cells, line);
  }

  private readRow(cells: string[], line: number): void {
    const { plans, texts, present, errors } = this;
    if (this.notes.unnamed.columns.length) this.notes.unnamed.row(cells, line);
    errors.length = 0;
    let yearStart = 0;
    let yearEnd = 0;

    for (let i = 0; i < plans.length; i++) {
      const p = plans[i]!;
      const raw = cells[p.col] ?? '';
      present[i] = 0;
      if (p.reading === Reading.Text) {
        const cell = p.texts!.get(raw);
        texts[i] = null;
        if (cell.value === null) this.problem(p, 'row-value-not-allowed', raw, line, { allowed: p.field.allowed!.join(', ') });
        else if (cell.value === '' && p.required) this.problem(p, 'row-empty-required', raw, line);
        else if (cell.value !== '') texts[i] = cell;
        continue;
      }
      const value = raw.trim();
      if (value === '') {
        if (p.required) this.problem(p, 'row-empty-required', raw, line);
        continue;
      }
      if (p.reading === Reading.Year) {
        // Most cells are a plain year in range: read it without `parseYear`'s result object.
        const plain = fourDigits(value);
        if (plain >= MIN_YEAR && plain <= MAX_YEAR) {
          yearStart = yearEnd = plain;
          continue;
        }
        const y = parseYear(value);
        if (y.ok) {
          yearStart = y.start;
          yearEnd = y.end;
        } else this.problem(p, y.reason === 'range' ? 'row-year-range' : 'row-year-invalid', raw, line);
      } else if (p.reading === Reading.Flag) {
        const flag = this.flags.get(value);
        if (flag === null) this.problem(p, 'row-value-not-allowed', raw, line, FLAG_ALLOWED);
        else this.keep(i, flag, null, raw);
      } else {
        const spec = p.rowUnit ? (this.uomSpecs.get(cells[this.uomCol!] ?? '') ?? p.spec!) : p.spec!;
        const r = p.numbers!.read(value, spec);
        if (!r.ok) {
          const code = r.reason === 'fraction' ? 'row-fraction-in-count' : r.reason === 'negative' ? 'row-negative' : 'row-not-number';
          this.problem(p, code, raw, line, r.reason === 'format' ? { format: this.init.format } : undefined);
          continue;
        }
        if (r.thousandsDot && !this.notes.hasThousandsDot) this.notes.thousands(line, value);
        this.keep(i, r.value, r.qualifier, raw);
      }
    }
    if (!errors.length) this.checkRanges(line);
    if (errors.length) return this.exclude(cells, line, errors);
    // Every cell is good: commit the row to the columns.
    const row = this.table.addRow(line);
    for (let i = 0; i < plans.length; i++) {
      const cell = texts[i];
      if (!cell) continue;
      const text = plans[i]!.text!;
      if (cell.code < 0) {
        // A cell's first kept row: the only time it can be the first cell joined by NFC.
        cell.code = text.code(cell.value!);
        if (cell.composed) this.notes.composed(line, plans[i]!.header, cell.value!);
      }
      text.setCode(row, cell.code);
    }
    for (const n of this.numberFields) {
      if (n.plan >= 0 && present[n.plan]) n.builder.set(row, this.values[n.plan]!, this.qualifiers[n.plan]!);
      else if (n.defaultValue !== undefined) n.builder.set(row, n.defaultValue, null);
    }
    this.years?.set(row, yearStart, yearEnd);
    for (const x of this.extras) {
      const cell = x.texts.get(cells[x.col] ?? '');
      if (cell.value === '') continue;
      if (cell.code < 0) {
        cell.code = x.builder.code(cell.value!);
        if (cell.composed) this.notes.composed(line, x.name, cell.value!);
      }
      x.builder.setCode(row, cell.code);
    }
    this.keys?.check(row, line, cells);
  }

  /** Notes a problem with plan `p`'s cell in the current row. */
  private problem(p: Plan, code: Problem['code'], raw: string, line: number, params?: Problem['params']): void {
    this.errors.push({ code, line, column: p.header, value: raw, ...(params ? { params } : {}) });
  }

  /** Notes a number (or flag) read from plan `i`'s cell. */
  private keep(i: number, value: number, qualifier: Qualifier | null, raw: string): void {
    this.present[i] = 1;
    this.values[i] = value;
    this.qualifiers[i] = qualifier;
    this.raws[i] = raw;
  }

  private checkRanges(line: number): void {
    const { errors, present, values, plans } = this;
    for (const { met, total, defaultTotal } of this.ranges) {
      const t = total >= 0 && present[total] ? total : -1;
      const totalValue = t >= 0 ? values[t]! : defaultTotal;
      if (t >= 0 && values[t]! <= 0) {
        errors.push({ code: 'row-total-not-positive', line, column: plans[t]!.header, value: this.raws[t]! });
        continue;
      }
      if (met >= 0 && present[met] && totalValue !== undefined && values[met]! > totalValue) {
        errors.push({
          code: 'row-met-over-total',
          line,
          column: plans[met]!.header,
          value: this.raws[met]!,
          params: { total: totalValue },
        });
      }
    }
    // No closure (\`some\`) here: one per row is garbage to collect.
    if (this.oneOf && !anyPresent(this.oneOf, present)) {
      const oneOf = this.table.spec.oneOf!;
      const headers = plans
        .filter((p) => oneOf.includes(p.name))
        .map((p) => p.header)
        .join(', ');
      errors.push({ code: 'row-one-of-required', line, column: headers, value: '' });
    }
  }

  private exclude(cells: string[], line: number, errors: readonly Problem[]): void {
    // A row with errors never reaches the columns: nothing of it is counted.
    const owned = cells.map(own);
    this.excluded.push({ line, cells: owned });
    for (const e of errors) {
      // A problem's value is one of the row's cells: share the copy kept for the download
      // (a quarter of a million bad rows would otherwise hold every bad cell twice).
      const at = e.value === null ? -1 : cells.indexOf(e.value);
      if (at >= 0) e.value = owned[at]!;
      this.problems.push(e);
    }
  }

  /** What a validator reading a later part of a file (`init.part`) found, lines counted from 1 at the part's start. */
  partResult(): ValidatedPart {
    return { table: this.table.build(), problems: this.problems, excluded: this.excluded, notes: this.notes.state() };
  }

  /**
   * Appends a later part of the file (whose lines start after line `offset` of the file), as if
   * its rows had been read here: its records join the columns and their keys are checked.
   */
  absorb(part: ValidatedPart, offset: number): void {
    const at = this.table.append(part.table, offset);
    // The part's lists are this worker's own copies (they came in a message): moved, not copied.
    for (const p of part.problems) {
      if (p.line !== null) p.line += offset;
      this.problems.push(p);
    }
    for (const x of part.excluded) {
      x.line += offset;
      this.excluded.push(x);
    }
    this.notes.absorb(part.notes, offset);
    if (this.keys) for (let row = at; row < this.table.length; row++) this.keys.check(row, this.table.lineOf(row), null);
  }

  /** Rows listed with cells rebuilt from their values that the file holds as written (rows of appended parts, `DuplicateKeys.rebuilt`). */
  get rebuilt(): ExcludedRow[] {
    return this.keys?.rebuilt ?? [];
  }

  /** The accepted records, and the notices about skipped rows and number reading. */
  finish(): RecordTable {
    for (const n of this.notes.notices(this.init.delimiter, this.init.format)) this.notices.push(n);
    this.problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    this.excluded.sort((a, b) => a.line - b.line);
    return this.table.build();
  }

  /** Drops blank lines at the very end of the file (a final line break is not a blank row). */
  trimTrailingBlank(lastLine: number): void {
    this.notes.trimTrailingBlank(lastLine);
  }
}
