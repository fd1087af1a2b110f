import type { Command } from 'commander';
import { ExitCode } from '../../core/errors.ts';
import { t } from '../../core/i18n/ui.ts';
import { loadSuiteFile, SuiteInvalidError } from '../../core/suite/load.ts';
import { printError, resolveLang } from '../output.ts';

/** Parses a suite without reading any data: OK with counts, or every problem with its position. */
export function registerValidateSuite(program: Command): void {
  program
    .command('validate-suite [file]')
    .description('Check a suite file for errors without reading data')
    .action((file: string | undefined, _opts: unknown, cmd: Command) => {
      const lang = resolveLang(cmd.optsWithGlobals<{ lang?: string }>().lang);
      const path = file ?? 'truthgate.yml';
      try {
        const suite = loadSuiteFile(path);
        const checks = Object.values(suite.checks).reduce((n, list) => n + list.length, 0);
        process.stdout.write(
          `${t(lang, 'suiteOk', { path, sources: Object.keys(suite.sources).length, checks })}\n`,
        );
      } catch (err) {
        if (!(err instanceof SuiteInvalidError)) throw err;
        for (const p of err.problems) printError(p, lang);
        process.stderr.write(`${t(lang, 'suiteProblems', { n: err.problems.length, path })}\n`);
        process.exitCode = ExitCode.usage;
      }
    });
}
