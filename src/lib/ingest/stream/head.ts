/**
 * What the head of a file decides for all of it: where the header is and which kind it names,
 * the notices about the rows above it and the columns not read, and how numbers are written.
 */
import { countLineBreaks } from '../parse/index.ts';
import {
  numberEvidence,
  closestKind,
  kindSpec,
  matchHeader,
  recogniseKind,
  type HeaderMatch,
  type Delimiter,
  type Kind,
  type NumberFormat,
  type Problem,
  fileProblem,
  type IngestReport,
} from '../../model/index.ts';

/** Where the header is among the first rows, and which kind it belongs to. */
export function findHeader(
  rows: string[][],
  kind: Kind | undefined,
): { index: number; match: HeaderMatch } | { problem: Problem; kind: Kind | null } {
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    if (row.length < 2 && !kind) continue;
    const m = kind ? matchHeader(row, kindSpec(kind)) : recogniseKind(row);
    if (!m || m.missing.length) continue;
    if (m.duplicates.length) {
      const [field, a, b] = m.duplicates[0]!;
      return {
        kind: m.kind,
        problem: {
          code: 'file-duplicate-column',
          line: physicalLine(rows, i),
          column: `${row[a]!.trim()}, ${row[b]!.trim()}`,
          value: null,
          params: { field },
        },
      };
    }
    return { index: i, match: m };
  }
  // No header fits: explain with the row and kind that come closest.
  let best: { match: HeaderMatch; row: string[] } | null = null;
  for (const row of rows) {
    if (row.every((c) => c.trim() === '')) continue;
    const m = kind ? matchHeader(row, kindSpec(kind)) : closestKind(row);
    if (!best || m.fields.size > best.match.fields.size) best = { match: m, row };
  }
  // Only separators (;;;;) on every line: nothing was written at all.
  if (!best) return { kind: kind ?? null, problem: fileProblem('file-empty') };
  const found = best.row
    .map((c) => c.trim())
    .filter(Boolean)
    .join(', ');
  // Nothing required is missing yet no kind was recognised (a bare "Đơn vị" column): say so plainly.
  if ((!kind && best.match.fields.size < 2) || best.match.missing.length === 0) {
    return { kind: kind ?? null, problem: { ...fileProblem('file-kind-unknown'), params: { found } } };
  }
  return {
    kind: best.match.kind,
    problem: {
      ...fileProblem('file-missing-column'),
      column: best.match.missing.join(', '),
      params: { missing: best.match.missing.join(', '), found, kind: best.match.kind },
    },
  };
}

/** The physical line row `i` starts on, counting line breaks inside the quoted cells above it. */
function physicalLine(rows: string[][], i: number): number {
  let line = 1 + i;
  for (const row of rows.slice(0, i)) for (const cell of row) line += countLineBreaks(cell);
  return line;
}

/** Notices about the rows above the header and the columns not read as fields. */
export function noteHeader(report: IngestReport, match: HeaderMatch, lines: Uint32Array, headerAt: number, headerLine: number): void {
  if (headerAt > 0) {
    report.notices.push({
      code: 'title-rows-skipped',
      line: lines[0]!,
      params: { from: lines[0]!, to: headerLine - 1, header: headerLine },
    });
  }
  if (match.ignored.length) {
    report.notices.push({
      code: 'column-ignored',
      line: headerLine,
      params: { columns: match.ignored.map((i) => report.header[i]!.trim()).join(', ') },
    });
  }
  if (match.extras.size) {
    report.notices.push({ code: 'extra-columns-kept', line: headerLine, params: { columns: [...match.extras.values()].join(', ') } });
  }
}

/**
 * How the file writes numbers, from its first data rows: English only when some cell shows
 * it (1250.5, 1,250.5) and none shows Vietnamese; Vietnamese otherwise (docs/data-format.md §3.1).
 */
export function chooseNumberFormat(
  rows: string[][],
  match: HeaderMatch,
  delimiter: Delimiter,
): { format: NumberFormat; uncertain: boolean } {
  const spec = kindSpec(match.kind);
  const fields = spec.fields.filter((f) => f.type === 'number' && match.fields.has(f.name));
  const cols = fields.map((f) => ({ at: match.fields.get(f.name)!, count: f.number!.integer }));
  let vi = 0;
  let en = 0;
  let dotGroups = 0;
  for (const row of rows.slice(0, 5000)) {
    for (const c of cols) {
      const cell = row[c.at] ?? '';
      const e = numberEvidence(cell);
      if (e === 'vi') vi++;
      else if (e === 'en') en++;
      // 15.486 in a count is 15486 either way; in money it could be 15,486 million.
      else if (!c.count && /\d\.\d{3}(?!\d)/.test(cell)) dotGroups++;
    }
  }
  const format = en > 0 && vi === 0 ? 'en' : 'vi';
  const uncertain = (en > 0 && vi > 0) || (delimiter === ',' && vi === 0 && en === 0 && dotGroups > 0);
  return { format, uncertain };
}
