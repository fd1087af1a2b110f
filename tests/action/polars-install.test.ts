import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { installAction, runScheduled, tempDir } from '../helpers/action-runner.ts';

/**
 * The one test that installs nodejs-polars for real (npm, from the registry) into an empty tool
 * cache, from a folder that cannot see the repository's node_modules; a second run reuses it.
 */
test(
  'dist/index.js installs nodejs-polars into the tool cache once and reuses it',
  { timeout: 600_000 },
  async () => {
    const action = installAction();
    const toolCache = tempDir('tg-toolcache-empty-');
    const workspace = tempDir('tg-ws-');
    const run = () =>
      runScheduled({ action, toolCache, workspace, inputs: { files: '*.csv', 'changed-only': 'false' } });
    const first = await run();
    assert.equal(first.code, 0, first.stdout + first.stderr);
    assert.match(first.stdout, /Installing nodejs-polars \d+\.\d+\.\d+ \(linux-x64-gnu\)/);
    const dir = join(toolCache, 'truthgate-polars');
    const [version] = readdirSync(dir);
    const installed = join(dir, version!, 'linux-x64-gnu');
    assert.ok(existsSync(join(installed, 'node_modules', 'nodejs-polars-linux-x64-gnu')));
    assert.ok(existsSync(join(installed, '.truthgate-complete')));

    const second = await run();
    assert.equal(second.code, 0);
    assert.doesNotMatch(second.stdout, /Installing nodejs-polars/);
    assert.match(second.summary, /No data files to check/);
  },
);
