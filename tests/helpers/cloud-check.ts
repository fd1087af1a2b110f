/**
 * What the object-store tests compare: `truthgate check` run as a child on a suite whose sources
 * all run the same checks, and each source's verdicts without its name.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Report, type SourceResult } from '../../src/core/result/schema.ts';
import { runCliAsync, type CliResult } from '../cli/run-cli.ts';

/** The checks the object-store tests run on their generated orders parts (id, city, amount). */
export const orderChecks: unknown[] = [
  { row_count: { min: 1 } },
  { not_null: { column: 'city' } },
  { between: { column: 'amount', min: 0, max: 100 } },
  { unique: { column: 'id' } },
];

/** A source's rows, error and checks (id without the source, status, failing count, observed). */
export const verdicts = (s: SourceResult) => ({
  rows: s.rowCount,
  error: s.error?.code,
  checks: s.checks.map((c) => [c.id.replace(/^[^.]+\./, ''), c.status, c.failingCount, c.observed]),
});

/** Writes the suite into `dir`, runs `check` there with `env`, and parses its JSON report. */
export async function checkSources(
  dir: string,
  sources: Record<string, unknown>,
  checks: unknown[],
  env: Record<string, string>,
): Promise<CliResult & { report: Report; seconds: number }> {
  const suite = {
    version: 1,
    sources,
    checks: Object.fromEntries(Object.keys(sources).map((n) => [n, checks])),
  };
  const name = `suite-${Math.random().toString(36).slice(2)}.json`;
  writeFileSync(join(dir, name), JSON.stringify(suite));
  const t0 = performance.now();
  const r = await runCliAsync(['check', '--suite', name, '--format', 'json', '--fail-on', 'never'], {
    cwd: dir,
    env,
  });
  const seconds = (performance.now() - t0) / 1000;
  try {
    return { ...r, seconds, report: Report.parse(JSON.parse(r.stdout)) };
  } catch {
    throw new Error(`no report (exit ${r.code}):\n${r.stdout}\n${r.stderr}`);
  }
}
