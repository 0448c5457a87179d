/**
 * What the explorer shows, in words and as cells to take away: the label of a group heading or
 * a subtotal, a subtotal's sums with their qualifiers ("hơn 91"), and the rows on screen (the
 * columns shown, filtered, sorted and grouped) as CSV for a file, tab-separated text and an
 * HTML table for the clipboard (Excel and Word paste either as a table).
 */
import { qualifiedText, toCsv, type CsvCell } from '../../export/index.ts';
import { formatInteger, formatPeriod, formatQualified, translate, type Lang } from '../../i18n/index.ts';
import type { Delimiter } from '../../model/index.ts';
import type { ExplorerColumn } from './columns.ts';
import type { Display, DisplayItem, SubtotalItem } from './rows.ts';

/** The words of a group heading or a subtotal: "Bộc Bố · 3 dòng", "Cộng 2016–2021". */
export function itemLabel(item: DisplayItem, group: ExplorerColumn | null, lang: Lang): string {
  if (item.type === 'group') {
    const name = group?.text(item.row, lang) || translate(lang, 'table.group.empty');
    return `${name} · ${translate(lang, 'table.group.rows', { count: formatInteger(item.count, lang) })}`;
  }
  if (!item.period) return translate(lang, 'table.subtotal.all');
  const period = formatPeriod(item.period.start, item.period.end, lang);
  if (item.level === null) return translate(lang, 'table.subtotal', { period });
  if (item.level === '') return translate(lang, 'table.subtotal.unknownLevel', { period });
  return translate(lang, 'table.subtotal.level', { period, level: item.level });
}

/** A subtotal's sum in a column, in words ("hơn 91"), or '' when the column holds no value there. */
export function sumText(item: SubtotalItem, column: ExplorerColumn, lang: Lang): string {
  const sum = item.sums[column.id];
  return sum && sum.count ? formatQualified(sum.value, sum.qualifier, lang) : '';
}

/** The table shown as a header and rows of cells (group headings and subtotals as rows, labelled in the first column). */
export function shownCells(
  columns: readonly ExplorerColumn[],
  display: Display,
  group: ExplorerColumn | null,
  lang: Lang,
): { header: string[]; rows: CsvCell[][] } {
  const header = columns.map((c) => c.header(lang));
  const rows: CsvCell[][] = new Array(display.rows.length);
  for (let k = 0; k < display.rows.length; k++) {
    const r = display.rows[k]!;
    if (r >= 0) {
      rows[k] = columns.map((c) => c.cell(r));
      continue;
    }
    const item = display.items[-r - 1]!;
    rows[k] = columns.map((c, j): CsvCell => {
      if (j === 0) return itemLabel(item, group, lang);
      if (item.type === 'group') return null;
      const sum = item.sums[c.id];
      return sum && sum.count ? { numberText: qualifiedText(sum.value, sum.qualifier) } : null;
    });
  }
  return { header, rows };
}

/** The table shown as a CSV file: UTF-8 with BOM, the delimiter chosen, formulas neutralised. */
export function shownCsv(
  columns: readonly ExplorerColumn[],
  display: Display,
  group: ExplorerColumn | null,
  lang: Lang,
  delimiter: Delimiter,
): string {
  const { header, rows } = shownCells(columns, display, group, lang);
  return toCsv(header, rows, { delimiter, bom: true });
}

/** The table shown as tab-separated text for the clipboard (no BOM; formulas neutralised as in a file). */
export function shownTsv(columns: readonly ExplorerColumn[], display: Display, group: ExplorerColumn | null, lang: Lang): string {
  const { header, rows } = shownCells(columns, display, group, lang);
  return toCsv(header, rows, { delimiter: '\t', bom: false });
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[ch]!).replace(/\r?\n/g, '<br>');

/** The table shown as an HTML table for the clipboard (Word pastes it as a table); every cell escaped. */
export function shownHtml(columns: readonly ExplorerColumn[], display: Display, group: ExplorerColumn | null, lang: Lang): string {
  const { header, rows } = shownCells(columns, display, group, lang);
  const cell = (c: CsvCell) => (c === null ? '' : typeof c === 'number' ? String(c) : typeof c === 'string' ? c : c.numberText);
  const out = ['<table><thead><tr>', ...header.map((h) => `<th>${escapeHtml(h)}</th>`), '</tr></thead><tbody>'];
  // Text stays text in Excel (no formula, `01864` keeps its zero); numbers as the app writes them.
  const td = (c: CsvCell) => (typeof c === 'string' ? `<td style="mso-number-format:'\\@'">` : '<td>') + escapeHtml(cell(c)) + '</td>';
  for (const row of rows) out.push('<tr>', ...row.map(td), '</tr>');
  out.push('</tbody></table>');
  return out.join('');
}
