import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import type { TruthgateError } from '../../src/core/errors.ts';
import { loadSuiteFile, parseSuite, SuiteInvalidError, type LoadedSuite } from '../../src/core/suite/load.ts';

const FILE = 'truthgate.yml';

function parse(text: string, env: NodeJS.ProcessEnv = {}): LoadedSuite {
  return parseSuite(text, { path: FILE, baseDir: '/data', env });
}

/** The problems a suite text produces, as `code file:line:column message`. */
function problems(text: string, env: NodeJS.ProcessEnv = {}): TruthgateError[] {
  try {
    parse(text, env);
  } catch (err) {
    return err instanceof SuiteInvalidError ? err.problems : [err as TruthgateError];
  }
  assert.fail('expected the suite to be rejected');
}

function first(
  text: string,
  env: NodeJS.ProcessEnv = {},
): { code: string; where: string; message: string; hint: string } {
  const p = problems(text, env)[0]!;
  return { code: p.code, where: p.where(), message: p.message, hint: p.hint('en') ?? '' };
}

const head = 'version: 1\nsources:\n  orders: data/orders.csv\nchecks:\n  orders:\n';

describe('errors point at file:line:column', () => {
  test('invalid YAML', () => {
    const e = first(`${head}    - not_null: { column: id\n`);
    assert.equal(e.code, 'TG_SUITE_YAML');
    assert.match(e.where, /^truthgate\.yml:\d+:\d+$/);
    assert.match(e.message, /^Invalid YAML: /);
    assert.ok(e.hint);
  });

  test('a duplicated key is invalid YAML', () => {
    const e = first('version: 1\nversion: 1\nsources: {}\n');
    assert.equal(e.code, 'TG_SUITE_YAML');
    assert.equal(e.where, 'truthgate.yml:2:1');
  });

  test('unknown top-level key, with did-you-mean, and no noise about the key it replaces', () => {
    const all = problems('version: 1\nsoruces:\n  orders: a.csv\n');
    assert.equal(all.length, 1);
    assert.equal(all[0]!.code, 'TG_SUITE_INVALID');
    assert.equal(all[0]!.where(), 'truthgate.yml:2:1');
    assert.match(all[0]!.message, /unknown field `soruces` \(did you mean `sources`\?\)/);
  });

  test('missing version', () => {
    const e = first('sources:\n  a: a.csv\n');
    assert.equal(e.code, 'TG_SUITE_INVALID');
    assert.match(e.message, /version/);
  });

  test('unknown check name: not_nul -> not_null', () => {
    const e = first(`${head}    - row_count: { min: 1 }\n    - not_nul: { column: id }\n`);
    assert.deepEqual(
      { code: e.code, where: e.where, message: e.message },
      {
        code: 'TG_UNKNOWN_CHECK',
        where: 'truthgate.yml:7:7',
        message: 'Unknown check `not_nul` (did you mean `not_null`?)',
      },
    );
    assert.match(e.hint, /truthgate checks/);
  });

  test('an unknown name far from every check gets no suggestion', () => {
    assert.equal(
      first(`${head}    - frobnicate_all_things: {}\n`).message,
      'Unknown check `frobnicate_all_things`',
    );
  });

  test('wrong param type points at the value', () => {
    const e = first(`${head}    - row_count: { min: many }\n`);
    assert.equal(e.code, 'TG_SUITE_INVALID');
    assert.equal(e.where, 'truthgate.yml:6:25');
    assert.match(e.message, /checks\.orders\[0\]\.row_count\.min: .*expected number/);
  });

  test('unknown param with did-you-mean points at the key', () => {
    const e = first(`${head}    - between: { column: amount, min: 0, maxx: 10 }\n`);
    assert.equal(e.where, 'truthgate.yml:6:42');
    assert.match(e.message, /unknown field `maxx` \(did you mean `max`\?\)/);
  });

  test('a misspelt common field and a bad severity', () => {
    assert.match(
      first(`${head}    - not_null: { column: id, mostyl: 0.9 }\n`).message,
      /did you mean `mostly`/,
    );
    const e = first(`${head}    - not_null: { column: id, severity: hgh }\n`);
    assert.match(e.message, /severity: .*critical/);
    assert.equal(e.where, 'truthgate.yml:6:41');
  });

  test('a misspelt source option', () => {
    const e = first('version: 1\nsources:\n  o: { path: a.csv, options: { delimeter: ";" } }\n');
    assert.equal(e.where, 'truthgate.yml:3:32');
    assert.match(e.message, /unknown field `delimeter` \(did you mean `delimiter`\?\)/);
  });

  test('unknown source in checks', () => {
    const e = first(
      'version: 1\nsources:\n  orders: a.csv\nchecks:\n  order:\n    - row_count: { min: 1 }\n',
    );
    assert.deepEqual(
      { code: e.code, where: e.where, message: e.message },
      {
        code: 'TG_UNKNOWN_SOURCE',
        where: 'truthgate.yml:5:3',
        message: 'Unknown source `order` (did you mean `orders`?)',
      },
    );
  });

  test('every problem is reported, not only the first', () => {
    const all = problems(
      `${head}    - not_nul: { column: id }\n    - row_count: { min: x }\n    - betwen: {}\n`,
    );
    assert.deepEqual(
      all.map((p) => [p.code, p.location?.line]),
      [
        ['TG_UNKNOWN_CHECK', 6],
        ['TG_SUITE_INVALID', 7],
        ['TG_UNKNOWN_CHECK', 8],
      ],
    );
  });

  test('a check entry with two names', () => {
    const e = first(`${head}    - not_null: { column: id }\n      unique: { column: id }\n`);
    assert.match(e.message, /exactly one key/);
    assert.equal(e.where, 'truthgate.yml:6:7');
  });

  test('`columns: []` is an error, not zero checks', () => {
    assert.match(first(`${head}    - not_null: { columns: [] }\n`).message, /at least one column/);
  });

  test('a missing suite file', () => {
    assert.throws(
      () => loadSuiteFile('/nonexistent/truthgate.yml'),
      (e: TruthgateError) => e.code === 'TG_SUITE_NOT_FOUND' && /nonexistent/.test(e.message),
    );
  });
});

describe('${ENV} interpolation', () => {
  const src = (path: string): string => `version: 1\nsources:\n  orders: { path: "${path}" }\n`;

  test('a set variable', () => {
    assert.equal(
      parse(src('${DATA_DIR}/orders.csv'), { DATA_DIR: 'lake' }).sources.orders!.path,
      'lake/orders.csv',
    );
  });

  test('a default with ${X:-d}, used when unset or empty', () => {
    assert.equal(parse(src('${DATA_DIR:-data}/o.csv')).sources.orders!.path, 'data/o.csv');
    assert.equal(parse(src('${DATA_DIR:-data}/o.csv'), { DATA_DIR: '' }).sources.orders!.path, 'data/o.csv');
    assert.equal(parse(src('${DATA_DIR:-data}/o.csv'), { DATA_DIR: 'x' }).sources.orders!.path, 'x/o.csv');
  });

  test('$${X} escapes a literal ${X}', () => {
    assert.equal(parse(src('$${NOT_A_VAR}.csv')).sources.orders!.path, '${NOT_A_VAR}.csv');
  });

  test('a missing variable: TG_ENV_MISSING at the reference, never echoing values', () => {
    const secret = 's3cr3t-token-value';
    const e = problems(src('${API_TOKEN}/${MISSING_ONE}/x.csv'), { API_TOKEN: secret })[0]!;
    assert.equal(e.code, 'TG_ENV_MISSING');
    assert.equal(e.where(), 'truthgate.yml:3:33');
    assert.equal(e.message, 'Environment variable MISSING_ONE is not set (referenced as ${MISSING_ONE})');
    const everything = JSON.stringify({ ...e.toJSON(), ko: e.message_('ko'), hint: e.hint('en') });
    assert.ok(!everything.includes(secret), 'the value of another variable never appears');
  });

  test('interpolation works in check params too', () => {
    const s = parse(`${head}    - in_set: { column: status, values: ["\${OK_STATUS}"] }\n`, {
      OK_STATUS: 'paid',
    });
    assert.deepEqual(s.checks.orders![0]!.params.values, ['paid']);
  });
});

describe('defaults, expansion and ids', () => {
  const suite = parse(
    'version: 1\nfail_on: medium\ndefaults: { severity: low, mostly: 0.95, sample_size: 3, tags: [nightly] }\n' +
      'sources:\n  orders: data/orders.csv\nchecks:\n  orders:\n' +
      '    - not_null: { columns: [order_id, email] }\n' +
      '    - not_null: { column: order_id, severity: critical, mostly: 1, tags: [pii] }\n' +
      '    - row_count: { min: 1 }\n' +
      '    - row_count: { max: 10 }\n' +
      '    - no_duplicate_rows\n',
  );
  const checks = suite.checks.orders!;

  test('suite-level settings', () => {
    assert.equal(suite.failOn, 'medium');
    assert.equal(suite.sampleSize, 3);
    // Unnamed: the file name plus a hash of its path, so projects do not share history.
    assert.match(suite.name, /^truthgate\.yml@[0-9a-f]{6}$/);
    assert.equal(suite.baseDir, '/data');
  });

  test('`columns: [a, b]` expands into per-column instances with stable ids; repeats get #2', () => {
    assert.deepEqual(
      checks.map((c) => c.id),
      [
        'orders.not_null.order_id',
        'orders.not_null.email',
        'orders.not_null.order_id#2',
        'orders.row_count',
        'orders.row_count#2',
        'orders.no_duplicate_rows',
      ],
    );
    assert.deepEqual(checks[1]!.params, { column: 'email' });
  });

  test('defaults apply where a check sets nothing; a check overrides them; tags add up', () => {
    assert.deepEqual(
      checks.slice(0, 3).map((c) => [c.severity, c.mostly, c.tags]),
      [
        ['low', 0.95, ['nightly']],
        ['low', 0.95, ['nightly']],
        ['critical', 1, ['nightly', 'pii']],
      ],
    );
  });

  test('without defaults: the registry severity, no mostly, sample size 5, fail_on high', () => {
    const s = parse('version: 1\nsources:\n  o: o.csv\nchecks:\n  o:\n    - not_null: { column: a }\n');
    assert.equal(s.checks.o![0]!.severity, s.checks.o![0]!.def.defaultSeverity);
    assert.equal(s.checks.o![0]!.mostly, undefined);
    assert.equal(s.sampleSize, 5);
    assert.equal(s.failOn, 'high');
  });

  test('a check keeps its YAML position for later errors', () => {
    assert.deepEqual(checks[3]!.location, { file: FILE, line: 10, column: 7 });
  });

  test('a bare source path string and a full spec', () => {
    const s = parse(
      'version: 1\nsources:\n  a: a.csv\n  b: { path: "b/*.csv", format: tsv, options: { header: false }, key: [id] }\n',
    );
    assert.deepEqual(s.sources, {
      a: { path: 'a.csv' },
      b: { path: 'b/*.csv', format: 'tsv', options: { header: false }, key: ['id'] },
    });
  });
});

describe('loadSuiteFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tg-suite-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('relative source paths resolve against the suite directory', () => {
    const path = join(dir, 'truthgate.yml');
    writeFileSync(path, 'version: 1\nname: nightly\nsources:\n  a: a.csv\n');
    const s = loadSuiteFile(path);
    assert.equal(s.baseDir, dir);
    assert.equal(s.name, 'nightly');
  });
});
