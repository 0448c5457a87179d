/**
 * `ingestBytes` for a file read in chunks (the ingest worker reads 8 MB at a time): the same
 * report, without ever holding the whole file or its whole text. The encoding is decided as
 * `decodeBytes` decides it, then bytes are decoded, scanned for lost letters and parsed piece
 * by piece. A file whose first 256 KB are plain ASCII waits (holding its bytes) for the first
 * other byte, which `decodeBytes` would judge the encoding by; the rare file whose sample
 * `sniffEncoding` cannot judge exactly as `decodeBytes` would is read whole, by `ingestBytes`.
 */
import {
  DataLossScanner,
  type DataLossPart,
  conversionNotice,
  createDecoder,
  SAMPLE_BYTES,
  sniffEncoding,
  type SniffResult,
} from '../decode/index.ts';
import { ingestBytes, TextIngest, type PartPlan, type TextPart } from './text-ingest.ts';
import { rejectedReport, type IngestOptions, type IngestProgress, type IngestReport, type ExcludedRow } from '../../model/index.ts';

/** A later part of a file read on its own (`ByteIngest.forPart`), ready to be appended with `absorb`. */
export interface BytePart {
  text: TextPart;
  loss: DataLossPart;
}

/** `decodeBytes` feeds its legacy decoders 1 MB at a time; so does this, for identical text. */
const LEGACY_PIECE = 1024 * 1024;
/**
 * UTF-8 and UTF-16 decode the same however the bytes are cut, so they go in small pieces: a
 * decoded piece of 64 KB comes from memory the allocator reuses, a megabyte one from fresh pages
 * (in Chromium, decoding 64 KB at a time is about twice as fast).
 */
const UNICODE_PIECE = 64 * 1024;
/** Bytes read before the row count is extrapolated to the whole file. */
const RESERVE_AFTER = 4 * 1024 * 1024;

/**
 * Feeds the bytes of one file in order with `push`, then `finish` for the report.
 * @example const ingest = new ByteIngest({ fileName }); for (const chunk of chunks) ingest.push(chunk); ingest.finish();
 */
export class ByteIngest {
  /** Bytes not yet decoded: all of them until the encoding is known; then, for a legacy encoding, less than 1 MB more than a piece (UTF-8 and UTF-16 are decoded as they come). */
  private held: Uint8Array[] = [];
  private heldBytes = 0;
  /** Bytes pushed so far. */
  private received = 0;
  /** Where the search for the first non-ASCII byte has got to (see `decide`). */
  private scanned = 0;
  private found: SniffResult | null = null;
  private decode: ((chunk: Uint8Array, final: boolean) => string) | null = null;
  private piece = LEGACY_PIECE;
  private readonly text: TextIngest;
  private readonly loss = new DataLossScanner();
  private whole = false;
  private decoded = 0;
  private reserved = false;

  /** `size`, the file's size if known, lets the columns be sized once from the first rows. */
  constructor(
    private readonly options: IngestOptions,
    private readonly onProgress?: (p: IngestProgress) => void,
    private readonly size?: number,
    text?: TextIngest,
  ) {
    this.text = text ?? new TextIngest(options, onProgress);
  }

  /**
   * Reads a later part of a UTF-8 file, starting at a line break, by the plan the file's head
   * gave (`plan`). `size` is the part's size, if known.
   */
  static forPart(plan: PartPlan, size?: number): ByteIngest {
    const ingest = new ByteIngest({ fileName: plan.fileName }, undefined, size, TextIngest.forPart(plan));
    ingest.use({ ok: true, encoding: 'utf-8', bom: 0, glyphsIn: null });
    return ingest;
  }

  /**
   * Once the head is read: how the rest of the file can be read in parts, each on its own. Only
   * for UTF-8 (cut at a line break, it decodes the same in pieces) with "\n" or "\r\n" line
   * endings (the lost-letter scan counts lines by "\n"); null otherwise, or before.
   */
  get plan(): PartPlan | null {
    const found = this.found;
    if (!found?.ok || found.encoding !== 'utf-8' || found.glyphsIn) return null;
    const plan = this.text.plan;
    return plan && plan.newline !== '\r' ? plan : null;
  }

  /**
   * Called as soon as `plan` is known, from inside `push` (before the rows of the head are
   * validated): the parts can start while the head is read.
   */
  set onPlan(callback: (plan: PartPlan) => void) {
    this.text.onPlan = () => {
      const plan = this.plan;
      if (plan) callback(plan);
    };
  }

  /** Decodes and parses all bytes pushed so far, which end with a line break: true when they ended between rows. */
  endsBetweenRows(): boolean {
    if (!this.decode) return false;
    this.decodeHeld(true);
    return this.text.endsBetweenRows();
  }

  /** The part read by `forPart`, once all its bytes are in; `last` when it is the end of the file. */
  partResult(last: boolean): BytePart {
    this.decodeHeld(true);
    return { text: this.text.partResult(last), loss: this.loss.partState(last) };
  }

  /**
   * Appends a later part of the file read on its own; the bytes so far must end between rows
   * (`endsBetweenRows`). Returns the lines before the part.
   */
  absorb(part: BytePart, last: boolean): number {
    this.loss.absorb(part.loss);
    return this.text.absorb(part.text, last);
  }

  /** Excluded rows of appended parts whose cells were rebuilt from their values (see `rereadRows`). */
  get rebuilt(): ExcludedRow[] {
    return this.text.rebuilt;
  }

  /** True when the report no longer depends on the bytes still to come (the file is not text). */
  get settled(): boolean {
    return this.found !== null && !this.found.ok;
  }

  /** Data rows read so far. */
  get rows(): number {
    return this.text.rows;
  }

  /** Takes the next bytes of the file. The caller may reuse `bytes` once this returns (what is held is copied). */
  push(bytes: Uint8Array): void {
    if (this.settled || bytes.length === 0) return;
    this.held.push(bytes);
    this.heldBytes += bytes.length;
    this.received += bytes.length;
    if (!this.found && !this.whole) this.decide(false);
    if (this.decode) this.decodeHeld(false);
    // A stream reader may read the next chunk into the same buffer: keep copies of what is held
    // (less than one decoded piece once the encoding is known).
    for (let i = 0; i < this.held.length; i++) if (this.held[i]!.buffer === bytes.buffer) this.held[i] = this.held[i]!.slice();
    if (!this.reserved && this.size && this.text.accepted >= 1000 && this.decoded >= RESERVE_AFTER) {
      // Accepted rows so far × bytes in all ÷ bytes decoded, a little over: growing by doubling costs copies.
      this.text.reserve(Math.ceil(((this.text.accepted * this.size) / this.decoded) * 1.02));
      this.reserved = true;
    }
  }

  finish(): IngestReport {
    if (!this.found && !this.whole) this.decide(true);
    if (this.whole) return ingestBytes(this.take(this.heldBytes), this.options, this.onProgress);
    const found = this.found!;
    if (!found.ok) return rejectedReport(this.options, found.problem);
    this.decodeHeld(true);
    const report = this.text.finish();
    report.encoding = found.encoding;
    const notices = [conversionNotice(found), this.loss.finish()].filter((n) => n !== null);
    report.notices.unshift(...notices);
    return report;
  }

  /** Decides the encoding as `decodeBytes` would, once enough bytes are in (or all of them). */
  private decide(final: boolean): void {
    // `decodeBytes` needs to know whether more than the head follows.
    if (!final && this.heldBytes <= SAMPLE_BYTES) return;
    const head = this.peek(Math.min(SAMPLE_BYTES, this.heldBytes));
    if (this.heldBytes <= head.length || head.some((b) => b === 0 || b >= 0x80)) return this.use(sniffEncoding(head));
    // A plain ASCII head: `decodeBytes` judges by the first line holding another byte.
    const first = this.findNonAscii();
    if (first < 0) {
      if (final) this.use(sniffEncoding(head));
      return;
    }
    const lineStart = this.lastNewlineBefore(first) + 1;
    if (!final && this.heldBytes < lineStart + SAMPLE_BYTES) return; // the sample is not all in yet
    const fromHead = sniffEncoding(head);
    if (!fromHead.ok) return this.use(fromHead); // refused by its first bytes, as decodeBytes refuses it
    const fromSample = sniffEncoding(this.copy(lineStart, lineStart + SAMPLE_BYTES));
    // Judged as a head, the sample also faces the head's tests (magic numbers, BOM, UTF-16, NUL):
    // when one of them decided, this is not what `decodeBytes` concludes, so read the file whole.
    const judgedAsText =
      fromSample.ok &&
      fromSample.bom === 0 &&
      !fromSample.encoding.startsWith('utf-16') &&
      (fromSample.glyphsIn === null || fromSample.glyphsIn === 'utf-8');
    if (judgedAsText) this.use(fromSample);
    else this.whole = true;
  }

  /** The offset of the first held byte from 0x80 up, or -1; resumes where the last search ended. */
  private findNonAscii(): number {
    let offset = 0;
    for (const chunk of this.held) {
      const from = Math.max(0, this.scanned - offset);
      for (let i = from; i < chunk.length; i++) if (chunk[i]! >= 0x80) return offset + i;
      offset += chunk.length;
    }
    this.scanned = offset;
    return -1;
  }

  /** The offset of the last line feed before `end`, or -1. */
  private lastNewlineBefore(end: number): number {
    let offset = this.heldBytes;
    for (let c = this.held.length - 1; c >= 0; c--) {
      const chunk = this.held[c]!;
      offset -= chunk.length;
      if (offset >= end) continue;
      const at = chunk.lastIndexOf(0x0a, end - offset);
      if (at >= 0) return offset + at;
    }
    return -1;
  }

  /** A copy of held bytes [from, to) (to is clipped at the end). */
  private copy(from: number, to: number): Uint8Array {
    const out = new Uint8Array(Math.max(0, Math.min(to, this.heldBytes) - from));
    let offset = 0;
    for (const chunk of this.held) {
      const a = Math.max(from - offset, 0);
      const b = Math.min(to - offset, chunk.length);
      if (a < b) out.set(chunk.subarray(a, b), offset + a - from);
      offset += chunk.length;
    }
    return out;
  }

  private use(found: SniffResult): void {
    this.found = found;
    if (found.ok) {
      this.decode = createDecoder(found.encoding, found.glyphsIn ?? undefined);
      if (found.encoding.startsWith('utf-') && !found.glyphsIn) this.piece = UNICODE_PIECE;
    } else this.held = [];
  }

  /**
   * Decodes held bytes piece by piece. UTF-8 and UTF-16 go as they came, each chunk in pieces of
   * at most 64 KB, nothing held back and nothing copied (joining chunks into whole pieces copied
   * the file twice over, into fresh buffers). A legacy decoder gets whole pieces, the last one
   * held back until the end.
   */
  private decodeHeld(final: boolean): void {
    if (this.piece === UNICODE_PIECE) {
      for (let chunk = this.held.shift(); chunk; chunk = this.held.shift()) {
        this.heldBytes -= chunk.length;
        for (let at = 0; at < chunk.length; at += this.piece) this.emit(this.decode!(chunk.subarray(at, at + this.piece), false));
      }
      if (final) this.emit(this.decode!(new Uint8Array(0), true));
      return;
    }
    while (this.heldBytes > this.piece) this.emit(this.decode!(this.take(this.piece), false));
    if (final) this.emit(this.decode!(this.take(this.heldBytes), true));
  }

  private emit(text: string): void {
    this.decoded = this.received - this.heldBytes;
    this.loss.push(text);
    this.text.push(text);
  }

  /** The first `n` held bytes as one array (the first chunk, or the chunks joined into one). */
  private peek(n: number): Uint8Array {
    const first = this.held[0];
    if (!first || first.length >= n) return (first ?? new Uint8Array(0)).subarray(0, n);
    const out = new Uint8Array(n);
    const rest: Uint8Array[] = [];
    let at = 0;
    for (const chunk of this.held) {
      if (at >= n) {
        rest.push(chunk);
        continue;
      }
      const part = chunk.subarray(0, n - at);
      out.set(part, at);
      at += part.length;
      if (part.length < chunk.length) rest.push(chunk.subarray(part.length));
    }
    this.held = [out, ...rest];
    return out;
  }

  /** Removes and returns the first `n` held bytes. */
  private take(n: number): Uint8Array {
    const bytes = this.peek(n);
    const chunk = this.held[0];
    if (!chunk) return bytes;
    if (chunk.length === n) this.held.shift();
    else this.held[0] = chunk.subarray(n);
    this.heldBytes -= n;
    return bytes;
  }
}
