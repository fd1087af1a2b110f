/**
 * Wall time of the built action (dist/index.js as a subprocess, the way a runner starts it) on a
 * pull request that modifies a CSV of 1,000 rows (issue 13's target: at most 1 s), or of as many
 * rows as the first argument says, with the polars tool cache already filled (the one-time
 * download is excluded, as in the issue's target). Run: node bench/action.ts [rows]
 * Reports wall time and the action process's CPU seconds (user + system, from the kernel's
 * accounting of waited-for children): on a shared machine only the CPU time compares across runs.
 * BENCH_PROF=<dir> writes a V8 CPU profile of every run there.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  git,
  gitRepo,
  installAction,
  prEvent,
  runAction,
  seededToolCache,
} from '../tests/helpers/action-runner.ts';
import { FakeGitHub } from '../tests/helpers/fake-github.ts';

const ROWS = Number(process.argv[2] ?? 1000);
const statuses = ['paid', 'refunded', 'pending'];

/** Deterministic rows (no randomness): id, email, amount, status, created. */
function csv(change: boolean): string {
  const out = ['order_id,email,amount,status,created'];
  for (let i = 0; i < ROWS; i++) {
    const amount = change && i % Math.min(ROWS, 100_000) === 7 ? 20000 : ((i * 7919) % 1_000_000) / 100;
    out.push(
      `${i},user${i % 50_000}@example.com,${amount},${statuses[i % 3]},2024-01-${String((i % 28) + 1).padStart(2, '0')}`,
    );
  }
  return `${out.join('\n')}\n`;
}

const suite = `version: 1
sources:
  orders: { path: data/orders.csv, key: [order_id] }
checks:
  orders:
    - row_count: { min: 1000 }
    - not_null: { columns: [order_id, email] }
    - unique: { column: order_id }
    - between: { column: amount, min: 0, max: 10000 }
    - in_set: { column: status, values: [paid, refunded, pending] }
    - regex: { column: email, pattern: '^[^@]+@[^@]+$', severity: medium }
`;

const repo = gitRepo(
  { 'truthgate.yml': suite, 'data/orders.csv': csv(false) },
  { 'data/orders.csv': csv(true) },
);
git(repo.dir, 'gc', '-q');
const gh = new FakeGitHub({
  owner: 'acme',
  repo: 'data',
  writeTokens: { ghs_write: undefined },
  pulls: { 1: [{ filename: 'data/orders.csv', status: 'modified' }] },
});
await gh.start();
const action = installAction();
const toolCache = seededToolCache();
/** User + system CPU milliseconds of this process's finished children (/proc/self/stat cutime, cstime). */
function childrenCpuMs(): number {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
  // Fields 16 and 17 of stat(5), counted from the state field (3): clock ticks of 10 ms.
  return (Number(fields[13]) + Number(fields[14])) * 10;
}

const prof = process.env.BENCH_PROF;
const results: Record<string, { wallMs: number[]; cpuMs: number[] }> = {};
for (const compare of ['false', 'true']) {
  for (let i = 0; i < 3; i++) {
    const cpu0 = childrenCpuMs();
    const r = await runAction({
      action,
      toolCache,
      workspace: repo.dir,
      apiUrl: gh.url,
      event: prEvent(1, repo.baseSha, repo.headSha),
      inputs: { suite: 'truthgate.yml', 'compare-to-base': compare },
      ...(prof ? { env: { NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${prof}` } } : {}),
    });
    if (r.code !== 1) throw new Error(`unexpected exit ${r.code}: ${r.stdout}${r.stderr}`);
    const runs = (results[`compare-to-base=${compare}`] ??= { wallMs: [], cpuMs: [] });
    runs.wallMs.push(Math.round(r.ms));
    runs.cpuMs.push(childrenCpuMs() - cpu0);
  }
}
await gh.stop();
const median = (v: number[]): number => [...v].sort((a, b) => a - b)[1]!;
const report = Object.fromEntries(
  Object.entries(results).map(([k, v]) => [
    k,
    { runsMs: v.wallMs, medianMs: median(v.wallMs), cpuMs: v.cpuMs, medianCpuMs: median(v.cpuMs) },
  ]),
);
console.log(JSON.stringify({ rows: ROWS, ...report }, null, 2));
writeFileSync(join(repo.dir, 'bench.json'), JSON.stringify(report));
