import { z } from 'zod';
import { TruthgateError } from '../errors.ts';
import { col, or, type Expr } from '../expr/node.ts';
import { compileRegex } from '../expr/polars.ts';
import { defineCheck, type PlanContext, type RowSpec } from './define.ts';
import { requireDtype } from './dtype-guard.ts';
import { column } from './params.ts';

/** The column as text, after checking it is one (Categorical/Enum are cast so str functions apply). */
export function textColumn(ctx: PlanContext, check: string, name: string): Expr {
  const dtype = requireDtype(ctx, check, name, 'string');
  return dtype === 'String' ? col(name) : col(name).cast('String');
}

function rowPlan(fails: Expr, expected: unknown, describe: string): RowSpec {
  return { kind: 'row', fails, expected, describe };
}

/** Fails on text values in which the (anchored) format pattern finds no match. */
function mustMatch(
  ctx: PlanContext,
  check: string,
  name: string,
  pattern: string,
  label: string,
  reject?: Reject,
): RowSpec {
  const text = textColumn(ctx, check, name);
  const bad = text.matches(pattern).not();
  // The length test first: SQL engines then skip the (unanchored, slow) reject regex on short text.
  const rejected = reject && text.length().gte(reject.minLength).and(text.matches(reject.pattern));
  return rowPlan(rejected ? bad.or(rejected) : bad, label, `invalid ${label}`);
}

/** Values matching `pattern` fail too; no text shorter than `minLength` characters can match it. */
interface Reject {
  pattern: string;
  minLength: number;
}

/** Compiles the pattern once on a one-row frame so a bad regex is a clear error of its own check. */
function checkedPattern(check: string, pattern: string, ignoreCase = false): string {
  const full = ignoreCase ? `(?i)${pattern}` : pattern;
  try {
    compileRegex(full);
  } catch (err) {
    // The Rust message spans lines (pattern, caret, "error: ..."); keep the explanatory one.
    const lines = (err instanceof Error ? err.message : String(err)).split('\n').map((l) => l.trim());
    const detail = lines.find((l) => l.startsWith('error:'))?.slice(6) ?? lines.find(Boolean) ?? '';
    throw new TruthgateError('TG_CHECK_ERROR', {
      check,
      detail: `invalid regular expression \`${pattern}\`: ${detail.trim()}`,
    });
  }
  return full;
}

const patternParams = z
  .object({
    column,
    pattern: z
      .string()
      .min(1)
      .describe('Regular expression (Rust regex syntax); matched anywhere unless anchored'),
    ignore_case: z.boolean().optional().describe('Match case-insensitively (same as a leading `(?i)`)'),
  })
  .strict();

const regex = defineCheck({
  name: 'regex',
  category: 'strings',
  summary: 'Text values match a regular expression.',
  doc:
    'Fails on every non-null value in which `pattern` finds no match. The pattern is searched anywhere in the ' +
    'value, so anchor it with `^...$` to match whole values. The syntax is that of Rust regex (polars): ' +
    'no look-around or back-references; inline flags such as `(?i)` work, and `ignore_case: true` adds it for you.',
  defaultSeverity: 'medium',
  perColumn: true,
  params: patternParams,
  example: { column: 'sku', pattern: '^[A-Z]{3}-\\d{4}$' },
  columns: (p) => [p.column],
  plan: (p, ctx) => {
    const re = checkedPattern('regex', p.pattern, p.ignore_case);
    return rowPlan(
      textColumn(ctx, 'regex', p.column).matches(re).not(),
      `matches /${p.pattern}/`,
      `non-matching values (/${p.pattern}/)`,
    );
  },
});

const notRegex = defineCheck({
  name: 'not_regex',
  category: 'strings',
  summary: 'Text values do not match a regular expression.',
  doc:
    'Fails on every non-null value in which `pattern` finds a match, e.g. to forbid placeholder text ' +
    '(`(?i)^(n/a|tbd|test)$`) or markup. Same syntax and search semantics as `regex`.',
  defaultSeverity: 'medium',
  perColumn: true,
  params: patternParams,
  example: { column: 'name', pattern: '(?i)^(n/a|tbd|test)$' },
  columns: (p) => [p.column],
  plan: (p, ctx) => {
    const re = checkedPattern('not_regex', p.pattern, p.ignore_case);
    return rowPlan(
      textColumn(ctx, 'not_regex', p.column).matches(re),
      `no match of /${p.pattern}/`,
      `values matching /${p.pattern}/`,
    );
  },
});

const length = z.number().int().min(0);
const lengthBetween = defineCheck({
  name: 'length_between',
  category: 'strings',
  summary: 'Text length (in characters) lies within a range.',
  doc:
    'Fails on every non-null value shorter than `min` or longer than `max` characters. Length counts Unicode ' +
    'characters, not bytes, so "東京" has length 2. Empty strings have length 0 (use `no_blank_strings` to ' +
    'reject them explicitly).',
  defaultSeverity: 'medium',
  perColumn: true,
  params: z
    .object({ column, min: length.optional(), max: length.optional() })
    .strict()
    .refine((p) => p.min !== undefined || p.max !== undefined, { message: 'give `min`, `max` or both' })
    .refine((p) => p.min === undefined || p.max === undefined || p.min <= p.max, {
      message: '`min` must not exceed `max`',
    }),
  example: { column: 'country_code', min: 2, max: 2 },
  columns: (p) => [p.column],
  plan: (p, ctx) => {
    const len = textColumn(ctx, 'length_between', p.column).length();
    const lo = p.min === undefined ? null : len.lt(p.min);
    const hi = p.max === undefined ? null : len.gt(p.max);
    const fails = lo && hi ? lo.or(hi) : (lo ?? hi)!;
    const expected =
      p.min !== undefined && p.max !== undefined
        ? `length in [${p.min}, ${p.max}]`
        : p.min !== undefined
          ? `length >= ${p.min}`
          : `length <= ${p.max}`;
    return rowPlan(
      fails,
      expected,
      p.min !== undefined && p.max !== undefined
        ? `values outside ${expected}`
        : p.min !== undefined
          ? `values shorter than ${p.min} characters`
          : `values longer than ${p.max} characters`,
    );
  },
});

/** A DNS label: letters (any script), digits and inner hyphens, at most 63 characters. */
// Unbounded repeats: counted repeats of Unicode classes ({0,61}) made the regex engine ~30x
// slower (4 s per 2M emails). The 63-character label limit is enforced by LONG_LABEL instead.
const LABEL = '[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?';
const TLD = '(?:\\p{L}{2,}|xn--[a-zA-Z0-9-]+)';
/** A domain label longer than 63 characters (DNS limit), after `@` or `//`. */
const LONG_LABEL: Reject = { pattern: '(?:@|//)(?:[^./:@]*\\.)*[^./:@]{64}', minLength: 65 };
const DOMAIN = `(?:${LABEL}\\.)+${TLD}`;
const ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
const IPV4_OCTET = '(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])';
const IPV4 = `${IPV4_OCTET}(?:\\.${IPV4_OCTET}){3}`;

/** Every legal IPv6 spelling: full, `::`-compressed, and with an embedded IPv4 tail. */
function ipv6Pattern(): string {
  const h = '[0-9A-Fa-f]{1,4}';
  const groups = (n: number): string => (n === 0 ? '' : `${h}(?::${h}){${n - 1}}`);
  const alts = [`(?:${h}:){7}${h}`, `(?:${h}:){6}${IPV4}`];
  for (let a = 0; a <= 7; a++) {
    for (let b = 0; a + b <= 7; b++) alts.push(`${groups(a)}::${groups(b)}`);
    for (let b = 0; a + b <= 5; b++) alts.push(`${groups(a)}::${b === 0 ? '' : `${groups(b)}:`}${IPV4}`);
  }
  return `(?:${alts.join('|')})`;
}
const IPV6 = ipv6Pattern();

/** One definition for the format checks that are a fixed whole-value pattern. */
function formatCheck(spec: {
  name: string;
  summary: string;
  doc: string;
  example: Record<string, unknown>;
  label: string;
  pattern: string;
  /** Values matching this fail too (limits the main pattern leaves out for speed). */
  reject?: Reject;
}) {
  return defineCheck({
    name: spec.name,
    category: 'strings',
    summary: spec.summary,
    doc: spec.doc,
    defaultSeverity: 'medium',
    perColumn: true,
    params: z.object({ column }).strict(),
    example: spec.example,
    columns: (p) => [p.column],
    plan: (p, ctx) => mustMatch(ctx, spec.name, p.column, spec.pattern, spec.label, spec.reject),
  });
}

const email = formatCheck({
  name: 'email',
  summary: 'Values are syntactically valid email addresses.',
  doc:
    'Fails on every non-null value that is not a plausible email address: a local part of the usual ' +
    'characters (dot-separated, no leading, trailing or double dots), `@`, and a domain of at least two ' +
    'labels with an alphabetic top-level domain. Internationalised domain names (Unicode or `xn--`) pass. ' +
    'Quoted local parts and IP-literal domains, legal but almost never intended, fail. No DNS lookup is made.',
  example: { column: 'email' },
  label: 'email addresses',
  pattern: `^${ATOM}(?:\\.${ATOM})*@${DOMAIN}$`,
  reject: LONG_LABEL,
});

const uuidVersion = z.number().int().min(1).max(8);
const uuid = defineCheck({
  name: 'uuid',
  category: 'strings',
  summary: 'Values are UUIDs (any version, or the given `version`).',
  doc:
    'Fails on every non-null value that is not a UUID in its canonical 8-4-4-4-12 hexadecimal form ' +
    '(either case, no braces or `urn:uuid:` prefix). Without `version` any hex value of that shape passes, ' +
    'including the nil UUID; with `version: 4` (1 to 8) the version digit must match and the variant must be ' +
    'the RFC 9562 one (`8`, `9`, `a` or `b`).',
  defaultSeverity: 'medium',
  perColumn: true,
  params: z
    .object({ column, version: uuidVersion.optional().describe('Required UUID version (1-8)') })
    .strict(),
  example: { column: 'id', version: 4 },
  columns: (p) => [p.column],
  plan: (p, ctx) => {
    const x = '[0-9A-Fa-f]';
    const pattern =
      p.version === undefined
        ? `^${x}{8}-${x}{4}-${x}{4}-${x}{4}-${x}{12}$`
        : `^${x}{8}-${x}{4}-${p.version}${x}{3}-[89ABab]${x}{3}-${x}{12}$`;
    const label = p.version === undefined ? 'UUIDs' : `version ${p.version} UUIDs`;
    return mustMatch(ctx, 'uuid', p.column, pattern, label);
  },
});

const url = defineCheck({
  name: 'url',
  category: 'strings',
  summary: 'Values are absolute URLs with a host (http, https, ftp by default).',
  doc:
    'Fails on every non-null value that is not an absolute URL of one of `schemes` (default http, https, ' +
    'ftp; case-insensitive) with a host: a domain name with a top-level domain, `localhost`, an IPv4 ' +
    'address or a bracketed IPv6 address, then an optional port and an optional path, query and fragment ' +
    'without spaces. Relative URLs and bare domains fail.',
  defaultSeverity: 'medium',
  perColumn: true,
  params: z
    .object({
      column,
      schemes: z
        .array(z.string().regex(/^[A-Za-z][A-Za-z0-9+.-]*$/, 'a URL scheme such as `https`'))
        .min(1)
        .optional()
        .describe('Allowed schemes (default: http, https, ftp)'),
    })
    .strict(),
  example: { column: 'homepage', schemes: ['https'] },
  columns: (p) => [p.column],
  plan: (p, ctx) => {
    const schemes = p.schemes ?? ['http', 'https', 'ftp'];
    const host = `(?:localhost|${DOMAIN}|${IPV4}|\\[${IPV6}\\])`;
    const pattern = `^(?i:${schemes.map((s) => s.replace(/[.+]/g, '\\$&')).join('|')})://(?:[^\\s/?#@]+@)?${host}(?::[0-9]{1,5})?(?:[/?#][^\\s]*)?$`;
    const label = `${schemes.join('/')} URLs`;
    return mustMatch(ctx, 'url', p.column, pattern, label, LONG_LABEL);
  },
});

const ipAddress = defineCheck({
  name: 'ip_address',
  category: 'strings',
  summary: 'Values are IPv4 and/or IPv6 addresses.',
  doc:
    'Fails on every non-null value that is not an IP address of the chosen `version` (4, 6 or `any`, the ' +
    'default). IPv4 is four dotted decimal octets of at most 255 without leading zeros; IPv6 accepts every ' +
    'standard spelling, including `::` compression and an embedded IPv4 tail (`::ffff:10.0.0.1`). Zone ' +
    'suffixes (`%eth0`), ports and CIDR prefixes fail.',
  defaultSeverity: 'medium',
  perColumn: true,
  params: z
    .object({ column, version: z.union([z.literal(4), z.literal(6), z.literal('any')]).optional() })
    .strict(),
  example: { column: 'client_ip', version: 4 },
  columns: (p) => [p.column],
  plan: (p, ctx) => {
    const v = p.version ?? 'any';
    const body = v === 4 ? IPV4 : v === 6 ? IPV6 : `(?:${IPV4}|${IPV6})`;
    const label = v === 'any' ? 'IP addresses' : `IPv${v} addresses`;
    return mustMatch(ctx, 'ip_address', p.column, `^${body}$`, label);
  },
});

const datetimeFormat = defineCheck({
  name: 'datetime_format',
  category: 'strings',
  summary: 'Text values parse as a date or date-time with a strftime format.',
  doc:
    'Fails on every non-null value that the strftime `format` (chrono syntax, e.g. `%Y-%m-%d %H:%M:%S`) does ' +
    'not parse as a whole: trailing text, impossible dates (2024-02-30) and out-of-range fields fail. A ' +
    'format without time directives parses dates. `%.f` takes optional fractional seconds and `%z` or ' +
    '`%:z` an offset; for ISO 8601 values with an offset use `%Y-%m-%dT%H:%M:%S%.f%:z`.',
  defaultSeverity: 'medium',
  perColumn: true,
  params: z.object({ column, format: z.string().min(1).describe('strftime format') }).strict(),
  example: { column: 'created_at', format: '%Y-%m-%d %H:%M:%S' },
  columns: (p) => [p.column],
  plan: (p, ctx) => {
    // As epoch ms, which SQL dialects compute from the format's fields (expr/iso.ts).
    const parsed = textColumn(ctx, 'datetime_format', p.column).strptime(p.format).epochMs('Datetime(ms)');
    return rowPlan(parsed.isNull(), `format ${p.format}`, `unparseable values (format ${p.format})`);
  },
});

const jsonParseable = defineCheck({
  name: 'json_parseable',
  category: 'strings',
  summary: 'Text values are valid JSON documents.',
  doc:
    'Fails on every non-null value that is not one complete JSON document (object, array, string, number, ' +
    '`true`, `false` or `null`; surrounding spaces, tabs and line breaks allowed). Trailing commas, single ' +
    'quotes, comments, `NaN`, `Infinity`, a byte-order mark and trailing text fail. As polars parses it ' +
    '(serde_json): duplicate keys are allowed; an escaped lone UTF-16 surrogate (`"\\ud800"`), nesting deeper ' +
    'than 127 levels and a number too large for a double (`1e309`, and `1.7976931348623158e308`, which ' +
    'serde_json computes as infinity) fail. Each value is parsed on its own inside the fused scan, so one bad ' +
    'row never breaks the others. The databases give the same verdict on every value: DuckDB refuses what its ' +
    '`json_valid` lets through (trailing commas, `NaN`, depth, huge numbers) in the same query; PostgreSQL ' +
    'calls a function that a connection running this check creates in `pg_temp` before its read-only transaction (`IS JSON` from ' +
    'PostgreSQL 16, a caught cast before), so the role needs the TEMP privilege on the database; without it ' +
    'this check (only) is refused with TG_CHECK_UNSUPPORTED_BACKEND saying so.',
  defaultSeverity: 'medium',
  perColumn: true,
  params: z.object({ column }).strict(),
  example: { column: 'payload' },
  columns: (p) => [p.column],
  plan: (p, ctx) => {
    const fails = textColumn(ctx, 'json_parseable', p.column).jsonValid().not();
    return rowPlan(fails, 'valid JSON', 'values that are not valid JSON');
  },
});

const noSurroundingWhitespace = defineCheck({
  name: 'no_surrounding_whitespace',
  category: 'strings',
  summary: 'Text values have no leading or trailing whitespace.',
  doc:
    'Fails on every non-null value that starts or ends with whitespace (spaces, tabs, newlines, and Unicode ' +
    'spaces such as the no-break space). Such values break joins and set checks in ways that are hard to see.',
  defaultSeverity: 'low',
  perColumn: true,
  params: z.object({ column }).strict(),
  example: { columns: ['email', 'country'] },
  columns: (p) => [p.column],
  plan: (p, ctx) =>
    rowPlan(
      textColumn(ctx, 'no_surrounding_whitespace', p.column).matches('^\\s|\\s$'),
      'no leading or trailing whitespace',
      'values with leading or trailing whitespace',
    ),
});

/** Case checks compare a value with its own case-mapped form, so digits and symbols always pass. */
function caseCheck(name: 'lowercase' | 'uppercase') {
  const lower = name === 'lowercase';
  return defineCheck({
    name,
    category: 'strings',
    summary: `Text values are all ${lower ? 'lower' : 'upper'} case.`,
    doc:
      `Fails on every non-null value that changes when converted to ${lower ? 'lower' : 'upper'} case, i.e. ` +
      `that holds at least one ${lower ? 'upper' : 'lower'}-case letter (Unicode-aware). Digits, symbols and ` +
      'letters without case pass.',
    defaultSeverity: 'low',
    perColumn: true,
    params: z.object({ column }).strict(),
    example: { column: lower ? 'email' : 'country_code' },
    columns: (p) => [p.column],
    plan: (p, ctx) => {
      const c = textColumn(ctx, name, p.column);
      const mapped = lower ? c.lower() : c.upper();
      return rowPlan(c.neq(mapped), `${name} text`, `values that are not ${name}`);
    },
  });
}

const affixes = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]);

/** Literal prefix/suffix test shared by starts_with and ends_with (no regex escaping for users). */
function affixPlan(
  ctx: PlanContext,
  check: string,
  name: string,
  given: string | string[],
  start: boolean,
): RowSpec {
  const c = textColumn(ctx, check, name);
  const list = ([] as string[]).concat(given);
  const any = or(...list.map((s) => (start ? c.startsWith(s) : c.endsWith(s))));
  const shown = list.map((s) => JSON.stringify(s)).join(' or ');
  const verb = start ? 'start' : 'end';
  return rowPlan(any.not(), `${verb}s with ${shown}`, `values not ${verb}ing with ${shown}`);
}

const startsWith = defineCheck({
  name: 'starts_with',
  category: 'strings',
  summary: 'Text values start with a literal prefix (or one of several).',
  doc:
    'Fails on every non-null value that does not start with `prefix`, compared literally and ' +
    'case-sensitively. Give a list to accept any of several prefixes.',
  defaultSeverity: 'medium',
  perColumn: true,
  params: z.object({ column, prefix: affixes }).strict(),
  example: { column: 'invoice_id', prefix: 'INV-' },
  columns: (p) => [p.column],
  plan: (p, ctx) => affixPlan(ctx, 'starts_with', p.column, p.prefix, true),
});

const endsWith = defineCheck({
  name: 'ends_with',
  category: 'strings',
  summary: 'Text values end with a literal suffix (or one of several).',
  doc:
    'Fails on every non-null value that does not end with `suffix`, compared literally and ' +
    'case-sensitively. Give a list to accept any of several suffixes.',
  defaultSeverity: 'medium',
  perColumn: true,
  params: z.object({ column, suffix: affixes }).strict(),
  example: { column: 'filename', suffix: ['.csv', '.parquet'] },
  columns: (p) => [p.column],
  plan: (p, ctx) => affixPlan(ctx, 'ends_with', p.column, p.suffix, false),
});

export const stringChecks = [
  regex,
  notRegex,
  lengthBetween,
  email,
  url,
  uuid,
  ipAddress,
  datetimeFormat,
  jsonParseable,
  noSurroundingWhitespace,
  caseCheck('lowercase'),
  caseCheck('uppercase'),
  startsWith,
  endsWith,
];
