import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { renderJunit } from '../../src/core/render/junit.ts';
import type { Report } from '../../src/core/result/schema.ts';
import { nastyReport } from './fixture.ts';
import { parseXml, type XmlNode } from './xml.ts';

const byName = (nodes: XmlNode[], name: string): XmlNode[] => nodes.filter((n) => n.name === name);

describe('junit renderer', () => {
  let report: Report;
  before(async () => {
    report = await nastyReport({ withMissing: true });
  });

  test('is well-formed with a testsuite per source and a testcase per check', () => {
    const root = parseXml(renderJunit(report));
    assert.equal(root.name, 'testsuites');
    assert.equal(root.attrs.tests, '5');
    // The one failed check is medium, below fail_on high: it does not fail the run, nor JUnit.
    assert.equal(root.attrs.failures, '0');
    assert.equal(root.attrs.errors, '2');
    const suites = byName(root.children, 'testsuite');
    assert.deepEqual(
      suites.map((s) => s.attrs.name),
      ['orders', 'missing'],
    );
    const cases = byName(suites[0]!.children, 'testcase');
    assert.equal(cases.length, 4);
    assert.deepEqual(
      cases.map((c) => c.children.map((x) => x.name)),
      [[], [], ['system-out'], ['error']],
    );
    const missing = suites[1]!;
    assert.equal(byName(missing.children, 'testcase')[0]!.children[0]!.name, 'error');
    assert.match(byName(missing.children, 'system-err')[0]!.text, /TG_SOURCE_NOT_FOUND/);
  });

  test('failure carries severity, message and escaped samples', () => {
    const strict: Report = { ...structuredClone(report), failOn: 'medium' };
    const root = parseXml(renderJunit(strict));
    assert.equal(root.attrs.failures, '1');
    assert.equal(root.children[0]!.attrs.failures, '1');
    const failure = root.children[0]!.children.find((c) => c.attrs.name === 'orders.between.amount')!
      .children[0]!;
    assert.equal(failure.name, 'failure');
    assert.equal(failure.attrs.type, 'medium');
    assert.match(failure.attrs.message!, /5 of 7 rows/);
    assert.ok(failure.text.includes('note=<script>alert(1)</script>'));
    assert.ok(failure.text.includes('note=ctl\uFFFDchar'), 'control character replaced');
  });

  test('a failure below fail_on passes with a note; errors stay errors; never fails nothing', () => {
    const root = parseXml(renderJunit(report));
    assert.equal(root.children[0]!.attrs.failures, '0');
    const tc = root.children[0]!.children.find((c) => c.attrs.name === 'orders.between.amount')!;
    assert.deepEqual(
      tc.children.map((c) => c.name),
      ['system-out'],
    );
    assert.match(tc.children[0]!.text, /failed, but not a failure of the run: medium is below fail_on high/);
    assert.match(tc.children[0]!.text, /row 2 \(line 3\): id=2/);
    const never = parseXml(renderJunit({ ...structuredClone(report), failOn: 'never' }));
    assert.equal(never.attrs.failures, '0');
    const note = never.children[0]!.children.find((c) => c.attrs.name === 'orders.between.amount')!;
    assert.match(note.children[0]!.text, /not a failure of the run: fail_on is never/);
    assert.equal(never.attrs.errors, '2');
    const err = never.children[0]!.children.find((c) => c.attrs.name === 'orders.not_null.no_such_column')!;
    assert.equal(err.children[0]!.name, 'error');
    assert.equal(err.children[0]!.attrs.type, 'TG_COLUMN_NOT_FOUND');
  });

  test('a skipped check becomes <skipped/>', () => {
    const skipped: Report = structuredClone(report);
    skipped.sources[0]!.checks[0]!.status = 'skip';
    const root = parseXml(renderJunit(skipped));
    const tc = root.children[0]!.children.find((c) => c.attrs.name === 'orders.row_count')!;
    assert.deepEqual(
      tc.children.map((c) => c.name),
      ['skipped'],
    );
  });
});
