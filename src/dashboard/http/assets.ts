import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface Asset {
  body: Buffer;
  type: string;
  etag: string;
}

// chart.js is served from node_modules (no CDN); its package exports hide the UMD build, so it
// is found next to the ESM entry.
const CHART_JS = fileURLToPath(new URL('chart.umd.min.js', import.meta.resolve('chart.js')));
const files: Record<string, [path: string, type: string]> = {
  'app.css': [fileURLToPath(new URL('../static/app.css', import.meta.url)), 'text/css; charset=utf-8'],
  'charts.js': [
    fileURLToPath(new URL('../static/charts.js', import.meta.url)),
    'text/javascript; charset=utf-8',
  ],
  'chart.umd.min.js': [CHART_JS, 'text/javascript; charset=utf-8'],
};

let loaded: Map<string, Asset> | undefined;

/** Static files, read once; URLs carry a content hash so browsers may cache them for long. */
export function assets(): Map<string, Asset> {
  if (!loaded) {
    loaded = new Map();
    for (const [name, [path, type]] of Object.entries(files)) {
      const body = readFileSync(path);
      loaded.set(name, {
        body,
        type,
        etag: createHash('sha256').update(body).digest('base64url').slice(0, 16),
      });
    }
  }
  return loaded;
}

export function assetUrl(name: keyof typeof files & string): string {
  return `/static/${name}?v=${assets().get(name)!.etag}`;
}
