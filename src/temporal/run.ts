import { WorkflowFailedError, type Client } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { TruthgateError, type ErrorCode } from '../core/errors.ts';
import { messages } from '../core/i18n/messages.ts';
import type { ValidationInput, ValidationWorkflowResult } from '../workflows/validation.ts';

/** Starts validationWorkflow and waits for its compact result. */
export async function runValidation(
  client: Client,
  input: ValidationInput,
  opts: { taskQueue: string; workflowId: string },
): Promise<ValidationWorkflowResult> {
  try {
    return (await client.workflow.execute('validationWorkflow', {
      taskQueue: opts.taskQueue,
      workflowId: opts.workflowId,
      args: [input],
    })) as ValidationWorkflowResult;
  } catch (err) {
    throw workflowError(opts.workflowId, err);
  }
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
  return new TruthgateError(
    'TG_TEMPORAL_WORKFLOW',
    { workflowId, detail: (cause instanceof Error ? cause.message : String(cause)).split('\n')[0]! },
    { cause: err },
  );
}
