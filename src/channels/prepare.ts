import { sourceOfCheck, type NotifyEvent } from '../core/notify/event.ts';
import { matchingChannels } from '../core/notify/decide.ts';
import type { ObjectStore } from '../core/store/store.ts';
import { redactDeep } from '../core/redact.ts';
import { loadSuiteFile } from '../core/suite/load.ts';
import { readState } from './log.ts';
import { reportChecks } from './message.ts';
import type { PrepareInput, Prepared } from './types.ts';

/**
 * Everything the workflow decides from: the rules (from the suite file the worker sees), the
 * columns to mask, each issue's columns and tags (from the stored report) and the channels' state.
 */
export async function prepareNotification(store: ObjectStore, input: PrepareInput): Promise<Prepared> {
  const suite = input.suite ? loadSuiteFile(input.suite) : undefined;
  const config = input.config ?? suite?.notify ?? null;
  // Profiling events do not know the suite's name; the suite file does.
  const event = {
    ...(await withCheckDetails(store, input.event)),
    suite: input.event.suite || suite?.name || '',
  };
  if (!config) return { config: null, event, mask: [], state: {} };
  const mask = [
    ...new Set([
      ...Object.values(suite?.sources ?? {}).flatMap((s) => s.sensitive ?? []),
      ...(config.mask ?? []),
    ]),
  ];
  // State of every channel any rule names: reminders and recoveries look at it too.
  const channels = [
    ...new Set([...config.rules.flatMap((r) => r.channels), ...matchingChannels(config, event)]),
  ];
  // The rules enter workflow history: `${ENV}` values (a token in `link`) stay names there and
  // are put back by the delivery activity (message.ts).
  return { config: redactDeep(config), event, mask, state: await readState(store, event.suite, channels) };
}

async function withCheckDetails(store: ObjectStore, event: NotifyEvent): Promise<NotifyEvent> {
  const checks = event.reportKey ? await reportChecks(store, event.reportKey) : new Map();
  return {
    ...event,
    issues: event.issues.map((i) => {
      const c = checks.get(i.id);
      return {
        ...i,
        source: i.source || sourceOfCheck(i.id),
        ...(c ? { columns: c.columns, ...(c.tags?.length ? { tags: c.tags } : {}) } : {}),
      };
    }),
  };
}
