/**
 * The command-line validator (docs/data-format.md §6):
 *   npm run --silent validate -- FILE [--kind KIND] [--json] [--lang vi|en]
 * Exit status: 0 accepted with no problems; 1 rejected or rows excluded; 2 misuse or unreadable file.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ingestBytes } from '../lib/ingest/index.ts';
import { type IngestReport, toRows, type Kind, KINDS } from '../lib/model/index.ts';
import { kindName, noticeMessage, problemMessage, type Lang } from '../lib/i18n/index.ts';
import { cliText } from './cli-text.ts';

interface Args {
  file: string;
  kind?: Kind;
  json: boolean;
  lang: Lang;
}

/** Reads the command line; a string is the reason it is wrong. */
function parseArgs(argv: string[]): Args | string {
  const args: Partial<Args> = { json: false, lang: 'vi' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') args.json = true;
    else if (a === '--kind') {
      const k = argv[++i];
      if (!KINDS.some((s) => s.kind === k)) return `--kind: ${KINDS.map((s) => s.kind).join(', ')}`;
      args.kind = k as Kind;
    } else if (a === '--lang') {
      const l = argv[++i];
      if (l !== 'vi' && l !== 'en') return '--lang vi|en';
      args.lang = l;
    } else if (a.startsWith('--')) return `${a}?`;
    else if (args.file) return `${a}?`;
    else args.file = a;
  }
  return args.file ? (args as Args) : 'FILE?';
}

/** The validator's JSON object for one report. */
export function reportJson(report: IngestReport, lang: Lang): Record<string, unknown> {
  return {
    file: report.file,
    kind: report.kind,
    encoding: report.encoding,
    delimiter: report.delimiter,
    numberFormat: report.numberFormat,
    records: report.table ? toRows(report.table) : [],
    problems: report.problems.map((p) => ({
      line: p.line,
      ...(p.lines ? { lines: p.lines } : {}),
      column: p.column,
      value: p.value,
      message: problemMessage(p, lang),
    })),
    notices: report.notices.map((n) => ({ line: n.line, message: noticeMessage(n, lang) })),
  };
}

/** The readable report for a person. */
export function reportText(report: IngestReport, lang: Lang): string {
  const t = cliText(lang);
  const out: string[] = [`${t.file}: ${report.file}`];
  if (report.kind) out.push(`${t.kind}: ${kindName(report.kind, lang)} (${report.kind})`);
  if (report.encoding) out.push(`${t.encoding}: ${report.encoding}`);
  if (report.delimiter) out.push(`${t.delimiter}: ${t.delimiters[report.delimiter]}`);
  if (report.numberFormat) out.push(`${t.numbers}: ${t.formats[report.numberFormat]}`);
  out.push('');
  if (report.rejected) out.push(t.rejected);
  else out.push(t.summary(report.table?.length ?? 0, report.excluded.length));
  if (report.problems.length) {
    out.push('', `${t.problems}:`);
    for (const p of report.problems) out.push(`  ${t.where(p.line, p.column, p.value)}${problemMessage(p, lang)}`);
  }
  if (report.notices.length) {
    out.push('', `${t.notices}:`);
    for (const n of report.notices) out.push(`  ${t.where(n.line, null, null)}${noticeMessage(n, lang)}`);
  }
  return out.join('\n');
}

/** Runs the validator on a command line (without `node` and the script); returns the exit status. */
export function main(argv: string[]): number {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    process.stderr.write(`${cliText('vi').usage}\n(${args})\n`);
    return 2;
  }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(args.file);
  } catch (e) {
    process.stderr.write(`${cliText(args.lang).unreadable(args.file)}: ${(e as Error).message}\n`);
    return 2;
  }
  const report = ingestBytes(bytes, { fileName: basename(args.file), ...(args.kind ? { kind: args.kind } : {}) });
  process.stdout.write(args.json ? `${JSON.stringify(reportJson(report, args.lang), null, 1)}\n` : `${reportText(report, args.lang)}\n`);
  return report.rejected || report.problems.length ? 1 : 0;
}

// Run only when executed (npm run validate), not when the tests import reportJson/reportText.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2));
}
