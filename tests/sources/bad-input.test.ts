import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import type { SourceSpec } from '../../src/core/sources/spec.ts';
import { runSource, tempDir } from './fixture.ts';

const t = tempDir();

/** Runs `spec` and asserts a coded source error that names the file, with a hint. */
async function expectError(
  spec: SourceSpec,
  code: string,
  message: RegExp,
  location?: { line?: number; column?: number },
): Promise<void> {
  const { source, report } = await runSource(t.dir, spec, [
    { row_count: { min: 1 } },
    { not_null: { column: 'a' } },
  ]);
  assert.equal(source.error?.code, code, JSON.stringify(source.error));
  assert.match(source.error!.message, message);
  assert.ok(source.error!.hint, `${code} has a hint`);
  assert.doesNotMatch(source.error!.message, /\n\s+at /, 'no stack trace');
  if (location) assert.deepEqual({ ...location }, pick(source.error!.location, location));
  assert.equal(report.status, 'error');
  assert.ok(
    source.checks.every((c) => c.status === 'error' && c.errorCode === code),
    'every check of the source is an error',
  );
}

function pick(loc: object | undefined, like: object): object {
  return Object.fromEntries(Object.keys(like).map((k) => [k, (loc as Record<string, unknown>)?.[k]]));
}

describe('files that are not there or not files', () => {
  test('missing file', () => expectError({ path: 'nope.csv' }, 'TG_SOURCE_NOT_FOUND', /nope\.csv/));

  test('a directory', () => {
    mkdirSync(join(t.dir, 'dir.csv'));
    return expectError({ path: 'dir.csv' }, 'TG_SOURCE_IS_DIRECTORY', /directory: dir\.csv/);
  });

  test('an unknown extension', () => {
    t.write('data.xlsx', 'a\n1\n');
    return expectError({ path: 'data.xlsx' }, 'TG_SOURCE_FORMAT', /data\.xlsx/);
  });
});

describe('empty and header-only files', () => {
  test('zero bytes', () => {
    t.write('empty.csv', '');
    return expectError({ path: 'empty.csv' }, 'TG_SOURCE_EMPTY', /empty: empty\.csv/);
  });

  test('only a BOM and blank lines is empty too', () => {
    t.write('blank.csv', '\ufeff\n\r\n');
    return expectError({ path: 'blank.csv' }, 'TG_SOURCE_EMPTY', /blank\.csv/);
  });

  test('a header-only CSV is a valid source with 0 rows, and says so', async () => {
    t.write('header.csv', 'a,b\n');
    const { source, report } = await runSource(t.dir, { path: 'header.csv' }, [
      { row_count: { min: 1 } },
      { not_null: { column: 'a' } },
    ]);
    assert.equal(source.error, undefined);
    assert.equal(source.rowCount, 0);
    assert.equal(source.columnCount, 2);
    assert.deepEqual(
      source.checks.map((c) => c.status),
      ['fail', 'pass'],
    );
    assert.equal(report.status, 'fail');
    assert.equal(source.warnings?.[0]?.code, 'TG_SOURCE_NO_ROWS');
    assert.match(source.warnings![0]!.message, /header\.csv has no data rows \(columns: a, b\)/);
    assert.match(source.warnings![0]!.hint!, /row_count/);
  });

  test('an empty JSON array is 0 rows with a warning', async () => {
    t.write('none.json', '[]');
    const { source } = await runSource(t.dir, { path: 'none.json' }, [{ row_count: { min: 0 } }]);
    assert.equal(source.rowCount, 0);
    assert.equal(source.warnings?.[0]?.code, 'TG_SOURCE_NO_ROWS');
  });
});

describe('broken CSV structure', () => {
  test('a row with too many fields', () => {
    t.write('long.csv', 'a,b\n1,2\n3,4,5\n');
    return expectError(
      { path: 'long.csv' },
      'TG_CSV_RAGGED',
      /long\.csv:3: row has a field count of 3, the first row has 2/,
      {
        line: 3,
      },
    );
  });

  test('a row with too few fields (polars would pad it silently)', () => {
    t.write('short.csv', 'a,b\n1,2\n3\n4,5\n');
    return expectError({ path: 'short.csv' }, 'TG_CSV_RAGGED', /short\.csv:3: row has a field count of 1/, {
      line: 3,
    });
  });

  test('a blank line inside a multi-column file (polars would add an all-null row)', () => {
    t.write('gap.csv', 'a,b\n1,2\n\n3,4\n');
    return expectError({ path: 'gap.csv' }, 'TG_CSV_RAGGED', /gap\.csv:3:/, { line: 3 });
  });

  test('the line number counts the physical lines of quoted multi-line fields, CRLF too', () => {
    t.write('multi.csv', 'a,b\r\n1,"x\r\ny\r\nz"\r\n2,3\r\n4,5,6\r\n');
    return expectError({ path: 'multi.csv' }, 'TG_CSV_RAGGED', /multi\.csv:6:/, { line: 6, column: 1 });
  });

  test('headerless and `;`-delimited: the first row sets the field count', () => {
    t.write('semi.csv', '1;2\n3;4;5\n');
    return expectError(
      { path: 'semi.csv', options: { header: false, delimiter: ';' } },
      'TG_CSV_RAGGED',
      /semi\.csv:2:/,
      { line: 2 },
    );
  });

  test('an unterminated quote', () => {
    t.write('quote.csv', 'a,b\n1,ok\n2,"never closed\n3,x\n');
    return expectError({ path: 'quote.csv' }, 'TG_CSV_QUOTE', /quote\.csv:3: unterminated quoted field/, {
      line: 3,
    });
  });

  test('a stray quote inside an unquoted field', () => {
    t.write('stray.csv', 'a,b\n1,ab"c\n2,3\n');
    return expectError({ path: 'stray.csv' }, 'TG_CSV_QUOTE', /stray\.csv:2:/, { line: 2 });
  });

  test('a long row past the whole-file check fails in polars and is still pinned to its line', async () => {
    const rows = Array.from({ length: 1_000_000 }, (_, i) => `${i},1`).join('\n');
    t.write('big-ragged.csv', `a,b\n${rows}\n7,8,9\n`);
    const { source } = await runSource(t.dir, { path: 'big-ragged.csv' }, [
      { not_null: { column: 'a' } },
      { not_null: { column: 'b' } },
    ]);
    assert.equal(source.error?.code, 'TG_CSV_RAGGED');
    assert.match(source.error!.message, /big-ragged\.csv:1000002:/);
    assert.equal(source.error?.location?.line, 1_000_002);
  });
});

describe('bytes that are not text', () => {
  test('binary garbage named .csv', () => {
    t.write(
      'garbage.csv',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49]),
    );
    return expectError(
      { path: 'garbage.csv' },
      'TG_SOURCE_BINARY',
      /garbage\.csv looks like binary data, not csv/,
    );
  });

  test('a Parquet file named .csv', () => {
    t.write('really.csv', Buffer.concat([Buffer.from('PAR1'), Buffer.alloc(16)]));
    return expectError({ path: 'really.csv' }, 'TG_SOURCE_BINARY', /really\.csv/);
  });

  test('Latin-1 bytes: the offset of the first bad byte', () => {
    t.write('latin1.csv', Buffer.concat([Buffer.from('a,b\n1,caf'), Buffer.from([0xe9]), Buffer.from('\n')]));
    return expectError(
      { path: 'latin1.csv' },
      'TG_SOURCE_ENCODING',
      /latin1\.csv is not valid UTF-8 .*offset 9\)/,
    );
  });

  test('a bad byte far past the first 64 KiB and the whole-file check (polars error mapped)', async () => {
    const head = 'a,b\n' + Array.from({ length: 1_000_000 }, (_, i) => `${i},x`).join('\n') + '\n';
    const bytes = Buffer.concat([Buffer.from(head + '1,'), Buffer.from([0xff, 0xfe]), Buffer.from('\n')]);
    t.write('late-latin1.csv', bytes);
    const offset = Buffer.byteLength(head) + 2;
    await expectError(
      { path: 'late-latin1.csv' },
      'TG_SOURCE_ENCODING',
      new RegExp(`late-latin1\\.csv is not valid UTF-8 \\(first bad byte at offset ${offset}\\)`),
    );
  });

  test('a cut multi-byte character is not mistaken for bad UTF-8 at the 64 KiB window edge', async () => {
    const pad = 'a\n' + 'x'.repeat(64 * 1024 - 3) + '\n';
    t.write('edge.csv', pad + '한\n');
    const { source } = await runSource(t.dir, { path: 'edge.csv' });
    assert.equal(source.error, undefined);
    assert.equal(source.rowCount, 2);
  });

  test('a Parquet file that is actually text', () => {
    t.write('text.parquet', 'a,b\n1,2\n');
    return expectError(
      { path: 'text.parquet' },
      'TG_SOURCE_READ',
      /text\.parquet: not a parquet file \(it starts with text/,
    );
  });

  test('an Arrow file that is actually text', () => {
    t.write('text.arrow', '{"a":1}\n');
    return expectError({ path: 'text.arrow' }, 'TG_SOURCE_READ', /text\.arrow: not a arrow file/);
  });

  test('a truncated Parquet file', () => {
    t.write('cut.parquet', Buffer.concat([Buffer.from('PAR1'), Buffer.alloc(64, 1)]));
    return expectError({ path: 'cut.parquet' }, 'TG_SOURCE_READ', /Cannot read cut\.parquet: /);
  });
});

describe('broken JSON', () => {
  test('malformed JSON array: line and column', () => {
    t.write('bad.json', '[{"a":1},\n{"a":2,}]');
    return expectError({ path: 'bad.json' }, 'TG_JSON_SYNTAX', /bad\.json:2:8: invalid JSON/, {
      line: 2,
      column: 8,
    });
  });

  test('malformed NDJSON: the line of the bad record', () => {
    t.write('bad.ndjson', '{"a":1}\n{"a":2}\n{"a":3\n');
    return expectError({ path: 'bad.ndjson' }, 'TG_JSON_SYNTAX', /bad\.ndjson:3:\d+: invalid JSON/, {
      line: 3,
    });
  });

  test('an NDJSON line that is not an object', () => {
    t.write('arr.ndjson', '{"a":1}\n[1,2]\n');
    return expectError({ path: 'arr.ndjson' }, 'TG_JSON_SYNTAX', /arr\.ndjson:2:1: .*one JSON object/);
  });

  test('a JSON array of scalars', () => {
    t.write('scalars.json', '[1,2,3]');
    return expectError(
      { path: 'scalars.json' },
      'TG_SOURCE_READ',
      /scalars\.json: a JSON source must be an array of objects/,
    );
  });

  test('numbers then objects in one column: TG_JSON_TYPE with the element', () => {
    t.write('mixed-obj.json', '[{"a":1},{"a":2},{"a":{"x":1}}]');
    return expectError(
      { path: 'mixed-obj.json' },
      'TG_JSON_TYPE',
      /mixed-obj\.json \(element \[2\]\): value \{"x":1\} in column `a` \(a JSON object\) does not fit the earlier number values/,
    );
  });

  test('numbers then strings: read as text, with a warning that points at the row', async () => {
    t.write('mixed.json', '[{"a":1},{"a":null},{"a":"x"}]');
    t.write('mixed.ndjson', '{"a":1}\n{"a":2.5}\n{"a":"x"}\n');
    for (const [file, place] of [
      ['mixed.json', 'element [2]'],
      ['mixed.ndjson', 'line 3'],
    ] as const) {
      const { source } = await runSource(t.dir, { path: file }, [{ not_null: { column: 'a' } }]);
      assert.equal(source.error, undefined);
      assert.equal(source.warnings?.[0]?.code, 'TG_SOURCE_MIXED_TYPES', file);
      assert.equal(
        source.warnings![0]!.message,
        `${file} (${place}): column \`a\` mixes number and string values, so it is read as text`,
      );
    }
  });

  test('ints and floats in one column are fine (no warning)', async () => {
    t.write('nums.ndjson', '{"a":1}\n{"a":2.5}\n');
    const { source } = await runSource(t.dir, { path: 'nums.ndjson' }, [
      { between: { column: 'a', min: 0, max: 3 } },
    ]);
    assert.equal(source.warnings, undefined);
    assert.equal(source.checks[0]!.status, 'pass');
  });
});

describe('one bad source does not stop the others', () => {
  test('a good and a missing source in one suite', async () => {
    t.write('good.csv', 'a\n1\n');
    const { parseSuite } = await import('../../src/core/suite/load.ts');
    const { runSuite } = await import('../../src/core/engine/run-suite.ts');
    const suite = parseSuite(
      'version: 1\nsources:\n  good: good.csv\n  gone: gone.csv\nchecks:\n  good: [{ not_null: { column: a } }]\n  gone: [{ not_null: { column: a } }]\n',
      { path: join(t.dir, 'truthgate.yml'), baseDir: t.dir },
    );
    const report = await runSuite(suite);
    assert.deepEqual(
      report.sources.map((s) => [s.name, s.error?.code ?? s.checks[0]!.status]),
      [
        ['good', 'pass'],
        ['gone', 'TG_SOURCE_NOT_FOUND'],
      ],
    );
  });
});
