/**
 * Memos for the validator's cell readers. A million rows repeat few distinct cells (names,
 * years, small numbers), and cleaning or parsing one is a pure function of the cell, so each
 * distinct cell is read once. Keys and values are `own` copies, never slices of the file.
 */
import {
  cleanMultiline,
  cleanText,
  foldDiacritics,
  parseViNumber,
  type NumberReading,
  type NumberSpec,
  type NumberFormat,
} from '../../model/index.ts';
import { own } from '../parse/index.ts';

/** How many distinct cells a memo remembers; past that, new cells are read without being remembered. */
const TEXT_LIMIT = 1 << 20;
const NUMBER_LIMIT = 1 << 16;

/** A distinct text cell: its cleaned value ('' empty, null not allowed) and, once a kept row uses it, its code. */
export interface TextCell {
  value: string | null;
  code: number;
  /** The cell was not in NFC as written (letters and their marks apart): cleaning joined them. */
  composed: boolean;
}

/** Combining diacritical marks: text without one is NFC as far as Vietnamese goes. */
const COMBINING = /[\u0300-\u036f]/;

/** True when `raw` is not in NFC: its marks stand apart from their letters. */
function decomposed(raw: string): boolean {
  return COMBINING.test(raw) && raw.normalize('NFC') !== raw;
}

/**
 * Raw text cells of one column → cleaned values (`cleanText`, or `cleanMultiline` for free text
 * whose line breaks are kept; then the allowed spelling if there is a list).
 */
export class TextCells {
  private readonly cells = new Map<string, TextCell>();
  // Reports list a unit's rows together: most cells equal the one above, and comparing two
  // strings costs less than hashing one for the map.
  private lastRaw = '';
  private last: TextCell | null = null;
  constructor(
    private readonly allowed?: readonly string[],
    private readonly multiline = false,
  ) {}

  get(raw: string): TextCell {
    if (raw === this.lastRaw && this.last) return this.last;
    let cell = this.cells.get(raw);
    if (!cell) {
      const key = own(raw);
      cell = { value: this.clean(key), code: -1, composed: decomposed(key) };
      if (this.cells.size < TEXT_LIMIT) this.cells.set(key, cell);
      raw = key;
    }
    this.lastRaw = raw;
    this.last = cell;
    return cell;
  }

  private clean(raw: string): string | null {
    const value = this.multiline ? cleanMultiline(raw) : cleanText(raw);
    if (value === '' || !this.allowed) return value;
    const folded = foldDiacritics(value);
    return this.allowed.find((a) => foldDiacritics(a) === folded || foldDiacritics(a).split('/').includes(folded)) ?? null;
  }
}

/** `parseViNumber` of one column, remembered per number spec (an indicator's unit changes it). */
export class NumberCells {
  private readonly bySpec = new Map<NumberSpec, Readings>();
  private lastSpec: NumberSpec | null = null;
  private last: Readings | null = null;
  constructor(
    private readonly format: NumberFormat,
    private readonly headerScale: number,
  ) {}

  read(value: string, spec: NumberSpec): NumberReading {
    let readings = this.last;
    if (spec !== this.lastSpec || !readings) {
      readings = this.bySpec.get(spec) ?? { byCode: new IntMap(), byText: new Map() };
      this.bySpec.set(spec, readings);
      this.lastSpec = spec;
      this.last = readings;
    }
    // Short cells of digits, dots and commas (most numbers) are looked up by a small integer made
    // of their characters, which costs less than hashing a fresh string; the others by their text.
    const code = numberCode(value);
    let r = code >= 0 ? readings.byCode.get(code) : readings.byText.get(value);
    if (!r) {
      r = parseViNumber(value, this.format, spec, this.headerScale);
      if (code >= 0) {
        if (readings.byCode.size < NUMBER_LIMIT) readings.byCode.set(code, r);
      } else if (readings.byText.size < NUMBER_LIMIT) readings.byText.set(own(value), r);
    }
    return r;
  }
}

interface Readings {
  byCode: IntMap<NumberReading>;
  byText: Map<string, NumberReading>;
}

/** Positive integers → values: open addressing over an Int32Array (0 marks a free slot), Fibonacci hashing. */
export class IntMap<V> {
  private keys = new Int32Array(1 << 10);
  private values = new Array<V | undefined>(1 << 10);
  private shift = 32 - 10;
  size = 0;

  get(key: number): V | undefined {
    const { keys } = this;
    const mask = keys.length - 1;
    for (let slot = Math.imul(key, 0x9e3779b1) >>> this.shift; ; slot = (slot + 1) & mask) {
      const k = keys[slot]!;
      if (k === key) return this.values[slot];
      if (k === 0) return undefined;
    }
  }

  set(key: number, value: V): void {
    if ((this.size + 1) * 2 > this.keys.length) this.grow();
    const { keys } = this;
    const mask = keys.length - 1;
    let slot = Math.imul(key, 0x9e3779b1) >>> this.shift;
    while (keys[slot] !== 0 && keys[slot] !== key) slot = (slot + 1) & mask;
    if (keys[slot] === 0) this.size++;
    keys[slot] = key;
    this.values[slot] = value;
  }

  private grow(): void {
    const { keys, values } = this;
    this.keys = new Int32Array(keys.length * 2);
    this.values = new Array<V | undefined>(keys.length * 2);
    this.shift--;
    this.size = 0;
    for (let i = 0; i < keys.length; i++) if (keys[i] !== 0) this.set(keys[i]!, values[i]!);
  }
}

/**
 * A cell of up to 7 digits, dots and commas as an integer, one base-13 digit per character
 * ("0" → 1 … "9" → 10, "." → 11, "," → 12, after a leading 1), or -1 for any other cell.
 * Different cells give different integers, all below 2^30 (small integers: no allocation).
 */
export function numberCode(s: string): number {
  if (s.length > 7) return -1;
  let code = 1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const d = c >= 48 && c <= 57 ? c - 47 : c === 46 ? 11 : c === 44 ? 12 : -1;
    if (d < 0) return -1;
    code = code * 13 + d;
  }
  return code;
}

/** Small closed vocabularies read through a fold (flags, units of measure), remembered by raw cell. `T` is never undefined. */
export class FoldedCells<T> {
  private readonly cells = new Map<string, T>();
  constructor(private readonly read: (folded: string) => T) {}

  get(raw: string): T {
    let v = this.cells.get(raw);
    if (v === undefined) {
      v = this.read(foldDiacritics(cleanText(raw)));
      if (this.cells.size < NUMBER_LIMIT) this.cells.set(own(raw), v);
    }
    return v as T;
  }
}
