import assert from 'node:assert/strict';
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { startS3Server, type S3Server } from '../helpers/s3.ts';

/**
 * Partitioned runs over an s3:// CSV glob: planning lists the objects without downloading any,
 * and each partition downloads only its own object. Measured as the GETs of object keys that
 * reach the S3 server through a counting proxy, from fresh processes (no spool cache).
 */
const SRC = fileURLToPath(new URL('../../src/', import.meta.url));
const BUCKET = 'tg-spool';
let s3: S3Server;
let proxy: Server;
let proxyUrl: string;
const gets: string[] = [];
let dir: string;
/** TMPDIR of the child processes: their spool directories, apart from other tests'. */
let spoolRoot: string;

before(async () => {
  s3 = await startS3Server();
  await s3.createBucket(BUCKET);
  for (let p = 0; p < 4; p++) {
    const rows = Array.from({ length: 10 }, (_, i) => `${p * 10 + i},${i === 3 && p === 2 ? -1 : i}`);
    await s3.put(BUCKET, `csv/part-${p}.csv`, ['id,amount', ...rows].join('\n') + '\n');
  }
  // Forwards every request as it came (Host included, so signatures hold) and notes object GETs.
  proxy = createServer((req, res) => {
    const url = new URL(req.url!, 'http://x');
    if (req.method === 'GET' && !url.searchParams.has('list-type') && url.pathname.split('/').length > 2)
      gets.push(decodeURIComponent(url.pathname));
    const up = request(
      { host: '127.0.0.1', port: s3.port, method: req.method, path: req.url, headers: req.headers },
      (r) => {
        res.writeHead(r.statusCode!, r.headers);
        r.pipe(res);
      },
    );
    req.pipe(up);
  });
  await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
  proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
  dir = mkdtempSync(join(tmpdir(), 'tg-spool-'));
  spoolRoot = mkdtempSync(join(tmpdir(), 'tg-spool-tmp-'));
  writeFileSync(
    join(dir, 'truthgate.yml'),
    stringify({
      version: 1,
      sources: {
        csv: {
          path: `s3://${BUCKET}/csv/part-*.csv`,
          storage_options: { ...s3.storageOptions, aws_endpoint_url: proxyUrl },
        },
      },
      checks: { csv: [{ non_negative: { column: 'amount' } }, { row_count: { min: 1 } }] },
    }),
  );
});
after(async () => {
  await new Promise((r) => proxy?.close(r));
  await s3?.stop();
});

/** A script that loads the suite, then runs `body` (TypeScript). */
function script(body: string): string {
  const file = join(dir, `run-${Math.random().toString(36).slice(2)}.ts`);
  writeFileSync(
    file,
    `import { dirname } from 'node:path';
import { loadSuiteFile } from '${SRC}core/suite/load.ts';
import { partitionedSources, runPartition } from '${SRC}core/engine/partition.ts';
import { openSource } from '${SRC}core/sources/open.ts';
import { localFile } from '${SRC}core/sources/cloud/objects.ts';
const suite = loadSuiteFile('${join(dir, 'truthgate.yml')}');
${body}
`,
  );
  return file;
}

const DONE = '--done--';

/**
 * Runs `body` in a fresh Node process (no spool cache) to its end; returns its stdout. A child that
 * hangs fails the test instead of holding the whole run, unless it hangs only inside Node's own
 * process.exit after its work and exit handlers are done (nodejs/node#54918, seen rarely on CI):
 * then its output is complete and is used.
 */
function inFreshProcess(body: string): Promise<string> {
  return new Promise((resolve, reject) =>
    execFile(
      process.execPath,
      [script(`${body}\nprocess.on('exit', () => console.log('${DONE}'));\nprocess.exit(0);`)],
      { env: { ...process.env, ...s3.env, TMPDIR: spoolRoot }, timeout: 120_000, killSignal: 'SIGKILL' },
      (err, stdout, stderr) => {
        const done = stdout.endsWith(`${DONE}\n`);
        if (err && !(err.killed && done)) reject(new Error(`${err.message}\n${stdout}\n${stderr}`));
        else {
          if (err) console.error('the child hung in process.exit after its work (nodejs/node#54918)');
          resolve(stdout.slice(0, -`${DONE}\n`.length));
        }
      },
    ),
  );
}

/** A process that spools the source's objects, prints its spool directory and waits to be killed. */
async function spoolAndWait(): Promise<{ child: ChildProcess; spoolDir: string }> {
  const child = spawn(
    process.execPath,
    [
      script(`const s = openSource('csv', suite.sources.csv!, { baseDir: suite.baseDir });
console.log(dirname(localFile(s.files[0]!)));
setInterval(() => {}, 1000);`),
    ],
    { env: { ...process.env, ...s3.env, TMPDIR: spoolRoot }, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const [line] = (await once(child.stdout!, 'data')) as [Buffer];
  return { child, spoolDir: line.toString().trim() };
}

test('planning a partitioned run lists the objects and downloads none', async () => {
  gets.length = 0;
  const out = await inFreshProcess('console.log(JSON.stringify(partitionedSources(suite)));');
  assert.deepEqual(JSON.parse(out), [{ source: 'csv', files: 4 }]);
  assert.deepEqual(gets, []);
});

test('a partition downloads its own object only, and still finds its failing rows', async () => {
  gets.length = 0;
  const out = await inFreshProcess(
    "const r = await runPartition(suite, 'csv', 2, { now: new Date() });\n" +
      'console.log(JSON.stringify({ rows: r.rowCount, checks: r.checks.map((c) => [c.id, c.failingCount]) }));',
  );
  assert.deepEqual(JSON.parse(out), { rows: 10, checks: [['csv.non_negative.amount', 1]] });
  assert.deepEqual(gets, [`/${BUCKET}/csv/part-2.csv`]);
});

test("a SIGKILLed process's spooled objects are removed by the next process that spools; a live one's stay", async () => {
  const killed = await spoolAndWait();
  assert.ok(killed.spoolDir.startsWith(spoolRoot), killed.spoolDir);
  assert.equal(readdirSync(killed.spoolDir).length, 4, 'four objects spooled');
  killed.child.kill('SIGKILL');
  await once(killed.child, 'exit');
  assert.ok(existsSync(killed.spoolDir), 'SIGKILL skips the exit handler: the copies are left behind');

  const running = await spoolAndWait();
  try {
    assert.ok(!existsSync(killed.spoolDir), "the dead process's directory is gone");
    assert.ok(existsSync(running.spoolDir));
    // A third process finds the second one alive and leaves its copies alone.
    const out = await inFreshProcess(
      "const s = openSource('csv', suite.sources.csv!, { baseDir: suite.baseDir });\nconsole.log(dirname(localFile(s.files[0]!)));",
    );
    assert.ok(existsSync(running.spoolDir), "a running process's directory stays");
    assert.ok(!existsSync(out.trim()), 'a process that ends removes its own directory');
  } finally {
    running.child.kill('SIGKILL');
    await once(running.child, 'exit');
  }
});
