/**
 * One measured variant in a fresh process, so peak RSS belongs to that variant alone.
 * Usage: node bench/measure.ts <suite|hand|scan|profile> <dataset> | analysis <task>
 *        | <sql-suite|sql-hand|sql-pull> orders (BENCH_PG_URL names the loaded database). Prints one JSON line.
 */
import { analysisTasks } from './analysis.ts';
import { datasets } from './datasets.ts';

const [mode, name] = process.argv.slice(2) as [string, string];
const ds = datasets[name];
if (!ds && mode !== 'analysis') throw new Error(`unknown dataset ${name}`);
const t0 = performance.now();
let detail: unknown;
if (mode.startsWith('sql-')) {
  const { measureSql } = await import('./sql.ts');
  detail = await measureSql(mode, process.env.BENCH_PG_URL ?? '');
} else if (mode === 'analysis') {
  const task = analysisTasks[name];
  if (!task) throw new Error(`unknown analysis task ${name}`);
  detail = await task();
} else if (!ds) {
  throw new Error(`unknown dataset ${name}`);
} else if (mode === 'suite') {
  const { loadSuiteFile, runSuite } = await import('../src/core/index.ts');
  const report = await runSuite(loadSuiteFile(ds.suite));
  const src = report.sources[0]!;
  detail = {
    checks: report.summary.checks,
    passed: report.summary.passed,
    failed: report.summary.failed,
    errored: report.summary.errored,
    rows: src.rowCount,
    errors: src.checks.filter((c) => c.status === 'error').map((c) => `${c.id}: ${c.message}`),
  };
} else if (mode === 'profile') {
  const { openSource } = await import('../src/core/index.ts');
  const { profileSource } = await import('../src/core/profile/profile.ts');
  const p = await profileSource(openSource(name, { path: ds.path }));
  detail = { rows: p.table.rows, columns: p.columns.length, parts: p.parts };
} else if (mode === 'hand') {
  const df = await ds.handQuery().collect();
  detail = { metrics: df.width };
} else if (mode === 'scan') {
  const df = await ds.bareScan().collect();
  detail = { rows: df.height };
} else throw new Error(`unknown mode ${mode}`);
const wallMs = performance.now() - t0;
process.stdout.write(
  `${JSON.stringify({ mode, dataset: name, wallMs, peakRssMb: process.resourceUsage().maxRSS / 1024, detail })}\n`,
);
