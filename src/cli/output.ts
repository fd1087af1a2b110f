import { CommanderError, Option, type Command } from 'commander';
import { asTruthgateError, ExitCode, type Lang, type TruthgateError } from '../core/errors.ts';
import { isStdout, writeFileAtomic } from '../core/fs/atomic.ts';
import { messages, type ErrorCode } from '../core/i18n/messages.ts';
import { t } from '../core/i18n/ui.ts';
import type { CheckResult, Report } from '../core/result/schema.ts';

/** --lang wins, then the locale (LANG/LC_ALL starting with ko), then English. */
export function resolveLang(flag?: string): Lang {
  if (flag === 'ko' || flag === 'en') return flag;
  const loc = process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '';
  return loc.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}

/** Prints an error as `file:line:col: error TG_CODE: message` plus a hint; never a stack unless --debug. */
export function printError(err: TruthgateError, lang: Lang): void {
  printProblem({ where: err.where(), code: err.code, message: err.message_(lang), hint: err.hint(lang) });
}

/** The same line format for problems that arrive as data (e.g. a report's unreadable source). */
export function printProblem(p: {
  where?: string;
  code: string;
  message: string;
  hint?: string | undefined;
}): void {
  process.stderr.write(`${p.where ? `${p.where}: ` : ''}error ${p.code}: ${p.message}\n`);
  if (p.hint) process.stderr.write(`  hint: ${p.hint}\n`);
}

export function handleFatal(err: unknown, opts: { lang?: string; debug?: boolean }): void {
  if (err instanceof CommanderError) {
    // Commander already printed its message; help and version exit 0.
    exitSoon(err.exitCode === 0 ? 0 : ExitCode.usage);
    return;
  }
  const e = asTruthgateError(err);
  const problems = (e as { problems?: TruthgateError[] }).problems ?? [e];
  for (const p of problems) printError(p, resolveLang(opts.lang));
  if (opts.debug && err instanceof Error && err.stack) process.stderr.write(`${err.stack}\n`);
  exitSoon(e.exitCode);
}

/**
 * `truthgate profile … | head`: a reader that closes the pipe early only ends the output; without
 * a listener the write error is an uncaught exception with a stack trace.
 */
export function endQuietlyOnClosedPipe(stream: NodeJS.WriteStream = process.stdout): void {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
    stream.destroy();
    exitSoon(typeof process.exitCode === 'number' ? process.exitCode : 0);
  });
}

/** How long an error exit waits for what is still running (a pool, a worker) to wind down. */
const EXIT_GRACE_MS = 2000;

/**
 * Ends the process with `code` once the event loop is empty, or after a grace period if something
 * still holds it. Not process.exit() at once: that can deadlock in Node's teardown while V8's
 * helper threads wait for a garbage collection (nodejs/node#54918), leaving a process SIGTERM
 * cannot stop.
 */
function exitSoon(code: number): void {
  process.exitCode = code;
  setTimeout(() => process.exit(), EXIT_GRACE_MS).unref();
}

/** Colour unless --no-color, NO_COLOR (non-empty) or a non-TTY stdout; FORCE_COLOR forces it on. */
export function useColor(flag: boolean | undefined, stream: NodeJS.WriteStream = process.stdout): boolean {
  if (flag === false || process.env.NO_COLOR) return false;
  if (process.env.FORCE_COLOR !== undefined) return process.env.FORCE_COLOR !== '0';
  return stream.isTTY === true;
}

/** Columns of a TTY stdout; undefined when piped, so files get untruncated messages. */
export function terminalWidth(stream: NodeJS.WriteStream = process.stdout): number | undefined {
  return stream.isTTY ? stream.columns : undefined;
}

/** Whether every errored check errored because the data changed (codes whose catalog exit is 3). */
function dataErrorsOnly(report: { sources: { checks?: CheckResult[] }[] }): boolean {
  const codes = report.sources.flatMap((s) =>
    (s.checks ?? []).filter((c) => c.status === 'error').map((c) => c.errorCode),
  );
  return (
    codes.length > 0 &&
    codes.every((c) => c !== undefined && c in messages && messages[c as ErrorCode].exit === 3)
  );
}

/**
 * Exit code of a finished run: an unreadable source (3) outranks failed checks (1), since its
 * checks never ran; a check that errored (2) means the suite needs fixing; otherwise pass/warn (0).
 */
export function reportExitCode(
  report: Pick<Report, 'status'> & { sources: { error?: unknown; checks?: CheckResult[] }[] },
): number {
  if (report.sources.some((s) => s.error)) return ExitCode.source;
  if (report.status === 'fail') return ExitCode.failed;
  if (report.status === 'error') return dataErrorsOnly(report) ? ExitCode.source : ExitCode.usage;
  return ExitCode.ok;
}

/** --format of every command that writes a result (`check` and `report` add junit). */
export const resultFormats = ['terminal', 'json', 'markdown'] as const;
export type ResultFormat = (typeof resultFormats)[number];

/** Adds --format and -o/--output, worded the same on every command that writes a result. */
export function withOutputOptions(cmd: Command): Command {
  return cmd
    .addOption(new Option('--format <format>', 'output format').choices(resultFormats).default('terminal'))
    .option('-o, --output <file>', 'write the result to a file (the terminal summary still prints)');
}

export interface EmitOptions<F extends string> {
  format: F;
  /** -o/--output: the chosen format goes to this file (atomically), the terminal view to stdout. */
  output?: string;
  lang: Lang;
  /** Files the command read; --output must not overwrite one of them. */
  inputs?: readonly string[];
}

/**
 * One behaviour for -o/--output and --format across commands. `-o /dev/stdout` (or any path that
 * is this process's stdout) prints only the chosen format, so the stream stays machine-readable.
 */
export function emitResult<F extends string>(
  text: (format: NoInfer<F> | 'terminal') => string,
  opts: EmitOptions<F>,
): void {
  if (!opts.output || isStdout(opts.output)) {
    process.stdout.write(text(opts.format));
    return;
  }
  writeFileAtomic(opts.output, text(opts.format), { inputs: opts.inputs });
  process.stdout.write(text('terminal'));
  process.stderr.write(`${t(opts.lang, 'reportWritten', { path: opts.output })}\n`);
}
