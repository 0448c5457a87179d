/**
 * The columns of the figures table: what is measured, for whom, when, the value in words,
 * the source. Cells are worded when drawn, in the current language; text sorts with the
 * Vietnamese collator (a < ă < â, d < đ).
 */
import { createColumnHelper, type Row } from '@tanstack/table-core';
import { dataText, formatList, formatPeriod, formatRatio, formatQualified, translate, type Lang } from '../i18n/index.ts';
import { i18n } from '../i18n/i18n.svelte.ts';
import type { Features } from './features.ts';
import { KIND_ORDER, type FigureRow, type Label } from '../present/index.ts';

const helper = createColumnHelper<Features, FigureRow>();
const collator = new Intl.Collator('vi', { numeric: true });

/** A label as text: a message in `lang`, or the data's own text. */
export function labelText(label: Label, lang: Lang): string {
  return 'key' in label ? translate(lang, label.key, label.params) : label.text;
}

/** A figure's value in words: "16/19", "hơn 57 triệu đồng", "từ 3 việc làm trở lên". */
export function valueText(row: FigureRow, lang: Lang): string {
  if (row.total !== null) return formatRatio(row.value, row.total, lang);
  return formatQualified(row.value, row.qualifier, lang, row.unit ? labelText(row.unit, lang) : undefined);
}

type Compare = (a: Row<Features, FigureRow>, b: Row<Features, FigureRow>) => number;
const by =
  (compare: (a: FigureRow, b: FigureRow) => number): Compare =>
  (a, b) =>
    compare(a.original, b.original);

// Language-neutral, so a sort never depends on the interface language: kinds in the
// overview's order, then the data's own wording.
const byMeasure = by(
  (a, b) =>
    KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || collator.compare(labelText(a.measure, 'vi'), labelText(b.measure, 'vi')),
);

/** The figures table's columns. */
export const figureColumns = helper.columns([
  helper.accessor('measure', {
    id: 'measure',
    header: () => i18n.t('figures.col.measure'),
    cell: ({ row }) => {
      const main = labelText(row.original.measure, i18n.lang);
      const details = row.original.details.map((d) => labelText(d, i18n.lang));
      return details.length ? { main, detail: formatList(details, i18n.lang) } : main;
    },
    sortFn: byMeasure,
  }),
  helper.accessor('subject', {
    header: () => i18n.t('figures.col.subject'),
    sortFn: by((a, b) => collator.compare(a.subject, b.subject)),
  }),
  helper.accessor('period', {
    header: () => i18n.t('figures.col.period'),
    cell: ({ row }) => formatPeriod(row.original.period.start, row.original.period.end, i18n.lang),
    sortFn: by((a, b) => a.period.start - b.period.start || a.period.end - b.period.end),
    meta: { nowrap: true },
  }),
  helper.accessor('value', {
    header: () => i18n.t('figures.col.value'),
    cell: ({ row }) => valueText(row.original, i18n.lang),
    sortFn: by((a, b) => a.value - b.value),
    meta: { align: 'end' },
  }),
  helper.accessor('source', {
    header: () => i18n.t('figures.col.source'),
    // The report, then the file and line that hold the figure; the sample's source and file
    // names, which the app wrote in Vietnamese, in the current language.
    cell: ({ row }) => {
      const { source, file, line } = row.original;
      const where = translate(i18n.lang, 'figures.file', { file: dataText(file, i18n.lang), line: String(line) });
      return source ? { main: dataText(source, i18n.lang), detail: where } : where;
    },
    sortFn: by((a, b) => collator.compare(a.source, b.source)),
  }),
]);

/** Row identity: stable across sorts and language switches. */
export const figureRowId = (row: FigureRow): string => row.id;
