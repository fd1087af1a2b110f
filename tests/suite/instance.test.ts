import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { buildZeroConfigSuite } from '../../src/core/learn/zero-config.ts';
import { learnSuite } from '../../src/core/learn/learn.ts';
import { profileSource } from '../../src/core/profile/profile.ts';
import { openSource } from '../../src/core/sources/open.ts';
import { buildSuite, parseSuite, type LoadedSuite } from '../../src/core/suite/load.ts';

const dir = mkdtempSync(join(tmpdir(), 'tg-instance-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** Checks as comparable data: everything but the suite-file location and the bound functions. */
function comparable(suite: LoadedSuite): unknown {
  return Object.fromEntries(
    Object.entries(suite.checks).map(([source, list]) => [
      source,
      list.map(({ location: _at, plan: _plan, def, columns, ...inst }) => ({
        ...inst,
        def: def.name,
        columns: columns(),
      })),
    ]),
  );
}

describe('check instances', () => {
  test('bind their definition and params at load', () => {
    const suite = parseSuite(
      'version: 1\nsources:\n  s: s.csv\nchecks:\n  s:\n    - not_null: { columns: [a, b] }\n    - between: { column: n, min: 0 }\n',
      { baseDir: dir },
    );
    const [a, b, n] = suite.checks.s!;
    assert.deepEqual(
      [a, b, n].map((i) => [i!.id, i!.columns()]),
      [
        ['s.not_null.a', ['a']],
        ['s.not_null.b', ['b']],
        ['s.between.n', ['n']],
      ],
    );
    // A copy (as ids and partition runs make) keeps its binding.
    const copy = { ...n!, id: 'other' };
    assert.deepEqual(copy.columns(), ['n']);
    assert.equal(typeof copy.plan, 'function');
  });
});

describe('suites built from objects', () => {
  // Nulls first, unicode and quoted names, a late type change, a one-row tail: the YAML round trip
  // used to quote, escape and re-parse all of these.
  const rows = [
    'id,"naïve name","with: colon",amount,"#hash",flag',
    ',Zoë,"a, b",1.5,x,true',
    '2,Ünïcødé,c,2.5,y,false',
    '3,"""quoted""",d,,z,true',
    '4,日本語,e,4,x,',
    '5,plain,f,n/a,y,false',
  ];

  test('buildSuite gives the checks parseSuite gives for the same suite written as YAML', async () => {
    writeFileSync(join(dir, 'edge.csv'), `${rows.join('\n')}\n`);
    const profile = await profileSource(openSource('edge', { path: 'edge.csv' }, { baseDir: dir }), {
      baseDir: dir,
    });
    for (const strictness of ['loose', 'medium', 'strict'] as const) {
      const learned = learnSuite(profile, {
        strictness,
        sourceName: 'edge',
        sourcePath: 'edge.csv',
        now: new Date('2026-01-01T00:00:00Z'),
      });
      const opts = { path: '<z>', baseDir: dir };
      assert.deepEqual(
        comparable(buildSuite(learned.suite, opts)),
        comparable(parseSuite(learned.yamlText, opts)),
      );
    }
  });

  test('zero-config builds its suite without YAML, with one source per path', async () => {
    writeFileSync(join(dir, 'a.csv'), `${rows.join('\n')}\n`);
    writeFileSync(join(dir, 'b.csv'), 'k,v\n1,x\n2,y\n');
    const now = new Date('2026-01-01T00:00:00Z');
    const suite = await buildZeroConfigSuite(['a.csv', 'b.csv'], { baseDir: dir, now });
    assert.equal(suite.name, 'zero-config');
    assert.deepEqual(Object.keys(suite.sources), ['a', 'b']);
    assert.deepEqual(suite.selfLearned, ['a', 'b']);
    const profile = await profileSource(openSource('b', { path: 'b.csv' }, { baseDir: dir }), {
      baseDir: dir,
    });
    const yaml = learnSuite(profile, {
      strictness: 'loose',
      sourceName: 'b',
      sourcePath: 'b.csv',
      now,
    }).yamlText;
    const fromYaml = parseSuite(yaml, { path: '<zero-config>', baseDir: dir });
    assert.deepEqual(
      (comparable(suite) as Record<string, unknown>).b,
      (comparable(fromYaml) as Record<string, unknown>).b,
    );
  });

  test('an invalid object suite is refused with the problems its YAML gets', () => {
    const problem = (build: () => unknown): string => {
      try {
        build();
      } catch (err) {
        return `${(err as { code: string }).code} ${(err as Error).message}`;
      }
      return assert.fail('expected the suite to be refused');
    };
    const fromObject = problem(() =>
      buildSuite({ version: 1, sources: { s: 's.csv' }, checks: { s: [{ not_null: { colum: 'a' } }] } }),
    );
    const fromYaml = problem(() =>
      parseSuite('version: 1\nsources:\n  s: s.csv\nchecks:\n  s:\n    - not_null: { colum: a }\n'),
    );
    assert.match(fromObject, /^TG_SUITE_INVALID .*checks\.s\[0\]\.not_null/);
    assert.equal(fromObject, fromYaml);
  });
});
