import { Option, type Command } from 'commander';
import { diffSources, DEFAULT_DIFF_SAMPLES } from '../../core/diff/diff.ts';
import { renderDiffMarkdown } from '../../core/render/diff-markdown.ts';
import { renderDiffTerminal } from '../../core/render/diff-terminal.ts';
import { resolveLang } from '../output.ts';
import { parseSampleSize } from './check.ts';
import { compareFormats, emit, openPath, parseList, type CompareFormat } from './compare-output.ts';

interface DiffCliOptions {
  key?: string[];
  sampleSize?: number;
  format: CompareFormat;
  output?: string;
  color: boolean;
  lang?: string;
}

/** `truthgate diff`: a report, not a gate, so it exits 0 whatever changed (2/3 on errors). */
export function registerDiff(program: Command): void {
  program
    .command('diff')
    .description('Compare two versions of a dataset: schema, statistics and, with --key, rows')
    .argument('<old>', 'the old data file')
    .argument('<new>', 'the new data file')
    .option('--key <list>', 'comma-separated key columns: report rows added, removed and changed', parseList)
    .option(
      '--sample-size <n>',
      `sample rows per kind of change (default ${DEFAULT_DIFF_SAMPLES})`,
      parseSampleSize,
    )
    .addOption(new Option('--format <format>', 'output format').choices(compareFormats).default('terminal'))
    .option('--output <file>', 'write the result to a file (the terminal summary still prints)')
    .option('--no-color', 'disable colours')
    .action(async (oldPath: string, newPath: string, _opts: unknown, cmd: Command) => {
      const o = cmd.optsWithGlobals<DiffCliOptions>();
      const result = await diffSources(openPath(oldPath), openPath(newPath), {
        ...(o.key ? { key: o.key } : {}),
        ...(o.sampleSize !== undefined ? { sampleSize: o.sampleSize } : {}),
      });
      emit(
        result,
        { terminal: renderDiffTerminal, markdown: renderDiffMarkdown },
        { ...o, lang: resolveLang(o.lang) },
      );
      process.exitCode = 0;
    });
}
