import type { Command } from 'commander';
import { compileSource } from '../../core/engine/run-source.ts';
import { compileSqlSource } from '../../core/engine/sql-source.ts';
import { asTruthgateError, ExitCode, type Lang, type TruthgateError } from '../../core/errors.ts';
import { t } from '../../core/i18n/ui.ts';
import { openSource, type OpenedSource } from '../../core/sources/open.ts';
import { isSqlSource } from '../../core/sources/spec.ts';
import { loadSuiteFile, SuiteInvalidError, type LoadedSuite } from '../../core/suite/load.ts';
import { printError, resolveLang } from '../output.ts';

/**
 * Parses a suite, then compiles every check against each source's schema (a schema probe, no
 * full read): OK with counts, or every problem with its position. A source that cannot be
 * opened is a warning; its checks are compiled as far as the file alone allows.
 */
export function registerValidateSuite(program: Command): void {
  program
    .command('validate-suite [file]')
    .description(
      'Check a suite file for errors, compiling checks against source schemas without reading rows',
    )
    .action(async (file: string | undefined, _opts: unknown, cmd: Command) => {
      const lang = resolveLang(cmd.optsWithGlobals<{ lang?: string }>().lang);
      const path = file ?? 'truthgate.yml';
      let suite: LoadedSuite;
      try {
        suite = loadSuiteFile(path);
      } catch (err) {
        if (!(err instanceof SuiteInvalidError)) throw err;
        return fail(err.problems, path, lang);
      }
      const problems = await compileSuite(suite, lang);
      if (problems.length > 0) return fail(problems, path, lang);
      const checks = Object.values(suite.checks).reduce((n, list) => n + list.length, 0);
      process.stdout.write(
        `${t(lang, 'suiteOk', { path, sources: Object.keys(suite.sources).length, checks })}\n`,
      );
    });
}

function fail(problems: TruthgateError[], path: string, lang: Lang): void {
  for (const p of problems) printError(p, lang);
  process.stderr.write(`${t(lang, 'suiteProblems', { n: problems.length, path })}\n`);
  process.exitCode = ExitCode.usage;
}

async function compileSuite(suite: LoadedSuite, lang: Lang): Promise<TruthgateError[]> {
  const opened = new Map<string, OpenedSource>();
  const open = (name: string): OpenedSource => {
    let s = opened.get(name);
    if (!s) {
      s = openSource(name, suite.sources[name]!, { baseDir: suite.baseDir });
      opened.set(name, s);
    }
    return s;
  };
  const problems: TruthgateError[] = [];
  for (const [name, checks] of Object.entries(suite.checks)) {
    if (checks.length === 0) continue;
    try {
      const spec = suite.sources[name]!;
      if (isSqlSource(spec)) {
        const sqlOpts = {
          now: new Date(),
          connections: suite.connections,
          baseDir: suite.baseDir,
          others: suite.sources,
        };
        problems.push(...(await compileSqlSource(name, spec, checks, sqlOpts)));
        continue;
      }
      const opts = { now: new Date(), sampleSize: suite.sampleSize, others: open, baseDir: suite.baseDir };
      problems.push(...(await compileSource(open(name), checks, opts)));
    } catch (err) {
      // Not the suite's fault (e.g. the data is not there yet): say so, keep validating the rest.
      const e = asTruthgateError(err);
      process.stderr.write(`${name}: warning ${e.code}: ${e.message_(lang)} (checks not compiled)\n`);
    }
  }
  return problems;
}
