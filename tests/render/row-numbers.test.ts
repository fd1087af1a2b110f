import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import pl from 'nodejs-polars';
import { mergePartitions, runPartition } from '../../src/core/engine/partition.ts';
import { runSuite } from '../../src/core/engine/run-suite.ts';
import { renderJson } from '../../src/core/render/json.ts';
import { renderMarkdown } from '../../src/core/render/markdown.ts';
import { renderTerminal } from '../../src/core/render/terminal.ts';
import { Report, type Sample } from '../../src/core/result/schema.ts';
import { csvRowLines } from '../../src/core/sources/csv-lines.ts';
import { parseSuite, type LoadedSuite } from '../../src/core/suite/load.ts';
import { annotate } from './fixture.ts';

/**
 * One numbering in every output: data row `row + 1` (row 1 is the first data row after the header)
 * and, for CSV, the physical line of the file, which a quoted multi-line field pushes down.
 */
const weather = readFileSync('node_modules/vega-datasets/data/seattle-weather.csv', 'utf8')
  .trimEnd()
  .split('\n');

/** seattle-weather rows from..to with a two-line quoted `weather` at data row `twoLine` and 99 °C at `hot`. */
function weatherCsv(from: number, to: number, twoLine: number, hot: number): string {
  const lines = [weather[0]!];
  for (let i = from; i < to; i++) {
    const f = weather[i + 1]!.split(',');
    if (i - from === twoLine) f[5] = '"drizzle\nlight"';
    if (i - from === hot) f[2] = '99.0';
    lines.push(f.join(','));
  }
  return `${lines.join('\n')}\n`;
}

/** 1-based line of the first line of `text` containing `needle`. */
const lineOf = (text: string, needle: string): number =>
  text.split('\n').findIndex((l) => l.includes(needle)) + 1;

const SUITE = `version: 1
name: rows
sources:
  one: { path: one.csv }
  many: { path: "parts/*.csv" }
checks:
  one:
    - between: { column: temp_max, max: 50 }
  many:
    - between: { column: temp_max, max: 50 }
`;

describe('row numbering', () => {
  let dir: string;
  let suite: LoadedSuite;
  let report: Report;
  let one: Sample;
  let many: Sample;
  const files: Record<string, string> = {};
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tg-rows-'));
    mkdirSync(join(dir, 'parts'));
    files.one = weatherCsv(0, 20, 2, 9);
    files.a = weatherCsv(20, 40, 5, -1);
    files.b = weatherCsv(40, 60, 0, 7);
    writeFileSync(join(dir, 'one.csv'), files.one);
    writeFileSync(join(dir, 'parts/a.csv'), files.a);
    writeFileSync(join(dir, 'parts/b.csv'), files.b);
    suite = parseSuite(SUITE, { path: join(dir, 'truthgate.yml'), baseDir: dir });
    report = await runSuite(suite, { now: new Date('2024-01-01T00:00:00Z') });
    one = report.sources[0]!.checks[0]!.samples[0]!;
    many = report.sources[1]!.checks[0]!.samples[0]!;
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('JSON samples: 0-based row index, and the physical line past a multi-line field', () => {
    assert.equal(one.row, 9);
    assert.equal(one.line, lineOf(files.one!, '99.0'));
    assert.equal(one.line, 12, 'header + 9 rows before it + 1 extra line of the quoted field');
    assert.equal(many.row, 27, '20 rows of a.csv, then row 7 of b.csv');
    assert.equal(many.fileRow, 7);
    assert.match(many.file!, /parts[/\\]b\.csv$/);
    assert.equal(many.line, lineOf(files.b!, '99.0'));
    assert.equal(many.line, 10);
    const json = JSON.parse(renderJson(report)) as Report;
    assert.equal(Report.parse(json).sources[0]!.checks[0]!.samples[0]!.line, 12);
  });

  test('terminal and markdown show row + 1 and the line', () => {
    const term = renderTerminal(report);
    assert.match(term, /row 10 \(line 12\) {2}temp_max=99/);
    assert.match(term, /row 28 \(\S*parts[/\\]b\.csv:10\) {2}temp_max=99/);
    const md = renderMarkdown(report);
    assert.match(md, /\| 10 \(line 12\) \|/);
    assert.match(md, /\| 28 \(\S*b\.csv:10\) \|/);
    assert.match(renderTerminal(report, { lang: 'ko' }), /행 10 \(줄 12\)/);
  });

  test('annotations point at the same line and name the same row', () => {
    const ann = annotate(report, suite, dir);
    const a = ann.find((x) => x.message.startsWith('one.'))!;
    assert.equal(a.file, 'one.csv');
    assert.equal(a.line, 12);
    assert.match(a.message, /first at row 10 \(line 12\)/);
    const b = ann.find((x) => x.message.startsWith('many.'))!;
    assert.equal(b.file, 'parts/b.csv');
    assert.equal(b.line, 10);
  });

  test('a partitioned run keeps the lines each partition found', async () => {
    const now = new Date('2024-01-01T00:00:00Z');
    const parts = await Promise.all([0, 1].map((i) => runPartition(suite, 'many', i, { now })));
    const merged = await mergePartitions(suite, parts, { now });
    const s = merged.sources.find((x) => x.name === 'many')!.checks[0]!.samples[0]!;
    assert.deepEqual({ row: s.row, fileRow: s.fileRow, line: s.line }, { row: 27, fileRow: 7, line: 10 });
  });

  test('non-CSV sources carry no line; the row is still 1-based', async () => {
    writeFileSync(join(dir, 'w.json'), JSON.stringify([{ t: 1 }, { t: 2 }, { t: 99 }]));
    const s = parseSuite(
      `version: 1\nsources:\n  w: { path: w.json }\nchecks:\n  w:\n    - between: { column: t, max: 50 }\n`,
      { path: join(dir, 'w.yml'), baseDir: dir },
    );
    const r = await runSuite(s);
    const sample = r.sources[0]!.checks[0]!.samples[0]!;
    assert.equal(sample.line, undefined);
    assert.match(renderTerminal(r), /row 3 {2}t=99/);
  });
});

describe('csvRowLines agrees with polars on awkward CSV', () => {
  test('CRLF, blank lines (rows of nulls), comments, doubled quotes, multi-line fields, unicode, no final newline', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tg-lines-'));
    try {
      const records: string[] = [];
      for (let i = 0; i < 200; i++) {
        const note =
          i % 7 === 0 ? `"multi\r\nline ""quoted"" ${i}\nend"` : i % 5 === 0 ? '"한국어, 쉼표"' : `plain${i}`;
        records.push(`${i},${note}`);
        if (i % 11 === 0) records.push('');
        if (i % 13 === 0) records.push('# a comment, with a comma');
      }
      const text = `id,note\r\n${records.join('\r\n')}`;
      const path = join(dir, 'awkward.csv');
      writeFileSync(path, text);
      // polars reads a blank line as a row of nulls and skips comment lines; lines must agree.
      const ids = pl.readCSV(path, { commentPrefix: '#' }).getColumn('id').toArray() as (number | null)[];
      assert.equal(ids.filter((x) => x !== null).length, 200);
      const rows = [...ids.keys()];
      const lines = await csvRowLines(path, rows, {
        quote: '"',
        header: true,
        skipRows: 0,
        commentPrefix: '#',
      });
      const physical = text.split(/\r?\n/);
      for (const r of rows) {
        const at = physical[lines.get(r)! - 1];
        if (ids[r] === null) assert.equal(at, '', `row ${r} is a blank line`);
        else assert.ok(at!.startsWith(`${ids[r]},`), `row ${r}: ${at}`);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a 3 MB file whose blocks alternate between plain lines and quoted multi-line fields', async () => {
    // Blocks without quotes take the newline-only path; the line count must carry across blocks
    // of either kind, and into a last record without a final newline.
    const dir = mkdtempSync(join(tmpdir(), 'tg-lines-'));
    try {
      const parts = ['id,note\n'];
      const lineOf: number[] = [];
      let line = 2;
      let bytes = 0;
      for (let i = 0; bytes < 3_000_000; i++) {
        const quoted = Math.floor(bytes / 700_000) % 2 === 1 && i % 50 === 0;
        const rec = quoted
          ? `${i},"two\nlines ${i}"\n`
          : i % 97 === 0
            ? '\r\n'
            : `${i},plain ${'x'.repeat(i % 40)}\n`;
        lineOf.push(line);
        line += quoted ? 2 : 1;
        parts.push(rec);
        bytes += rec.length;
      }
      const path = join(dir, 'blocks.csv');
      writeFileSync(path, parts.join('') + `${lineOf.length},last`);
      lineOf.push(line);
      const rows = [0, 1, 96, 97, 20_000, 40_000, 60_000, lineOf.length - 2, lineOf.length - 1];
      const lines = await csvRowLines(path, rows, { quote: '"', header: true, skipRows: 0 });
      assert.deepEqual(
        rows.map((r) => lines.get(r)),
        rows.map((r) => lineOf[r]),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('airports.csv: no multi-line fields, so line = row + 2; a missing file throws', async () => {
    const path = 'node_modules/vega-datasets/data/airports.csv';
    const rows = [0, 1, 500, 3375];
    const lines = await csvRowLines(path, rows, { quote: '"', header: true, skipRows: 0 });
    assert.deepEqual(
      rows.map((r) => lines.get(r)),
      rows.map((r) => r + 2),
    );
    await assert.rejects(
      csvRowLines(join(tmpdir(), 'no-such-file.csv'), [0], { quote: '"', header: true, skipRows: 0 }),
    );
  });
});
