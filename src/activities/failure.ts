import { ApplicationFailure } from '@temporalio/common';
import { TruthgateError } from '../core/errors.ts';

/** Codes worth retrying: the store may be briefly unavailable; everything else repeats itself. */
const retryable = new Set(['TG_STORE_IO', 'TG_INTERNAL']);

/**
 * Runs an activity body and turns Truthgate errors into ApplicationFailures typed by their code,
 * with the params as details, so a client can rebuild the same coded error (and exit code).
 */
export async function asActivity<T>(body: () => Promise<T>): Promise<T> {
  try {
    return await body();
  } catch (err) {
    if (!(err instanceof TruthgateError)) throw err;
    const details = { code: err.code, params: err.params };
    throw ApplicationFailure.create({
      message: err.message,
      type: err.code,
      details: [details],
      nonRetryable: !retryable.has(err.code),
    });
  }
}
