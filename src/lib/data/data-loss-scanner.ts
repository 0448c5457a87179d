/**
 * `findDataLoss` over text that arrives in pieces, with the same notice as over the whole text.
 * The text is cut after line breaks, so no word and no line is ever split between two scans.
 */
import { findDataLoss } from './data-loss.ts';
import type { Notice } from './types.ts';

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

  finish(): Notice | null {
    if (!this.sawNewline) return findDataLoss(this.carry);
    // A final "\n" changes nothing: it is neither a letter nor part of a word.
    if (this.carry) this.scan(this.carry + '\n');
    this.carry = '';
    return this.lossLines === 0 ? null : { code: 'data-loss', line: this.firstLine, params: { lines: this.lossLines, example: this.example } };
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
