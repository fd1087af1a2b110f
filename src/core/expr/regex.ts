import type { Dialect, RegexFlavor } from './dialect.ts';

/**
 * Check patterns are Rust regex syntax (what polars runs). A SQL dialect runs them only where
 * its engine reads them the same way: RE2 (DuckDB) shares most of the syntax, but its \d, \s
 * and \w are ASCII while Rust's are Unicode, so those are spelled out as Unicode classes; POSIX
 * AREs (PostgreSQL) get them and \p{..} classes as code point ranges and a newline-free `.`;
 * they lack scoped flags, so such patterns are refused.
 */
export type Translated = { pattern: string } | { unsupported: string };

const RE2_CLASS: Record<string, string> = {
  d: '\\p{Nd}',
  s: '\\t\\n\\x0B\\f\\r\\x{85}\\p{Z}',
  w: '\\p{L}\\p{M}\\p{Nd}\\p{Pc}',
};

export function translateRegex(pattern: string, flavor: RegexFlavor): Translated {
  return flavor === 're2' ? toRe2(pattern) : toPosixAre(pattern);
}

/** translateRegex for one session's dialect, which may take ASCII patterns only (`nonAscii`: why). */
export function translateForDialect(pattern: string, regex: Dialect['regex']): Translated {
  const t = translateRegex(pattern, regex.flavor);
  // eslint-disable-next-line no-control-regex
  if ('pattern' in t && regex.nonAscii !== undefined && /[^\x00-\x7f]/.test(t.pattern))
    return { unsupported: regex.nonAscii };
  return t;
}

function toRe2(pattern: string): Translated {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\') {
      const e = pattern[i + 1] ?? '';
      i++;
      const lower = e.toLowerCase();
      if (lower in RE2_CLASS) {
        const body = RE2_CLASS[lower]!;
        const negated = e !== lower;
        if (inClass && negated) return { unsupported: `\\${e} inside a character class` };
        out += inClass ? body : `[${negated ? '^' : ''}${body}]`;
      } else if (e === 'b' || e === 'B') return { unsupported: `\\${e} (Unicode word boundaries)` };
      else out += `\\${e}`;
      continue;
    }
    if (inClass && c === '[' && pattern[i + 1] !== ':') return { unsupported: 'nested character classes' };
    if (inClass && /^(&&|--|~~)/.test(pattern.slice(i)))
      return { unsupported: 'character class set operations' };
    if (c === '[' && !inClass) {
      inClass = true;
      out += c;
      // A leading ] or ^] is a literal, not the end of the class.
      if (pattern[i + 1] === '^') out += pattern[++i];
      if (pattern[i + 1] === ']') out += pattern[++i];
      continue;
    }
    if (c === ']' && inClass) inClass = false;
    if (!inClass && c === '(' && /^\(\?[a-zA-Z-]*x/.test(pattern.slice(i)))
      return { unsupported: 'the x flag' };
    out += c;
  }
  return { pattern: out };
}

function toPosixAre(pattern: string): Translated {
  const bad: [RegExp, string, boolean?][] = [
    [/\\x\{/, '\\x{..} escapes', true],
    [/\\[bBAzZ]/, 'anchors and word boundaries spelled differently', true],
    [/(?<!^)\(\?(?!:)/, 'inline flags or groups other than (?:...) (a leading (?i) is fine)'],
    [/^\(\?(?!i\)|:)/, 'inline flags other than a leading (?i)'],
    [/\{(\d{4,}|[3-9]\d\d|2[6-9]\d|25[6-9])/, 'repetition counts above 255'],
  ];
  // Escaped characters (an escaped paren before a `?`) are not syntax: the group tests skip them.
  const unescaped = pattern.replace(/\\./g, '_');
  for (const [re, what, escapes] of bad)
    if (re.test(escapes ? pattern : unescaped)) return { unsupported: `pattern uses ${what}` };
  let out = '';
  let inClass = false;
  // Unicode classes inside one bracket become one merged range list, placed where the first was.
  let merged: { at: number; tests: RegExp[] } | undefined;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\') {
      const e = pattern[i + 1] ?? '';
      i++;
      const lower = e.toLowerCase();
      let test: RegExp | undefined;
      if (lower in PERL_CLASS) test = PERL_CLASS[lower as keyof typeof PERL_CLASS];
      else if (lower === 'p') {
        // \pL or \p{Name}: a general category, binary property or script, as JavaScript knows it.
        const name = /^\{([^}]*)\}|^(\w)/.exec(pattern.slice(i + 1));
        test = name ? propertyClass(name[1] ?? name[2]!) : undefined;
        if (!name || !test) return { unsupported: `the Unicode property class \\${e}${name?.[0] ?? ''}` };
        i += name[0].length;
      }
      if (test) {
        const negated = e !== lower;
        if (inClass && negated) return { unsupported: `\\${e} inside a character class` };
        if (inClass) (merged ??= { at: out.length, tests: [] }).tests.push(test);
        else out += `[${negated ? '^' : ''}${unicodeClass([test])}]`;
      } else out += `\\${e}`;
      continue;
    }
    if (inClass && c === '[' && pattern[i + 1] === ':') {
      // A POSIX class such as [:alpha:] is copied whole, so its ] does not end the bracket.
      const end = pattern.indexOf(':]', i + 2);
      if (end < 0) return { unsupported: 'an unterminated [: class' };
      out += pattern.slice(i, end + 2);
      i = end + 1;
      continue;
    }
    if (inClass && c === '[') return { unsupported: 'nested character classes' };
    if (c === '[' && !inClass) {
      inClass = true;
      out += c;
      if (pattern[i + 1] === '^') out += pattern[++i];
      if (pattern[i + 1] === ']') out += pattern[++i];
      continue;
    }
    if (c === ']' && inClass) {
      inClass = false;
      if (merged) out = out.slice(0, merged.at) + unicodeClass(merged.tests) + out.slice(merged.at);
      merged = undefined;
    }
    // Rust's . stops at a newline; PostgreSQL's matches it.
    if (c === '.' && !inClass) {
      out += '[^\\n]';
      continue;
    }
    out += c;
  }
  return { pattern: out };
}

/**
 * Rust's \\d, \\s, \\w and \\p{..} classes are Unicode (UTS #18); PostgreSQL's classes follow the
 * database's locale (ASCII in C) and it has no \\p. They are spelled out as code point ranges,
 * taken from JavaScript's own Unicode tables (the database must be UTF-8, as any holding such
 * text is).
 */
const PERL_CLASS = {
  d: /\p{Nd}/u,
  s: /\p{White_Space}/u,
  w: /[\p{Alphabetic}\p{M}\p{Nd}\p{Pc}\p{Join_Control}]/u,
};

/** A property by Rust's name: `L`, `Letter`, `Greek`; undefined when JavaScript does not know it. */
function propertyClass(name: string): RegExp | undefined {
  for (const spelled of [name, `Script=${name}`])
    try {
      return new RegExp(`\\p{${spelled}}`, 'u');
    } catch {
      // not this spelling
    }
  return undefined;
}

const classes = new Map<string, string>();

/**
 * Code points of any of `tests` as bracket ranges. Endpoints that are visible characters are
 * written as themselves (PostgreSQL compares the pattern text on every row, so length counts);
 * controls, spaces, marks and format characters as \\u escapes.
 */
function unicodeClass(tests: readonly RegExp[]): string {
  const key = tests.map((t) => t.source).join('|');
  let body = classes.get(key);
  if (body !== undefined) return body;
  const has = (cp: number) =>
    (cp < 0xd800 || cp > 0xdfff) && tests.some((t) => t.test(String.fromCodePoint(cp)));
  const show = (cp: number) => {
    const ch = String.fromCodePoint(cp);
    if (cp < 0x80 ? /[A-Za-z0-9]/.test(ch) : cp >= 0xa0 && VISIBLE.test(ch)) return ch;
    return cp > 0xffff ? `\\U${cp.toString(16).padStart(8, '0')}` : `\\u${cp.toString(16).padStart(4, '0')}`;
  };
  const parts: string[] = [];
  for (let cp = 0; cp <= 0x10ffff; cp++) {
    if (!has(cp)) continue;
    let end = cp;
    while (end < 0x10ffff && has(end + 1)) end++;
    parts.push(end === cp ? show(cp) : `${show(cp)}-${show(end)}`);
    cp = end;
  }
  body = parts.join('');
  classes.set(key, body);
  return body;
}

const VISIBLE = /^[\p{L}\p{N}\p{P}\p{S}]$/u;
