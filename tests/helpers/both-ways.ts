import { runSuite } from '../../src/core/engine/run-suite.ts';
import type { Report } from '../../src/core/result/schema.ts';
import { parseSuite } from '../../src/core/suite/load.ts';

/**
 * Runs a suite twice at a fixed time: once as one whole read, once chunk by chunk (threshold 0,
 * chunks of `chunkMb`), and returns both reports for parity assertions.
 */
export async function bothWays(yaml: string, baseDir: string, chunkMb: number): Promise<[Report, Report]> {
  const suite = parseSuite(yaml, { baseDir });
  const opts = { now: new Date('2026-01-01T00:00:00Z'), runId: 'fixed' };
  const whole = await runSuite(suite, opts);
  process.env.TRUTHGATE_CHUNK_THRESHOLD_MB = '0';
  process.env.TRUTHGATE_CHUNK_MB = String(chunkMb);
  try {
    return [whole, await runSuite(suite, opts)];
  } finally {
    delete process.env.TRUTHGATE_CHUNK_THRESHOLD_MB;
    delete process.env.TRUTHGATE_CHUNK_MB;
  }
}
