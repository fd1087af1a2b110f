import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { render } from '../../src/core/render/index.ts';
import { renderJson } from '../../src/core/render/json.ts';
import { Report } from '../../src/core/result/schema.ts';
import { nastyReport } from './fixture.ts';

describe('json renderer', () => {
  test('validates against the Report schema, 2-space indent, contract key order', async () => {
    const report = await nastyReport({ withMissing: true });
    const text = renderJson(report);
    const parsed = Report.parse(JSON.parse(text));
    assert.equal(parsed.summary.checks, 5);
    assert.ok(text.startsWith('{\n  "schemaVersion": "1.0",\n  "tool": {'));
    assert.deepEqual(Object.keys(JSON.parse(text)), Object.keys(Report.shape));
  });

  test('same report in any key order renders identically', async () => {
    const report = await nastyReport();
    const reversed = Object.fromEntries(Object.entries(report).reverse()) as unknown as Report;
    assert.equal(renderJson(reversed), renderJson(report));
  });

  test('dispatcher routes every format', async () => {
    const report = await nastyReport();
    assert.match(render(report, 'json'), /^\{/);
    assert.match(render(report, 'markdown'), /^### /);
    assert.match(render(report, 'junit'), /^<\?xml/);
    assert.match(render(report, 'terminal'), /WARN|FAIL|ERROR/);
  });
});
