import type { Command } from 'commander';
import { rebuildHistory } from '../../core/history/store.ts';
import { DirectoryStore } from '../../core/store/directory.ts';
import { loadSuiteFile } from '../../core/suite/load.ts';
import { defaultStoreDir } from '../temporal-options.ts';

interface RebuildOptions {
  suite: string;
  store: string;
}

/** `truthgate history rebuild`: recreates a suite's metric history from its stored reports and profiles. */
export function registerHistory(program: Command): void {
  const history = program.command('history').description('Metric history of anomaly checks');
  history
    .command('rebuild')
    .description("Recreate a suite's metric history from the reports and profiles in the store")
    .requiredOption('--suite <file>', 'suite file (its name and sources pick the reports and profiles)')
    .option('--store <dir>', 'report store directory (env TRUTHGATE_STORE)', defaultStoreDir())
    .action(async (_opts: unknown, cmd: Command) => {
      const opts = cmd.optsWithGlobals<RebuildOptions>();
      const suite = loadSuiteFile(opts.suite);
      const counts = await rebuildHistory(new DirectoryStore(opts.store), suite.name, {
        profileSources: Object.keys(suite.sources),
      });
      const lines = Object.entries(counts).map(([source, runs]) => `  ${source}: ${runs} runs`);
      process.stdout.write(
        lines.length
          ? `Rebuilt the metric history of ${suite.name}:\n${lines.join('\n')}\n`
          : `No stored reports or profiles of ${suite.name} in ${opts.store}\n`,
      );
    });
}
