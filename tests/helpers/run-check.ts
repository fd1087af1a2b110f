import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { runSuite, type RunOptions } from '../../src/core/engine/run-suite.ts';
import type { CheckResult, Report } from '../../src/core/result/schema.ts';
import { parseSuite, type LoadedSuite } from '../../src/core/suite/load.ts';

/**
 * Test data for one source: CSV text, an existing file (absolute path, e.g. a vega-datasets
 * file), or records written as a JSON array (keeps dtypes such as booleans and nulls exact).
 */
export type SourceData = string | { file: string } | { records: Record<string, unknown>[] };

/** One source (named `data`) or several named sources; checks then target the first one. */
export type Fixture = SourceData | { sources: Record<string, SourceData> };

/** A YAML list of checks (`- not_null: { column: id }`) or the same as objects. */
export type Checks = string | Record<string, unknown>[];

const DATA_SOURCE = 'data';

function isSources(f: Fixture): f is { sources: Record<string, SourceData> } {
  return typeof f === 'object' && 'sources' in f;
}

function writeSource(dir: string, name: string, data: SourceData): string {
  if (typeof data === 'string') {
    const path = join(dir, `${name}.csv`);
    writeFileSync(path, data);
    return path;
  }
  if ('file' in data) return data.file;
  const path = join(dir, `${name}.json`);
  writeFileSync(path, JSON.stringify(data.records));
  return path;
}

/** Builds the suite text for a fixture, so tests can also assert on suite errors. */
export function suiteFor(fixture: Fixture, checks: Checks, dir: string): string {
  const sources = isSources(fixture) ? fixture.sources : { [DATA_SOURCE]: fixture };
  const first = Object.keys(sources)[0]!;
  const paths = Object.fromEntries(
    Object.entries(sources).map(([name, data]) => [name, { path: writeSource(dir, name, data) }]),
  );
  const list = typeof checks === 'string' ? checks : stringify(checks);
  const indented = list
    .split('\n')
    .map((l) => (l ? `    ${l}` : l))
    .join('\n');
  return `version: 1\n${stringify({ sources: paths })}checks:\n  ${first}:\n${indented}\n`;
}

/** Parses a one-source suite for the fixture (throws the loader's SuiteInvalidError on bad params). */
export function loadFixtureSuite(fixture: Fixture, checks: Checks): { suite: LoadedSuite; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'tg-'));
  try {
    const suite = parseSuite(suiteFor(fixture, checks, dir), {
      path: join(dir, 'truthgate.yml'),
      baseDir: dir,
    });
    return { suite, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
  } catch (err) {
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
}

/** Runs the checks on the fixture with a fixed clock; returns the whole report. */
export async function runChecks(fixture: Fixture, checks: Checks, opts: RunOptions = {}): Promise<Report> {
  const { suite, cleanup } = loadFixtureSuite(fixture, checks);
  try {
    return await runSuite(suite, { now: new Date('2024-06-01T00:00:00Z'), runId: 'test', ...opts });
  } finally {
    cleanup();
  }
}

/** Results of the checked (first) source, in suite order. */
export async function checkResults(
  fixture: Fixture,
  checks: Checks,
  opts: RunOptions = {},
): Promise<CheckResult[]> {
  const report = await runChecks(fixture, checks, opts);
  return report.sources[0]!.checks;
}

/** The result of a single check, e.g. `await runCheck(csv, { unique: { column: 'id' } })`. */
export async function runCheck(
  fixture: Fixture,
  check: Record<string, unknown>,
  opts: RunOptions = {},
): Promise<CheckResult> {
  return (await checkResults(fixture, [check], opts))[0]!;
}

/** A loader error: `code` of the first problem, and every problem found. */
export type SuiteError = Error & { code?: string; problems?: Error[] };

/** The error parseSuite throws for these checks (e.g. TG_SUITE_INVALID on bad params); throws if none. */
export function suiteError(fixture: Fixture, checks: Checks): SuiteError {
  try {
    loadFixtureSuite(fixture, checks).cleanup();
  } catch (err) {
    return err as SuiteError;
  }
  throw new Error('expected the suite to be invalid');
}

/** Absolute path of a vega-datasets file. */
export function vega(file: string): { file: string } {
  return { file: join(import.meta.dirname, '../../node_modules/vega-datasets/data', file) };
}
