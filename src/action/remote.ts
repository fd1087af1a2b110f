/**
 * Remote mode: with `temporal-address` set, the action starts validationWorkflow on a Temporal
 * cluster, so the checks run on the workers, next to the data, and the runner only reports the
 * compact result. The suite path is the workers' path; the full report stays in their store.
 * main.ts imports this module lazily: the Temporal client is a large part of the bundle.
 */
import { randomUUID } from 'node:crypto';
import { TruthgateError } from '../core/errors.ts';
import { connectClient, resolveConnection } from '../temporal/connection.ts';
import { runValidation } from '../temporal/run.ts';
import type { ValidationWorkflowResult } from '../workflows/validation.ts';
import type { RunContext } from './event.ts';
import type { ActionInputs, RemoteSettings } from './inputs.ts';

export interface RemoteRun {
  workflowId: string;
  address: string;
  namespace: string;
  result: ValidationWorkflowResult;
}

/** Starts the workflow and waits for its result; Truthgate errors of the run come back coded. */
export async function runRemote(
  inputs: ActionInputs & { remote: RemoteSettings },
  ctx: RunContext,
  env: NodeJS.ProcessEnv = process.env,
): Promise<RemoteRun> {
  if (!inputs.suite) {
    throw new TruthgateError('TG_ACTION_INPUT', {
      name: 'suite',
      detail:
        'temporal-address needs a suite (its path as the workers see it); zero-config runs locally only',
    });
  }
  const r = inputs.remote;
  // Inputs win over TEMPORAL_* (and TLS files, TRUTHGATE_CODEC_KEY) from the step's env.
  const settings = resolveConnection(
    {
      address: r.address,
      ...(r.namespace ? { namespace: r.namespace } : {}),
      ...(r.apiKey ? { apiKey: r.apiKey } : {}),
    },
    env,
  );
  const client = await connectClient(settings);
  const workflowId = `truthgate-gh-${ctx.owner}-${ctx.repo}-${env.GITHUB_RUN_ID ?? 'local'}-${randomUUID().slice(0, 8)}`;
  try {
    const result = await runValidation(
      client,
      { suite: inputs.suite, ...(inputs.failOn ? { failOn: inputs.failOn } : {}) },
      { taskQueue: r.taskQueue, workflowId },
    );
    return { workflowId, address: settings.address, namespace: settings.namespace, result };
  } finally {
    await client.connection.close();
  }
}
