import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { presets, fit, judge, type Point } from '../../src/core/history/model.ts';
import { DAY, START, WEEKDAY_FACTOR, gaussian, rng } from './generate.ts';

const noise = gaussian(rng(3));
const daily = (days: number, value: (d: number) => number): Point[] =>
  Array.from({ length: days }, (_, d) => ({ t: START + d * DAY, v: value(d) }));

describe('anomaly model', () => {
  test('warm-up: learning until min_history past runs, then judged', () => {
    const history = daily(6, () => 1000);
    const v = judge(history, { t: START + 6 * DAY, v: 10 }, { minHistory: 7 });
    assert.deepEqual(v, { status: 'learning', points: 6, needed: 7 });
    const more = daily(7, (d) => 1000 + d);
    assert.equal(judge(more, { t: START + 7 * DAY, v: 10 }, { minHistory: 7 }).status, 'anomaly');
  });

  test('only points before the judged time count as history (a rerun does not judge itself)', () => {
    const history = daily(10, (d) => 100 + d);
    const v = judge(history, { t: START + 4 * DAY, v: 104 }, { minHistory: 7 });
    assert.equal(v.status, 'learning');
  });

  test('weekday seasonality: a normal Sunday passes, a weekday at the Sunday level fails', () => {
    const history = daily(
      56,
      (d) => 10_000 * WEEKDAY_FACTOR[new Date(START + d * DAY).getUTCDay()]! * Math.exp(0.03 * noise()),
    );
    const sunday = START + 62 * DAY; // day 0 is a Monday
    assert.equal(new Date(sunday).getUTCDay(), 0);
    const onSunday = judge(history, { t: sunday, v: 5600 }, presets.rowCount);
    assert.equal(onSunday.status, 'normal');
    assert.equal(onSunday.status === 'normal' && onSunday.fit.seasonality, 'weekday');
    const onTuesday = judge(history, { t: sunday + 2 * DAY, v: 5600 }, presets.rowCount);
    assert.equal(onTuesday.status, 'anomaly');
    // Two weeks are too few to learn a weekday pattern: no seasonality, so the band is wide.
    const short = judge(history.slice(-14), { t: sunday, v: 5600 }, presets.rowCount);
    assert.ok(short.status !== 'learning' && short.fit.seasonality === null);
  });

  test('hour-of-day seasonality from hourly runs', () => {
    const hourly = Array.from({ length: 24 * 10 }, (_, h) => ({
      t: START + h * 3_600_000,
      v: (new Date(START + h * 3_600_000).getUTCHours() < 8 ? 100 : 1000) * Math.exp(0.03 * noise()),
    }));
    const night = START + 24 * 10 * 3_600_000 + 20 * 3_600_000; // 02:00 UTC
    const v = judge(hourly, { t: night, v: 100 }, presets.rowCount);
    assert.equal(v.status, 'normal');
    assert.equal(v.status === 'normal' && v.fit.seasonality, 'hour');
    assert.equal(judge(hourly, { t: night + 10 * 3_600_000, v: 100 }, presets.rowCount).status, 'anomaly');
  });

  test('a table that legitimately doubles over two months raises no alarm (trend)', () => {
    const noise = gaussian(rng(5));
    const series = daily(120, (d) => 10_000 * 2 ** (d / 60) * Math.exp(0.03 * noise()));
    const alarms: string[] = [];
    for (let d = 14; d < series.length; d++) {
      const v = judge(series.slice(0, d), series[d]!, presets.rowCount);
      if (v.status === 'anomaly') alarms.push(`day ${d}: ${JSON.stringify(v)}`);
    }
    assert.ok(alarms.length <= 1, alarms.join('\n'));
    const last = judge(series.slice(0, -1), series.at(-1)!, presets.rowCount);
    assert.ok(last.status !== 'learning' && last.fit.trendPerDay > 0.01);
  });

  test('a table that doubles overnight alarms on the step, then learns the new level', () => {
    const series = daily(90, (d) => (d < 60 ? 10_000 : 20_000) * Math.exp(0.03 * noise()));
    const flagged: number[] = [];
    for (let d = 14; d < series.length; d++) {
      if (judge(series.slice(0, d), series[d]!, presets.rowCount).status === 'anomaly') flagged.push(d);
    }
    assert.equal(flagged[0], 60);
    assert.ok(
      flagged.every((d) => d < 66),
      `alarms after the new level was learned: ${flagged.join(', ')}`,
    );
    const after = judge(series.slice(0, 80), series[80]!, presets.rowCount);
    assert.ok(after.status === 'normal' && after.fit.levelShiftAt === START + 60 * DAY);
  });

  test('history with gaps: missing runs neither break the model nor count as incidents', () => {
    const series = daily(80, () => 500 * Math.exp(0.03 * noise())).filter(
      (_, d) => d % 5 !== 2 && !(d > 30 && d < 45),
    );
    const next = { t: START + 80 * DAY, v: 510 };
    const v = judge(series, next, presets.rowCount);
    assert.equal(v.status, 'normal');
    assert.equal(judge(series, { ...next, v: 250 }, presets.rowCount).status, 'anomaly');
  });

  test('direction: a null fraction dropping is fine, rising is not', () => {
    const series = daily(30, () => 0.05 + 0.002 * noise());
    const t = START + 30 * DAY;
    assert.equal(judge(series, { t, v: 0 }, presets.nullFraction).status, 'normal');
    const up = judge(series, { t, v: 0.2 }, presets.nullFraction);
    assert.ok(up.status === 'anomaly' && up.reason === 'above');
  });

  test('stuck: a repeat is flagged only where the metric always changes', () => {
    const moving = daily(30, () => 50 + noise());
    const t = START + 30 * DAY;
    const stuck = judge(moving, { t, v: moving.at(-1)!.v }, presets.statistic);
    assert.ok(stuck.status === 'anomaly' && stuck.reason === 'stuck');
    const steady = daily(30, (d) => (d % 3 === 0 ? 0 : 0.01));
    assert.equal(judge(steady, { t, v: 0 }, presets.nullFraction).status, 'normal');
  });

  test('a constant metric gets no zero-width band from a zero MAD', () => {
    const constant = daily(20, () => 0);
    const t = START + 20 * DAY;
    assert.equal(judge(constant, { t, v: 0.001 }, presets.nullFraction).status, 'normal');
    assert.equal(judge(constant, { t, v: 0.05 }, presets.nullFraction).status, 'anomaly');
  });

  test('fit is undefined without points and ignores non-finite values', () => {
    assert.equal(fit([]), undefined);
    const f = fit([...daily(10, () => 5), { t: START + 11 * DAY, v: NaN }])!;
    assert.equal(f.points, 10);
  });
});
