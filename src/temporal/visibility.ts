import type { Client, WorkflowExecutionInfo } from '@temporalio/client';
import { executionInfoFromRaw } from '@temporalio/client/lib/helpers.js';
import type { SearchAttributeType } from '@temporalio/common';
import { TruthgateError } from '../core/errors.ts';
import type { SearchAttributeKey } from '../workflows/search-attributes.ts';

/** Set by the server on workflows a schedule started (a system search attribute). */
export const TemporalScheduledById: SearchAttributeKey<'KEYWORD'> = {
  name: 'TemporalScheduledById',
  type: 'KEYWORD',
};

export interface WorkflowPage {
  executions: WorkflowExecutionInfo[];
  /** Opaque cursor of the next page (base64url of the server's token); absent on the last page. */
  nextPageToken?: string;
}

/**
 * One page of a visibility query. The SDK's `workflow.list()` iterator hides the page token, so
 * this calls ListWorkflowExecutions itself and decodes each entry exactly as the SDK does.
 */
export async function listWorkflowPage(
  client: Client,
  opts: { query: string; pageSize: number; pageToken?: string },
): Promise<WorkflowPage> {
  const res = await client.workflowService.listWorkflowExecutions({
    namespace: client.options.namespace,
    query: opts.query,
    pageSize: opts.pageSize,
    nextPageToken: opts.pageToken ? Buffer.from(opts.pageToken, 'base64url') : Buffer.alloc(0),
  });
  const executions = await Promise.all(
    res.executions.map((raw) =>
      executionInfoFromRaw(raw, client.options.loadedDataConverter, raw, client.options.namespace),
    ),
  );
  const token = res.nextPageToken?.length ? Buffer.from(res.nextPageToken).toString('base64url') : undefined;
  return token ? { executions, nextPageToken: token } : { executions };
}

/** Up to `limit` matches, fetched page by page (for aggregates such as a 30-day trend). */
export async function listWorkflows(
  client: Client,
  opts: { query: string; limit: number; pageSize?: number },
): Promise<{ executions: WorkflowExecutionInfo[]; truncated: boolean }> {
  const executions: WorkflowExecutionInfo[] = [];
  let pageToken: string | undefined;
  do {
    const pageSize = Math.min(opts.pageSize ?? 1000, opts.limit - executions.length);
    const page = await listWorkflowPage(client, { query: opts.query, pageSize, pageToken });
    executions.push(...page.executions);
    pageToken = page.nextPageToken;
  } while (pageToken && executions.length < opts.limit);
  return { executions: executions.slice(0, opts.limit), truncated: pageToken !== undefined };
}

// Names as users write them in suites; anything else is refused rather than escaped, so a filter
// value can never change the shape of a visibility query.
const SAFE_VALUE = /^[\p{L}\p{N} _.:/@+-]{1,200}$/u;

export function isSafeQueryValue(v: string): boolean {
  return SAFE_VALUE.test(v);
}

/** A quoted literal for a visibility query. */
export function queryLiteral(v: string): string {
  if (!isSafeQueryValue(v))
    throw new TruthgateError('TG_USAGE', {
      detail: `unsupported characters in filter value ${JSON.stringify(v)}`,
    });
  return `'${v}'`;
}

export type Condition =
  | {
      key: SearchAttributeKey<SearchAttributeType> | 'StartTime' | 'WorkflowType';
      op: '=' | '!=' | '>=' | '<';
      value: string | Date;
    }
  | { key: SearchAttributeKey<SearchAttributeType> | 'WorkflowType'; op: 'IN'; value: string[] };

/** Conditions joined with AND; values are validated literals, dates RFC 3339. */
export function buildQuery(conditions: Condition[]): string {
  const lit = (v: string | Date): string => (v instanceof Date ? `'${v.toISOString()}'` : queryLiteral(v));
  return conditions
    .map((c) => {
      const name = typeof c.key === 'string' ? c.key : c.key.name;
      return c.op === 'IN'
        ? `${name} IN (${c.value.map(lit).join(', ')})`
        : `${name} ${c.op} ${lit(c.value)}`;
    })
    .join(' AND ');
}
