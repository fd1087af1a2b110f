import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { commandNamed } from '../../src/cli/commands/index.ts';
import { hasStackTrace, ROOT } from './run-cli.ts';

const TRACER = join(ROOT, 'tests', 'cli', 'trace-modules.ts');
const DATA = join(ROOT, 'node_modules', 'vega-datasets', 'data');
/** What `check` must not pay for at start-up (issue 13.2). */
const HEAVY = /@temporalio|[\\/]dashboard[\\/]|nodemailer|@octokit|@hono|[\\/]pino[\\/]/;

/** Runs a CLI entry file under the module tracer; returns the exit code and the loaded module URLs. */
function traced(entry: string, args: string[]): { code: number | null; modules: string[] } {
  const out = join(mkdtempSync(join(tmpdir(), 'tg-trace-')), 'modules.txt');
  const r = spawnSync(process.execPath, ['--import', TRACER, entry, ...args], {
    cwd: ROOT,
    env: { ...process.env, TG_TRACE_MODULES: out },
    encoding: 'utf8',
  });
  return { code: r.status, modules: readFileSync(out, 'utf8').split('\n') };
}

test('the command name is found after global options; help, typos and --version name none', () => {
  assert.equal(commandNamed(['--lang', 'ko', 'check', 'x.csv']), 'check');
  assert.equal(commandNamed(['--debug', 'schedule', 'list']), 'schedule');
  assert.equal(commandNamed(['chek']), undefined);
  assert.equal(commandNamed(['--help']), undefined);
  assert.equal(commandNamed(['--lang', 'check']), undefined);
});

test('check from the sources loads neither Temporal, the dashboard nor the notifiers', () => {
  const r = traced(join(ROOT, 'bin', 'truthgate.js'), ['check', join(DATA, 'seattle-weather.csv')]);
  assert.equal(r.code, 0, 'the learned checks pass on the data they were learned from');
  assert.ok(r.modules.some((m) => m.includes('nodejs-polars')));
  assert.deepEqual(
    r.modules.filter((m) => HEAVY.test(m)),
    [],
  );
});

test('check --suite off a terminal loads neither zero-config learning, metric history nor the spinner', () => {
  const r = traced(join(ROOT, 'bin', 'truthgate.js'), [
    'check',
    '--suite',
    join(ROOT, 'examples', 'weather', 'truthgate.yml'),
    '--format',
    'json',
  ]);
  assert.ok(r.code === 0 || r.code === 1, `exit ${r.code}`);
  assert.deepEqual(
    r.modules.filter((m) => /learn[\\/]zero-config|history[\\/]store|node_modules[\\/]ora[\\/]/.test(m)),
    [],
  );
});

test("nodejs-polars' musl probe reports without the network (no interface list, no reverse DNS)", () => {
  const out = join(mkdtempSync(join(tmpdir(), 'tg-report-')), 'reports.json');
  const r = spawnSync(
    process.execPath,
    [
      '--import',
      join(ROOT, 'tests', 'cli', 'trace-report.ts'),
      join(ROOT, 'bin', 'truthgate.js'),
      'check',
      join(DATA, 'seattle-weather.csv'),
    ],
    { cwd: ROOT, env: { ...process.env, TG_TRACE_REPORTS: out }, encoding: 'utf8' },
  );
  assert.equal(r.status, 0, r.stderr);
  const excluded = JSON.parse(readFileSync(out, 'utf8')) as boolean[];
  assert.ok(excluded.length > 0, 'the check loaded nodejs-polars, which probes with a report');
  assert.deepEqual(
    excluded,
    excluded.map(() => true),
  );
});

test('--version loads no command module', () => {
  const r = traced(join(ROOT, 'bin', 'truthgate.js'), ['--version']);
  assert.equal(r.code, 0);
  assert.deepEqual(
    r.modules.filter((m) => /cli[\\/]commands[\\/](?!index)/.test(m)),
    [],
  );
});

test('the built CLI (lib/) splits per command: check loads none of the heavy modules', () => {
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.ts')], { cwd: ROOT, stdio: 'ignore' });
  const r = traced(join(ROOT, 'lib', 'cli.js'), ['check', join(DATA, 'seattle-weather.csv')]);
  assert.equal(r.code, 0);
  assert.ok(!r.modules.some((m) => m.includes('/src/')), 'the built CLI runs no TypeScript');
  assert.deepEqual(
    r.modules.filter((m) => HEAVY.test(m)),
    [],
  );
  const help = spawnSync(process.execPath, [join(ROOT, 'lib', 'cli.js'), '--help'], { encoding: 'utf8' });
  for (const name of ['check', 'worker', 'dashboard', 'schedule', 'report'])
    assert.match(help.stdout, new RegExp(`\\n  ${name} `));
});

// The machine's own Node is 20: the bin file must still parse there and say what it needs.
const OLD_NODE = '/usr/bin/node';
const oldMajor = existsSync(OLD_NODE)
  ? Number(execFileSync(OLD_NODE, ['-p', 'process.versions.node.split(".")[0]'], { encoding: 'utf8' }))
  : 0;
test(
  'an old Node gets one line naming the Node it needs',
  { skip: oldMajor === 0 || oldMajor >= 22 ? `no Node < 22 at ${OLD_NODE}` : false },
  () => {
    for (const args of [['--version'], ['check', '--suite', 'examples/weather/truthgate.yml']]) {
      const r = spawnSync(OLD_NODE, [join(ROOT, 'bin', 'truthgate.js'), ...args], {
        cwd: ROOT,
        encoding: 'utf8',
      });
      assert.equal(r.status, 2);
      assert.equal(r.stdout, '');
      assert.match(r.stderr, /^truthgate needs Node\.js >= 22\.18 \(this is Node\.js 2\d\.\d+\.\d+\)\n$/);
      assert.ok(!hasStackTrace(r.stderr));
    }
  },
);

test('bin/truthgate.js and package.json ask for the same Node', () => {
  const engines = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).engines.node;
  const bin = readFileSync(join(ROOT, 'bin', 'truthgate.js'), 'utf8');
  const min = /const MIN = \[(\d+), (\d+)\]/.exec(bin);
  assert.equal(engines, `>=${min?.[1]}.${min?.[2]}`);
});
