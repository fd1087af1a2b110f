import { z } from 'zod';
import { TruthgateError, type Lang } from '../core/errors.ts';
import { FailOn } from '../core/result/schema.ts';
import type { ExternalPolicy } from './targets.ts';

/** YAML 1.2 core-schema booleans, the set the Actions runner documents for boolean inputs. */
const bool = z
  .string()
  .transform((s) => s.trim())
  .pipe(z.enum(['true', 'True', 'TRUE', 'false', 'False', 'FALSE']))
  .transform((s) => s.toLowerCase() === 'true');

const lines = z.string().transform((s) =>
  s
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#')),
);

/** Inputs as action.yml declares them (kebab-case); the runner fills in the defaults. */
const Schema = z.object({
  suite: z.string().trim(),
  files: lines,
  'changed-only': bool,
  'compare-to-base': bool,
  'external-sources': z.enum(['always', 'suite-changed', 'never']),
  'trust-suite-changes': bool,
  'fail-on': z.union([z.literal(''), FailOn]),
  comment: z.enum(['always', 'on-change', 'on-failure', 'off']),
  // It lands inside an HTML comment, so `--` and `>` would end the marker early.
  'comment-header': z
    .string()
    .trim()
    .regex(/^[\w.:/@ -]{1,100}$/, 'letters, digits, space and _ . : / @ - (at most 100)')
    .refine((s) => !s.includes('--'), 'must not contain --'),
  'max-annotations': z.coerce.number().int().min(0).max(50),
  'report-path': z.string().trim().min(1),
  'github-token': z.string(),
  lang: z.enum(['en', 'ko']),
  'temporal-address': z.string().trim(),
  'temporal-namespace': z.string().trim(),
  'temporal-api-key': z.string().trim(),
  'temporal-task-queue': z.string().trim().min(1),
  'render-report': z.string().trim(),
  'pull-request': z
    .string()
    .trim()
    .regex(/^([1-9]\d{0,9})?$/, 'a pull request number'),
  history: z.enum(['off', 'artifacts']),
});

export interface ActionInputs {
  suite: string;
  files: string[];
  changedOnly: boolean;
  compareToBase: boolean;
  /** When SQL and object-store sources, which no changed file selects, are checked. */
  externalSources: ExternalPolicy;
  /**
   * Read a suite the pull request changed as written, with the workflow's environment (secrets)
   * and its own connections and endpoints; otherwise those come from the base branch (targets.ts).
   */
  trustSuiteChanges: boolean;
  /** undefined: the suite's own fail_on. */
  failOn: FailOn | undefined;
  comment: 'always' | 'on-change' | 'on-failure' | 'off';
  commentHeader: string;
  maxAnnotations: number;
  reportPath: string;
  token: string;
  lang: Lang;
  /** Remote mode (temporal-address set): run the suite as a workflow on a Temporal cluster. */
  remote: RemoteSettings | undefined;
  /** Render mode: post this saved JSON report (e.g. a fork's artifact) instead of running checks. */
  renderReport: string | undefined;
  /** The pull request to comment on when the event has none (`workflow_run`). */
  pullRequest: number | undefined;
  /** Where anomaly checks find their metric history (src/action/history.ts). */
  history: 'off' | 'artifacts';
}

/** Where remote mode starts the workflow (remote.ts). */
export interface RemoteSettings {
  address: string;
  namespace: string;
  apiKey: string;
  taskQueue: string;
}

export const inputNames = Object.keys(Schema.shape) as (keyof typeof Schema.shape)[];

/**
 * action.yml's defaults (a test keeps the two equal). The runner applies them only when an input
 * is absent; an input given as '' (e.g. `${{ inputs.x }}` evaluating to empty) means its default
 * too, as @actions/core conventions go. The token is left out: empty means no token.
 */
export const INPUT_DEFAULTS: Partial<Record<(typeof inputNames)[number], string>> = {
  files: '**/*.csv\n**/*.tsv\n**/*.parquet\n**/*.ndjson\n**/*.jsonl\n**/*.arrow\n',
  'changed-only': 'true',
  'compare-to-base': 'false',
  'external-sources': 'always',
  'trust-suite-changes': 'false',
  comment: 'always',
  'comment-header': 'default',
  'max-annotations': '20',
  'report-path': 'truthgate-report.json',
  lang: 'en',
  'temporal-task-queue': 'truthgate',
  history: 'off',
};

/** Reads `INPUT_<NAME>` the way the runner sets them; blank inputs take their action.yml default. */
export function readInputs(get: (name: string) => string): ActionInputs {
  const raw = Object.fromEntries(
    inputNames.map((n) => {
      const v = get(n);
      return [n, v.trim() === '' ? (INPUT_DEFAULTS[n] ?? '') : v];
    }),
  );
  const r = Schema.safeParse(raw);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    const name = String(issue.path[0] ?? '');
    throw new TruthgateError('TG_ACTION_INPUT', {
      name,
      detail: `${JSON.stringify(raw[name] ?? '')}: ${issue.message}`,
    });
  }
  const i = r.data;
  return {
    suite: i.suite,
    files: i.files,
    changedOnly: i['changed-only'],
    compareToBase: i['compare-to-base'],
    externalSources: i['external-sources'],
    trustSuiteChanges: i['trust-suite-changes'],
    failOn: i['fail-on'] === '' ? undefined : i['fail-on'],
    comment: i.comment,
    commentHeader: i['comment-header'],
    maxAnnotations: i['max-annotations'],
    reportPath: i['report-path'],
    token: i['github-token'],
    lang: i.lang,
    remote: i['temporal-address']
      ? {
          address: i['temporal-address'],
          namespace: i['temporal-namespace'],
          apiKey: i['temporal-api-key'],
          taskQueue: i['temporal-task-queue'],
        }
      : undefined,
    renderReport: i['render-report'] || undefined,
    pullRequest: i['pull-request'] ? Number(i['pull-request']) : undefined,
    history: i.history,
  };
}
