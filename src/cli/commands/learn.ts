import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { runSuite } from '../../core/engine/run-suite.ts';
import { writeFileAtomic } from '../../core/fs/atomic.ts';
import { learnSuite, sourceNameFor } from '../../core/learn/learn.ts';
import { strictnesses, type Strictness } from '../../core/learn/propose.ts';
import { profileSource } from '../../core/profile/profile.ts';
import { openSource } from '../../core/sources/open.ts';
import { parseSuite } from '../../core/suite/load.ts';
import { findSourceHistory, seriesOf } from '../../core/history/store.ts';
import { DirectoryStore } from '../../core/store/directory.ts';

interface LearnCliOptions {
  output?: string;
  strictness: Strictness;
  name?: string;
  history?: string;
}

export function registerLearn(program: Command): void {
  program
    .command('learn')
    .description('Propose a commented suite file from the data (checks that pass on it)')
    .argument('<source>', 'data file or glob')
    .option('-o, --output <file>', 'suite file to write (default: print to stdout)')
    .addOption(
      new Option('--strictness <level>', 'how tight the learned bounds are')
        .choices(strictnesses)
        .default('medium'),
    )
    .option('--name <source-name>', 'source name in the suite (default: from the file name)')
    .option(
      '--history <dir>',
      "report store holding the source's metric history: also propose anomaly checks where it has enough runs",
    )
    .action(async (source: string, _opts: unknown, cmd: Command) => {
      const opts = cmd.optsWithGlobals<LearnCliOptions>();
      const name = opts.name ?? sourceNameFor(source);
      const opened = openSource(name, { path: source });
      const profile = await profileSource(opened);
      // The suite names the data relative to where the suite file will live.
      const suiteDir = opts.output ? dirname(resolve(opts.output)) : process.cwd();
      const rel = isAbsolute(source) ? source : relative(suiteDir, resolve(source)) || source;
      const history = opts.history
        ? await findSourceHistory(new DirectoryStore(opts.history), name)
        : undefined;
      const learned = learnSuite(profile, {
        strictness: opts.strictness,
        sourceName: name,
        sourcePath: rel,
        ...(opts.history ? { historyRuns: (metric: string) => seriesOf(history, metric).length } : {}),
      });
      await warnIfFailing(learned.yamlText, suiteDir);
      if (opts.output) {
        writeFileAtomic(opts.output, learned.yamlText, { inputs: opened.files });
        process.stderr.write(`Learned ${learned.proposals.length} checks into ${opts.output}\n`);
      } else process.stdout.write(learned.yamlText);
    });
}

/** A learned suite must pass on its own data; say so loudly if one check does not. */
async function warnIfFailing(yamlText: string, baseDir: string): Promise<void> {
  const report = await runSuite(parseSuite(yamlText, { path: '<learned>', baseDir }));
  for (const s of report.sources) {
    for (const c of s.checks) {
      if (c.status !== 'pass')
        process.stderr.write(`warning: learned check ${c.id} does not pass: ${c.message}\n`);
    }
  }
}
