/**
 * A report in words, for the summary shown after each import: the kind, the encoding and any
 * conversion, the delimiter, how numbers were read, rows loaded (or to be loaded) and excluded;
 * and the one-line status of an import. Plain TypeScript.
 */
import type { IngestReport, Delimiter } from '../model/index.ts';
import { formatInteger, kindName, translate, type Lang } from '../i18n/index.ts';
import type { ImportItem } from '../state/index.ts';

/** The summary's lines, each a label and its text. */
export interface ReportSummary {
  kind: string;
  encoding: string;
  delimiter: string;
  numbers: string;
  counts: string;
}

const DELIMITERS = { ',': 'delimiter.comma', ';': 'delimiter.semicolon', '\t': 'delimiter.tab' } as const satisfies Record<
  Delimiter,
  string
>;

/**
 * The summary of a report in `lang`; a part the engine never reached reads "—". `pending`: nothing
 * is loaded yet (a preview, a question), so the rows "will be" imported, not "were".
 */
export function reportSummary(report: IngestReport, lang: Lang, pending = false): ReportSummary {
  const missing = translate(lang, 'format.missing');
  const encodingName = report.encoding ? translate(lang, `encoding.${report.encoding}`) : missing;
  // The encoding's name says which legacy encoding it was: name it once ("TCVN3 (ABC), đã chuyển sang Unicode").
  const converted = report.notices.some((n) => n.code === 'converted-legacy');
  const encoding = converted ? translate(lang, 'summary.converted', { encoding: encodingName }) : encodingName;
  return {
    kind: report.kind ? kindName(report.kind, lang) : translate(lang, 'summary.kindUnknown'),
    encoding,
    delimiter: report.delimiter ? translate(lang, DELIMITERS[report.delimiter]) : missing,
    numbers: report.numberFormat ? translate(lang, `numbers.${report.numberFormat}`) : missing,
    counts: translate(lang, pending ? 'summary.countsPending' : 'summary.counts', {
      loaded: formatInteger(report.table?.length ?? 0, lang),
      excluded: formatInteger(report.excluded.length, lang),
    }),
  };
}

/** An import's status line: what it says, and whether it is good news, bad news or neither. */
export interface JobStatus {
  text: string;
  tone: 'ok' | 'bad' | 'neutral';
}

/**
 * The status line of an import in `lang`, or null while the user is asked something (the
 * preview, "Thay thế?"): a file of which no row could be imported is a failure, worded as one.
 */
export function jobStatus(item: Pick<ImportItem, 'phase' | 'report'>, file: string, lang: Lang): JobStatus | null {
  switch (item.phase) {
    case 'reading':
      return { text: translate(lang, 'job.reading', { file }), tone: 'neutral' };
    case 'cancelled':
      return { text: translate(lang, 'job.cancelled', { file }), tone: 'neutral' };
    case 'choose-kind':
      return { text: translate(lang, 'chooseKind.heading', { file }), tone: 'neutral' };
    case 'rejected':
      return { text: translate(lang, 'job.rejected', { file }), tone: 'bad' };
    case 'loaded':
      return { text: translate(lang, 'job.loaded', { file }), tone: 'ok' };
    case 'empty': {
      const excluded = item.report?.excluded.length ?? 0;
      const key = excluded === 0 ? 'job.emptyNoRows' : excluded === 1 ? 'job.emptyOne' : 'job.empty';
      return { text: translate(lang, key, { file, count: formatInteger(excluded, lang) }), tone: 'bad' };
    }
    case 'preview':
    case 'replace':
      return null;
  }
}

/** The name of the excluded-rows download: `bao-cao-dong-bi-loai.csv` for `bao-cao.csv`. */
export function excludedFileName(file: string): string {
  const name = file.replace(/\.(csv|txt|tsv)$/i, '') || 'tep';
  return translate('vi', 'summary.excludedFile', { name });
}
