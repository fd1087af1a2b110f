import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import { stringify } from 'yaml';
import { runSuite } from '../../src/core/engine/run-suite.ts';
import type { Report, SourceResult } from '../../src/core/result/schema.ts';
import type { SourceSpec } from '../../src/core/sources/spec.ts';
import { parseSuite } from '../../src/core/suite/load.ts';

export const VEGA = join(import.meta.dirname, '../../node_modules/vega-datasets/data');

/** A temp dir for one test file, removed when the file's tests end. */
export function tempDir(): { dir: string; write(name: string, data: string | Buffer): string } {
  const dir = mkdtempSync(join(tmpdir(), 'tg-src-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  return {
    dir,
    write(name, data) {
      const path = join(dir, name);
      writeFileSync(path, data);
      return path;
    },
  };
}

/**
 * Runs a one-source suite through the real loader and engine, the way `truthgate check` does,
 * and returns the source's result (with `row_count` and `column_count` checks as probes).
 */
export async function runSource(
  dir: string,
  spec: SourceSpec,
  checks: Record<string, unknown>[] = [{ row_count: { min: 0 } }],
): Promise<{ source: SourceResult; report: Report }> {
  const text = stringify({ version: 1, sources: { data: spec }, checks: { data: checks } });
  const suite = parseSuite(text, { path: join(dir, 'truthgate.yml'), baseDir: dir });
  const report = await runSuite(suite, { now: new Date('2024-06-01T00:00:00Z'), runId: 'test' });
  return { source: report.sources[0]!, report };
}
