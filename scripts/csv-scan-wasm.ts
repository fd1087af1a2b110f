/**
 * Compiles the CSV scanner's WebAssembly module (src/core/sources/csv-scan.wat) with wabt into the
 * TypeScript module the glue loads (csv-scan-wasm.generated.ts), so neither dev mode, lib/ nor the
 * Action's dist/ needs wabt at run time. Run first by `npm run gen` (scripts/generate.ts loads
 * the sources, which import the generated module, so it must exist before), and used by the test
 * that checks the committed bytes are the .wat's.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import wabt from 'wabt';
import { writeFileAtomic } from '../src/core/fs/atomic.ts';

const ROOT = join(import.meta.dirname, '..');
export const CSV_SCAN_WAT = 'src/core/sources/csv-scan.wat';
export const CSV_SCAN_GENERATED = 'src/core/sources/csv-scan-wasm.generated.ts';

/** The module's bytes: SIMD on, no name section (the glue uses exports only). */
export async function compileCsvScan(): Promise<Uint8Array> {
  const module = (await wabt()).parseWat(CSV_SCAN_WAT, readFileSync(join(ROOT, CSV_SCAN_WAT), 'utf8'), {
    simd: true,
  });
  try {
    module.validate();
    return module.toBinary({ write_debug_names: false }).buffer;
  } finally {
    module.destroy();
  }
}

/** The generated TypeScript module holding `bytes`, as prettier leaves it. */
export function csvScanModule(bytes: Uint8Array): string {
  return [
    `// Generated from csv-scan.wat by \`npm run gen\` (scripts/csv-scan-wasm.ts, wabt): do not edit.`,
    '',
    "/** The CSV scanner's WebAssembly module, base64. */",
    `export const CSV_SCAN_WASM: string =\n  '${Buffer.from(bytes).toString('base64')}';`,
    '',
  ].join('\n');
}

if (process.argv[1] === import.meta.filename) {
  writeFileAtomic(join(ROOT, CSV_SCAN_GENERATED), csvScanModule(await compileCsvScan()));
  console.log(`generated ${CSV_SCAN_GENERATED}`);
}
