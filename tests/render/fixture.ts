import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildAnnotations, type Annotation } from '../../src/action/annotations.ts';
import { runSuite } from '../../src/core/engine/run-suite.ts';
import type { Report } from '../../src/core/result/schema.ts';
import { parseSuite, type LoadedSuite } from '../../src/core/suite/load.ts';

/** Values that try to break out of a Markdown table, HTML or XML. */
export const NASTY_CSV = [
  'id,note,amount',
  '1,plain,10',
  '2,<script>alert(1)</script>,-5',
  '3,a|b,-1',
  '4,"line1\nline2",-2',
  '5,back`tick & *star* [x](y),-3',
  '6,"ctl\u0001char",-4',
  '7,ok,20',
].join('\n');

const SUITE = `version: 1
name: nasty
sources:
  orders: { path: orders.csv, key: [id, note] }
  missing: { path: nowhere.csv }
checks:
  orders:
    - row_count: { min: 1 }
    - not_null: { column: id }
    - between: { column: amount, min: 0, severity: medium }
    - not_null: { column: no_such_column }
`;

/** Runs the engine on a small CSV with hostile values; `withMissing` adds an unreadable source. */
export async function nastyReport(opts: { withMissing?: boolean } = {}): Promise<Report> {
  const dir = mkdtempSync(join(tmpdir(), 'tg-render-'));
  try {
    writeFileSync(join(dir, 'orders.csv'), NASTY_CSV);
    const suiteText = opts.withMissing ? `${SUITE}  missing:\n    - row_count: { min: 1 }\n` : SUITE;
    const suite = parseSuite(suiteText, { path: join(dir, 'truthgate.yml'), baseDir: dir });
    return await runSuite(suite, { now: new Date('2024-01-02T03:04:05Z'), runId: 'test-run' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The Action's annotations of a report whose suite and data live in `dir` (the workspace). */
export function annotate(report: Report, suite: LoadedSuite, dir: string): Annotation[] {
  return buildAnnotations({ report, specs: suite.sources, baseDir: dir, workspace: dir, failOn: 'high' });
}
