/**
 * The CLI as users install it: the npm package's built JavaScript (lib/, `npm run build`) behind
 * the same bin/truthgate.js, which in a clone would run the TypeScript sources instead (Node strips
 * their types on every start). Benchmarks of the CLI measure this one.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');

/** Builds lib/ and returns the path of a bin/truthgate.js that can only find lib/. */
export function installedCli(): string {
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
  const dir = join(root, 'bench', 'data', 'installed-cli');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'bin'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
  copyFileSync(join(root, 'bin', 'truthgate.js'), join(dir, 'bin', 'truthgate.js'));
  symlinkSync(join(root, 'lib'), join(dir, 'lib'));
  return join(dir, 'bin', 'truthgate.js');
}
