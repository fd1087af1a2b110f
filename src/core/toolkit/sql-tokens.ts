/**
 * A small SQL tokenizer for what the engine must know before polars sees a user's SQL: which
 * columns it may read and whether it calls a table function that reads files. String literals
 * and comments are skipped, so `'read_csv('` in a literal or a comment is not a call.
 */
export interface SqlToken {
  kind: 'word' | 'quoted' | 'string' | 'number' | 'punct';
  text: string;
}

const DOLLAR_QUOTE = /^\$(?:[A-Za-z_][A-Za-z0-9_]*)?\$/;

export function tokenizeSql(sql: string): SqlToken[] {
  const tokens: SqlToken[] = [];
  let i = 0;
  const n = sql.length;
  // A quoted run ending at the next unescaped `close` (doubled to escape), returned unquoted.
  const quoted = (close: string): string => {
    let out = '';
    i++;
    while (i < n) {
      if (sql[i] === close) {
        if (sql[i + 1] === close) {
          out += close;
          i += 2;
          continue;
        }
        i++;
        return out;
      }
      out += sql[i++];
    }
    return out;
  };
  while (i < n) {
    const c = sql[i]!;
    if (/\s/.test(c)) i++;
    else if (c === '-' && sql[i + 1] === '-') {
      while (i < n && sql[i] !== '\n') i++;
    } else if (c === '/' && sql[i + 1] === '*') {
      const end = sql.indexOf('*/', i + 2);
      i = end < 0 ? n : end + 2;
    } else if (c === '$' && DOLLAR_QUOTE.test(sql.slice(i, i + 64))) {
      // `$$…$$` and `$tag$…$tag$` are string literals to polars' parser: a quote inside one opens nothing.
      const delim = DOLLAR_QUOTE.exec(sql.slice(i, i + 64))![0];
      const end = sql.indexOf(delim, i + delim.length);
      tokens.push({ kind: 'string', text: sql.slice(i + delim.length, end < 0 ? n : end) });
      i = end < 0 ? n : end + delim.length;
    } else if (c === "'") tokens.push({ kind: 'string', text: quoted("'") });
    else if (c === '"') tokens.push({ kind: 'quoted', text: quoted('"') });
    else if (c === '`') tokens.push({ kind: 'quoted', text: quoted('`') });
    else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][\w$]*/.exec(sql.slice(i))![0];
      tokens.push({ kind: 'word', text: m });
      i += m.length;
    } else if (/\d/.test(c)) {
      const m = /^\d[\d.eE]*/.exec(sql.slice(i))![0];
      tokens.push({ kind: 'number', text: m });
      i += m.length;
    } else {
      tokens.push({ kind: 'punct', text: c });
      i++;
    }
  }
  return tokens;
}

/** Names (bare or quoted) a SQL text mentions that are columns of the source: a safe superset. */
export function sqlColumns(sql: string, columns: Iterable<string>): string[] {
  const names = new Set<string>();
  for (const t of tokenizeSql(sql)) if (t.kind === 'word' || t.kind === 'quoted') names.add(t.text);
  const lower = new Set([...names].map((s) => s.toLowerCase()));
  // Bare identifiers match case-insensitively in some dialect paths; keeping extra columns is harmless.
  return [...columns].filter((c) => names.has(c) || lower.has(c.toLowerCase()));
}

/**
 * polars SQL table functions that read files (read_csv, read_parquet, read_json, read_ipc, …,
 * and any scan_*); a call is the name, bare or quoted, followed by `(`.
 */
const FILE_FUNCTION = /^(read|scan)_\w+$/i;

/** The file-reading table functions a SQL text calls, lower-cased, in order of appearance. */
export function fileFunctions(sql: string): string[] {
  const tokens = tokenizeSql(sql);
  const found: string[] = [];
  tokens.forEach((t, k) => {
    const next = tokens[k + 1];
    if ((t.kind === 'word' || t.kind === 'quoted') && FILE_FUNCTION.test(t.text) && next?.text === '(')
      found.push(t.text.toLowerCase());
  });
  return found;
}
