import { resolve } from 'node:path';
import { closeSuiteSource, openSuiteSource, type SuiteSource } from '../../core/profile/sql-entry.ts';
import { openPath } from './compare-output.ts';
import { TruthgateError } from '../../core/errors.ts';
import { isSqlSource } from '../../core/sources/spec.ts';
import { loadSuiteFile, type LoadedSuite } from '../../core/suite/load.ts';

/**
 * What `profile` and `learn` read: a data path given on the command line, or a source of a
 * suite (`--suite s.yml --source orders`), which may be a SQL table or query.
 */
export type SourceArg = { kind: 'path'; path: string } | { kind: 'suite'; suite: LoadedSuite; name: string };

export interface SuiteSourceOptions {
  suite?: string;
  source?: string;
}

export function sourceArg(path: string | undefined, opts: SuiteSourceOptions): SourceArg {
  if (opts.suite !== undefined || opts.source !== undefined) {
    if (path !== undefined)
      throw new TruthgateError('TG_USAGE', { detail: 'give a data file or --suite with --source, not both' });
    if (opts.suite === undefined || opts.source === undefined)
      throw new TruthgateError('TG_USAGE', { detail: '--suite and --source go together' });
    return { kind: 'suite', suite: loadSuiteFile(opts.suite), name: opts.source };
  }
  if (path === undefined)
    throw new TruthgateError('TG_USAGE', { detail: 'give a data file, or --suite <file> --source <name>' });
  return { kind: 'path', path };
}

/** The files a command read from a suite (the suite, a file source's path): -o must not overwrite them. */
export function suiteInputs(suite: LoadedSuite, names: string[]): string[] {
  return [
    suite.path,
    ...names.flatMap((n) => {
      const spec = suite.sources[n];
      return spec && !isSqlSource(spec) ? [resolve(suite.baseDir, spec.path)] : [];
    }),
  ];
}

/**
 * `drift` and `diff` sides: with --suite, an argument naming a source of the suite is that
 * source (a SQL table or query stays in its database); anything else is a data file.
 */
export async function openSides(
  suitePath: string | undefined,
  args: string[],
): Promise<{ opened: SuiteSource[]; inputs: string[] }> {
  const suite = suitePath === undefined ? undefined : loadSuiteFile(suitePath);
  const opened: SuiteSource[] = [];
  const inputs: string[] = suite ? [suite.path] : [];
  try {
    for (const arg of args) {
      if (suite && arg in suite.sources) {
        opened.push(await openSuiteSource(suite, arg));
        inputs.push(...suiteInputs(suite, [arg]).slice(1));
      } else {
        const source = openPath(arg);
        opened.push({ kind: 'file', source });
        inputs.push(...source.files);
      }
    }
  } catch (err) {
    await closeSides({ opened });
    throw err;
  }
  return { opened, inputs };
}

export async function closeSides(sides: { opened: SuiteSource[] }): Promise<void> {
  for (const s of sides.opened) await closeSuiteSource(s);
}
