/**
 * The rows each import left out, as a table for the explorer (`?view=table&kind=excluded`): the
 * file, the line, why it was left out (every problem of that line, in the reader's language)
 * and the row as written (its cells joined by the file's own delimiter), so they can be found,
 * sorted, taken away and fixed in the file.
 */
import { problemMessage, translate, type Lang } from '../../i18n/index.ts';
import type { IngestReport } from '../../model/index.ts';
import { linesColumn, textColumnOf, type ExplorerColumn } from './columns.ts';

/** A file read, with what its import reported. */
export interface ExcludedSource {
  name: string;
  report: Pick<IngestReport, 'excluded' | 'problems' | 'delimiter'>;
}

/** How many rows the imports left out, all files together. */
export function excludedCount(sources: readonly ExcludedSource[]): number {
  return sources.reduce((n, s) => n + s.report.excluded.length, 0);
}

/** A text column from one string per row ('' empty), held in a dictionary as the tables' are. */
function listColumn(id: string, values: readonly string[], header: (lang: Lang) => string, multiline: boolean): ExplorerColumn {
  const dict: string[] = [];
  const index = new Map<string, number>();
  const codes = new Int32Array(values.length);
  values.forEach((v, i) => {
    if (v === '') return void (codes[i] = -1);
    let c = index.get(v);
    if (c === undefined) index.set(v, (c = dict.push(v) - 1));
    codes[i] = c;
  });
  return textColumnOf(id, { type: 'text', dict, codes }, values.length, header, multiline);
}

/**
 * The excluded rows of `sources` as the explorer's columns (file, line, reason, row as written),
 * in the order of the files and their lines, and how many rows there are.
 * @example excludedColumns([{ name: 'a.csv', report }], 'vi').columns.map((c) => c.id) // ['file', 'line', 'reason', 'row']
 */
export function excludedColumns(sources: readonly ExcludedSource[], lang: Lang): { columns: ExplorerColumn[]; length: number } {
  const files: string[] = [];
  const reasons: string[] = [];
  const written: string[] = [];
  const lines: number[] = [];
  for (const { name, report } of sources) {
    const why = new Map<number, string[]>();
    for (const p of report.problems) {
      for (const line of p.lines ?? (p.line === null ? [] : [p.line])) {
        const text = (p.column ? `${p.column}: ` : '') + problemMessage(p, lang);
        const list = why.get(line);
        if (!list) why.set(line, [text]);
        else if (!list.includes(text)) list.push(text);
      }
    }
    const delimiter = report.delimiter ?? ',';
    for (const row of report.excluded) {
      files.push(name);
      lines.push(row.line);
      reasons.push((why.get(row.line) ?? []).join(' | '));
      written.push(row.cells.join(delimiter));
    }
  }
  const length = files.length;
  const columns = [
    listColumn('file', files, (l) => translate(l, 'table.col.file'), false),
    linesColumn(Uint32Array.from(lines), length),
    listColumn('reason', reasons, (l) => translate(l, 'table.col.reason'), true),
    listColumn('row', written, (l) => translate(l, 'table.col.written'), false),
  ];
  return { columns, length };
}
