import { Context } from '@temporalio/activity';

/** How often long activities heartbeat; the workflow's heartbeatTimeout is a few times this. */
export const HEARTBEAT_INTERVAL_MS = 1000;

/**
 * Runs `work` while heartbeating from a timer. Polars runs queries on native threads and awaits
 * them, so the event loop stays free for the timer: a busy worker still heartbeats, a dead one
 * stops, and the server retries the activity elsewhere within the heartbeat timeout.
 */
export async function withHeartbeat<T>(work: () => Promise<T>, details?: () => unknown): Promise<T> {
  const ctx = Context.current();
  const beat = (): void => ctx.heartbeat(details?.());
  beat();
  const timer = setInterval(beat, HEARTBEAT_INTERVAL_MS);
  try {
    await testDelay(ctx);
    return await work();
  } finally {
    clearInterval(timer);
  }
}

/**
 * TRUTHGATE_TEST_ACTIVITY_DELAY_MS holds an activity open (heartbeating) so fault tests can kill
 * a worker mid-activity deterministically; unset in real deployments.
 */
async function testDelay(ctx: Context): Promise<void> {
  const ms = Number(process.env.TRUTHGATE_TEST_ACTIVITY_DELAY_MS ?? 0);
  if (ms > 0) await ctx.sleep(ms);
}
