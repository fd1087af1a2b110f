import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { copyFileSync, lstatSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { hasStackTrace, ROOT, runCli, tempProject } from './run-cli.ts';

const DATA = join(ROOT, 'node_modules', 'vega-datasets', 'data');
const WEATHER = join(DATA, 'seattle-weather.csv');

/** A temp folder holding a copy of seattle-weather.csv as weather.csv. */
function weatherCopy(): string {
  const dir = tempProject({});
  copyFileSync(WEATHER, join(dir, 'weather.csv'));
  return dir;
}

describe('one output vocabulary', () => {
  for (const cmd of ['check', 'diff', 'drift', 'profile', 'run', 'report']) {
    test(`${cmd} takes -o/--output and --format terminal|json|markdown`, () => {
      const help = runCli([cmd, '--help']).stdout.replace(/\s+/g, ' ');
      assert.match(help, /-o, --output <file>/);
      assert.match(help, /--format <format> output format \(choices: "terminal", "json", "markdown"/);
    });
  }

  test('profile -o writes the chosen format and prints the terminal view, as check does', () => {
    const dir = weatherCopy();
    const r = runCli(['profile', 'weather.csv', '--format', 'json', '-o', 'p.json'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(JSON.parse(readFileSync(join(dir, 'p.json'), 'utf8')).table.rows, 1461);
    assert.match(r.stdout, /temp_max/);
    assert.match(r.stderr, /written to p\.json/);
  });
});

describe('-o to special files', () => {
  test('-o /dev/stdout prints only the chosen format (diff, profile, drift)', () => {
    for (const args of [
      ['diff', WEATHER, WEATHER],
      ['profile', WEATHER],
      ['drift', '--baseline', WEATHER, '--current', WEATHER],
    ]) {
      const r = runCli([...args, '--format', 'json', '-o', '/dev/stdout']);
      assert.equal(r.code, 0, `${args[0]}: ${r.stderr}`);
      assert.doesNotThrow(() => JSON.parse(r.stdout), `${args[0]} stdout is one JSON document`);
    }
  });

  test('-o /dev/null leaves the device a device', () => {
    const r = runCli(['profile', WEATHER, '--format', 'json', '-o', '/dev/null']);
    assert.equal(r.code, 0, r.stderr);
    assert.ok(statSync('/dev/null').isCharacterDevice());
  });

  test('-o /dev/full is TG_OUTPUT_WRITE (no space), and /dev/full stays a device', () => {
    for (const args of [
      ['profile', WEATHER],
      ['learn', WEATHER],
      ['check', WEATHER, '--format', 'json'],
    ]) {
      const r = runCli([...args, '-o', '/dev/full']);
      assert.equal(r.code, 2, `${args[0]}: ${r.stderr}`);
      assert.match(r.stderr, /error TG_OUTPUT_WRITE: Cannot write \/dev\/full: .*ENOSPC/);
      assert.match(r.stderr, /hint: /);
      assert.ok(!hasStackTrace(r.stderr));
      assert.ok(lstatSync('/dev/full').isCharacterDevice(), `${args[0]} replaced /dev/full`);
    }
  });

  test('-o through a symlink replaces the target and keeps the link', () => {
    const dir = weatherCopy();
    writeFileSync(join(dir, 'real.json'), 'old');
    symlinkSync('real.json', join(dir, 'link.json'));
    const r = runCli(['profile', 'weather.csv', '--format', 'json', '-o', 'link.json'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.ok(lstatSync(join(dir, 'link.json')).isSymbolicLink());
    assert.equal(JSON.parse(readFileSync(join(dir, 'real.json'), 'utf8')).table.rows, 1461);
  });
});

describe('-o never overwrites an input', () => {
  const cases: [string, (dir: string) => string[]][] = [
    ['learn x.csv -o x.csv', () => ['learn', 'weather.csv', '-o', 'weather.csv']],
    [
      'learn through another spelling of the path',
      (dir) => ['learn', 'weather.csv', '-o', `${dir}/./weather.csv`],
    ],
    ['learn with a glob', () => ['learn', '*.csv', '-o', 'weather.csv']],
    ['profile', () => ['profile', 'weather.csv', '--format', 'json', '-o', 'weather.csv']],
    ['diff', () => ['diff', 'weather.csv', 'other.csv', '-o', 'other.csv']],
    ['drift', () => ['drift', '--baseline', 'weather.csv', '--current', 'other.csv', '-o', 'weather.csv']],
    ['zero-config check', () => ['check', 'weather.csv', '--format', 'json', '-o', 'weather.csv']],
    [
      'check a suite over its glob source',
      (dir) => {
        writeFileSync(
          join(dir, 'suite.yml'),
          'version: 1\nsources:\n  w: "*.csv"\nchecks:\n  w:\n    - row_count: {min: 1}\n',
        );
        return ['check', '--suite', 'suite.yml', '-o', 'other.csv'];
      },
    ],
  ];
  for (const [name, args] of cases) {
    test(name, () => {
      const dir = weatherCopy();
      copyFileSync(WEATHER, join(dir, 'other.csv'));
      const r = runCli(args(dir), { cwd: dir });
      assert.equal(r.code, 2, r.stderr);
      assert.match(r.stderr, /error TG_OUTPUT_IS_INPUT: Refusing to write .*: it is one of the input files/);
      assert.match(r.stderr, /hint: Choose another --output path/);
      for (const f of ['weather.csv', 'other.csv'])
        assert.deepEqual(readFileSync(join(dir, f)), readFileSync(WEATHER));
    });
  }
});

test('dashboard on a taken port is a coded usage error, not an internal error', async () => {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  try {
    const child = spawn(
      process.execPath,
      [join(ROOT, 'bin', 'truthgate.js'), 'dashboard', '--port', String(port)],
      {
        cwd: ROOT,
        env: { ...process.env, LANG: 'C', LC_ALL: '' },
      },
    );
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    const code = await new Promise<number | null>((r) => child.on('exit', r));
    assert.equal(code, 2, stderr);
    assert.match(stderr, new RegExp(`error TG_DASHBOARD_PORT_IN_USE: .*127\\.0\\.0\\.1:${port}.*taken`));
    assert.match(stderr, /hint: If `truthgate dev` is running/);
    assert.doesNotMatch(stderr, /TG_INTERNAL|Internal error/);
  } finally {
    server.close();
  }
});
