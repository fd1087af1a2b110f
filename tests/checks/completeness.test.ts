import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkResults, runCheck, suiteError, vega } from '../helpers/run-check.ts';

const people = {
  records: [
    { id: 1, name: 'Ann', email: 'ann@example.com', city: 'Seoul', age: 31 },
    { id: 2, name: '  ', email: null, city: 'Busan', age: null },
    { id: 3, name: '', email: 'c@example.com', city: null, age: 40 },
    { id: 4, name: 'Dee', email: null, city: 'Seoul', age: 22 },
    { id: 5, name: null, email: 'e@example.com', city: 'Jeju', age: 50 },
  ],
};

describe('not_null', () => {
  test('counts nulls per column, with mostly', async () => {
    const [id, email, tolerated] = await checkResults(people, [
      { not_null: { column: 'id' } },
      { not_null: { column: 'email' } },
      { not_null: { column: 'email', mostly: 0.6 } },
    ]);
    assert.equal(id!.status, 'pass');
    assert.equal(email!.status, 'fail');
    assert.equal(email!.failingCount, 2);
    assert.equal(email!.failingFraction, 0.4);
    assert.equal(tolerated!.status, 'pass');
  });
});

describe('null_fraction_max', () => {
  test('passes at or under max and fails over it', async () => {
    const [ok, bad] = await checkResults(people, [
      { null_fraction_max: { column: 'email', max: 0.4 } },
      { null_fraction_max: { column: 'email', max: 0.3 } },
    ]);
    assert.equal(ok!.status, 'pass');
    assert.equal(bad!.status, 'fail');
    assert.equal(bad!.observed, 0.4);
    assert.equal(bad!.failingCount, 2);
    assert.match(bad!.message, /2 of 5 values null \(40\.0%\); allowed up to 30\.0%/);
  });

  test('expands columns: [..] and honours where', async () => {
    const rs = await checkResults(people, [
      { null_fraction_max: { columns: ['email', 'city'], max: 0, where: "city = 'Seoul'" } },
    ]);
    assert.deepEqual(
      rs.map((r) => [r.id, r.status, r.observed]),
      [
        ['data.null_fraction_max.email', 'fail', 0.5],
        ['data.null_fraction_max.city', 'pass', 0],
      ],
    );
  });

  test('max must be a fraction', () => {
    assert.equal(
      suiteError(people, [{ null_fraction_max: { column: 'email', max: 5 } }]).code,
      'TG_SUITE_INVALID',
    );
  });

  test('penguins.json: null fraction of Sex matches an independent count', async () => {
    const rows = JSON.parse(readFileSync(vega('penguins.json').file, 'utf8')) as Record<string, unknown>[];
    const nulls = rows.filter((r) => r.Sex === null || r.Sex === undefined).length;
    const r = await runCheck(vega('penguins.json'), { null_fraction_max: { column: 'Sex', max: 0 } });
    assert.ok(nulls > 0);
    assert.equal(r.status, 'fail');
    assert.equal(r.failingCount, nulls);
    assert.equal(r.observed, nulls / rows.length);
  });
});

describe('complete_rows', () => {
  test('a row fails once however many of its columns are null', async () => {
    const [bad, ok] = await checkResults(people, [
      { complete_rows: { columns: ['email', 'city', 'age'] } },
      { complete_rows: { columns: ['id', 'city'], where: 'id <> 3' } },
    ]);
    assert.equal(bad!.status, 'fail');
    assert.equal(bad!.failingCount, 3);
    assert.deepEqual(
      bad!.samples.map((s) => s.row),
      [1, 2, 3],
    );
    assert.deepEqual(bad!.samples[0]!.values, { email: null, city: 'Busan', age: null });
    assert.equal(ok!.status, 'pass');
    assert.equal(ok!.judgedCount, 4);
  });

  test('needs at least one column', () => {
    assert.equal(suiteError(people, [{ complete_rows: { columns: [] } }]).code, 'TG_SUITE_INVALID');
  });
});

describe('no_blank_strings', () => {
  test('fails on empty and whitespace-only text, not on nulls', async () => {
    const [name, city] = await checkResults(people, [
      { no_blank_strings: { column: 'name' } },
      { no_blank_strings: { column: 'city' } },
    ]);
    assert.equal(name!.status, 'fail');
    assert.equal(name!.failingCount, 2);
    assert.equal(name!.judgedCount, 4);
    assert.equal(city!.status, 'pass');
  });

  test('tabs and newlines are whitespace; CSV quoted blanks are caught', async () => {
    const r = await runCheck('id,s\n1,"\t"\n2," \n "\n3,ok\n4,""\n', { no_blank_strings: { column: 's' } });
    // polars reads "" as an empty string, not null.
    assert.equal(r.failingCount, 3);
  });

  test('a numeric column is a dtype error', async () => {
    const r = await runCheck(people, { no_blank_strings: { column: 'age' } });
    assert.equal(r.status, 'error');
    assert.equal(r.errorCode, 'TG_CHECK_DTYPE');
  });
});
