import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runSuite } from '../../src/core/engine/run-suite.ts';
import { loadHistory, recordReport } from '../../src/core/history/store.ts';
import { checkMessage } from '../../src/core/render/check-message.ts';
import { render } from '../../src/core/render/index.ts';
import type { Report } from '../../src/core/result/schema.ts';
import { DirectoryStore } from '../../src/core/store/index.ts';
import { loadSuiteFile } from '../../src/core/suite/load.ts';
import { runCli } from '../cli/run-cli.ts';
import { DAY, START } from './generate.ts';
import { ordersCsv } from './orders.ts';

const SUITE = `version: 1
name: shop
sources:
  orders: { path: orders.csv }
checks:
  orders:
    - row_count_anomaly: { min_history: 5 }
    - null_fraction_anomaly: { column: email, min_history: 5 }
    - metric_anomaly: { metric: mean, column: amount, min_history: 5 }
    - freshness_anomaly: { column: created_at, min_history: 5 }
    - volume_anomaly: { column: created_at }
`;

const dir = mkdtempSync(join(tmpdir(), 'tg-history-ko-'));
after(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(join(dir, 'truthgate.yml'), SUITE);

const message = (r: Report, type: string): string =>
  checkMessage(
    r.sources[0]!.checks.find((c) => c.type === type)!,
    'ko',
  );

test('anomaly verdicts read in Korean with --lang ko: learning, normal, outside the band, stuck, volume, skipped', async () => {
  const suite = loadSuiteFile(join(dir, 'truthgate.yml'));
  const store = new DirectoryStore(join(dir, 'store'));
  const reports: Report[] = [];
  let previous = '';
  for (let run = 0; run < 12; run++) {
    const now = new Date(START + run * DAY);
    // Run 10 loads half the rows; run 11 loads the very same file again (stuck, stale).
    const csv = run === 11 ? previous : ordersCsv(run, run === 10 ? { half: true, missingDay: 5 } : {});
    previous = csv;
    writeFileSync(join(dir, 'orders.csv'), csv);
    const report = await runSuite(suite, {
      now,
      runId: `r${run}`,
      history: await loadHistory(store, 'shop', ['orders']),
    });
    await recordReport(store, report, now);
    reports.push(report);
  }
  assert.match(
    message(reports[0]!, 'row_count_anomaly'),
    /^학습 중: 행 수 [\d,]+; 판정에 필요한 과거 실행 5개 중 0개$/,
  );
  assert.match(
    message(reports[0]!, 'volume_anomaly'),
    /^최근 7일 동안 일별 행 수 정상 \(\d+일에서 학습, 요일별 계절성\)$/,
  );
  assert.match(
    message(reports[8]!, 'null_fraction_anomaly'),
    /^email의 null 비율 [\d.]+%, 기대 범위 .+ 안 \(실행 8회에서 학습\)$/,
  );
  assert.match(
    message(reports[10]!, 'row_count_anomaly'),
    /^행 수 [\d,]+이\(가\) 기대 범위 [\d,]+–[\d,]+보다 낮습니다 \(실행 10회에서 학습\)$/,
  );
  assert.match(
    message(reports[11]!, 'metric_anomaly'),
    /^amount의 평균 [\d.]+이\(가\) 매 실행 바뀌는 값인데 이전 실행과 같습니다 /,
  );
  assert.match(
    message(reports[11]!, 'freshness_anomaly'),
    /^가장 최근 created_at의 경과 시간 [\d.]+h이\(가\) 기대 범위 .+보다 높습니다/,
  );

  // The renderers use it: no English anomaly sentence is left in a Korean report.
  for (const format of ['terminal', 'markdown'] as const) {
    const text = render(reports[11]!, format, { lang: 'ko', color: false, width: 200 });
    assert.match(text, /매 실행 바뀌는 값인데/);
    assert.doesNotMatch(text, /expected|learned from|unchanged since/);
  }
  // English stays the engine's message, built by the same function.
  assert.equal(
    checkMessage(reports[10]!.sources[0]!.checks[0]!, 'en'),
    reports[10]!.sources[0]!.checks[0]!.message,
  );
  assert.match(
    reports[10]!.sources[0]!.checks[0]!.message,
    /^row count [\d,]+ is below the expected [\d,]+–[\d,]+ \(learned from 10 runs\)$/,
  );
});

test('volume anomalies list the unusual days in Korean', async () => {
  const suite = loadSuiteFile(join(dir, 'truthgate.yml'));
  writeFileSync(join(dir, 'orders.csv'), ordersCsv(40, { missingDay: 37 }));
  const report = await runSuite(suite, { now: new Date(START + 40 * DAY) });
  assert.match(
    message(report, 'volume_anomaly'),
    /^최근 7일 중 1일의 행 수가 평소와 다릅니다: 2026-02-11 9 \(기대 [\d,]+–[\d,]+\)$/,
  );
});

test('truthgate check --lang ko without a history store: the skipped anomaly checks say why in Korean', () => {
  // At the wall-clock time the generated days are long past: no volume check, whose newest day would look short.
  writeFileSync(join(dir, 'cli.yml'), SUITE.replace(/.*volume_anomaly.*\n/, ''));
  writeFileSync(join(dir, 'orders.csv'), ordersCsv(3));
  const r = runCli(['check', '--suite', 'cli.yml', '--lang', 'ko', '--no-color'], {
    cwd: dir,
    env: { TRUTHGATE_STORE: '' },
  });
  assert.equal(r.code, 0, r.stderr);
  assert.match(
    r.stdout,
    /판정하지 않음: 이 실행에는 지표 기록이 없습니다 \(--history-dir 또는 TRUTHGATE_STORE 지정\); 행 수 [\d,]+/,
  );
  assert.doesNotMatch(r.stdout, /not judged/);
});
