/**
 * `npm run bench:wide`: the CLI on one-row CSVs thousands of columns wide (issue 12, item 12).
 * Generates the files in bench/data, then runs `truthgate check <file>` (zero-config) and
 * `truthgate profile <file>` on each, each run in a fresh process, and reports wall, CPU (user +
 * system: the number that means something on a shared machine) and peak RSS medians. Cost should
 * grow linearly with the column count. The CLI is the built npm package's (see installed-cli.ts).
 * Usage: node bench/wide.ts [columns...]   (default 250 1000 5000; BENCH_REPEATS, default 3)
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { installedCli } from './installed-cli.ts';

const repeats = Number(process.env.BENCH_REPEATS ?? 3);
const widths = process.argv.length > 2 ? process.argv.slice(2).map(Number) : [250, 1000, 5000];
const dir = join(import.meta.dirname, 'data');
const cli = installedCli();

/** Column i's kind and its one value: ints, floats, strings, ISO dates and empty cells in turn. */
function cell(i: number): [kind: string, value: string] {
  switch (i % 5) {
    case 0:
      return ['int', String(i * 7 - 1000)];
    case 1:
      return ['float', `${i}.25`];
    case 2:
      return ['str', `value ${i}`];
    case 3:
      return [
        'date',
        `2024-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
      ];
    default:
      return ['empty', ''];
  }
}

function generate(columns: number): string {
  const cells = Array.from({ length: columns }, (_, i) => cell(i));
  const file = join(dir, `wide-${columns}.csv`);
  const header = cells.map(([kind], i) => `${kind}_${i}`).join(',');
  writeFileSync(file, `${header}\n${cells.map(([, v]) => v).join(',')}\n`);
  return file;
}

// Reports the child's peak RSS and CPU time on exit (stderr is a pipe: written synchronously).
const usageHook =
  'data:text/javascript,process.on("exit",()=>{const u=process.resourceUsage();' +
  'process.stderr.write("\\nTG_BENCH_RSS_KB "+u.maxRSS+" TG_BENCH_CPU_US "+(u.userCPUTime+u.systemCPUTime)+"\\n")})';

interface Run {
  wallMs: number;
  cpuMs: number;
  peakRssMb: number;
}

function run(command: 'check' | 'profile', file: string): Run {
  const t0 = performance.now();
  const child = spawnSync(process.execPath, ['--import', usageHook, cli, command, file, '--format', 'json'], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const wallMs = performance.now() - t0;
  // A failing gate exits 1 and still counts; anything else is a broken run.
  if (child.status !== 0 && child.status !== 1)
    throw new Error(`truthgate ${command} ${file} exited ${child.status}: ${child.stderr}`);
  const rss = /TG_BENCH_RSS_KB (\d+)/.exec(child.stderr)?.[1];
  const cpu = /TG_BENCH_CPU_US (\d+)/.exec(child.stderr)?.[1];
  return { wallMs, cpuMs: Number(cpu ?? 0) / 1000, peakRssMb: Number(rss ?? 0) / 1024 };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

mkdirSync(dir, { recursive: true });
const results: Record<string, unknown> = {};
for (const columns of widths) {
  const file = generate(columns);
  const runs = { check: [] as Run[], profile: [] as Run[] };
  // Interleaved, so drift in machine load hits both alike.
  for (let i = 0; i < repeats; i++)
    for (const mode of ['check', 'profile'] as const) runs[mode].push(run(mode, file));
  const summary = (rs: Run[]): Run => ({
    wallMs: Math.round(median(rs.map((r) => r.wallMs))),
    cpuMs: Math.round(median(rs.map((r) => r.cpuMs))),
    peakRssMb: Math.round(median(rs.map((r) => r.peakRssMb))),
  });
  const r = { check: summary(runs.check), profile: summary(runs.profile) };
  results[columns] = { ...r, repeats };
  console.log(
    `${String(columns).padStart(5)} columns  check ${r.check.wallMs} ms (CPU ${r.check.cpuMs} ms, ${r.check.peakRssMb} MB)` +
      `  profile ${r.profile.wallMs} ms (CPU ${r.profile.cpuMs} ms, ${r.profile.peakRssMb} MB)`,
  );
}
console.log(JSON.stringify(results));
