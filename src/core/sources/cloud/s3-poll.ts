/**
 * How the main thread and the S3 worker thread talk: every call is answered within POLL_MS, with
 * the reply or the id of a job still running, so the caller tells a dead worker from a long download.
 * Its own module so that the main thread does not load the AWS SDK to read a constant.
 */
export const POLL_MS = 5000;

/** A request, or a poll of one still running. */
export type WorkerRequest<R> = R | { op: 'poll'; job: number };
/** A reply, or the id of a job still running after POLL_MS. */
export type WorkerReply<A> = A | { pending: number };
