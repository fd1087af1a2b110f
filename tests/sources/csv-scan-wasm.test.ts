import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { compileCsvScan, CSV_SCAN_GENERATED, csvScanModule } from '../../scripts/csv-scan-wasm.ts';
import { CSV_SCAN_WASM } from '../../src/core/sources/csv-scan-wasm.generated.ts';

/**
 * The CSV scanner runs the committed module, not the .wat: the two must not drift apart (the
 * parity tests in csv-scan-simd.test.ts check what the committed module does).
 */

const committed = Buffer.from(CSV_SCAN_WASM, 'base64');

test('compiling csv-scan.wat with wabt gives exactly the committed module', async () => {
  const compiled = await compileCsvScan();
  assert.deepEqual(Buffer.from(compiled), committed, 'csv-scan.wat changed: run npm run gen');
  const file = readFileSync(join(import.meta.dirname, '../..', CSV_SCAN_GENERATED), 'utf8');
  assert.equal(file, csvScanModule(compiled));
});

test('the committed module has what the glue uses: scan, its memory and its globals, no imports', () => {
  const module = new WebAssembly.Module(committed);
  assert.deepEqual(WebAssembly.Module.imports(module), []);
  const globals = [
    ...['delim', 'quote', 'count', 'quoted', 'want', 'check'],
    ...['records', 'lines', 'recLine', 'recEnd', 'nlq', 'found'],
  ];
  assert.deepEqual(
    WebAssembly.Module.exports(module).sort((a, b) => a.name.localeCompare(b.name)),
    [
      { name: 'scan', kind: 'function' },
      { name: 'memory', kind: 'memory' },
      ...globals.map((name) => ({ name, kind: 'global' })),
    ].sort((a, b) => a.name.localeCompare(b.name)),
  );
  const x = new WebAssembly.Instance(module).exports;
  for (const g of globals) {
    const global = x[g] as WebAssembly.Global;
    // Mutable i32: the glue writes its inputs and the carried state between pieces.
    global.value = -1;
    assert.equal(global.value, -1, g);
  }
  assert.equal((x.memory as WebAssembly.Memory).buffer.byteLength, 2 * 65536);
});
