/**
 * Texts for the JSON validity parity test: the edges of JSON's grammar and of polars' parser
 * (serde_json), and seeded random documents with random edits. No text holds a NUL character,
 * which PostgreSQL's text cannot store.
 */
import { rng as random } from '../helpers/random.ts';

const deep = (n: number, open = '[', close = ']') => open.repeat(n) + close.repeat(n);
const objects = (n: number) => '{"a":'.repeat(n) + '1' + '}'.repeat(n);

export const EDGE_TEXTS: string[] = [
  // top-level values and whitespace (JSON's is space, tab, LF and CR only)
  ...['1', '-0', '"a"', 'true', 'false', 'null', '[]', '{}', ' 1 ', '\t[1]\n', '\r\n{}\r\n', ' null '],
  ...['\f1', '\u000b1', '\u00a01', '1\u00a0', '\u20281', '\ufeff{}', '{}\ufeff', '', ' ', '\n'],
  // literals and tokens JSON does not have
  ...['True', 'NULL', 'nul', 'NaN', '-NaN', 'Infinity', '-Infinity', 'inf', '[NaN]', '{"a":Infinity}'],
  ...["'a'", "{'a':1}", '{a:1}', '{1:2}', '/*c*/1', '1//c', '[1,]', '{"a":1,}', '[1 , ]', '[,1]', '[1,,2]'],
  ...['{"a"}', '{"a":}', '{"a" 1}', '[1 2]', '{} x', '{}{}', '1 2', '"a" "b"', '[', ']', '{', '"', '"a'],
  // duplicate keys are JSON; so are escapes of every kind
  ...[
    '{"a":1,"a":2}',
    '{"":0}',
    '"\\/"',
    '"\\b\\f\\n\\r\\t"',
    '"\\u00e9"',
    '"\\uD83D\\uDE00"',
    '"\\ud83d\\ude00"',
  ],
  ...['"\\u0000"', '"\\u001f"', '"\\x41"', '"\\a"', '"\\u12"', '"\\u12G4"', '"\\U0041"', '"\\\\"', '"\\\\u"'],
  // lone and misordered surrogates, also after an escaped backslash
  ...['"\\ud800"', '"\\udc00"', '"\\udfff"', '"\\ud800x"', '"\\ud800\\ud800"', '"\\udc00\\ud800"'],
  ...[
    '"\\ud800\\u0041"',
    '"\\udbff\\udfff"',
    '"\\\\ud800"',
    '"\\\\\\ud800"',
    '["\\ud800", 1]',
    '{"\\udc00":1}',
  ],
  // raw characters in strings: controls must be escaped, the rest is text
  ...['"a\tb"', '"a\nb"', '"\u001f"', '"\u007f"', '"\u2028\u2029"', '"é漢字🙂"', '{"키":"값"}'],
  // numbers
  ...['01', '-01', '1.', '.5', '+1', '1e', '1e+', '1E5', '1e-5', '0e0', '-0.0e-0', '0x10', '1_000'],
  ...['1e308', '1e309', '-1e309', '1e400', '1e-400', '1e99999', '1e-99999', '0e99999', '0.0e999999999999'],
  ...[
    '1.7976931348623157e308',
    '1.7976931348623158e308',
    '1.7976931348623159e308',
    '1.8e308',
    '17976931348623157e292',
  ],
  ...['18446744073709551615', '18446744073709551616', '-9223372036854775809', '18446744073709551615e289'],
  ...[
    '18446744073709551616e289',
    '1844674407370955161e290',
    '[1, 2e308]',
    '{"n": 1e309}',
    '[1e1000000000000]',
  ],
  '9'.repeat(308),
  '9'.repeat(309),
  '9'.repeat(400),
  '1' + '0'.repeat(308),
  '0.' + '0'.repeat(400) + '1',
  '1' + '0'.repeat(250) + 'e58',
  '1' + '0'.repeat(250) + 'e57',
  '"' + '9'.repeat(400) + '"',
  '"1e999"',
  // nesting: 127 levels parse in polars, 128 do not
  ...[1, 2, 126, 127, 128, 129, 500, 3000].flatMap((n) => [deep(n), deep(n, '[', ']').replace(/\]$/, '')]),
  objects(127),
  objects(128),
  `[${deep(126)},${deep(127)}]`,
  `[${deep(126)},${deep(126)}]`,
  `[${Array.from({ length: 300 }, () => '{}').join(',')}]`,
  `["${'['.repeat(200)}"]`,
];

const PIECES = ['a', 'é', '漢', '🙂', '"', '\\', ' ', '\\u00e9', '\\ud83d\\ude00', 'x y', ''];
const NUMBERS = ['0', '-1', '3.25', '1e5', '-2.5E-3', '12345678901234567890', '1e308', '1e-320'];

function document(r: () => number, depth: number): string {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const ws = () => pick(['', '', ' ', '\n', '\t', '\r\n  ']);
  const str = () => JSON.stringify(Array.from({ length: Math.floor(r() * 3) }, () => pick(PIECES)).join(''));
  const k = depth > 3 ? Math.floor(r() * 4) : Math.floor(r() * 6);
  switch (k) {
    case 0:
      return pick(NUMBERS);
    case 1:
      return str();
    case 2:
      return pick(['true', 'false', 'null']);
    case 3:
      return pick(NUMBERS);
    case 4:
      return `[${ws()}${Array.from({ length: Math.floor(r() * 4) }, () => document(r, depth + 1)).join(`${ws()},${ws()}`)}${ws()}]`;
    default:
      return `{${ws()}${Array.from({ length: Math.floor(r() * 4) }, () => `${str()}${ws()}:${ws()}${document(r, depth + 1)}`).join(`${ws()},`)}${ws()}}`;
  }
}

const EDITS = [',', ']', '}', '"', '\\', ':', ' ', 'x', '\t', 'NaN', '\\u', '\\ud800', '1e999'];

/** `n` random documents: a third as generated, the rest with one random edit (insert, delete, cut). */
export function randomTexts(n: number, seed = 15): string[] {
  const r = random(seed);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const doc = document(r, 0);
    const at = Math.floor(r() * (doc.length + 1));
    const edit = EDITS[Math.floor(r() * EDITS.length)]!;
    const kind = i % 3;
    out.push(
      kind === 0
        ? doc
        : kind === 1
          ? doc.slice(0, at) + edit + doc.slice(at)
          : r() < 0.5
            ? doc.slice(0, at) + doc.slice(at + 1)
            : doc.slice(0, at),
    );
  }
  return out;
}
