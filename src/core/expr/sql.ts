import { isStringDtype } from '../toolkit/dtype.ts';
import { fillTemplate, type Dialect, type DialectFeature } from './dialect.ts';
import { ISO_CANONICAL, ISO_TEXT, MAX_YEAR, MIN_YEAR, strftimePattern, type ChronoPattern } from './iso.ts';
import { children, type Node, type Scalar } from './node.ts';
import { translateForDialect } from './regex.ts';

/**
 * Alias prefix of a derived-table column holding a sub-select: the derived table must then not be
 * inlined by the planner (PostgreSQL would run the sub-select once per use).
 */
export const SUBSELECT_ALIAS = '__tg_s';

/** A node the dialect cannot express honestly; the check then does not run on that backend. */
export class UnsupportedInDialect extends Error {
  readonly reason: string;
  constructor(reason: string) {
    super(reason);
    this.reason = reason;
  }
}

export function quoteIdent(d: Dialect, name: string): string {
  return d.quote + name.split(d.quote).join(d.quote + d.quote) + d.quote;
}

/** A string literal: quotes doubled; both dialects read backslashes literally in '...' text. */
export function quoteString(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}

export function sqlLiteral(d: Dialect, v: Scalar): string {
  if (v === null) return 'NULL';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'number') {
    if (Number.isNaN(v)) return d.nan;
    if (!Number.isFinite(v)) return `${v > 0 ? "'Infinity'" : "'-Infinity'"}::${d.types.Float64}`;
    return String(v);
  }
  return quoteString(v);
}

const CMP = { eq: '=', neq: '<>', lt: '<', lte: '<=', gt: '>', gte: '>=' } as const;
const ARITH = { add: '+', sub: '-', mul: '*', mod: '%' } as const;

/** Whether a node is a boolean (SQL sums booleans as a filtered count). */
function isBoolean(n: Node): boolean {
  switch (n.k) {
    case 'cmp':
    case 'and':
    case 'or':
    case 'not':
    case 'isNull':
    case 'isNotNull':
    case 'isFinite':
    case 'in':
    case 'inSeries':
    case 'regex':
    case 'startsWith':
    case 'endsWith':
    case 'jsonValid':
    case 'duplicated':
      return true;
    case 'lit':
      return typeof n.value === 'boolean';
    case 'fillNull':
      return isBoolean(n.arg);
    case 'when':
      return isBoolean(n.then);
    default:
      return false;
  }
}

/** Nodes that are one value over all rows inside `where`. */
function isAggregate(n: Node): boolean {
  return ['rows', 'agg', 'quantile', 'distinctList', 'keysDistinct'].includes(n.k);
}

function hasAggregate(n: Node): boolean {
  return isAggregate(n) || children(n).some(hasAggregate);
}

/**
 * Renders nodes to SQL text for one dialect and one check's `where`. Identifiers are always
 * quoted and literals escaped; the only text taken as-is is the user's own SQL (`where` and
 * `expression` checks, screened at suite load), which is meant to run in the database's dialect.
 *
 * Row expressions that need the whole column (an aggregate inside a row test, a duplicate test)
 * become window expressions; they cannot sit inside an aggregate's FILTER, so the renderer
 * hands them out as named columns (`windows`) for a derived table under the aggregate query.
 */
export class SqlRenderer {
  /** Window SQL -> its column alias; shared by the checks of one query, so equal windows run once. */
  readonly windows: Map<string, string>;
  private readonly memo = new Map<Node, string>();
  private readonly d: Dialect;
  private readonly where: string | undefined;
  private readonly schema: Record<string, string>;
  private readonly relation: string | undefined;

  /**
   * `schema`: the source's polars dtype names, for what differs by type (text collation);
   * `relation`: the FROM of the source, for a whole-column value a dialect cannot window.
   */
  constructor(
    d: Dialect,
    where: string | undefined,
    windows = new Map<string, string>(),
    schema: Record<string, string> = {},
    relation?: string,
  ) {
    this.d = d;
    this.where = where === undefined ? undefined : `(${where})`;
    this.windows = windows;
    this.schema = schema;
    this.relation = relation;
  }

  private isText(n: Node): boolean {
    if (n.k === 'col') return isStringDtype(this.schema[n.name] ?? '');
    if (n.k === 'cast') return n.to === 'String';
    return ['lower', 'upper', 'trim', 'substr', 'extract', 'replace'].includes(n.k);
  }

  /** Whether a value can be a float, and so NaN. */
  private mayBeFloat(n: Node): boolean {
    switch (n.k) {
      case 'col':
        return /^Float/.test(this.schema[n.name] ?? '');
      case 'cast':
        return n.to === 'Float64';
      case 'lit':
        return typeof n.value === 'number' && !Number.isInteger(n.value);
      case 'arith':
      case 'abs':
      case 'floor':
      case 'when':
      case 'fillNull':
        return children(n).some((c) => this.mayBeFloat(c));
      default:
        return false;
    }
  }

  /** A row-level expression (value per row). */
  row(n: Node): string {
    let s = this.memo.get(n);
    if (s === undefined) {
      s = this.build(n);
      this.memo.set(n, s);
    }
    return s;
  }

  /**
   * An aggregate over the rows inside `where`, as an expression of the aggregate SELECT. Logic
   * and arithmetic over aggregates (a `clean` proof, a ratio) stay at the aggregate level rather
   * than becoming window columns.
   */
  aggregate(n: Node): string {
    if (!isAggregate(n) && hasAggregate(n)) return this.build(n, (x) => this.aggregate(x));
    return this.agg(n);
  }

  /** `count(*)` of the rows where all conditions hold (and inside `where`). */
  countWhere(conditions: string[]): string {
    const all = [...conditions, ...(this.where ? [this.where] : [])];
    return all.length === 0 ? 'count(*)' : `count(*) FILTER (WHERE ${all.join(' AND ')})`;
  }

  private fail(feature: DialectFeature, fallback: string): never {
    throw new UnsupportedInDialect(this.d.why[feature] ?? fallback);
  }

  private lit(v: Scalar): string {
    return sqlLiteral(this.d, v);
  }

  private regex(pattern: string): string {
    const t = translateForDialect(pattern, this.d.regex);
    if ('unsupported' in t)
      throw new UnsupportedInDialect(`${this.d.title} regular expressions differ here: ${t.unsupported}`);
    return quoteString(t.pattern);
  }

  /**
   * A regex search. PostgreSQL's engine builds its automaton's states again for every value, so
   * each literal character of a pattern costs on every row (`^user[0-9]+@example\.com$` takes
   * about 3 µs a value, `^[0-9]+$` 0.5): a column tested against a pattern anchored at its start
   * with literal text (and maybe at its end) compares that text directly and runs the regex on
   * what lies between only. The same answer: the anchored literal ends are the value's ends.
   */
  private regexMatch(arg: Node, text: string, pattern: string): string {
    const d = this.d;
    // Translated whole first: a pattern the dialect cannot run is refused either way.
    const whole = fillTemplate(d.regex.match, [text, this.regex(pattern)]);
    const frame = d.regex.flavor === 'posix-are' && arg.k === 'col' ? literalFrame(pattern) : undefined;
    if (!frame) return whole;
    const { prefix, middle, suffix, end } = frame;
    const [p, s] = [prefix.length, suffix.length];
    const len = fillTemplate(d.length, [text]);
    const conditions = [`${len} ${end && middle === '' ? '=' : '>='} ${p + s}`];
    const same = (part: string, literal: string) => `${part}${d.binaryCollation} = ${quoteString(literal)}`;
    if (p > 0) conditions.push(same(fillTemplate(d.substr, [text, 1, p]), prefix));
    if (s > 0) conditions.push(same(fillTemplate(d.substr, [text, `${len} - ${s - 1}`, s]), suffix));
    const between = fillTemplate(d.substr, [text, p + 1, `${len} - ${p + s}`]);
    const rest =
      middle === ''
        ? 'TRUE'
        : fillTemplate(d.regex.match, [between, this.regex(`^${middle}${end ? '$' : ''}`)]);
    return `(CASE WHEN ${text} IS NULL THEN NULL WHEN ${conditions.join(' AND ')} THEN ${rest} ELSE FALSE END)`;
  }

  /** `where` AND extra conditions, for FILTER clauses. */
  private filterOf(extra?: string): string {
    return [this.where, extra].filter(Boolean).join(' AND ') || 'TRUE';
  }

  private filtered(call: string, extra?: string): string {
    const f = [this.where, extra].filter(Boolean).join(' AND ');
    return f ? `${call} FILTER (WHERE ${f})` : call;
  }

  private agg(n: Node): string {
    const d = this.d;
    switch (n.k) {
      case 'rows':
        return this.countWhere([]);
      case 'agg': {
        const filter = n.filter ? this.row(n.filter) : undefined;
        const a = this.row(n.arg);
        switch (n.fn) {
          case 'sum':
            // polars sums booleans as counts and an empty sum as 0.
            if (isBoolean(n.arg)) return this.countWhere([a, ...(filter ? [filter] : [])]);
            return `coalesce(${this.filtered(`sum(${a})`, filter)}, 0)`;
          case 'mean':
            return this.filtered(`avg(${a})`, filter);
          case 'std':
            return this.filtered(fillTemplate(d.stddev, [a]), filter);
          case 'min':
            return this.filtered(`min(${a})`, filter);
          case 'max': {
            // SQL orders NaN above every number; polars' max skips NaN unless nothing else is there.
            if (!this.mayBeFloat(n.arg)) return this.filtered(`max(${a})`, filter);
            const notNaN = fillTemplate(d.notNaN, [a]);
            const numbers = this.filtered(`max(${a})`, [filter, notNaN].filter(Boolean).join(' AND '));
            return `coalesce(${numbers}, ${this.filtered(`max(${a})`, filter)})`;
          }
          case 'median':
            return this.filtered(fillTemplate(d.median, [a]), filter);
          case 'count':
            return this.filtered(`count(${a})`, filter);
          case 'nUnique':
            return this.filtered(`count(DISTINCT ${a})`, filter);
          case 'all':
            return `coalesce(${this.filtered(`bool_and(${a})`, filter)}, TRUE)`;
        }
        break;
      }
      case 'quantile':
        return this.filtered(fillTemplate(d.quantile, [this.row(n.arg), n.q]));
      case 'distinctList': {
        const a = this.row(n.arg);
        const filter = this.filterOf(
          [`${a} IS NOT NULL`, n.filter ? this.row(n.filter) : ''].filter(Boolean).join(' AND '),
        );
        // Byte-wise order for text; DISTINCT needs the ORDER BY expression as its argument.
        const arg = n.sorted && this.isText(n.arg) ? `${a}${d.binaryCollation}` : a;
        const order = n.sorted ? ` ORDER BY ${arg}` : '';
        return n.limit === undefined
          ? fillTemplate(d.distinctList, [arg, filter, order])
          : fillTemplate(d.distinctListLimited, [arg, filter, order, n.limit]);
      }
    }
    if (n.k === 'keysDistinct') return this.keysDistinct(n.keys, n.skipNulls);
    // A row-level value used as a metric (e.g. a constant).
    return this.row(n);
  }

  /**
   * No two rows inside `where` share a key: the distinct count equals the row count, nulls
   * either skipped (rows with a null key are not compared) or one value of their own (several
   * rows with the same nulls share a key, as PARTITION BY and polars' struct keys see them).
   */
  private keysDistinct(nodes: readonly Node[], skipNulls: boolean): string {
    const keys = nodes.map((k) => this.row(k));
    const key = keys.length === 1 ? keys[0]! : `ROW(${keys.join(', ')})`;
    const notNull = keys.map((k) => `${k} IS NOT NULL`).join(' AND ');
    if (skipNulls && keys.length === 1)
      return `(${this.filtered(`count(DISTINCT ${key})`)} = ${this.filtered(`count(${key})`)})`;
    if (skipNulls) {
      const f = this.filterOf(notNull);
      return `(count(DISTINCT ${key}) FILTER (WHERE ${f}) = count(*) FILTER (WHERE ${f}))`;
    }
    // A multi-column key is a row value, never null itself; a single key's nulls count once.
    const nullKey =
      keys.length === 1 ? ` + CASE WHEN ${this.countWhere([`${key} IS NULL`])} > 0 THEN 1 ELSE 0 END` : '';
    return `(${this.filtered(`count(DISTINCT ${key})`)}${nullKey} = ${this.countWhere([])})`;
  }

  /** A window column for a whole-column value inside a row expression. */
  private window(sql: string, prefix = '__tg_w'): string {
    let alias = this.windows.get(sql);
    if (!alias) {
      alias = `${prefix}${this.windows.size}`;
      this.windows.set(sql, alias);
    }
    return quoteIdent(this.d, alias);
  }

  /** `r` renders the children: as row values, or as aggregates in the aggregate SELECT. */
  private build(n: Node, r: (x: Node) => string = (x) => this.row(x)): string {
    const d = this.d;
    switch (n.k) {
      case 'col':
        return quoteIdent(d, n.name);
      case 'lit':
        return this.lit(n.value);
      case 'sql':
        return `(${n.text})`;
      case 'cmp':
        return `(${r(n.l)} ${CMP[n.op]} ${r(n.r)})`;
      case 'and':
      case 'or':
        return `(${n.args.map(r).join(n.k === 'and' ? ' AND ' : ' OR ')})`;
      case 'not':
        return `(NOT ${r(n.arg)})`;
      case 'isNull':
        return `(${r(n.arg)} IS NULL)`;
      case 'isNotNull':
        return `(${r(n.arg)} IS NOT NULL)`;
      case 'isFinite':
        return fillTemplate(d.isFinite, [r(n.arg)]);
      case 'fillNull':
        return `coalesce(${r(n.arg)}, ${r(n.value)})`;
      case 'in':
        return `(${r(n.arg)} IN (${n.values.map((v) => this.lit(v)).join(', ')}))`;
      case 'inSeries':
        throw new UnsupportedInDialect('values read from another source are not pushed down');
      case 'regex':
        return this.regexMatch(n.arg, r(n.arg), n.pattern);
      case 'strLen':
        return fillTemplate(d.length, [r(n.arg)]);
      case 'trim':
        // Unicode whitespace, as polars strips it (SQL trim() removes spaces only).
        return fillTemplate(d.regex.replaceAll, [r(n.arg), this.regex('^\\s+|\\s+$'), "''"]);
      case 'lower':
        return `lower(${r(n.arg)})`;
      case 'upper':
        return `upper(${r(n.arg)})`;
      case 'jsonValid':
        if (!d.jsonValid) this.fail('jsonValid', 'no JSON validity test');
        return fillTemplate(d.jsonValid, [r(n.arg)]);
      case 'startsWith':
        return fillTemplate(d.startsWith, [r(n.arg), quoteString(n.affix), [...n.affix].length]);
      case 'endsWith':
        return fillTemplate(d.endsWith, [r(n.arg), quoteString(n.affix), [...n.affix].length]);
      case 'substr':
        return fillTemplate(d.substr, [r(n.arg), n.start + 1, n.length]);
      case 'extract':
        if (!d.regex.extract) this.fail('extract', 'no regex capture');
        return fillTemplate(d.regex.extract, [r(n.arg), this.regex(n.pattern)]);
      case 'replace':
        if (/[\\$]/.test(n.with))
          throw new UnsupportedInDialect('replacement text with backslashes or $ reads differently in SQL');
        return fillTemplate(n.all ? d.regex.replaceAll : d.regex.replaceFirst, [
          r(n.arg),
          this.regex(n.pattern),
          quoteString(n.with),
        ]);
      case 'cast':
        if (n.strict) return `CAST(${r(n.arg)} AS ${d.types[n.to]})`;
        if (d.tryCast) return fillTemplate(d.tryCast, [r(n.arg), d.types[n.to]]);
        if ((n.to === 'Int32' || n.to === 'Int64') && this.isText(n.arg))
          return this.textToInt(r(n.arg), n.to);
        return this.fail('tryCast', 'no lenient cast');
      case 'epochMs':
        if (n.arg.k === 'strptime') return this.strptimeEpochMs(r(n.arg.arg), n.arg.format);
        return this.epochMs(r(n.arg), n.dtype);
      case 'strptime':
        if (!d.strptime) this.fail('strptime', 'no strftime parsing');
        if (!/^(%[YmdHMSyjbBaApI%]|[^%])*$/.test(n.format))
          throw new UnsupportedInDialect(
            `${d.title} reads strftime directives other than %Y %m %d %H %M %S %y %j %b %B %a %A %p %I differently`,
          );
        return fillTemplate(d.strptime, [r(n.arg), quoteString(n.format)]);
      case 'arith':
        return `(${r(n.l)} ${ARITH[n.op]} ${r(n.r)})`;
      case 'abs':
        return `abs(${r(n.arg)})`;
      case 'floor':
        return `floor(${r(n.arg)})`;
      case 'when':
        return `(CASE WHEN ${r(n.cond)} THEN ${r(n.then)} ELSE ${r(n.otherwise)} END)`;
      case 'rows':
      case 'agg':
      case 'distinctList':
        return this.window(`${this.agg(n)} OVER ()`);
      case 'quantile': {
        if (d.windowQuantile) return this.window(`${this.agg(n)} OVER ()`);
        // A sub-select over the source instead: an InitPlan computed once (a second read of the
        // table inside the same query), as a column of the derived table so each use reads it.
        const agg = this.agg(n);
        if (!this.relation || agg.includes('__tg_')) this.fail('windowQuantile', 'no windowed quantile');
        return this.window(`(SELECT ${agg} FROM ${this.relation})`, SUBSELECT_ALIAS);
      }
      case 'duplicated': {
        // PARTITION BY groups nulls together, as polars' struct keys do.
        const keys = [...n.keys.map(r), ...(this.where ? [this.where] : [])];
        return `(${this.window(`count(*) OVER (PARTITION BY ${keys.join(', ')})`)} > 1)`;
      }
      case 'masked':
        return this.where ? `(CASE WHEN ${this.where} THEN ${r(n.arg)} END)` : r(n.arg);
      case 'keysDistinct':
        // A distinct count cannot run as a window; the proof is an aggregate of its own.
        throw new UnsupportedInDialect('the clean-keys proof is a whole-table aggregate');
      case 'prevNonNull':
        this.fail('rowOrder', 'no row order');
    }
    throw new Error(`unrendered node ${(n as Node).k}`);
  }

  /**
   * Text to an integer, null where polars' lenient cast gives null: an optional sign and ASCII
   * digits in the type's range. Nested CASEs, since SQL may evaluate AND's operands in any order
   * and the casts must only see text they convert.
   */
  private textToInt(text: string, to: 'Int32' | 'Int64'): string {
    const [min, max] =
      to === 'Int32' ? ['-2147483648', '2147483647'] : ['-9223372036854775808', '9223372036854775807'];
    const numeric = `CAST(${text} AS numeric)`;
    return (
      `(CASE WHEN ${fillTemplate(this.d.regex.match, [text, quoteString('^[+-]?0*[0-9]{1,19}$')])} THEN ` +
      `CASE WHEN ${numeric} BETWEEN ${min} AND ${max} THEN CAST(${text} AS ${this.d.types[to]}) END END)`
    );
  }

  /**
   * Epoch ms of text parsed with a strftime format: by the format's chrono pattern where
   * expr/iso.ts reads the format, else through the dialect's own strptime.
   */
  private strptimeEpochMs(text: string, format: string): string {
    const pattern = strftimePattern(format);
    if (!('unsupported' in pattern)) return this.chronoEpochMs(text, pattern);
    if (!this.d.strptime) throw new UnsupportedInDialect(`${this.d.why.strptime} (${pattern.unsupported})`);
    return this.epochMs(this.build({ k: 'strptime', arg: { k: 'sql', text }, format }), 'Datetime(ms)');
  }

  private epochMs(sql: string, dtype: string): string {
    const d = this.d;
    if (dtype === 'Date') return fillTemplate(d.epochMs.date, [sql]);
    if (/^Datetime\(\w+,\s*.+\)$/.test(dtype)) return fillTemplate(d.epochMs.timestamptz, [sql]);
    if (dtype.startsWith('Datetime')) return fillTemplate(d.epochMs.timestamp, [sql]);
    if (dtype === 'Null') return 'CAST(NULL AS BIGINT)';
    if (!isStringDtype(dtype)) throw new UnsupportedInDialect(`epoch of a ${dtype} value`);
    return this.isoTextEpochMs(sql);
  }

  /**
   * Epoch ms of ISO text: canonical values (fixed-width fields, most data) read by position, the
   * rest through the capture groups of ISO_TEXT, which PostgreSQL matches far more slowly.
   */
  private isoTextEpochMs(text: string): string {
    const d = this.d;
    const at = (start: number | string, length: number | string) =>
      fillTemplate(d.substr, [text, start, length]);
    const int = (sql: string) => `CAST(${sql} AS ${d.types.Int64})`;
    const len = fillTemplate(d.length, [text]);
    const tail = at(20, 64);
    const zone = `(CASE WHEN ${at(len, 1)} = 'Z' THEN 1 WHEN ${len} >= 25 AND ${at(`${len} - 5`, 1)} IN ('+', '-') THEN 6 ELSE 0 END)`;
    const fraction = `(CASE WHEN ${at(20, 1)} = '.' THEN ${fillTemplate(d.substr, [tail, 2, `${fillTemplate(d.length, [tail])} - 1 - ${zone}`])} END)`;
    const hasSeconds = `${len} >= 19`;
    const fast = this.fieldsEpochMs({
      year: int(at(1, 4)),
      month: int(at(6, 2)),
      day: int(at(9, 2)),
      hour: `CASE WHEN ${len} >= 16 THEN ${int(at(12, 2))} ELSE 0 END`,
      minute: `CASE WHEN ${len} >= 16 THEN ${int(at(15, 2))} ELSE 0 END`,
      second: `CASE WHEN ${hasSeconds} THEN ${int(at(18, 2))} ELSE 0 END`,
      millis: `coalesce(CAST(rpad(substr(${fraction}, 1, 3), 3, '0') AS ${d.types.Int64}), 0)`,
      offsetMinutes: `CASE WHEN ${zone} = 6 THEN CASE WHEN ${at(`${len} - 5`, 1)} = '+' THEN 1 ELSE -1 END * (${int(at(`${len} - 4`, 2))} * 60 + ${int(at(`${len} - 1`, 2))}) ELSE 0 END`,
      offsetHours: `CASE WHEN ${zone} = 6 THEN ${int(at(`${len} - 4`, 2))} ELSE 0 END`,
      checks: [],
    });
    const canonical = fillTemplate(d.regex.match, [text, this.regex(ISO_CANONICAL)]);
    return `(CASE WHEN ${canonical} THEN ${fast} ELSE ${this.chronoEpochMs(text, ISO_TEXT)} END)`;
  }

  /**
   * Epoch ms from date and time fields (SQL integers): a calendar check (day of month, leap
   * years, field ranges) and days from the civil date (H. Hinnant's algorithm, years shifted by
   * 400000 so every division is of non-negative numbers); null where a field is out of range.
   */
  private fieldsEpochMs(f: {
    year: string;
    month: string;
    day: string;
    hour: string;
    minute: string;
    second: string;
    millis: string;
    offsetMinutes: string;
    offsetHours: string;
    checks: string[];
  }): string {
    const div = (a: string, b: number) => fillTemplate(this.d.intDiv, [a, b]);
    const { year: y, month: m, day } = f;
    const leap = `((${y} % 4 = 0 AND ${y} % 100 <> 0) OR ${y} % 400 = 0)`;
    const monthDays = `(CASE WHEN ${m} = 2 THEN CASE WHEN ${leap} THEN 29 ELSE 28 END ELSE 30 + (${m} + ${div(m, 8)}) % 2 END)`;
    const valid = [
      ...f.checks,
      `${y} BETWEEN ${MIN_YEAR} AND ${MAX_YEAR}`,
      `${m} BETWEEN 1 AND 12`,
      `${day} BETWEEN 1 AND ${monthDays}`,
      `${f.hour} <= 23`,
      `${f.minute} <= 59`,
      `${f.second} <= 60`,
      `${f.offsetHours} <= 23`,
    ].join(' AND ');
    const shiftedYear = `(${y} - CASE WHEN ${m} <= 2 THEN 1 ELSE 0 END + 400000)`;
    const era = div(shiftedYear, 400);
    const yearOfEra = `(${shiftedYear} - ${era} * 400)`;
    const dayOfYear = `(${div(`(153 * ((${m} + 9) % 12) + 2)`, 5)} + ${day} - 1)`;
    const dayOfEra = `(${yearOfEra} * 365 + ${div(yearOfEra, 4)} - ${div(yearOfEra, 100)} + ${dayOfYear})`;
    const days = `(${era} * 146097 + ${dayOfEra} - 719468 - 146097000)`;
    const epoch =
      `${days} * 86400000 + (${f.hour}) * 3600000 + (${f.minute}) * 60000 + ` +
      `(${f.second}) * 1000 + ${f.millis} - (${f.offsetMinutes}) * 60000`;
    return `CASE WHEN ${valid} THEN ${epoch} END`;
  }

  /** Epoch ms of text read with a chrono pattern (expr/iso.ts), from its capture groups. */
  private chronoEpochMs(text: string, p: ChronoPattern): string {
    const d = this.d;
    const g = (i: number) => fillTemplate(d.regexGroups.group, [i]);
    const int = (i: number) => `CAST(${g(i)} AS ${d.types.Int64})`;
    const G = p.groups;
    const field = (i: number | undefined) => (i === undefined ? '0' : `coalesce(${int(i)}, 0)`);
    const body = this.fieldsEpochMs({
      year: `coalesce(${int(G.year)}, CASE WHEN ${g(G.yearSign)} = '-' THEN -${int(G.signedYear)} ELSE ${int(G.signedYear)} END)`,
      month: int(G.month),
      day: int(G.day),
      hour: field(G.hour),
      minute: field(G.minute),
      second: field(G.second),
      millis:
        G.fraction === undefined
          ? '0'
          : `coalesce(CAST(rpad(substr(${g(G.fraction)}, 1, 3), 3, '0') AS ${d.types.Int64}), 0)`,
      offsetMinutes:
        G.offsetSign === undefined
          ? '0'
          : `coalesce(CASE WHEN ${g(G.offsetSign)} = '+' THEN 1 ELSE -1 END * (${int(G.offsetHours!)} * 60 + ${int(G.offsetMinutes!)}), 0)`,
      offsetHours: field(G.offsetHours),
      checks: [
        ...(p.zuluAfterT
          ? [`(${g(p.zuluAfterT.zulu)} IS NULL OR ${g(p.zuluAfterT.separator)} LIKE 'T%')`]
          : []),
        ...p.adjacent.map(
          (a) =>
            `(${g(a.next)} IS NULL OR coalesce(${g(a.gap)}, '') <> '' OR ${fillTemplate(d.length, [g(a.before)])} = ${a.width})`,
        ),
      ],
    });
    const names = Array.from({ length: p.count }, (_, i) => `'g${i + 1}'`).join(', ');
    return `(${fillTemplate(d.regexGroups.bind, [text, this.regex(p.pattern), body, names])})`;
  }
}

/** Characters that stand for themselves in a Rust pattern, unescaped (ASCII, no x flag). */
const PLAIN = /^[A-Za-z0-9 !"#%&',/:;<=>@_`~-]$/;
/** Characters an escape makes literal. */
const ESCAPED = /^[.+*?()|[\]{}^$\\-]$/;
/** Escapes followed by a code point or class name: \x41, \u{..}, \pL, \p{..}. */
const SPELLED: Record<string, RegExp> = {
  x: /^(\{[^}]*\}|[0-9A-Fa-f]{2})/,
  u: /^(\{[^}]*\}|[0-9A-Fa-f]{4})/,
  U: /^(\{[^}]*\}|[0-9A-Fa-f]{8})/,
  p: /^(\{[^}]*\}|.)/,
  P: /^(\{[^}]*\}|.)/,
};

/**
 * A Rust pattern as `^` prefix middle suffix [`$`], prefix and suffix literal text: undefined
 * unless the pattern starts with `^` and its literal ends hold at least 4 characters, and for
 * anything that would make the ends depend on the middle (alternation, inline flags, word
 * boundaries, anchors inside). Tokens keep escapes, classes and repetitions whole, so a literal
 * is never a piece of `\x41` or `[ab]`, nor a character a quantifier repeats.
 */
export function literalFrame(
  pattern: string,
): { prefix: string; middle: string; suffix: string; end: boolean } | undefined {
  const tokens: { text: string; literal?: string }[] = [];
  for (let i = 0; i < pattern.length;) {
    const c = pattern[i]!;
    let text = c;
    let literal: string | undefined;
    if (c === '\\') {
      const e = pattern[i + 1] ?? '';
      const spelled = SPELLED[e]?.exec(pattern.slice(i + 2));
      text = `\\${e}${spelled?.[0] ?? ''}`;
      if (ESCAPED.test(e)) literal = e;
    } else if (c === '[') {
      let j = i + 1;
      if (pattern[j] === '^') j++;
      if (pattern[j] === ']') j++;
      for (let depth = 1; j < pattern.length && depth > 0; j++) {
        if (pattern[j] === '\\') j++;
        else if (pattern[j] === '[') depth++;
        else if (pattern[j] === ']') depth--;
      }
      text = pattern.slice(i, j);
    } else if (c === '{') {
      const close = pattern.indexOf('}', i);
      text = pattern.slice(i, close < 0 ? pattern.length : close + 1);
    } else if (PLAIN.test(c)) literal = c;
    i += text.length;
    // A quantified character is not literal text.
    if (literal !== undefined && /^[?*+{]/.test(pattern.slice(i))) literal = undefined;
    tokens.push({ text, ...(literal !== undefined ? { literal } : {}) });
  }
  const plain = (t: { text: string }, ...texts: string[]) => texts.includes(t.text);
  if (tokens.length === 0 || !plain(tokens[0]!, '^')) return undefined;
  const end = plain(tokens.at(-1)!, '$') && tokens.length > 1;
  let from = 1;
  while (from < tokens.length && tokens[from]!.literal !== undefined) from++;
  let to = end ? tokens.length - 1 : tokens.length;
  if (end) while (to > from && tokens[to - 1]!.literal !== undefined) to--;
  const inside = tokens.slice(from, to);
  if (
    tokens.some((t) => plain(t, '|') || /^\\[bBAzZ]/.test(t.text)) ||
    pattern.includes('(?') ||
    inside.some((t) => plain(t, '^', '$'))
  )
    return undefined;
  const join = (list: typeof tokens) => list.map((t) => t.literal).join('');
  const prefix = join(tokens.slice(1, from));
  const suffix = end ? join(tokens.slice(to, tokens.length - 1)) : '';
  if (prefix.length + suffix.length < 4) return undefined;
  return { prefix, middle: inside.map((t) => t.text).join(''), suffix, end };
}
