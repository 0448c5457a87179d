/**
 * What happens to a file once the engine has read it: refused, shown first for the user to
 * confirm (the reading was uncertain), found to hold no row that could be imported, offered as
 * a replacement of the same file, or loaded.
 * Plain TypeScript, no Svelte: the rule is tested on its own.
 */
import type { IngestReport, Kind } from '../model/index.ts';

/** The next step of one import. */
export type ImportStep =
  /** A whole-file error: nothing changes; the summary says why. */
  | 'rejected'
  /** The kind of table was not recognised: the user picks it and the file is read again. */
  | 'choose-kind'
  /** The reading was uncertain: show the first records and let the user confirm. */
  | 'preview'
  /** Read, but no row could be imported (every row excluded): nothing changes, as for a refusal. */
  | 'empty'
  /** A file with the same name and kind is loaded: offer to replace it. */
  | 'replace'
  /** Load it. */
  | 'commit';

/** Why a reading is uncertain enough to show the records before loading them. */
export type Uncertainty = 'number-format' | 'legacy-encoding' | 'data-loss';

/** Every reason the user should look at the records before they load. */
export function uncertainties(report: IngestReport): Uncertainty[] {
  const out: Uncertainty[] = [];
  if (report.numberFormatUncertain) out.push('number-format');
  if (report.notices.some((n) => n.code === 'converted-legacy')) out.push('legacy-encoding');
  if (report.notices.some((n) => n.code === 'data-loss')) out.push('data-loss');
  return out;
}

/** True when the file was refused only because its kind was not recognised. */
export function kindUnknown(report: IngestReport): boolean {
  return report.rejected && report.problems.some((p) => p.code === 'file-kind-unknown');
}

/** What to know besides the report. */
export interface StepContext {
  /** The user already saw the preview and chose "Nhập". */
  confirmed: boolean;
  /** Finds a loaded dataset of the same file (same name and kind). */
  sameFile: (name: string, kind: Kind | null) => unknown;
  /** The file's name as shown. */
  name: string;
}

/**
 * The next step for a report.
 * @example nextStep(report, { confirmed: false, sameFile: () => undefined, name: 'a.csv' }) === 'commit'
 */
export function nextStep(report: IngestReport, context: StepContext): ImportStep {
  if (kindUnknown(report)) return 'choose-kind';
  if (report.rejected || !report.table) return 'rejected';
  // Before 'empty': in the preview another number format may make the rows readable.
  if (!context.confirmed && uncertainties(report).length) return 'preview';
  if (report.table.length === 0) return 'empty';
  if (context.sameFile(context.name, report.kind)) return 'replace';
  return 'commit';
}
