import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { judgeBuckets } from '../../src/core/checks/anomaly.ts';
import { presets, judge, type ModelOptions, type Point } from '../../src/core/history/model.ts';
import {
  DAY,
  START,
  dailySeries,
  gaussian,
  rng,
  WEEKDAY_FACTOR,
  type Day,
  type Incident,
} from './generate.ts';

const WARMUP = 28;
const NORMAL = 90;
const incidents: Record<number, Incident> = {
  [WARMUP + NORMAL]: 'missing_day',
  [WARMUP + NORMAL + 2]: 'half_load',
  [WARMUP + NORMAL + 4]: 'null_spike',
  [WARMUP + NORMAL + 6]: 'stuck_mean',
  [WARMUP + NORMAL + 7]: 'stuck_mean',
  [WARMUP + NORMAL + 9]: 'stale_table',
};
const DAYS = WARMUP + NORMAL + 12;

interface Monitor {
  name: string;
  value: (d: Day) => number;
  options: Partial<ModelOptions>;
  catches: Incident[];
}
const monitors: Monitor[] = [
  {
    name: 'row_count',
    value: (d) => d.rowCount,
    options: presets.rowCount,
    catches: ['missing_day', 'half_load'],
  },
  {
    name: 'null_fraction',
    value: (d) => d.nullFraction,
    options: presets.nullFraction,
    catches: ['null_spike'],
  },
  { name: 'mean', value: (d) => d.mean, options: presets.statistic, catches: ['stuck_mean'] },
  {
    name: 'freshness_lag',
    value: (d) => d.freshnessLag,
    options: presets.freshness,
    catches: ['stale_table'],
  },
];

interface Row {
  metric: string;
  tp: number;
  fn: number;
  fp: number;
  tn: number;
  normalDays: number;
  missed: string[];
  falseAlarms: string[];
}

const iso = (t: number): string => new Date(t).toISOString().slice(0, 10);

/** Replays the days as scheduled runs: judge against the history so far, then record the value. */
function replay(series: Day[], m: Monitor): Row {
  const history: Point[] = [];
  const row: Row = { metric: m.name, tp: 0, fn: 0, fp: 0, tn: 0, normalDays: 0, missed: [], falseAlarms: [] };
  for (const [i, d] of series.entries()) {
    const point = { t: d.t, v: m.value(d) };
    const verdict = judge(history, point, m.options);
    history.push(point);
    if (i < WARMUP) continue;
    const positive = d.incident !== undefined && m.catches.includes(d.incident);
    const flagged = verdict.status === 'anomaly';
    if (positive) {
      if (flagged) row.tp++;
      else {
        row.fn++;
        row.missed.push(`${iso(d.t)} ${d.incident}`);
      }
    } else {
      row.normalDays++;
      if (flagged) {
        row.fp++;
        row.falseAlarms.push(iso(d.t));
      } else row.tn++;
    }
  }
  return row;
}

/** An event table's rows per day within one run's data: 120 days, a missing day and a half day. */
function volumeRow(): Row {
  const n = gaussian(rng(11));
  const days = 120;
  const missing = 100;
  const half = 110;
  const counted: { b: number; n: number }[] = [];
  const dayStart = START - 6 * 3_600_000;
  for (let d = 0; d < days; d++) {
    if (d === missing) continue;
    const weekday = new Date(dayStart + d * DAY).getUTCDay();
    let rows = Math.round(3_000 * 1.004 ** d * WEEKDAY_FACTOR[weekday]! * Math.exp(0.05 * n()));
    if (d === half) rows = Math.round(rows / 2);
    counted.push({ b: dayStart + d * DAY, n: rows });
  }
  const lastComplete = days - 2; // the in-progress last day (and the first) are partial
  const now = dayStart + (days - 1) * DAY + 6 * 3_600_000;
  const outcome = judgeBuckets(counted, DAY, now, { recent: 92 }, 'rows_per_day:created_at');
  const flagged = new Set(
    (outcome.observed as { anomalies: { bucket: string }[] }).anomalies.map((a) => a.bucket.slice(0, 10)),
  );
  const row: Row = {
    metric: 'volume (rows per day)',
    tp: 0,
    fn: 0,
    fp: 0,
    tn: 0,
    normalDays: 0,
    missed: [],
    falseAlarms: [],
  };
  for (let d = lastComplete - 91; d <= lastComplete; d++) {
    const day = iso(dayStart + d * DAY);
    if (d === missing || d === half) {
      if (flagged.has(day)) row.tp++;
      else {
        row.fn++;
        row.missed.push(day);
      }
    } else {
      row.normalDays++;
      if (flagged.has(day)) {
        row.fp++;
        row.falseAlarms.push(day);
      } else row.tn++;
    }
  }
  return row;
}

function table(rows: Row[]): string {
  const lines = [
    '| metric | incidents caught (TP) | missed (FN) | false alarms (FP) | quiet normal days (TN) | normal days |',
    '|---|---:|---:|---:|---:|---:|',
    ...rows.map((r) => `| ${r.metric} | ${r.tp} | ${r.fn} | ${r.fp} | ${r.tn} | ${r.normalDays} |`),
  ];
  const notes = rows
    .filter((r) => r.falseAlarms.length || r.missed.length)
    .map(
      (r) =>
        `- ${r.metric}: false alarms ${r.falseAlarms.join(', ') || 'none'}; missed ${r.missed.join(', ') || 'none'}`,
    );
  return [...lines, ...(notes.length ? ['', ...notes] : [])].join('\n');
}

test('every injected incident is caught with at most one false alarm per metric over 90 normal days', async () => {
  const series = dailySeries(DAYS, incidents);
  const rows = [...monitors.map((m) => replay(series, m)), volumeRow()];
  const text =
    `Confusion table of the anomaly checks (generated series, seed 7; ${WARMUP} warm-up days, ` +
    `${NORMAL} normal days, then incidents; default sensitivity 4)\n\n${table(rows)}\n`;
  console.log(text);
  // Saved as the repository formats Markdown, so the committed copy stays byte-identical.
  const path = fileURLToPath(new URL('./confusion-table.md', import.meta.url));
  writeFileSync(path, await format(text, { ...(await resolveConfig(path)), parser: 'markdown' }));
  for (const r of rows) {
    assert.equal(r.fn, 0, `${r.metric} missed ${r.missed.join(', ')}`);
    assert.ok(r.tp > 0, `${r.metric} had incidents to catch`);
    assert.ok(r.normalDays >= 90, `${r.metric}: ${r.normalDays} normal days`);
    assert.ok(r.fp <= 1, `${r.metric} false alarms on ${r.falseAlarms.join(', ')}`);
  }
});
