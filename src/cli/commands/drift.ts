import { Option, type Command } from 'commander';
import { driftSides } from '../../core/compare/suite-sources.ts';
import { MethodChoice } from '../../core/drift/schema.ts';
import { looksLikeProfile, readProfileFile } from '../../core/profile/io.ts';
import { TruthgateError } from '../../core/errors.ts';
import { renderDriftMarkdown } from '../../core/render/drift-markdown.ts';
import { renderDriftTerminal } from '../../core/render/drift-terminal.ts';
import { emitResult, resolveLang, withOutputOptions, type ResultFormat } from '../output.ts';
import { parseFraction, parseList, resultText } from './compare-output.ts';
import type { DriftReport } from '../../core/drift/schema.ts';
import { closeSides, openSides } from './suite-source.ts';

interface DriftCliOptions {
  suite?: string;
  baseline: string;
  current: string;
  method: MethodChoice;
  columns?: string[];
  threshold?: number;
  maxDriftedShare?: number;
  format: ResultFormat;
  output?: string;
  color: boolean;
  lang?: string;
}

/** `truthgate drift`: exit 1 when the dataset drifted, 0 when not (2/3 for usage/data errors). */
export function registerDrift(program: Command): void {
  withOutputOptions(
    program
      .command('drift')
      .description('Compare column distributions of data with a baseline file or saved profile')
      .requiredOption(
        '--baseline <file>',
        'baseline data file, or a profile JSON saved by `truthgate profile`',
      )
      .requiredOption('--current <file>', 'the data to judge')
      .option(
        '--suite <file>',
        'suite whose sources --baseline and --current may name (SQL tables are measured in their database)',
      )
      .addOption(
        new Option('--method <method>', 'drift method').choices(MethodChoice.options).default('auto'),
      )
      .option('--columns <list>', 'comma-separated columns (default: all)', parseList)
      .option('--threshold <x>', 'threshold of the named --method', parseFraction)
      .option('--max-drifted-share <x>', 'tolerated share of drifted columns (default 0)', parseFraction)
      .option('--no-color', 'disable colours'),
  ).action(async (_opts: unknown, cmd: Command) => {
    const o = cmd.optsWithGlobals<DriftCliOptions>();
    if (o.threshold !== undefined && o.method === 'auto') {
      throw new TruthgateError('TG_USAGE', {
        detail: '--threshold needs a named --method (e.g. --method psi)',
      });
    }
    const driftOpts = {
      method: o.method,
      ...(o.columns ? { columns: o.columns } : {}),
      ...(o.threshold !== undefined ? { thresholds: { [o.method]: o.threshold } } : {}),
      ...(o.maxDriftedShare !== undefined ? { maxDriftedShare: o.maxDriftedShare } : {}),
    };
    const savedProfile = looksLikeProfile(o.baseline) ? readProfileFile(o.baseline) : undefined;
    const sides = await openSides(o.suite, savedProfile ? [o.current] : [o.baseline, o.current]);
    let report: DriftReport;
    try {
      const current = sides.opened.at(-1)!;
      const baseline = savedProfile ?? sides.opened[0]!;
      report = await driftSides(baseline, current, driftOpts);
    } finally {
      await closeSides(sides);
    }
    const lang = resolveLang(o.lang);
    const renderers = { terminal: renderDriftTerminal, markdown: renderDriftMarkdown };
    emitResult(resultText(report, renderers, { color: o.color, lang }), {
      format: o.format,
      output: o.output,
      lang,
      inputs: [o.baseline, ...sides.inputs],
    });
    process.exitCode = report.dataset.drifted ? 1 : 0;
  });
}
