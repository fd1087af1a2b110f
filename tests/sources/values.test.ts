import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { TruthgateError } from '../../src/core/errors.ts';
import { openSource } from '../../src/core/sources/open.ts';
import type { SourceSpec } from '../../src/core/sources/spec.ts';
import { runSource, tempDir, VEGA } from './fixture.ts';
import { rng } from '../helpers/random.ts';

const t = tempDir();

type Cell = number | string | boolean | null;
type Table = Record<string, Cell[]>;

const WORDS = ['é', '한글', '🦀', 'a,b', 'say "hi"', 'two\nlines', 'ß', 'Ω≈ç', 'tab\there', 'x'];

/**
 * Columns whose values change kind late: the change lands past polars' default inference windows
 * (100 rows for JSON, 10000 for CSV) on some seeds and early on others.
 */
function generate(seed: number): Table {
  const r = rng(seed);
  const rows = 150 + Math.floor(r() * 12000);
  const at = Math.min(rows - 1, 101 + Math.floor(r() * rows));
  const int = (): number => Math.floor(r() * 2000) - 1000;
  const word = (): string => `${WORDS[Math.floor(r() * WORDS.length)]!}${Math.floor(r() * 100)}`;
  const col = (f: (i: number) => Cell): Cell[] => Array.from({ length: rows }, (_, i) => f(i));
  return {
    int_float: col((i) => (i < at ? int() : int() + 0.5)),
    int_string: col((i) => (i < at ? int() : word())),
    bool_string: col((i) => (i < at ? r() < 0.5 : word())),
    nulls_first: col((i) => (i < at ? null : int())),
    unicode: col(() => word()),
  };
}

function rowsOf(table: Table): Record<string, Cell>[] {
  const names = Object.keys(table);
  return table[names[0]!]!.map((_, i) => Object.fromEntries(names.map((n) => [n, table[n]![i]!])));
}

function csvOf(table: Table): string {
  const cell = (v: Cell): string => {
    if (v === null) return '';
    const s = String(v);
    return /[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
  };
  return [Object.keys(table).join(','), ...rowsOf(table).map((r) => Object.values(r).map(cell).join(','))]
    .join('\n')
    .concat('\n');
}

/** Equal as values: a text column holds the text of the source value, a number column the number. */
function sameValue(source: Cell, read: unknown): boolean {
  if (source === null || read === null) return source === read;
  if (typeof read === 'string') return read === String(source);
  if (typeof read === 'number' || typeof read === 'bigint') return Number(read) === source;
  return read === source;
}

function readBack(spec: SourceSpec): Record<string, unknown[]> {
  const df = openSource('p', spec, { baseDir: t.dir }).lazy().collectSync();
  return Object.fromEntries(df.columns.map((c) => [c, df.getColumn(c).toArray() as unknown[]]));
}

function assertSameTable(expected: Table, got: Record<string, unknown[]>, what: string): void {
  assert.deepEqual(Object.keys(got), Object.keys(expected), what);
  for (const [name, values] of Object.entries(expected)) {
    const read = got[name]!;
    assert.equal(read.length, values.length, `${what}: ${name} row count`);
    const bad = values.findIndex((v, i) => !sameValue(v, read[i]));
    assert.equal(
      bad,
      -1,
      `${what}: ${name}[${bad}] was ${JSON.stringify(values[bad])}, read ${String(read[bad])}`,
    );
  }
}

describe('reading never changes a value', () => {
  test('JSON: integers for 120 rows, then fractions, keep their fractions (not truncated to Int64)', () => {
    const rows = Array.from({ length: 150 }, (_, i) => ({ age: i < 120 ? 18 : 17.5 }));
    t.write('late-float.json', JSON.stringify(rows));
    const got = readBack({ path: 'late-float.json' });
    assert.equal(got.age![149], 17.5);
  });

  test('NDJSON with infer_schema_length 10: a late fraction is still a fraction', () => {
    const lines = Array.from({ length: 200 }, (_, i) => JSON.stringify({ v: i < 150 ? i : i + 0.25 }));
    t.write('late.ndjson', lines.join('\n'));
    const got = readBack({ path: 'late.ndjson', options: { infer_schema_length: 10 } });
    assert.equal(got.v![175], 175.25);
  });

  test('property: late kind changes, nulls first and unicode round-trip through CSV, JSON and NDJSON', () => {
    for (let seed = 1; seed <= 12; seed++) {
      const table = generate(seed);
      t.write(`p${seed}.csv`, csvOf(table));
      t.write(`p${seed}.json`, JSON.stringify(rowsOf(table)));
      t.write(
        `p${seed}.ndjson`,
        rowsOf(table)
          .map((r) => JSON.stringify(r))
          .join('\n'),
      );
      for (const ext of ['csv', 'json', 'ndjson'])
        assertSameTable(table, readBack({ path: `p${seed}.${ext}` }), `seed ${seed} ${ext}`);
    }
  });

  test('JSON: numbers mixed with booleans are read as text with a warning, never true -> 1.0', () => {
    t.write('num-bool.json', JSON.stringify([{ a: 1 }, { a: true }, { a: 2.5 }]));
    const src = openSource('nb', { path: 'num-bool.json' }, { baseDir: t.dir });
    assert.deepEqual(src.lazy().collectSync().getColumn('a').toArray(), ['1', 'true', '2.5']);
    assert.deepEqual(
      src.warnings.map((w) => w.code),
      ['TG_SOURCE_MIXED_TYPES'],
    );
  });
});

/** movies.json as NDJSON, and both repeated past the 8 MiB whole-file check. */
function moviesVariants(): { path: string; note: string }[] {
  const movies = JSON.parse(readFileSync(join(VEGA, 'movies.json'), 'utf8')) as unknown[];
  const big = Array.from({ length: 7 }, () => movies).flat();
  t.write('movies.ndjson', movies.map((m) => JSON.stringify(m)).join('\n'));
  t.write('movies-big.json', JSON.stringify(big));
  t.write('movies-big.ndjson', big.map((m) => JSON.stringify(m)).join('\n'));
  return [
    { path: join(VEGA, 'movies.json'), note: 'vega movies.json' },
    { path: 'movies.ndjson', note: 'NDJSON' },
    { path: 'movies-big.json', note: 'JSON > 8 MiB' },
    { path: 'movies-big.ndjson', note: 'NDJSON > 8 MiB' },
  ];
}

describe('JSON columns mixing scalar types', () => {
  test('movies.json (Title holds 1776 among strings) is read, Title as text, with TG_SOURCE_MIXED_TYPES', async () => {
    for (const { path, note } of moviesVariants()) {
      const { source } = await runSource(t.dir, { path }, [{ not_null: { column: 'Title', mostly: 0.9 } }]);
      assert.equal(source.error, undefined, `${note}: ${source.error?.message}`);
      assert.equal(source.checks[0]!.status, 'pass', note);
      const codes = source.warnings?.map((w) => w.code) ?? [];
      assert.ok(codes.includes('TG_SOURCE_MIXED_TYPES'), `${note}: ${codes.join(',')}`);
      const titles = openSource('m', { path }, { baseDir: t.dir })
        .lazy()
        .collectSync()
        .getColumn('Title')
        .toArray();
      assert.ok(titles.includes('1776'), note);
    }
  });

  test('infer_schema_length 0 reads every JSON column as text', () => {
    t.write('zero.json', JSON.stringify([{ a: 1, b: true }]));
    const df = openSource('z', { path: 'zero.json', options: { infer_schema_length: 0 } }, { baseDir: t.dir })
      .lazy()
      .collectSync();
    assert.deepEqual(df.toRecords(), [{ a: '1', b: 'true' }]);
  });

  test('an object among numbers is a JSON type error whose hint offers no CSV option', async () => {
    t.write('obj-num.json', JSON.stringify([{ a: 1 }, { a: { x: 1 } }]));
    const { source } = await runSource(t.dir, { path: 'obj-num.json' });
    assert.ok(source.error, 'expected an error');
    assert.doesNotMatch(source.error.hint ?? '', /CSV|infer_schema_length/);
  });
});

describe('shapes and names are never changed silently', () => {
  test('a top-level JSON object is a coded error, not a one-row table', async () => {
    t.write('wrapped.json', JSON.stringify({ data: [{ a: 1 }, { a: 2 }] }));
    const { source } = await runSource(t.dir, { path: 'wrapped.json' });
    assert.equal(source.error?.code, 'TG_JSON_NOT_ARRAY');
    assert.match(source.error.hint ?? '', /array/);
  });

  test('a top-level JSON object past 8 MiB is the same error', async () => {
    const data = Array.from({ length: 400_000 }, (_, i) => ({ id: i, name: `n${i}` }));
    t.write('wrapped-big.json', JSON.stringify({ data }));
    const { source } = await runSource(t.dir, { path: 'wrapped-big.json' });
    assert.equal(source.error?.code, 'TG_JSON_NOT_ARRAY');
  });

  test('a CSV header `"a""b"` names the column a"b', async () => {
    t.write('quoted-header.csv', 'id,"a""b"\n1,2\n');
    const df = openSource('q', { path: 'quoted-header.csv' }, { baseDir: t.dir }).lazy().collectSync();
    assert.deepEqual(df.columns, ['id', 'a"b']);
    assert.deepEqual(df.toRecords(), [{ id: 1, 'a"b': 2 }]);
  });

  test('a duplicate CSV header name is an error naming both positions', async () => {
    t.write('dup-header.csv', 'id,name,id\n1,x,2\n');
    assert.throws(
      () => openSource('d', { path: 'dup-header.csv' }, { baseDir: t.dir }),
      (e: unknown) =>
        e instanceof TruthgateError &&
        e.code === 'TG_CSV_DUPLICATE_HEADER' &&
        /\bid\b/.test(e.message) &&
        /1/.test(e.message) &&
        /3/.test(e.message),
    );
  });
});
