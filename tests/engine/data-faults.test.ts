import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { reportExitCode } from '../../src/cli/output.ts';
import { runSuite } from '../../src/core/engine/run-suite.ts';
import { parseSuite } from '../../src/core/suite/load.ts';

const suite = `version: 1
sources:
  d: d.csv
checks:
  d:
    - between: { column: amount, min: 0, max: 100 }
    - not_null: { column: price }
`;

test('data that changed (text in a numeric column, a renamed column) is a data error, exit 3, not 2', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tg-fault-'));
  const rows = ['id,amount,cost'];
  // Late type change: 17 numbers, then text, as a hand-edited export would have.
  for (let i = 0; i < 30; i++) rows.push(`${i},${i === 17 ? 'n/a' : i},${i}`);
  writeFileSync(join(dir, 'd.csv'), rows.join('\n') + '\n');
  const report = await runSuite(parseSuite(suite, { baseDir: dir }));
  const [between, notNull] = report.sources[0]!.checks;
  assert.equal(between!.errorCode, 'TG_CHECK_DTYPE');
  assert.equal(
    between!.message,
    "Check `between` needs a numeric column, but `amount` is String (e.g. value 'n/a' at row 18)",
  );
  assert.equal(notNull!.errorCode, 'TG_COLUMN_NOT_FOUND');
  assert.match(notNull!.message, /`price` not found in source `d`/);
  assert.equal(reportExitCode(report), 3);
});

test('a suite error next to a data error still exits 2', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tg-fault-'));
  writeFileSync(join(dir, 'd.csv'), 'amount,price\n1,2\n');
  const report = await runSuite(
    parseSuite(`${suite}    - not_null: { column: amount, where: "amount >>> 1" }\n`, { baseDir: dir }),
  );
  assert.equal(report.status, 'error');
  assert.equal(reportExitCode(report), 2);
});
