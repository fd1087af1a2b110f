import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { runSuite } from '../../src/core/engine/run-suite.ts';
import { renderJson } from '../../src/core/render/json.ts';
import { renderJunit } from '../../src/core/render/junit.ts';
import { renderMarkdown } from '../../src/core/render/markdown.ts';
import { renderTerminal } from '../../src/core/render/terminal.ts';
import type { Report } from '../../src/core/result/schema.ts';
import { parseSuite, type LoadedSuite } from '../../src/core/suite/load.ts';
import { annotate } from './fixture.ts';
import { parseXml } from './xml.ts';

/** A check's `description:` and its verdict in Korean, on vega's cars.json. */
const SUITE = `version: 1
name: cars
sources:
  cars: { path: ${join(process.cwd(), 'node_modules/vega-datasets/data/cars.json')} }
checks:
  cars:
    - not_null: { column: Miles_per_Gallon, description: "MPG <b>must</b> be | measured" }
    - between: { column: Horsepower, max: 200, mostly: 0.9, severity: medium }
    - row_count: { min: 1000, description: 자동차 1000대 이상 }
    - unique: { column: Name }
`;

describe('check description and translated verdicts', () => {
  let dir: string;
  let suite: LoadedSuite;
  let report: Report;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tg-text-'));
    suite = parseSuite(SUITE, { path: join(dir, 'truthgate.yml'), baseDir: dir });
    report = await runSuite(suite, { now: new Date('2024-01-01T00:00:00Z') });
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('the JSON report keeps the description of the checks that have one', () => {
    const checks = (JSON.parse(renderJson(report)) as Report).sources[0]!.checks;
    assert.deepEqual(
      checks.map((c) => c.description),
      ['MPG <b>must</b> be | measured', undefined, '자동차 1000대 이상', undefined],
    );
  });

  test('terminal, markdown, JUnit and annotations show it, escaped', () => {
    const term = renderTerminal(report, { width: 100 });
    assert.match(term, /cars\.not_null\.Miles_per_Gallon[^\n]*\n {6}MPG <b>must<\/b> be \| measured\n/);
    assert.match(term, /cars\.row_count[^\n]*\n {6}자동차 1000대 이상\n/, 'passing checks too');
    const md = renderMarkdown(report);
    assert.match(
      md,
      /<code>cars\.not\\_null\.Miles\\_per\\_Gallon<\/code><br>MPG &lt;b&gt;must&lt;\/b&gt; be \\\| measured \|/,
    );
    const cases = parseXml(renderJunit(report)).children[0]!.children.filter((c) => c.name === 'testcase');
    const props = cases[0]!.children.find((c) => c.name === 'properties')!.children[0]!;
    assert.deepEqual(props.attrs, { name: 'description', value: 'MPG <b>must</b> be | measured' });
    assert.match(cases[0]!.children.find((c) => c.name === 'failure')!.text, /description: MPG <b>must<\/b>/);
    const ann = annotate(report, suite, dir);
    assert.match(
      ann.find((a) => a.message.startsWith('cars.not_null'))!.message,
      /\nMPG <b>must<\/b> be \| measured$/,
    );
  });

  test('--lang ko renders row and aggregate verdicts in Korean; JSON keeps English', () => {
    const ko = renderTerminal(report, { lang: 'ko' });
    assert.match(ko, /406행 중 8행\(1\.97%\)에서 null 값 발견/);
    assert.match(ko, /400행 중 10행\(2\.50%\)에서 범위를 벗어난 값 발견; 허용 한도 10\.00%/);
    assert.match(ko, /실패: 관측값 406, 기대값 >= 1000/);
    assert.match(ko, /406행 중 152행\(37\.4%\)에서 중복 값 발견/);
    assert.doesNotMatch(ko, / rows \(/, 'no English row sentence left');
    const md = renderMarkdown(report, { lang: 'ko' });
    assert.match(md, /406행 중 8행\(1\.97%\)에서 null 값 발견/);
    const en = renderTerminal(report);
    assert.match(en, /8 of 406 rows \(1\.97%\) have null values/);
    const json = JSON.parse(renderJson(report)) as Report;
    assert.match(json.sources[0]!.checks[0]!.message, /^8 of 406 rows/);
  });

  test('errored checks keep the engine message in Korean output', async () => {
    writeFileSync(join(dir, 'x.csv'), 'a\n1\n');
    const r = await runSuite(
      parseSuite(
        `version: 1\nsources:\n  x: { path: x.csv }\nchecks:\n  x:\n    - not_null: { column: nope }\n`,
        {
          path: join(dir, 'x.yml'),
          baseDir: dir,
        },
      ),
    );
    assert.match(renderTerminal(r, { lang: 'ko' }), /Column `nope` not found/);
  });
});
