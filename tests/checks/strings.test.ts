import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { runCheck, suiteError, vega } from '../helpers/run-check.ts';

const records = (rows: Record<string, unknown>[]) => ({ records: rows });
const col = (values: unknown[]) => records(values.map((v, i) => ({ id: i, v })));

/** Runs `check` on a one-column fixture and returns failing count, status and sampled values. */
async function judge(values: unknown[], check: string, params: Record<string, unknown> = {}) {
  const r = await runCheck(col(values), { [check]: { column: 'v', ...params } });
  return { ...r, bad: r.samples.map((s) => s.values.v) };
}

describe('regex / not_regex', () => {
  test('regex passes and fails; nulls are not judged', async () => {
    const ok = await judge(['AB-1', 'CD-22', null], 'regex', { pattern: '^[A-Z]{2}-\\d+$' });
    assert.equal(ok.status, 'pass');
    assert.equal(ok.failingCount, 0);
    assert.equal(ok.judgedCount, 2);
    const bad = await judge(['AB-1', 'ab-1', 'XY', null], 'regex', { pattern: '^[A-Z]{2}-\\d+$' });
    assert.equal(bad.status, 'fail');
    assert.equal(bad.failingCount, 2);
    assert.deepEqual(bad.bad, ['ab-1', 'XY']);
  });

  test('ignore_case and inline (?i) flags', async () => {
    assert.equal(
      (await judge(['ab-1', 'AB-2'], 'regex', { pattern: '^[A-Z]{2}-\\d$', ignore_case: true })).failingCount,
      0,
    );
    assert.equal((await judge(['ab-1', 'AB-2'], 'regex', { pattern: '(?i)^[a-z]{2}-\\d$' })).failingCount, 0);
  });

  test('not_regex fails on matches', async () => {
    const r = await judge(['ok', 'N/A', 'tbd', 'fine'], 'not_regex', { pattern: '(?i)^(n/a|tbd)$' });
    assert.equal(r.failingCount, 2);
    assert.deepEqual(r.bad, ['N/A', 'tbd']);
  });

  test('mostly and where', async () => {
    const data = records([
      { kind: 'a', v: 'x1' },
      { kind: 'a', v: 'x2' },
      { kind: 'b', v: 'bad' },
      { kind: 'a', v: 'x3' },
    ]);
    const tolerant = await runCheck(data, { regex: { column: 'v', pattern: '^x\\d$', mostly: 0.75 } });
    assert.equal(tolerant.status, 'pass');
    assert.equal(tolerant.failingCount, 1);
    const strict = await runCheck(data, { regex: { column: 'v', pattern: '^x\\d$', mostly: 0.8 } });
    assert.equal(strict.status, 'fail');
    const filtered = await runCheck(data, { regex: { column: 'v', pattern: '^x\\d$', where: "kind = 'a'" } });
    assert.equal(filtered.status, 'pass');
    assert.equal(filtered.judgedCount, 3);
  });

  test('bad pattern, wrong dtype and bad params give clear errors', async () => {
    const bad = await judge(['a'], 'regex', { pattern: '(' });
    assert.equal(bad.status, 'error');
    assert.match(bad.message, /invalid regular expression `\(`/);
    const num = await runCheck(col([1, 2]), { regex: { column: 'v', pattern: 'x' } });
    assert.equal(num.status, 'error');
    assert.equal(num.errorCode, 'TG_CHECK_DTYPE');
    assert.match(num.message, /needs a string column, but `v` is Int64/);
    const e = suiteError(col(['a']), [{ regex: { column: 'v', patern: 'x' } }]);
    assert.equal(e.code, 'TG_SUITE_INVALID');
  });
});

describe('length_between', () => {
  test('counts characters, not bytes', async () => {
    assert.equal((await judge(['東京', 'ab', null], 'length_between', { min: 2, max: 2 })).failingCount, 0);
    const r = await judge(['', 'a', 'abcd', 'abcde'], 'length_between', { min: 1, max: 4 });
    assert.equal(r.failingCount, 2);
    assert.deepEqual(r.bad, ['', 'abcde']);
    assert.equal(r.expected, 'length in [1, 4]');
  });
  test('requires a bound and min <= max', () => {
    assert.equal(suiteError(col(['a']), [{ length_between: { column: 'v' } }]).code, 'TG_SUITE_INVALID');
    assert.equal(
      suiteError(col(['a']), [{ length_between: { column: 'v', min: 3, max: 2 } }]).code,
      'TG_SUITE_INVALID',
    );
  });
});

describe('formats', () => {
  test('email', async () => {
    const good = ['a@b.co', 'first.last+tag@example.co.uk', 'x_y@sub-domain.example.org', 'u@bücher.de'];
    assert.equal((await judge(good, 'email')).failingCount, 0);
    const bad = [
      'plain',
      'a@b',
      '@b.com',
      'a@.com',
      'a..b@c.com',
      '.a@c.com',
      'a b@c.com',
      'a@b.c',
      'a@b.com ',
    ];
    const r = await judge([...bad, 'ok@ok.com'], 'email');
    assert.equal(r.failingCount, bad.length);
    assert.equal(r.status, 'fail');
    // DNS labels are at most 63 characters.
    const labels = await judge(
      [`a@${'b'.repeat(63)}.com`, `a@${'b'.repeat(64)}.com`, `a@x.${'c'.repeat(64)}`],
      'email',
    );
    assert.deepEqual(labels.bad, [`a@${'b'.repeat(64)}.com`, `a@x.${'c'.repeat(64)}`]);
  });

  test('url', async () => {
    const good = [
      'https://example.com',
      'http://localhost:8080/x?y=1#z',
      'ftp://user:pw@files.example.org/a.txt',
      'HTTPS://EXAMPLE.COM/path',
      'http://192.168.0.1/',
      'http://[2001:db8::1]:80/',
    ];
    assert.equal((await judge(good, 'url')).failingCount, 0);
    const bad = [
      'example.com',
      '/relative',
      'https://',
      'https://exa mple.com',
      'mailto:a@b.com',
      'https://nodot',
      'http://x.com/a b',
    ];
    assert.equal((await judge(bad, 'url')).failingCount, bad.length);
    const long = await judge(
      [`https://${'a'.repeat(63)}.com/${'p'.repeat(80)}`, `https://${'a'.repeat(64)}.com/`],
      'url',
    );
    assert.deepEqual(long.bad, [`https://${'a'.repeat(64)}.com/`]);
    const only = await judge(['https://a.com', 'http://a.com'], 'url', { schemes: ['https'] });
    assert.deepEqual(only.bad, ['http://a.com']);
  });

  test('uuid with and without version', async () => {
    const v4 = '3f2b8c1e-9d4a-4f6b-8a2c-1e5d7f9b0c3a';
    const v1 = 'c232ab00-9414-11ec-b3c8-9f6bdeced846';
    const nil = '00000000-0000-0000-0000-000000000000';
    assert.equal((await judge([v4, v1, nil, v4.toUpperCase()], 'uuid')).failingCount, 0);
    const r = await judge([v4, v1, nil, `{${v4}}`, v4.slice(1), 'not-a-uuid'], 'uuid', { version: 4 });
    assert.deepEqual(r.bad, [v1, nil, `{${v4}}`, v4.slice(1), 'not-a-uuid']);
    assert.equal(suiteError(col([v4]), [{ uuid: { column: 'v', version: 9 } }]).code, 'TG_SUITE_INVALID');
  });

  test('ip_address v4, v6 and any', async () => {
    const v4 = ['0.0.0.0', '10.0.0.1', '255.255.255.255', '192.168.1.20'];
    const v6 = [
      '::',
      '::1',
      '2001:db8::ff00:42:8329',
      '2001:0db8:0000:0000:0000:ff00:0042:8329',
      'fe80::',
      '::ffff:10.0.0.1',
      '1:2:3:4:5:6:7:8',
    ];
    const bad = [
      '256.1.1.1',
      '1.2.3',
      '01.2.3.4',
      '1.2.3.4:80',
      '10.0.0.0/8',
      '1:2:3:4:5:6:7:8:9',
      '2001:db8:::1',
      'g::1',
      'fe80::1%eth0',
      'abc',
    ];
    assert.equal((await judge(v4, 'ip_address', { version: 4 })).failingCount, 0);
    assert.equal((await judge(v6, 'ip_address', { version: 6 })).failingCount, 0);
    assert.equal((await judge([...v4, ...v6], 'ip_address')).failingCount, 0);
    assert.equal((await judge(v6, 'ip_address', { version: 4 })).failingCount, v6.length);
    assert.equal((await judge(v4, 'ip_address', { version: 6 })).failingCount, v4.length);
    const r = await judge([...bad, '8.8.8.8'], 'ip_address');
    assert.equal(r.failingCount, bad.length);
  });

  test('datetime_format matches whole values and real calendar dates', async () => {
    const fmt = '%Y-%m-%d %H:%M:%S';
    assert.equal(
      (await judge(['2024-01-02 03:04:05', '2024-02-29 23:59:59', null], 'datetime_format', { format: fmt }))
        .failingCount,
      0,
    );
    const r = await judge(
      ['2024-01-02 03:04:05', '2023-02-29 00:00:00', '2024-01-02', '2024-01-02 03:04:05 junk', 'x'],
      'datetime_format',
      { format: fmt },
    );
    assert.equal(r.failingCount, 4);
    const d = await judge(['2024-01-31', '2024-04-31', '31/01/2024'], 'datetime_format', {
      format: '%Y-%m-%d',
    });
    assert.deepEqual(d.bad, ['2024-04-31', '31/01/2024']);
    const eu = await judge(['31/01/2024', '2024-01-31'], 'datetime_format', { format: '%d/%m/%Y' });
    assert.deepEqual(eu.bad, ['2024-01-31']);
  });

  test('json_parseable judges each row on its own', async () => {
    const good = [
      '{"a":1}',
      '[1,2]',
      '"x"',
      '1e5',
      '-0.5',
      'true',
      'null',
      ' {"a": [1, {"b": null}]} ',
      '{}',
    ];
    assert.equal((await judge(good, 'json_parseable')).failingCount, 0);
    const bad = ['{bad', "{'a':1}", '{"a":1,}', 'NaN', '{"a":1} x', '', 'nul'];
    const r = await judge([...bad, '{"ok":true}'], 'json_parseable');
    assert.equal(r.failingCount, bad.length);
  });

  test('no_surrounding_whitespace', async () => {
    assert.equal((await judge(['a b', 'x', ''], 'no_surrounding_whitespace')).failingCount, 0);
    const r = await judge([' a', 'b ', '\tc', 'd\n', 'e\u00a0', 'ok'], 'no_surrounding_whitespace');
    assert.equal(r.failingCount, 5);
  });

  test('lowercase, uppercase, starts_with, ends_with', async () => {
    assert.deepEqual((await judge(['abc', 'a1-', 'Abc', 'ÉCOLE'], 'lowercase')).bad, ['Abc', 'ÉCOLE']);
    assert.deepEqual((await judge(['KR', 'US1', 'Kr'], 'uppercase')).bad, ['Kr']);
    assert.deepEqual((await judge(['INV-1', 'inv-2', 'X'], 'starts_with', { prefix: 'INV-' })).bad, [
      'inv-2',
      'X',
    ]);
    const ends = await judge(['a.csv', 'b.parquet', 'c.json'], 'ends_with', { suffix: ['.csv', '.parquet'] });
    assert.deepEqual(ends.bad, ['c.json']);
    assert.equal(ends.failingCount, 1);
  });
});

describe('on vega-datasets', () => {
  test('seattle-weather: weather values are lower case words; date is ISO %Y-%m-%d', async () => {
    const text = readFileSync(vega('seattle-weather.csv').file, 'utf8').trim().split('\n').slice(1);
    const weather = text.map((l) => l.split(',')[5]!);
    const expectedBad = weather.filter((w) => !/^(rain|sun|fog|drizzle|snow)$/.test(w)).length;
    const r = await runCheck(vega('seattle-weather.csv'), {
      regex: { column: 'weather', pattern: '^(rain|sun|fog|drizzle|snow)$' },
    });
    assert.equal(r.failingCount, expectedBad);
    assert.equal(r.judgedCount, weather.length);
    const d = await runCheck(vega('seattle-weather.csv'), {
      datetime_format: { column: 'date', format: '%Y-%m-%d' },
    });
    assert.equal(d.status, 'pass');
    assert.equal(d.judgedCount, 1461);
    const len = await runCheck(vega('seattle-weather.csv'), {
      length_between: { column: 'weather', min: 4, max: 4 },
    });
    assert.equal(len.failingCount, weather.filter((w) => w.length !== 4).length);
  });

  test('cars.json: names matching a pattern vs a JS count', async () => {
    const cars = JSON.parse(readFileSync(vega('cars.json').file, 'utf8')) as { Name: string }[];
    const expected = cars.filter((c) => c.Name != null && !/^(ford|chevrolet)\b/i.test(c.Name)).length;
    const r = await runCheck(vega('cars.json'), {
      regex: { column: 'Name', pattern: '^(ford|chevrolet)\\b', ignore_case: true },
    });
    assert.equal(r.failingCount, expected);
    const lower = await runCheck(vega('cars.json'), { lowercase: { column: 'Name' } });
    assert.equal(lower.failingCount, cars.filter((c) => c.Name !== c.Name.toLowerCase()).length);
  });
});
