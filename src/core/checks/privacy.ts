import { z } from 'zod';
import { isStringDtype } from '../toolkit/dtype.ts';
import { TruthgateError } from '../errors.ts';
import { col, lit, or, when, type Expr } from '../expr/node.ts';
import { defineCheck, type PlanContext } from './define.ts';
import { column } from './params.ts';

const piiKinds = ['email', 'phone', 'credit_card'] as const;
type PiiKind = (typeof piiKinds)[number];

const EMAIL = '[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}';
/**
 * E.164 (`+` and 9-15 digits, light separators) or a national number of 9-12 digits grouped as
 * area/prefix/line (`010-1234-5678`, `(555) 123-4567`, `02 123 4567`), not inside a longer digit run.
 */
const PHONE =
  '(?:^|[^0-9])(?:\\+[1-9](?:[ .()-]{0,2}[0-9]){8,14}|\\(?[0-9]{2,4}\\)?[ .-]?[0-9]{3,4}[ .-]?[0-9]{4})(?:[^0-9]|$)';
/** 13-19 digits, optionally grouped by single spaces or dashes, not inside a longer digit run. */
const CARD = '(?:^|[^0-9])((?:[0-9][ -]?){12,18}[0-9])(?:[^0-9]|$)';
/** Card-like runs checked per value; a second one catches a card that follows an order number. */
const CARD_CANDIDATES = 2;
const MAX_CARD_DIGITS = 19;

/** Luhn checksum of a digit string, as row expressions: null-safe, no per-row JavaScript. */
function luhnValid(digits: Expr): Expr {
  const len = digits.length().cast('Int32');
  let sum: Expr = lit(0);
  for (let i = 0; i < MAX_CARD_DIGITS; i++) {
    // Past the end, slice yields "" and the lenient cast null, which counts as 0.
    const d = digits.substr(i, 1).cast('Int32', false).fillNull(0);
    // Every second digit counting from the right one, i.e. where (len - i) is even.
    const doubled = when(d.gt(4), d.mul(2).sub(9), d.mul(2));
    sum = sum.add(when(len.sub(i).mod(2).eq(0), doubled, d));
  }
  return sum.mod(10).eq(0);
}

function containsCard(text: Expr): Expr {
  const hits: Expr[] = [];
  let rest = text;
  for (let k = 0; k < CARD_CANDIDATES; k++) {
    const candidate = rest.extract(CARD);
    hits.push(candidate.isNotNull().and(luhnValid(candidate.replace('[ -]', '', true))));
    rest = rest.replace(CARD, ' ', false);
  }
  return or(...hits).fillNull(false);
}

const detectors: Record<PiiKind, (text: Expr) => Expr> = {
  email: (t) => t.matches(EMAIL),
  phone: (t) => t.matches(PHONE),
  credit_card: containsCard,
};

/**
 * What a sample may show of a finding: email local part and domain hidden ("j***@***.com"), and of
 * every run of 6+ digits only the last four ("**** **** **** 1111").
 */
export function maskPersonalData(value: unknown): unknown {
  if (value === null || value === undefined) return value;
  return String(value)
    .replace(
      /([A-Za-z0-9._%+-])[A-Za-z0-9._%+-]*@[A-Za-z0-9.-]*?(\.[A-Za-z]{2,})(?![A-Za-z0-9-])/g,
      '$1***@***$2',
    )
    .replace(/\d(?:[\s().-]*\d){5,}/g, (run) => {
      let keep = 4;
      return [...run]
        .reverse()
        .map((ch) => (/\d/.test(ch) && keep-- <= 0 ? '*' : ch))
        .reverse()
        .join('');
    });
}

/** Text of the column; integer columns are scanned too, since card and phone numbers often land there. */
function scannable(ctx: PlanContext, name: string): Expr {
  const dtype = ctx.schema[name] ?? 'unknown';
  if (dtype === 'String') return col(name);
  if (isStringDtype(dtype) || /^(U?Int|Null$)/.test(dtype)) return col(name).cast('String');
  throw new TruthgateError('TG_CHECK_DTYPE', {
    check: 'no_pii',
    column: name,
    dtype,
    expected: 'a string or integer',
    expected_ko: '문자열 또는 정수',
    example: '',
  });
}

const noPii = defineCheck({
  name: 'no_pii',
  category: 'privacy',
  summary: 'No values contain emails, phone numbers or payment card numbers.',
  doc:
    'Fails on every non-null value that contains something that looks like personal data, of the `kinds` ' +
    'given (default all): an email address; a phone number (E.164 such as `+82 10 1234 5678`, or a ' +
    'national number of 9-12 digits such as `010-1234-5678` or `(555) 123-4567`); a payment card number of ' +
    '13-19 digits (spaces or dashes allowed) that passes the Luhn checksum. Matching runs inside the fused ' +
    'scan (regex plus Luhn in polars expressions). It is a heuristic: bare 9-12 digit identifiers count as ' +
    'phone numbers, so narrow `kinds` on ID-like text. Samples are masked (`j***@***.com`, ' +
    '`**** **** **** 1111`) so the report does not repeat the data it flags.',
  defaultSeverity: 'critical',
  perColumn: true,
  params: z
    .object({
      column,
      kinds: z
        .array(z.enum(piiKinds))
        .min(1)
        .optional()
        .describe('What to look for: email, phone, credit_card (default all)'),
    })
    .strict(),
  example: { columns: ['comment', 'notes'], kinds: ['email', 'credit_card'] },
  columns: (p) => [p.column],
  plan: (p, ctx) => {
    const text = scannable(ctx, p.column);
    const kinds = [...new Set(p.kinds ?? piiKinds)];
    const fails = or(...kinds.map((k) => detectors[k](text)));
    const names = kinds.map((k) => k.replace('_', ' ')).join(', ');
    return {
      kind: 'row',
      fails,
      expected: `no ${names}`,
      describe: `values that look like personal data (${names})`,
      maskSample: maskPersonalData,
    };
  },
});

export const privacyChecks = [noPii];
