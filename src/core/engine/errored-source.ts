import type { TruthgateError } from '../errors.ts';
import type { SourceResult } from '../result/schema.ts';
import type { CheckInstance } from './instance.ts';

/** A source that could not be opened or read: every check of it is reported as an error. */
export function erroredSource(
  base: Pick<SourceResult, 'name' | 'uri' | 'format' | 'fingerprint' | 'durationMs'>,
  err: TruthgateError,
  checks: CheckInstance[],
): SourceResult {
  return {
    ...base,
    rowCount: null,
    columnCount: null,
    error: err.toJSON(),
    checks: checks.map((inst) => ({
      id: inst.id,
      type: inst.type,
      columns: inst.def.columns(inst.params as never),
      severity: inst.severity,
      status: 'error' as const,
      observed: null,
      expected: null,
      failingCount: null,
      failingFraction: null,
      samples: [],
      message: `source could not be read: ${err.code}`,
      errorCode: err.code,
    })),
  };
}
