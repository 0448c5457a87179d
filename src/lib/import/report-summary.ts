/**
 * A report in words, for the summary shown after each import: the kind, the encoding and any
 * conversion, the delimiter, how numbers were read, rows loaded and excluded. Plain TypeScript.
 */
import type { IngestReport, Delimiter } from '../model/index.ts';
import { formatInteger, kindName, translate, type Lang } from '../i18n/index.ts';

/** The summary's lines, each a label and its text. */
export interface ReportSummary {
  kind: string;
  encoding: string;
  delimiter: string;
  numbers: string;
  counts: string;
}

const DELIMITERS = { ',': 'delimiter.comma', ';': 'delimiter.semicolon', '\t': 'delimiter.tab' } as const satisfies Record<Delimiter, string>;

/** The summary of a report in `lang`; a part the engine never reached reads "—". */
export function reportSummary(report: IngestReport, lang: Lang): ReportSummary {
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
    counts: translate(lang, 'summary.counts', {
      loaded: formatInteger(report.table?.length ?? 0, lang),
      excluded: formatInteger(report.excluded.length, lang),
    }),
  };
}

/** The name of the excluded-rows download: `bao-cao-dong-bi-loai.csv` for `bao-cao.csv`. */
export function excludedFileName(file: string): string {
  const name = file.replace(/\.(csv|txt|tsv)$/i, '') || 'tep';
  return translate('vi', 'summary.excludedFile', { name });
}
