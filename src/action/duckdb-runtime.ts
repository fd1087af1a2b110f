import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DUCKDB_LOADER_SLOT, type DuckdbLoader } from '../core/sources/sql/duckdb-slot.ts';
import { ensureRuntimePackage, polarsPlatform, runtimeCacheDir } from './polars-runtime.ts';

/**
 * DuckDB's driver is native code (~70 MB) that dist/ cannot hold and most runs never need: the
 * Action installs it into the tool cache the first time a suite opens a DuckDB file, like nodejs-polars.
 */
export function offerDuckdb(version: string, log: (line: string) => void): void {
  const loader: DuckdbLoader = async () => {
    // Its platform packages drop polars' libc/ABI suffix for glibc and MSVC.
    const platform = polarsPlatform().replace(/-(gnu|msvc)$/, '');
    const dir = ensureRuntimePackage(
      {
        name: '@duckdb/node-api',
        version,
        platform,
        platformPackage: `@duckdb/node-bindings-${platform}`,
        dir: runtimeCacheDir('truthgate-duckdb', version, platform),
        installError: (detail) => new Error(`npm could not install @duckdb/node-api ${version}: ${detail}`),
        platformError: () => new Error(`DuckDB publishes no driver for ${platform}`),
      },
      log,
    );
    const entry = createRequire(join(dir, 'package.json')).resolve('@duckdb/node-api');
    return import(pathToFileURL(entry).href);
  };
  (globalThis as Record<symbol, unknown>)[DUCKDB_LOADER_SLOT] = loader;
}
