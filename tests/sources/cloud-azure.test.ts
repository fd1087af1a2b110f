import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import pl from 'nodejs-polars';
import { runSuite } from '../../src/core/engine/run-suite.ts';
import type { Report, SourceResult } from '../../src/core/result/schema.ts';
import { parseSuite } from '../../src/core/suite/load.ts';
import { AZURITE_ACCOUNT, AZURITE_KEY, startAzurite, type AzuriteServer } from '../helpers/azurite.ts';

/**
 * az:// and abfss:// sources through polars' Azure reader against Azurite (a real Azure Storage
 * emulator on 127.0.0.1): the same verdicts as local files, with the emulator switch or with
 * account, key and endpoint; a missing container, a missing blob and a bad key each a coded error.
 */
let az: AzuriteServer;
const dir = mkdtempSync(join(tmpdir(), 'tg-azure-'));

function part(i: number): pl.DataFrame {
  return pl.DataFrame({
    id: [i * 10 + 1, i * 10 + 2, i * 10 + 3],
    city: [null, 'Zürich', i === 1 ? '東京' : 'São Paulo'],
    amount: [null, 12.5, i === 2 ? -3 : 7],
  });
}

const checks = [
  { row_count: { min: 1 } },
  { not_null: { column: 'city' } },
  { between: { column: 'amount', min: 0, max: 100 } },
  { unique: { column: 'id' } },
  { mean_between: { column: 'amount', min: 0, max: 10 } },
];

before(async () => {
  az = await startAzurite();
  await az.createContainer('lake');
  for (const i of [0, 1, 2]) {
    const df = part(i);
    await az.put('lake', `orders/2024/part-${i}.parquet`, df.writeParquet());
    await az.put('lake', `csv/part-${i}.csv`, df.writeCSV());
    df.writeParquet(join(dir, `part-${i}.parquet`));
    writeFileSync(join(dir, `part-${i}.csv`), df.writeCSV());
  }
});
after(() => az?.stop());

const explicit = () => ({
  azure_storage_account_name: AZURITE_ACCOUNT,
  azure_storage_account_key: '${TG_AZ_KEY}',
  azure_storage_endpoint: az.endpoint,
  azure_allow_http: true,
});
const env = () => ({ TG_AZ_KEY: AZURITE_KEY, AZURITE_BLOB_STORAGE_URL: `http://127.0.0.1:${az.port}` });

async function run(
  sources: Record<string, unknown>,
  environment: Record<string, string> = env(),
): Promise<Report> {
  const names = Object.keys(sources);
  const suite = parseSuite(
    JSON.stringify({ version: 1, sources, checks: Object.fromEntries(names.map((n) => [n, checks])) }),
    { path: join(dir, 'truthgate.yml'), baseDir: dir, env: environment },
  );
  const saved = { ...process.env };
  // polars' emulator switch reads the blob URL from the process environment.
  Object.assign(process.env, environment);
  try {
    return await runSuite(suite, { now: new Date('2026-01-01T00:00:00Z') });
  } finally {
    process.env = saved;
  }
}

const verdicts = (s: SourceResult) => ({
  rows: s.rowCount,
  error: s.error?.code,
  checks: s.checks.map((c) => [c.id.replace(/^[^.]+\./, ''), c.status, c.failingCount, c.observed]),
});

test('az:// and abfss:// Parquet and CSV globs give the verdicts of the same local files', async () => {
  const report = await run({
    local: { path: 'part-*.parquet' },
    local_csv: { path: 'part-*.csv' },
    az_glob: { path: 'az://lake/orders/2024/part-*.parquet', storage_options: explicit() },
    abfss: {
      path: `abfss://lake@${AZURITE_ACCOUNT}.dfs.core.windows.net/orders/2024/*.parquet`,
      storage_options: { azure_storage_use_emulator: true },
    },
    az_csv: { path: 'az://lake/csv/part-*.csv', storage_options: { azure_storage_use_emulator: true } },
  });
  const [local, localCsv, ...cloud] = report.sources.map(verdicts);
  assert.equal(local!.error, undefined, JSON.stringify(local));
  assert.equal(local!.rows, 9);
  assert.deepEqual(cloud[0], local, 'az:// with account, key and endpoint');
  assert.deepEqual(cloud[1], local, 'abfss:// with the emulator switch');
  assert.deepEqual(cloud[2], localCsv, 'az:// CSV glob');
  const secrets = JSON.stringify(report);
  assert.ok(!secrets.includes(AZURITE_KEY), 'the key is not in the report');
});

test('a missing container, a missing blob and a bad key are coded errors with hints; other sources still run', async () => {
  const wrongKey = 'AAAA' + AZURITE_KEY.slice(4);
  const report = await run(
    {
      no_container: { path: 'az://nolake/orders/part-0.parquet', storage_options: explicit() },
      no_blob: { path: 'az://lake/orders/2024/nope.parquet', storage_options: explicit() },
      no_match: { path: 'az://lake/orders/2030/*.parquet', storage_options: explicit() },
      bad_key: {
        path: 'az://lake/orders/2024/part-0.parquet',
        storage_options: { ...explicit(), azure_storage_account_key: '${TG_AZ_BAD_KEY}' },
      },
      fine: { path: 'part-0.parquet' },
    },
    { ...env(), TG_AZ_BAD_KEY: wrongKey },
  );
  const errors = Object.fromEntries(report.sources.map((s) => [s.name, s.error?.code ?? null]));
  assert.deepEqual(errors, {
    no_container: 'TG_OBJECT_BUCKET_MISSING',
    no_blob: 'TG_OBJECT_NOT_FOUND',
    no_match: 'TG_OBJECT_NOT_FOUND',
    bad_key: 'TG_OBJECT_ACCESS_DENIED',
    fine: null,
  });
  for (const s of report.sources.filter((x) => x.error)) assert.ok(s.error!.hint, `${s.name} has a hint`);
  assert.ok(!JSON.stringify(report).includes(wrongKey));
});
