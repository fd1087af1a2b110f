import type { RegexFlavor } from './dialect.ts';

/**
 * Check patterns are Rust regex syntax (what polars runs). A SQL dialect runs them only where
 * its engine reads them the same way: RE2 (DuckDB) shares most of the syntax, but its \d, \s
 * and \w are ASCII while Rust's are Unicode, so those are spelled out as Unicode classes; POSIX
 * AREs (PostgreSQL) lack Unicode property classes and scoped flags, so such patterns are refused.
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
  const bad: [RegExp, string][] = [
    [/\\[pP]/, 'Unicode property classes (\\p{..})'],
    [/\\x\{/, '\\x{..} escapes'],
    [/\\[bBAzZ]/, 'anchors and word boundaries spelled differently'],
    [/(?<!^)\(\?(?!:)/, 'inline flags or groups other than (?:...) (a leading (?i) is fine)'],
    [/^\(\?(?!i\)|:)/, 'inline flags other than a leading (?i)'],
    [/\{(\d{4,}|[3-9]\d\d|2[6-9]\d|25[6-9])/, 'repetition counts above 255'],
  ];
  for (const [re, what] of bad) if (re.test(pattern)) return { unsupported: `pattern uses ${what}` };
  return { pattern };
}
