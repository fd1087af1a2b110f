import type { ActivityOptions } from '@temporalio/workflow';

/**
 * Long polars work heartbeats every second (activities/heartbeat.ts), so a 10 s heartbeat
 * timeout notices a dead worker in seconds while a slow but alive one runs for up to an hour.
 */
export const dataActivity: ActivityOptions = {
  startToCloseTimeout: '1 hour',
  heartbeatTimeout: '10 seconds',
  retry: {
    initialInterval: '1 second',
    backoffCoefficient: 2,
    maximumInterval: '1 minute',
    maximumAttempts: 5,
  },
};

export const storeActivity: ActivityOptions = {
  startToCloseTimeout: '30 minutes',
  heartbeatTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', maximumAttempts: 10 },
};
