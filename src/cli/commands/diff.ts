import type { Command } from 'commander';
import { diffSources, DEFAULT_DIFF_SAMPLES } from '../../core/diff/diff.ts';
import { renderDiffMarkdown } from '../../core/render/diff-markdown.ts';
import { renderDiffTerminal } from '../../core/render/diff-terminal.ts';
import { emitResult, resolveLang, withOutputOptions, type ResultFormat } from '../output.ts';
import { parseSampleSize } from './check.ts';
import { openPath, parseList, resultText } from './compare-output.ts';

interface DiffCliOptions {
  key?: string[];
  sampleSize?: number;
  format: ResultFormat;
  output?: string;
  color: boolean;
  lang?: string;
}

/** `truthgate diff`: a report, not a gate, so it exits 0 whatever changed (2/3 on errors). */
export function registerDiff(program: Command): void {
  withOutputOptions(
    program
      .command('diff')
      .description('Compare two versions of a dataset: schema, statistics and, with --key, rows')
      .argument('<old>', 'the old data file')
      .argument('<new>', 'the new data file')
      .option(
        '--key <list>',
        'comma-separated key columns: report rows added, removed and changed',
        parseList,
      )
      .option(
        '--sample-size <n>',
        `sample rows per kind of change (default ${DEFAULT_DIFF_SAMPLES})`,
        parseSampleSize,
      )
      .option('--no-color', 'disable colours'),
  ).action(async (oldPath: string, newPath: string, _opts: unknown, cmd: Command) => {
    const o = cmd.optsWithGlobals<DiffCliOptions>();
    const lang = resolveLang(o.lang);
    const [before, after] = [openPath(oldPath), openPath(newPath)];
    const result = await diffSources(before, after, {
      ...(o.key ? { key: o.key } : {}),
      ...(o.sampleSize !== undefined ? { sampleSize: o.sampleSize } : {}),
    });
    const renderers = { terminal: renderDiffTerminal, markdown: renderDiffMarkdown };
    emitResult(resultText(result, renderers, { color: o.color, lang }), {
      format: o.format,
      output: o.output,
      lang,
      inputs: [...before.files, ...after.files],
    });
    process.exitCode = 0;
  });
}
