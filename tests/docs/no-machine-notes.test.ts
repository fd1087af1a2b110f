import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

/**
 * Documentation describes the product, not the machine a figure happened to be measured on: no
 * absolute paths of a checkout or a temporary directory, no notes about load or shared cores.
 * Screenshots are generated from the same run pages, so their paths are checked where rendered.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const docs = [
  'README.md',
  ...readdirSync(join(root, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => join('docs', f)),
];

const machineNotes: [string, RegExp][] = [
  ['an absolute checkout or home path', /(^|[\s`'"(])\/(work|root|home\/\w+|Users\/\w+)\//m],
  ['a temporary directory', /(^|[\s`'"(])\/tmp\/\S/m],
  [
    'the load of the machine',
    /\bload (average|avg)\b|\bunder (heavy )?load\b|\bshared with other work\b|\bloaded machine\b/i,
  ],
];

test('README and docs carry no absolute machine paths and no notes about the measuring machine', () => {
  const found: string[] = [];
  for (const file of docs) {
    const lines = readFileSync(join(root, file), 'utf8').split('\n');
    lines.forEach((line, i) => {
      for (const [what, re] of machineNotes)
        if (re.test(line)) found.push(`${file}:${i + 1} ${what}: ${line.trim()}`);
    });
  }
  assert.deepEqual(found, []);
});
