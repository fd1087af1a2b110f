import type { Command } from 'commander';
import { TruthgateError } from '../../core/errors.ts';
import { profileSource } from '../../core/profile/profile.ts';
import type { Profile } from '../../core/profile/types.ts';
import { renderProfileMarkdown } from '../../core/render/profile-markdown.ts';
import { renderProfileTerminal } from '../../core/render/profile-terminal.ts';
import { openSource } from '../../core/sources/open.ts';
import { sourceNameFor } from '../../core/learn/learn.ts';
import { profileSuiteSource } from '../../core/profile/sql-entry.ts';
import { sourceArg, suiteInputs, type SuiteSourceOptions } from './suite-source.ts';
import {
  emitResult,
  resolveLang,
  terminalWidth,
  useColor,
  withOutputOptions,
  type ResultFormat,
} from '../output.ts';

interface ProfileCliOptions extends SuiteSourceOptions {
  format: ResultFormat;
  output?: string;
  perFile?: boolean;
  topK?: number;
  exactDistinctLimit?: number;
  color: boolean;
  lang?: string;
}

export function registerProfile(program: Command): void {
  withOutputOptions(
    program
      .command('profile')
      .description('Profile a data source: per-column statistics, top values, inferred types')
      .argument('[source]', 'data file or glob')
      .option('--suite <file>', 'suite file declaring the source to profile (with --source)')
      .option(
        '--source <name>',
        'source of the suite: a file, or a SQL table or query profiled in its database',
      )
      .option('--per-file', 'profile each file of a glob separately and merge the profiles')
      .option('--top-k <n>', 'distinct values kept with counts (default 1000)', positiveInt('--top-k'))
      .option(
        '--exact-distinct-limit <n>',
        'above this many values, distinct counts are HyperLogLog estimates',
        positiveInt('--exact-distinct-limit'),
      )
      .option('--no-color', 'disable colours'),
  ).action(async (path: string | undefined, _opts: unknown, cmd: Command) => {
    const opts = cmd.optsWithGlobals<ProfileCliOptions>();
    const arg = sourceArg(path, opts);
    const runOpts = {
      ...(opts.perFile ? { perFile: true } : {}),
      ...(opts.topK !== undefined ? { topK: opts.topK } : {}),
      ...(opts.exactDistinctLimit !== undefined ? { exactDistinctLimit: opts.exactDistinctLimit } : {}),
    };
    let profile: Profile;
    let inputs: string[];
    if (arg.kind === 'suite') {
      profile = await profileSuiteSource(arg.suite, arg.name, runOpts);
      inputs = suiteInputs(arg.suite, [arg.name]);
    } else {
      const opened = openSource(sourceNameFor(arg.path), { path: arg.path });
      profile = await profileSource(opened, runOpts);
      inputs = opened.files;
    }
    emitResult((format) => renderProfile(profile, format, useColor(opts.color)), {
      format: opts.format,
      output: opts.output,
      lang: resolveLang(opts.lang),
      inputs,
    });
  });
}

function renderProfile(p: Profile, format: ResultFormat, color: boolean): string {
  if (format === 'json') return `${JSON.stringify(p, null, 2)}\n`;
  if (format === 'markdown') return renderProfileMarkdown(p);
  const width = terminalWidth();
  return renderProfileTerminal(p, { color, ...(width ? { width } : {}) });
}

export function positiveInt(flag: string): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1) {
      throw new TruthgateError('TG_USAGE', { detail: `${flag} must be a positive integer, got ${value}` });
    }
    return n;
  };
}
