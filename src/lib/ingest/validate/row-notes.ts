/**
 * What the validator notes about rows besides their problems, for notices at the end: blank
 * rows skipped, report total rows skipped, the first number written with a thousands dot, the
 * first text whose diacritics were written apart (joined by NFC), and what is written under
 * columns with no name. A part of a file read on its own carries its
 * notes to the whole (`state`, `absorb`).
 */
import type { Notice, NumberFormat, Delimiter } from '../../model/index.ts';
import { UnnamedColumns, type UnnamedFound } from './unnamed-columns.ts';
import { own } from '../parse/index.ts';

/** The notes of a part of a file, lines counted from 1 at its start. */
export interface RowNotesState {
  blankLines: number[];
  totals: Notice[];
  thousandsDot: { line: number; value: string } | null;
  composed: ComposedText | null;
  unnamed: UnnamedFound;
}

/** The first kept text cell that was not in NFC as written: where, and what it reads once joined. */
export interface ComposedText {
  line: number;
  column: string;
  value: string;
}

export class RowNotes {
  private blankLines: number[] = [];
  private readonly totals: Notice[] = [];
  private thousandsDot: { line: number; value: string } | null = null;
  private composedText: ComposedText | null = null;
  readonly unnamed: UnnamedColumns;

  constructor(header: readonly string[]) {
    this.unnamed = new UnnamedColumns(header);
  }

  blank(line: number): void {
    this.blankLines.push(line);
  }

  /** A report's total line (`Tổng cộng`), skipped. */
  total(line: number, value: string): void {
    this.totals.push({ code: 'total-row-skipped', line, params: { value } });
  }

  /** A number written with a thousands dot (`15.486`): the first one is named if the file could mean otherwise. */
  thousands(line: number, value: string): void {
    this.thousandsDot ??= { line, value: own(value) };
  }

  /** A kept text cell whose diacritics were written apart from their letters (NFD): the first one is named. */
  composed(line: number, column: string, value: string): void {
    this.composedText ??= { line, column, value: value.length > 40 ? `${value.slice(0, 40)}…` : value };
  }

  get hasThousandsDot(): boolean {
    return this.thousandsDot !== null;
  }

  /** Drops blank lines at the very end of the file (a final line break is not a blank row). */
  trimTrailingBlank(lastLine: number): void {
    while (this.blankLines.length && this.blankLines[this.blankLines.length - 1] === lastLine) {
      this.blankLines.pop();
      lastLine--;
    }
  }

  state(): RowNotesState {
    return {
      blankLines: this.blankLines,
      totals: this.totals,
      thousandsDot: this.thousandsDot,
      composed: this.composedText,
      unnamed: this.unnamed.found(),
    };
  }

  /** Adds the notes of a later part of the file (its lines start after line `offset`). */
  absorb(part: RowNotesState, offset: number): void {
    for (const line of part.blankLines) this.blankLines.push(line + offset);
    for (const n of part.totals) this.totals.push({ ...n, line: (n.line ?? 0) + offset });
    if (!this.thousandsDot && part.thousandsDot)
      this.thousandsDot = { line: part.thousandsDot.line + offset, value: part.thousandsDot.value };
    if (!this.composedText && part.composed) this.composedText = { ...part.composed, line: part.composed.line + offset };
    this.unnamed.absorb(part.unnamed, offset);
  }

  /** The notices, once all rows are in. */
  notices(delimiter: Delimiter, format: NumberFormat): Notice[] {
    const out = [...this.totals];
    if (this.blankLines.length)
      out.push({ code: 'blank-rows-skipped', line: this.blankLines[0]!, params: { count: this.blankLines.length } });
    const unnamed = this.unnamed.notice();
    if (unnamed) out.push(unnamed);
    if (this.composedText) {
      const { line, column, value } = this.composedText;
      out.push({ code: 'nfc-normalised', line, params: { column, value } });
    }
    // 15.486 is only worth a word where it could have been read as 15,486 (a comma file, or English numbers).
    if (this.thousandsDot && (delimiter === ',' || format === 'en')) {
      out.push({ code: 'number-format-chosen', line: this.thousandsDot.line, params: { value: this.thousandsDot.value } });
    }
    return out;
  }
}
