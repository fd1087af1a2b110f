import { ApplicationFailure } from '@temporalio/common';
import { TruthgateError } from '../core/errors.ts';
import { redactText } from '../core/redact.ts';
import { boundText } from './bounds.ts';

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
    // Failures enter history and clients rebuild the error from its params: redact `${ENV}`
    // values here (the client never saw them), and keep a 200 KB regex under the payload limit.
    const params = Object.fromEntries(
      Object.entries(err.params).map(([k, v]) => [
        k,
        typeof v === 'string' ? boundText(redactText(v), 2000, ' …') : v,
      ]),
    );
    const details = { code: err.code, params };
    throw ApplicationFailure.create({
      message: boundText(err.message, 4000, ' …'),
      type: err.code,
      details: [details],
      nonRetryable: !retryable.has(err.code),
    });
  }
}
