import { TruthgateError } from '../errors.ts';
import { isNumericDtype, isStringDtype, isTemporalDtype } from '../toolkit/dtype.ts';
import type { PlanContext } from './define.ts';

const kinds = {
  string: { test: isStringDtype, en: 'a string', ko: '문자열' },
  numeric: { test: isNumericDtype, en: 'a numeric', ko: '숫자' },
  date: {
    test: (d: string) => /^(Date|Datetime)/.test(d) || isStringDtype(d),
    en: 'a date, datetime or ISO text',
    ko: '날짜, 일시 또는 ISO 문자열',
  },
  orderable: {
    test: (d: string) => isNumericDtype(d) || isTemporalDtype(d),
    en: 'a numeric or temporal',
    ko: '숫자 또는 시간',
  },
} as const;
export type DtypeKind = keyof typeof kinds;

/**
 * Rejects a column of the wrong type at plan time with a coded error, instead of letting polars
 * fail later with a message about its own internals.
 */
export function requireDtype(
  ctx: Pick<PlanContext, 'schema'>,
  check: string,
  column: string,
  kind: DtypeKind,
): string {
  const dtype = ctx.schema[column] ?? 'unknown';
  const k = kinds[kind];
  // An all-null column (dtype Null) has nothing to judge, so any check may look at it.
  if (dtype !== 'Null' && !k.test(dtype)) {
    throw new TruthgateError('TG_CHECK_DTYPE', {
      check,
      column,
      dtype,
      expected: k.en,
      expected_ko: k.ko,
      // The engine fills in an offending value when it can read one.
      example: '',
    });
  }
  return dtype;
}
