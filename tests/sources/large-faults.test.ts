import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import type { SourceResult } from '../../src/core/result/schema.ts';
import { runSource, tempDir } from './fixture.ts';

const t = tempDir();

/** Runs one source whole (fused scan) and in 256 KiB chunks (threshold 1 MiB), as `check` would. */
async function bothWays(path: string): Promise<[SourceResult, SourceResult]> {
  const checks = [{ row_count: { min: 0 } }, { not_null: { column: 'id' } }];
  const whole = (await runSource(t.dir, { path }, checks)).source;
  process.env.TRUTHGATE_CHUNK_THRESHOLD_MB = '1';
  process.env.TRUTHGATE_CHUNK_MB = '0.25';
  try {
    return [whole, (await runSource(t.dir, { path }, checks)).source];
  } finally {
    delete process.env.TRUTHGATE_CHUNK_THRESHOLD_MB;
    delete process.env.TRUTHGATE_CHUNK_MB;
  }
}

/** ~9.5 MiB of `id,name,note` rows (past the 8 MiB whole-file check), with line `at` replaced. */
function fileWith(name: string, at: number, line: string | Buffer, rows = 420_000): string {
  const parts: (string | Buffer)[] = ['id,name,note\n'];
  for (let i = 1; i <= rows; i++) parts.push(i + 1 === at ? line : `${i},name${i},ok\n`);
  return t.write(name, Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : p))));
}

const faults: { name: string; line: string | Buffer; code: string }[] = [
  { name: 'open quote', line: '350001,"never closed,ok\n', code: 'TG_CSV_QUOTE' },
  { name: 'short row', line: '7,short\n', code: 'TG_CSV_RAGGED' },
  { name: 'blank line', line: '\n', code: 'TG_CSV_RAGGED' },
  // polars refuses a value that does not fit the type inferred from the first 10000 rows.
  { name: 'late fraction', line: '17.5,late,ok\n', code: 'TG_SOURCE_TYPE' },
  { name: 'NUL byte', line: Buffer.from('8,na\u0000me,ok\n'), code: 'TG_CSV_NUL' },
  {
    name: 'invalid UTF-8',
    line: Buffer.from([0x39, 0x2c, 0xff, 0xfe, 0x2c, 0x6f, 0x6b, 0x0a]),
    code: 'TG_SOURCE_ENCODING',
  },
];

describe('large CSVs: chunked and past-8-MiB reads find what a whole read finds', () => {
  for (const f of faults) {
    test(`${f.name} on line 350002 (past 8 MiB): same code and line whole and chunked`, async () => {
      const path = fileWith(`${f.name.replaceAll(' ', '-')}.csv`, 350_002, f.line);
      const [whole, chunked] = await bothWays(path);
      assert.equal(whole.error?.code, f.code, `whole: ${whole.error?.message}`);
      assert.equal(chunked.error?.code, f.code, `chunked: ${chunked.error?.message}`);
      assert.deepEqual(chunked.error?.location, whole.error?.location);
      assert.equal(chunked.error?.message, whole.error?.message);
      if (f.code !== 'TG_SOURCE_ENCODING') assert.equal(whole.error?.location?.line, 350_002);
    });
  }

  test('a clean large file reads the same rows both ways', async () => {
    const path = fileWith('clean.csv', 0, '');
    const [whole, chunked] = await bothWays(path);
    assert.equal(whole.error, undefined);
    assert.equal(chunked.rowCount, 420_000);
    assert.equal(whole.rowCount, 420_000);
  });
});

describe('unreadable files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tg-perm-'));
  chmodSync(dir, 0o755);
  after(() => rmSync(dir, { recursive: true, force: true }));
  const csv = join(dir, 'locked.csv');
  writeFileSync(csv, 'a,b\n1,2\n');
  chmodSync(csv, 0o000);
  const suite = join(dir, 'truthgate.yml');
  writeFileSync(
    suite,
    'version: 1\nsources:\n  d: { path: locked.csv }\nchecks:\n  d:\n    - row_count: { min: 0 }\n',
  );
  chmodSync(suite, 0o644);
  const bin = join(import.meta.dirname, '../../bin/truthgate.js');
  const asNobody = (...args: string[]) =>
    spawnSync('runuser', ['-u', 'nobody', '--', process.execPath, bin, ...args], {
      encoding: 'utf8',
      cwd: dir,
      env: { ...process.env, NO_COLOR: '1' },
    });
  const commands: [string, string[]][] = [
    ['check', ['check', '--suite', suite]],
    ['profile', ['profile', csv]],
    ['learn', ['learn', csv]],
    ['drift', ['drift', '--baseline', csv, '--current', csv]],
    ['diff', ['diff', csv, csv]],
  ];
  // Only root can run the CLI as another user, and only where that user can reach node and the
  // clone (a checkout under a private home directory cannot be read by `nobody`).
  const root =
    process.getuid?.() === 0 &&
    spawnSync('runuser', [
      '-u',
      'nobody',
      '--',
      process.execPath,
      '-e',
      `require('fs').accessSync(${JSON.stringify(bin)})`,
    ]).status === 0;
  for (const [name, args] of commands) {
    test(
      `${name}: permission denied is TG_SOURCE_READ, exit 3, with the path and reason`,
      { skip: !root },
      () => {
        const r = asNobody(...args);
        const out = r.stdout + r.stderr;
        assert.equal(r.status, 3, out);
        assert.match(out, /TG_SOURCE_READ/);
        assert.match(out, /locked\.csv/);
        assert.match(out, /permission denied/i);
        assert.doesNotMatch(out, /TG_INTERNAL/);
      },
    );
  }
});
