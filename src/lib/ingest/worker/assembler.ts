/**
 * The page's side of the ingest worker's messages: they are gathered into the report. Apart from
 * the protocol, which runs the engine, so that the page loads no engine to receive a report.
 */
import type { ExcludedRow, IngestReport, Problem } from '../../model/index.ts';
import type { ImportProgress, WorkerMessage } from './protocol.ts';

/** Collects a worker's messages into the report; `report` is set once `done` has come. */
export class ReportAssembler {
  private readonly problems: Problem[] = [];
  private readonly excluded: ExcludedRow[] = [];
  report: IngestReport | null = null;
  failure: string | null = null;

  /** Takes one message; returns its progress, if it was one. */
  take(message: WorkerMessage): ImportProgress | null {
    switch (message.type) {
      case 'progress':
        return { bytesRead: message.bytesRead, bytesTotal: message.bytesTotal, rows: message.rows };
      case 'problems':
        for (const p of message.items) this.problems.push(p);
        return null;
      case 'excluded':
        for (const x of message.items) this.excluded.push(x);
        return null;
      case 'done':
        this.report = { ...message.report, problems: this.problems, excluded: this.excluded };
        return null;
      case 'failed':
        this.failure = message.message;
        return null;
      case 'warm':
        return null;
    }
  }
}
