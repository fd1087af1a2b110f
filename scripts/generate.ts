/**
 * Writes the files generated from code: docs/checks.md and the suite JSON Schema from the check
 * registry, the report JSON Schema from the result contract, docs/errors.md from the error
 * catalog. Deterministic (no dates, registry order), since CI regenerates and diffs them.
 */
import { join } from 'node:path';
import { markdownTable } from 'markdown-table';
import { z } from 'zod';
import { exampleBackends } from '../src/core/checks/backends.ts';
import { categories, type CheckDefinition } from '../src/core/checks/define.ts';
import { listChecks } from '../src/core/checks/registry.ts';
import { writeFileAtomic } from '../src/core/fs/atomic.ts';
import { messages } from '../src/core/i18n/messages.ts';
import { Report } from '../src/core/result/schema.ts';
import { CommonCheckFields, SuiteFile } from '../src/core/suite/schema.ts';
import { stringify } from 'yaml';

type Json = Record<string, unknown>;

const ROOT = join(import.meta.dirname, '..');
const SCHEMA_BASE = 'https://github.com/truthgate/truthgate/blob/main/schema';

function jsonSchema(schema: z.ZodType): Json {
  // `input`: what a person writes (defaults optional); refinements and transforms are not
  // representable and are left to the loader, which reports them with positions.
  const s = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Json;
  delete s.$schema;
  return s;
}

const categoryTitles: Record<string, string> = {
  table: 'Table',
  completeness: 'Completeness',
  uniqueness: 'Uniqueness',
  sets: 'Sets',
  strings: 'Strings',
  numbers: 'Numbers',
  dates: 'Dates',
  cross_column: 'Cross-column',
  referential: 'Referential',
  custom: 'Custom SQL',
  privacy: 'Privacy',
  drift: 'Drift',
};

function byCategory(checks: CheckDefinition[]): [string, CheckDefinition[]][] {
  return categories
    .map((c) => [c, checks.filter((d) => d.category === c)] as [string, CheckDefinition[]])
    .filter(([, list]) => list.length > 0);
}

function typeOf(p: Json): string {
  if (Array.isArray(p.enum)) return p.enum.map((v) => `\`${JSON.stringify(v)}\``).join(' \\| ');
  if (p.const !== undefined) return `\`${JSON.stringify(p.const)}\``;
  const alts = (p.anyOf ?? p.oneOf) as Json[] | undefined;
  if (alts) return alts.map(typeOf).join(' \\| ');
  if (p.type === 'array') return `${typeOf((p.items ?? {}) as Json)}[]`;
  if (p.type === 'integer' || p.type === 'number') {
    // zod gives every int the safe-integer range; only real bounds are worth a reader's time.
    const real = (v: unknown): boolean => typeof v === 'number' && Math.abs(v) !== Number.MAX_SAFE_INTEGER;
    const bounds = [
      real(p.minimum) ? `≥ ${p.minimum}` : real(p.exclusiveMinimum) ? `> ${p.exclusiveMinimum}` : '',
      real(p.maximum) ? `≤ ${p.maximum}` : real(p.exclusiveMaximum) ? `< ${p.exclusiveMaximum}` : '',
    ].filter(Boolean);
    return `${p.type}${bounds.length ? ` (${bounds.join(', ')})` : ''}`;
  }
  return typeof p.type === 'string' ? p.type : 'any';
}

/** Table cells: one line, pipes escaped. */
function cell(s: string): string {
  return s.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
}

function paramsTable(def: CheckDefinition): string {
  const s = jsonSchema(def.params);
  const props = (s.properties ?? {}) as Record<string, Json>;
  const required = new Set((s.required ?? []) as string[]);
  const rows = Object.entries(props).map(([name, p]) => [
    `\`${name}\``,
    cell(typeOf(p)),
    required.has(name)
      ? 'yes'
      : p.default !== undefined
        ? `no (default \`${JSON.stringify(p.default)}\`)`
        : 'no',
    cell(typeof p.description === 'string' ? p.description : ''),
  ]);
  if (def.perColumn)
    rows.push([
      '`columns`',
      'string[]',
      'instead of `column`',
      'One check per listed column (ids `<source>.<check>.<column>`)',
    ]);
  if (rows.length === 0) return '_No parameters._';
  return markdownTable([['Parameter', 'Type', 'Required', 'Description'], ...rows]);
}

function example(def: CheckDefinition): string {
  const params = stringify(def.example, { collectionStyle: 'flow', lineWidth: 0 }).trim();
  return ['```yaml', 'checks:', '  my_source:', `    - ${def.name}: ${params}`, '```'].join('\n');
}

/** Where a check runs: polars always, each SQL dialect for the column types it can express. */
function backendsLine(def: CheckDefinition): string {
  const parts = exampleBackends(def).map(({ dialect, runs, not }) => {
    if (not.length === 0) return `${dialect.title} ✓`;
    const why = not.map((n) => n.reason).join('; ');
    if (runs.length === 0) return `${dialect.title} ✗ (${why})`;
    const on = runs.map((t) => `\`${t}\``).join(', ');
    const off = not.map((n) => `${n.dtypes.map((t) => `\`${t}\``).join(', ')}: ${n.reason}`).join('; ');
    return `${dialect.title} on ${on} columns (not ${off})`;
  });
  return `Backends: files (polars) ✓ · ${parts.join(' · ')}.`;
}

function anchor(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9_ -]/g, '')
    .replace(/ /g, '-');
}

function checksMarkdown(checks: CheckDefinition[]): string {
  const groups = byCategory(checks);
  const out: string[] = [
    '<!-- Generated by `npm run gen` from src/core/checks/registry.ts. Do not edit by hand. -->',
    '',
    '# Check catalog',
    '',
    `Truthgate has **${checks.length} checks**. Every check also accepts the common fields ` +
      '`severity`, `mostly`, `where`, `tags` and `description` (see [suite.md](suite.md#common-check-fields)). ' +
      'Value checks judge non-null values only; nulls are the business of `not_null` and `null_fraction_max`.',
    '',
    'Each check lists the backends it runs on, for its example: files are checked by polars, SQL tables inside ' +
      'the database. Some answers depend on the parameters (a regular expression or a date format a dialect ' +
      'reads differently); suite validation then names the check and backend (`TG_CHECK_UNSUPPORTED_BACKEND`).',
    '',
    '## Contents',
    '',
  ];
  for (const [cat, list] of groups) {
    out.push(`- [${categoryTitles[cat] ?? cat}](#${anchor(categoryTitles[cat] ?? cat)}) (${list.length})`);
    out.push(`  - ${list.map((d) => `[\`${d.name}\`](#${anchor(d.name)})`).join(', ')}`);
  }
  for (const [cat, list] of groups) {
    out.push('', `## ${categoryTitles[cat] ?? cat}`);
    for (const def of list) {
      out.push(
        '',
        `### ${def.name}`,
        '',
        `**${def.summary}**`,
        '',
        def.doc,
        '',
        `Default severity: \`${def.defaultSeverity}\`.` +
          (def.merge === 'global' ? ' Needs all rows at once (not merged across partitions).' : ''),
        '',
        backendsLine(def),
        '',
        paramsTable(def),
        '',
        example(def),
      );
    }
  }
  return out.join('\n') + '\n';
}

/** Adds the common fields (and `columns` sugar) to a check's params object schema. */
function checkEntrySchema(def: CheckDefinition, common: Json): Json {
  const params = jsonSchema(def.params);
  const withCommon = (s: Json): Json => {
    if (s.type !== 'object' || !s.properties) return s;
    const props = { ...(s.properties as Json), ...(common.properties as Json) };
    const out: Json = { ...s, properties: props };
    if (def.perColumn && 'column' in props) {
      props.columns = {
        type: 'array',
        items: { type: 'string' },
        minItems: 1,
        description: 'Shorthand for one check per column',
      };
      const required = ((s.required ?? []) as string[]).filter((r) => r !== 'column');
      out.required = required;
      out.anyOf = [{ required: ['column'] }, { required: ['columns'] }];
    }
    return out;
  };
  const alts = params.anyOf as Json[] | undefined;
  const body = alts ? { ...params, anyOf: alts.map(withCommon) } : withCommon(params);
  return {
    type: 'object',
    description: def.summary,
    properties: { [def.name]: { ...body, description: `${def.summary}\n\n${def.doc}` } },
    required: [def.name],
    additionalProperties: false,
  };
}

function suiteSchema(checks: CheckDefinition[]): Json {
  const top = jsonSchema(SuiteFile);
  const common = jsonSchema(CommonCheckFields);
  const names = checks.map((c) => c.name);
  const entry = {
    anyOf: [
      {
        type: 'string',
        enum: names,
        description: 'A check without parameters, e.g. `- no_duplicate_rows`',
      },
      ...checks.map((c) => ({ $ref: `#/$defs/check_${c.name}` })),
    ],
  };
  const props = top.properties as Record<string, Json>;
  props.checks = {
    type: 'object',
    description: 'Checks per source name: a list of `- check_name: { params }`',
    additionalProperties: { type: 'array', items: { $ref: '#/$defs/check' } },
  };
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `${SCHEMA_BASE}/truthgate.schema.json`,
    title: 'Truthgate suite file (truthgate.yml)',
    ...top,
    $defs: {
      ...((top.$defs as Json) ?? {}),
      check: entry,
      ...Object.fromEntries(checks.map((c) => [`check_${c.name}`, checkEntrySchema(c, common)])),
    },
  };
}

function reportSchema(): Json {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `${SCHEMA_BASE}/report.schema.json`,
    title: 'Truthgate report',
    ...jsonSchema(Report),
  };
}

function errorsMarkdown(): string {
  const entries = Object.entries(messages) as [
    string,
    { exit: number; en: string; ko: string; hint?: { en: string } },
  ][];
  const out = [
    '<!-- Generated by `npm run gen` from src/core/i18n/messages.ts. Do not edit by hand. -->',
    '',
    '# Error codes',
    '',
    'Every error Truthgate reports has a stable code, an English and a Korean message (`--lang ko`) ' +
      'and, mostly, a hint. Codes never change meaning; new ones are only added. `{name}` marks a ' +
      'value filled in at run time. Exit codes: 0 passed, 1 failed at or above `fail_on`, 2 usage or ' +
      'suite error, 3 data source error. Codes with exit 0 are warnings (reported under ' +
      '`sources[].warnings` of the report).',
    '',
    markdownTable([
      ['Code', 'Exit', 'Message', 'Hint'],
      ...entries.map(([code, e]) => [
        `\`${code}\``,
        String(e.exit),
        cell(e.en.replace(/`/g, "'")),
        cell((e.hint?.en ?? '').replace(/`/g, "'")),
      ]),
    ]),
  ];
  return out.join('\n') + '\n';
}

const checks = listChecks();
const json = (v: unknown): string => JSON.stringify(v, null, 2) + '\n';
const outputs: [string, string][] = [
  ['docs/checks.md', checksMarkdown(checks)],
  ['docs/errors.md', errorsMarkdown()],
  ['schema/truthgate.schema.json', json(suiteSchema(checks))],
  ['schema/report.schema.json', json(reportSchema())],
];
for (const [path, text] of outputs) writeFileAtomic(join(ROOT, path), text);
console.log(`generated ${outputs.map(([p]) => p).join(', ')} (${checks.length} checks)`);
