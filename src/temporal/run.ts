import { WorkflowFailedError, type Client } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import proto from '@temporalio/proto';
import { TruthgateError, type ErrorCode } from '../core/errors.ts';
import { messages } from '../core/i18n/messages.ts';
import type * as workflows from '../workflows/index.ts';
import type { ValidationInput, ValidationWorkflowResult } from '../workflows/validation.ts';

/** The names the worker registers workflows under: the exports of src/workflows/index.ts. */
type WorkflowName = keyof typeof workflows;

/**
 * Starts validationWorkflow and waits for its compact result. The workflow's type gives the
 * arguments and result their types; the client only needs its name (workflow code stays out of
 * the client bundle), and `satisfies` ties the name to the function the worker registers.
 */
export async function runValidation(
  client: Client,
  input: ValidationInput,
  opts: { taskQueue: string; workflowId: string },
): Promise<ValidationWorkflowResult> {
  try {
    return await client.workflow.execute<typeof workflows.validationWorkflow>(
      'validationWorkflow' satisfies WorkflowName,
      { taskQueue: opts.taskQueue, workflowId: opts.workflowId, args: [input] },
    );
  } catch (err) {
    throw workflowError(opts.workflowId, err);
  }
}

/** Whether any worker polls the task queue for workflow tasks (seen by the server recently). */
export async function hasWorker(client: Client, taskQueue: string): Promise<boolean> {
  const res = await client.workflowService.describeTaskQueue({
    namespace: client.options.namespace,
    taskQueue: { name: taskQueue, kind: proto.temporal.api.enums.v1.TaskQueueKind.TASK_QUEUE_KIND_NORMAL },
    taskQueueType: proto.temporal.api.enums.v1.TaskQueueType.TASK_QUEUE_TYPE_WORKFLOW,
  });
  return res.pollers.length > 0;
}

/**
 * Refuses to start a run no worker would pick up (it would wait in silence): checks the task
 * queue's pollers for up to `graceMs`, so a worker that is still starting is found.
 */
export async function requireWorker(client: Client, taskQueue: string, graceMs = 3000): Promise<void> {
  const deadline = Date.now() + graceMs;
  for (;;) {
    if (await hasWorker(client, taskQueue)) return;
    if (Date.now() >= deadline) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new TruthgateError('TG_TEMPORAL_NO_WORKER', { taskQueue, namespace: client.options.namespace });
}

/** A workflow failure caused by a Truthgate error becomes that error again (same code, exit code). */
export function workflowError(workflowId: string, err: unknown): TruthgateError {
  if (err instanceof WorkflowFailedError && err.cause instanceof ApplicationFailure) {
    const code = err.cause.type;
    const detail = err.cause.details?.[0] as { params?: Record<string, string | number> } | undefined;
    if (code && code in messages)
      return new TruthgateError(code as ErrorCode, detail?.params ?? {}, { cause: err });
  }
  const cause = err instanceof WorkflowFailedError && err.cause ? err.cause : err;
  const detail = innermost(cause);
  // Not a missing worker: a result or input above Temporal's payload limit (2 MiB by default).
  const code = /size limit|exceed(s|ed)? .*limit|PayloadsTooLarge|too large/i.test(detail)
    ? 'TG_TEMPORAL_PAYLOAD_TOO_LARGE'
    : 'TG_TEMPORAL_WORKFLOW';
  return new TruthgateError(code, { workflowId, detail }, { cause: err });
}

/** The innermost cause's first line: "Complete result exceeds size limit", not "Activity task failed". */
function innermost(err: unknown): string {
  let e: unknown = err;
  while (e instanceof Error && e.cause instanceof Error) e = e.cause;
  return (e instanceof Error ? e.message : String(e)).split('\n')[0]!;
}
