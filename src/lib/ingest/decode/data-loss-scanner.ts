/**
 * `findDataLoss` over text that arrives in pieces, with the same notice as over the whole text.
 * The text is cut after line breaks, so no word and no line is ever split between two scans.
 */
import { findDataLoss } from './data-loss.ts';
import type { Notice } from '../../model/index.ts';

/** What a scanner found in one part of a file (see `partState`). */
export interface DataLossPart {
  /** Line feeds in the part. */
  lines: number;
  lossLines: number;
  /** The first line with lost letters, counted from 1 at the part's start (when lossLines > 0). */
  firstLine: number;
  example: string;
}

/** Feeds pieces of decoded text in order with `push`; `finish` gives the notice or null. */
export class DataLossScanner {
  /** The unfinished last line of the text so far (or all of it while no "\n" has come). */
  private carry = '';
  private sawNewline = false;
  /** Lines before `carry`. */
  private linesBefore = 0;
  private lossLines = 0;
  private firstLine = 0;
  private example = '';

  push(text: string): void {
    // `findDataLoss` counts lines by "\n" when the text has one, else by "\r": until a "\n"
    // comes (a file of CR line endings may never have one), hold the text.
    if (!this.sawNewline) {
      if (!text.includes('\n')) {
        this.carry += text;
        return;
      }
      this.sawNewline = true;
    }
    const first = text.indexOf('\n');
    if (first < 0) {
      this.carry += text;
      return;
    }
    // The carried line, finished: a short string. The rest is scanned as slices of `text`.
    this.scan(this.carry + text.slice(0, first + 1));
    const last = text.lastIndexOf('\n');
    if (last > first) this.scan(text.slice(first + 1, last + 1));
    this.carry = text.slice(last + 1);
  }

  /**
   * What was found in one part of a file, to be added to the scan of the text before it
   * (`absorb`). A part ends with a line break, except the file's last part (`last`).
   */
  partState(last: boolean): DataLossPart {
    if (this.carry && !last) throw new Error('DataLossScanner: a part must end with a line break');
    // Scanned as `finish` does, but always by "\n": the file's head had one.
    if (this.carry) this.scan(this.carry + '\n');
    this.carry = '';
    return { lines: this.linesBefore, lossLines: this.lossLines, firstLine: this.firstLine, example: this.example };
  }

  /** Takes in what another scanner found in the text that follows this one's (which ended with a line break). */
  absorb(part: DataLossPart): void {
    if (this.carry) throw new Error('DataLossScanner: absorb after a line break only');
    if (this.lossLines === 0 && part.lossLines > 0) {
      this.firstLine = this.linesBefore + part.firstLine;
      this.example = part.example;
    }
    this.lossLines += part.lossLines;
    this.linesBefore += part.lines;
    this.sawNewline ||= part.lines > 0;
  }

  finish(): Notice | null {
    if (!this.sawNewline) return findDataLoss(this.carry);
    // A final "\n" changes nothing: it is neither a letter nor part of a word.
    if (this.carry) this.scan(this.carry + '\n');
    this.carry = '';
    return this.lossLines === 0
      ? null
      : { code: 'data-loss', line: this.firstLine, params: { lines: this.lossLines, example: this.example } };
  }

  private scan(lines: string): void {
    const loss = findDataLoss(lines);
    if (loss) {
      if (this.lossLines === 0) {
        this.firstLine = this.linesBefore + (loss.line ?? 1);
        this.example = String(loss.params?.example ?? '');
      }
      this.lossLines += Number(loss.params?.lines ?? 0);
    }
    for (let at = lines.indexOf('\n'); at >= 0; at = lines.indexOf('\n', at + 1)) this.linesBefore++;
  }
}
