import type { CheckResult, Report } from '../core/result/schema.ts';
import { maskIssues, type IssueView } from '../core/notify/mask.ts';
import type { MessageInput } from '../core/notify/view.ts';
import type { ObjectStore } from '../core/store/store.ts';
import type { DeliveryInput } from './types.ts';

/**
 * The message's content: the event's issues plus (when configured) failing-row samples read from
 * the stored report here, at send time, so row values never enter workflow history. Masked last.
 */
export async function messageInput(d: DeliveryInput, store?: ObjectStore): Promise<MessageInput> {
  let issues: IssueView[] = d.event.issues;
  const n = d.samples ?? 0;
  if (n > 0 && store && d.event.reportKey) {
    const checks = await reportChecks(store, d.event.reportKey);
    issues = issues.map((i) => {
      const rows = checks
        .get(i.id)
        ?.samples.slice(0, n)
        .map((s) => s.values);
      return rows?.length ? { ...i, samples: rows } : i;
    });
  }
  return {
    event: d.event,
    kind: d.kind,
    issues: maskIssues(issues, d.mask ?? []),
    idempotencyKey: d.idempotencyKey,
    ...(d.link ? { link: d.link } : {}),
    ...(d.settings?.mention ? { mention: d.settings.mention } : {}),
  };
}

export async function reportChecks(store: ObjectStore, key: string): Promise<Map<string, CheckResult>> {
  const text = await store.get(key);
  if (text === undefined) return new Map();
  try {
    const report = JSON.parse(text) as Report;
    return new Map(report.sources.flatMap((s) => s.checks).map((c) => [c.id, c]));
  } catch {
    return new Map();
  }
}
