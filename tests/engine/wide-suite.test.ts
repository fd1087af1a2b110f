import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LineCounter, parseDocument } from 'yaml';
import { parseSuite, SuiteInvalidError } from '../../src/core/suite/load.ts';

/*
 * Suites learned from wide files hold thousands of checks and a schema check of thousands of
 * columns. yaml's own duplicate-key check compares each key with every earlier key of its map,
 * so loading such a suite grew with the square of its width; load.ts finds duplicates itself.
 */

const head = 'version: 1\nsources:\n  wide: wide.csv\nchecks:\n  wide:\n';

function schemaSuite(columns: number): string {
  const lines = Array.from({ length: columns }, (_, i) => `          c${i}: Int64\n`);
  return `${head}    - schema:\n        columns:\n${lines.join('')}`;
}

function cpuMs(f: () => void): number {
  const start = process.cpuUsage();
  f();
  const d = process.cpuUsage(start);
  return (d.user + d.system) / 1000;
}

test('a schema check of 16,000 columns loads in time linear in its width', () => {
  const small = schemaSuite(2_000);
  const large = schemaSuite(16_000);
  parseSuite(small); // warm up the parser's code paths
  const best = (text: string): number =>
    Math.min(
      cpuMs(() => parseSuite(text)),
      cpuMs(() => parseSuite(text)),
    );
  const [a, b] = [best(small), best(large)];
  // 8 times the columns: at most 8 times the work if linear (3-4 here, the rest of the suite
  // costs the same), 17 times with yaml's quadratic check.
  assert.ok(b < a * 10, `2,000 columns: ${a.toFixed(0)} ms, 16,000 columns: ${b.toFixed(0)} ms of CPU`);
});

/** Positions (line:column) of the duplicate keys yaml itself reports with uniqueKeys on. */
function yamlDuplicates(text: string): string[] {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true });
  return doc.errors
    .filter((e) => e.code === 'DUPLICATE_KEY')
    .map((e) => {
      const p = lines.linePos(e.pos[0]);
      return `${p.line}:${p.col}`;
    });
}

function ourDuplicates(text: string): string[] {
  try {
    parseSuite(text, { path: 'truthgate.yml' });
  } catch (err) {
    assert.ok(err instanceof SuiteInvalidError, String(err));
    return err.problems
      .filter((p) => p.code === 'TG_SUITE_YAML' && p.message.includes('Map keys must be unique'))
      .map((p) => p.where().replace(/^truthgate\.yml:/, ''));
  }
  return [];
}

test('duplicate keys are reported where yaml reports them: top level, nested, flow maps, quoted keys', () => {
  const texts = [
    'version: 1\nversion: 1\nsources: {}\n',
    `${head}    - schema:\n        columns:\n          a: Int64\n          b: String\n          a: Int64\n`,
    `${head}    - between: { column: x, min: 1, column: y }\n`,
    `${head}    - schema:\n        columns: { "a": Int64, 'a': String, "😀": Int64, 😀: Int64 }\n`,
    `${head}    - in_set: { column: x, values: [1, 2] }\n      in_set: { column: y, values: [1] }\n`,
    `${head}    - schema:\n        columns:\n          1: Int64\n          "1": Int64\n          null: Int64\n          ~: Int64\n`,
    // Equal keys in different maps are not duplicates.
    `${head}    - between: { column: x, min: 1 }\n    - between: { column: x, min: 1 }\n`,
  ];
  for (const text of texts) assert.deepEqual(ourDuplicates(text), yamlDuplicates(text), text);
  assert.deepEqual(ourDuplicates(texts[0]!), ['2:1']);
});
