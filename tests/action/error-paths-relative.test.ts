import assert from 'node:assert/strict';
import { test } from 'node:test';
import { actionBed } from '../helpers/action-bed.ts';
import { gitRepo } from '../helpers/action-runner.ts';

/**
 * An error's place is shown the way the repository names the file (`truthgate.yml:9:21`), not by
 * the runner's checkout directory: the comment is public and the path means nothing to readers.
 */
const bed = actionBed({ pulls: { 3: [{ filename: 'suites/truthgate.yml', status: 'modified' }] } });

test('an invalid suite is located relative to the workspace in the comment, the summary and the notes', async () => {
  const base =
    'version: 1\nsources:\n  orders: ../data/orders.csv\nchecks:\n  orders:\n    - row_count: { min: 1 }\n';
  // Two problems: the first is the error, the second becomes a note.
  const head = base.replace(
    '    - row_count: { min: 1 }\n',
    '    - row_count: { min: 1, bogus: 2 }\n    - not_null: { colums: [id] }\n',
  );
  const repo = gitRepo(
    { 'suites/truthgate.yml': base, 'data/orders.csv': 'id\n1\n' },
    { 'suites/truthgate.yml': head },
  );
  const r = await bed.runPr(3, repo, { inputs: { suite: 'suites/truthgate.yml', 'changed-only': 'false' } });
  assert.equal(r.code, 1, r.stdout);
  const body = (bed.gh.comments.get(3) ?? []).map((c) => c.body).join('\n');
  for (const [where, text] of [
    ['comment', body],
    ['summary', r.summary],
  ] as const) {
    assert.match(text, /TG\\?_SUITE\\?_INVALID/, where);
    assert.match(text, /suites\/truthgate\.yml:6:\d+/, where);
    assert.match(text, /> suites\/truthgate\.yml:7:\d+/, `${where}: the second problem's note`);
    assert.ok(!text.includes(repo.dir), `${where} names the checkout directory:\n${text}`);
  }
});
