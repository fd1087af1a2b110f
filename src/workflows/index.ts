/** The workflow bundle's entry: every workflow type the worker registers. */
export { validationWorkflow, partitionBatchWorkflow } from './validation.ts';
export { retentionWorkflow } from './retention.ts';
export { profilingWorkflow } from './profiling.ts';
export { notificationWorkflow } from './notification.ts';
