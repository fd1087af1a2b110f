import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pl from 'nodejs-polars';
import { diffSources } from '../../src/core/diff/diff.ts';
import { DatasetDiff } from '../../src/core/diff/schema.ts';
import { TruthgateError } from '../../src/core/errors.ts';
import { renderDiffMarkdown } from '../../src/core/render/diff-markdown.ts';
import { renderDiffTerminal } from '../../src/core/render/diff-terminal.ts';
import { openSource } from '../../src/core/sources/open.ts';

const WEATHER = 'node_modules/vega-datasets/data/seattle-weather.csv';
let dir: string;
const path = (name: string): string => join(dir, name);
const src = (name: string) => openSource(name, { path: name.startsWith('node_modules') ? name : path(name) });
const col = (d: DatasetDiff, c: string) => d.columns.find((x) => x.column === c)!;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tg-diff-'));
  // Modified copy: 3 rows removed, temp_max +5 on 5 rows, 2 new dates, a new column, wind retyped.
  const w = (await pl.scanCSV(WEATHER).collect()).withRowIndex('i');
  const kept = w.filter(pl.col('i').gtEq(3));
  const edited = kept.withColumns(
    pl
      .when(pl.col('i').gtEq(10).and(pl.col('i').lt(15)))
      .then(pl.col('temp_max').plus(5))
      .otherwise(pl.col('temp_max'))
      .alias('temp_max'),
  );
  const extra = w.head(2).withColumns(pl.Series('date', ['2016-01-01', '2016-01-02']));
  pl.concat([edited, extra]).drop('i').writeCSV(path('modified.csv'));
  pl.concat([edited, extra])
    .drop('i')
    .withColumns(
      pl.concatString([pl.col('wind').cast(pl.Utf8), pl.lit('m/s')], ' ').alias('wind'),
      pl.lit('x').alias('note'),
    )
    .drop('precipitation')
    .writeCSV(path('reshaped.csv'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe('diffSources', () => {
  test('keyed: rows added, removed and changed with samples and per-column counts', async () => {
    const d = await diffSources(src(WEATHER), src('modified.csv'), { key: ['date'] });
    DatasetDiff.parse(d);
    const k = d.keyed!;
    assert.equal(k.added.count, 2);
    assert.equal(k.removed.count, 3);
    assert.equal(k.changed.count, 5);
    assert.equal(k.unchanged, 1461 - 3 - 5);
    assert.deepEqual(
      k.removed.samples.map((r) => r.date),
      ['2012-01-01', '2012-01-02', '2012-01-03'],
    );
    assert.deepEqual(
      k.added.samples.map((r) => r.date),
      ['2016-01-01', '2016-01-02'],
    );
    assert.deepEqual(k.changed.samples[0], {
      key: { date: '2012-01-11' },
      changes: { temp_max: { old: 6.1, new: 11.1 } },
    });
    assert.equal(col(d, 'temp_max').changedRows, 5);
    assert.equal(col(d, 'wind').changedRows, 0);
    assert.equal(d.rowCount.delta, -1);
    assert.equal(d.changed, true);
  });

  test('schema: added, removed and retyped columns; a retyped column is compared as text', async () => {
    const d = await diffSources(src(WEATHER), src('reshaped.csv'), { key: ['date'] });
    assert.deepEqual(d.schema.added, [{ column: 'note', dtype: 'String' }]);
    assert.deepEqual(d.schema.removed, [{ column: 'precipitation', dtype: 'Float64' }]);
    assert.deepEqual(d.schema.retyped, [{ column: 'wind', from: 'Float64', to: 'String' }]);
    assert.deepEqual(d.keyed!.compared, ['temp_max', 'temp_min', 'wind', 'weather']);
    // "8.7" became "8.7 m/s" on every paired row.
    assert.equal(col(d, 'wind').changedRows, 1461 - 3);
    assert.equal(col(d, 'note').status, 'added');
    assert.equal(col(d, 'precipitation').new, null);
  });

  test('no key: schema and statistics only', async () => {
    const d = await diffSources(src(WEATHER), src('modified.csv'));
    assert.equal(d.keyed, null);
    const t = col(d, 'temp_max');
    assert.equal(t.old!.nullCount, 0);
    assert.ok(t.delta.mean! > 0);
    assert.equal(t.changedRows, null);
    const same = await diffSources(src(WEATHER), src(WEATHER));
    assert.equal(same.changed, false);
  });

  test('duplicate keys are reported, never guessed: added/removed stay exact', async () => {
    writeFileSync(path('d1.csv'), 'k,v\na,1\na,2\nb,3\nc,4\nd,5\n');
    writeFileSync(path('d2.csv'), 'k,v\na,1\nb,3\nb,9\nc,5\ne,6\n');
    const d = await diffSources(src('d1.csv'), src('d2.csv'), { key: ['k'] });
    const k = d.keyed!;
    assert.deepEqual(k.duplicates.old, { rows: 2, keys: 1, samples: [{ key: { k: 'a' }, count: 2 }] });
    assert.equal(k.duplicates.new.rows, 2);
    assert.equal(k.added.count, 1); // e
    assert.equal(k.removed.count, 1); // d
    // a (dup in old) and b (dup in new) cannot be paired; only c is compared, and it changed.
    assert.equal(k.changed.count, 1);
    assert.equal(k.unchanged, 0);
    assert.equal(k.duplicates.unpairedOld, 3);
    assert.equal(k.duplicates.unpairedNew, 3);
    assert.match(renderDiffTerminal(d), /Duplicate keys: 2 rows in old, 2 rows in new; 6 rows/);
  });

  test('null-safe comparison: null -> value is a change, null -> null is not', async () => {
    writeFileSync(path('n1.csv'), 'id,x,y\n1,,a\n2,,b\n3,5,c\n');
    writeFileSync(path('n2.csv'), 'id,x,y\n1,,a\n2,7,b\n3,,c\n');
    const d = await diffSources(src('n1.csv'), src('n2.csv'), { key: ['id'] });
    assert.equal(d.keyed!.changed.count, 2);
    assert.deepEqual(
      d.keyed!.changed.samples.map((s) => s.changes),
      [{ x: { old: null, new: 7 } }, { x: { old: 5, new: null } }],
    );
  });

  test('bad input: missing key, retyped key, empty data, a single row', async () => {
    writeFileSync(path('e.csv'), 'id,x\n');
    writeFileSync(path('one.csv'), 'id,x\n1,2\n');
    writeFileSync(path('s.csv'), 'id,x\nz,2\n');
    await assert.rejects(diffSources(src('one.csv'), src('one.csv'), { key: ['nope'] }), (e: unknown) => {
      return e instanceof TruthgateError && e.code === 'TG_DIFF_KEY_MISSING';
    });
    await assert.rejects(diffSources(src('one.csv'), src('s.csv'), { key: ['id'] }), (e: unknown) => {
      return e instanceof TruthgateError && e.code === 'TG_DIFF_KEY_TYPE';
    });
    const d = await diffSources(src('one.csv'), src('e.csv'));
    assert.equal(d.rowCount.new, 0);
    assert.equal(col(d, 'x').new!.nullFraction, 0);
    const one = await diffSources(src('one.csv'), src('one.csv'), { key: ['id'] });
    assert.equal(one.keyed!.unchanged, 1);
    assert.equal(one.changed, false);
  });

  test('Markdown is compact and escapes values', async () => {
    writeFileSync(path('m1.csv'), 'id,name\n1,plain\n');
    writeFileSync(path('m2.csv'), 'id,name\n1,"a|b <script>x</script>"\n');
    const md = renderDiffMarkdown(await diffSources(src('m1.csv'), src('m2.csv'), { key: ['id'] }));
    assert.ok(!md.includes('<script>'));
    assert.match(md, /a\\\|b &lt;script&gt;/);
    assert.match(md, /<details><summary>Samples<\/summary>/);
  });
});

describe('diffSources: retyped columns and unpaired rows', () => {
  test('a column retyped Int64 -> Float64 is compared after a cast and its changed rows counted', async () => {
    const w = (await pl.scanCSV(WEATHER).collect()).withColumns(
      pl.col('temp_max').round(0).cast(pl.Int64).alias('temp_max'),
    );
    w.writeCSV(path('int.csv'));
    // Head: the same values as floats, two of them changed, plus a date column turned to text.
    const head = w
      .withRowIndex('i')
      .withColumns(
        pl
          .when(pl.col('i').lt(2))
          .then(pl.col('temp_max').plus(0.5))
          .otherwise(pl.col('temp_max'))
          .cast(pl.Float64)
          .alias('temp_max'),
      );
    head.drop('i').writeCSV(path('float.csv'));
    const d = await diffSources(src('int.csv'), src('float.csv'), { key: ['date'] });
    assert.deepEqual(d.schema.retyped, [{ column: 'temp_max', from: 'Int64', to: 'Float64' }]);
    assert.ok(d.keyed!.compared.includes('temp_max'));
    assert.equal(col(d, 'temp_max').changedRows, 2);
    assert.equal(d.keyed!.changed.count, 2);
    assert.equal(d.keyed!.unchanged, 1461 - 2);
    assert.equal(d.keyed!.exact, true);
  });

  test('with every key duplicated, changed counts show n/a, never 0', async () => {
    writeFileSync(path('u1.csv'), 'k,v\na,1\na,2\nb,3\nb,4\n');
    writeFileSync(path('u2.csv'), 'k,v\na,1\na,9\nb,3\nb,4\n');
    const d = await diffSources(src('u1.csv'), src('u2.csv'), { key: ['k'] });
    assert.equal(d.keyed!.exact, false);
    const text = renderDiffTerminal(d);
    assert.match(text, /~n\/a changed · n\/a unchanged/);
    assert.doesNotMatch(text, /~0 changed/);
    assert.match(renderDiffMarkdown(d), /n\/a/);
  });
});
