import type { Command } from 'commander';
import { diffSources, DEFAULT_DIFF_SAMPLES } from '../../core/diff/diff.ts';
import { renderDiffMarkdown } from '../../core/render/diff-markdown.ts';
import { renderDiffTerminal } from '../../core/render/diff-terminal.ts';
import { emitResult, resolveLang, withOutputOptions, type ResultFormat } from '../output.ts';
import { parseSampleSize } from './check.ts';
import { parseList, resultText } from './compare-output.ts';
import { closeSides, openSides } from './suite-source.ts';
import { diffApart, diffSqlSources } from '../../core/diff/sql-diff.ts';

interface DiffCliOptions {
  suite?: string;
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
      .argument('<old>', 'the old data file (or, with --suite, a source of the suite)')
      .argument('<new>', 'the new data file (or, with --suite, a source of the suite)')
      .option(
        '--suite <file>',
        'suite whose sources <old> and <new> may name (SQL tables are diffed in their database)',
      )
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
    const diffOpts = {
      ...(o.key ? { key: o.key } : {}),
      ...(o.sampleSize !== undefined ? { sampleSize: o.sampleSize } : {}),
    };
    const sides = await openSides(o.suite, [oldPath, newPath]);
    let result;
    try {
      const [before, after] = sides.opened;
      if (before!.kind === 'sql' && after!.kind === 'sql')
        result = await diffSqlSources(before!.source, after!.source, diffOpts);
      else if (before!.kind === 'file' && after!.kind === 'file')
        result = await diffSources(before!.source, after!.source, diffOpts);
      // A SQL source and a file: statistics each where it lives (a key is refused there).
      else result = await diffApart(before!, after!, diffOpts);
    } finally {
      await closeSides(sides);
    }
    const renderers = { terminal: renderDiffTerminal, markdown: renderDiffMarkdown };
    emitResult(resultText(result, renderers, { color: o.color, lang }), {
      format: o.format,
      output: o.output,
      lang,
      inputs: sides.inputs,
    });
    process.exitCode = 0;
  });
}
