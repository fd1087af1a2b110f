import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { INPUT_DEFAULTS, inputNames, readInputs } from '../../src/action/inputs.ts';
import { neutralizeMentions } from '../../src/action/mentions.ts';
import { repoRoot } from '../helpers/action-runner.ts';

const declared = (
  parse(readFileSync(join(repoRoot, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
  }
).inputs;

test('every input given as an empty string means its default', () => {
  const inputs = readInputs(() => '');
  assert.equal(inputs.commentHeader, 'default');
  assert.equal(inputs.comment, 'always');
  assert.equal(inputs.maxAnnotations, 20);
  assert.equal(inputs.reportPath, 'truthgate-report.json');
  assert.equal(inputs.changedOnly, true);
  assert.equal(inputs.lang, 'en');
  assert.ok(inputs.files.includes('**/*.csv'));
  assert.equal(inputs.token, '');
  // Whitespace only, as `${{ inputs.x }}` with a stray space gives.
  assert.equal(readInputs((n) => (n === 'temporal-address' ? 'h:7233' : ' ')).remote?.taskQueue, 'truthgate');
});

test("the code's defaults are action.yml's defaults", () => {
  assert.deepEqual(Object.keys(declared).sort(), [...inputNames].sort());
  for (const name of inputNames) {
    if (name === 'github-token') continue;
    assert.equal(INPUT_DEFAULTS[name] ?? '', declared[name]!.default ?? '', name);
  }
});

test('mentions are neutralised; e-mail addresses and HTML entities are left alone', () => {
  const out = neutralizeMentions('@octocat @org/team #1 acme/data#12 a@b.com &#39; ### heading');
  assert.equal(out, '@\u200doctocat @\u200dorg/team #\u200d1 acme/data#\u200d12 a@b.com &#39; ### heading');
});

test('importing the action module runs nothing', async () => {
  const before = process.exitCode;
  const mod = await import('../../src/action/main.ts');
  assert.equal(typeof mod.run, 'function');
  assert.equal(process.exitCode, before);
});

test('the fork recipe in docs/github-action.md is consistent: names match, no npx beside a write token', () => {
  const md = readFileSync(join(repoRoot, 'docs/github-action.md'), 'utf8');
  const section = md.slice(md.indexOf('### Comments on pull requests from forks'));
  const blocks = [...section.matchAll(/```yaml\n([\s\S]*?)```/g)].map(
    (m) =>
      parse(m[1]!) as {
        name?: string;
        on: { workflow_run?: { workflows: string[] } } | string;
        permissions?: Record<string, string>;
        jobs: Record<string, { steps: { uses?: string; run?: string; with?: Record<string, string> }[] }>;
      },
  );
  assert.equal(blocks.length, 2);
  const [check, post] = blocks as [(typeof blocks)[0], (typeof blocks)[0]];
  assert.ok(check.name, 'the first workflow has a name');
  const trigger = (post.on as { workflow_run: { workflows: string[] } }).workflow_run;
  assert.deepEqual(trigger.workflows, [check.name]);
  assert.equal(post.permissions?.['pull-requests'], 'write');
  const steps = Object.values(post.jobs).flatMap((j) => j.steps);
  assert.ok(
    steps.every((s) => !/\bnpx\b|npm (i|install)\b/.test(s.run ?? '')),
    'no package fetched by name',
  );
  const render = steps.find((s) => s.uses?.startsWith('truthgate/truthgate@'));
  assert.ok(render?.with?.['render-report'], 'the action itself renders the report');
  const inputs = new Set(Object.keys(declared));
  for (const s of [...Object.values(check.jobs), ...Object.values(post.jobs)].flatMap((j) => j.steps)) {
    if (!s.uses?.startsWith('truthgate/truthgate@')) continue;
    for (const k of Object.keys(s.with ?? {})) assert.ok(inputs.has(k), `action.yml declares ${k}`);
  }
});
