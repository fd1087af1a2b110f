import type { Lang } from '../core/errors.ts';
import type { RunOptions } from '../core/engine/run-suite.ts';
import { t } from '../core/i18n/ui.ts';

export interface Progress {
  onProgress: NonNullable<RunOptions['onProgress']>;
  /** Free text for work before the scan (e.g. learning a zero-config suite). */
  say(text: string): void;
  stop(): void;
}

/**
 * A spinner on stderr naming the source being scanned; silent when stderr is not a TTY (CI, pipes),
 * where ora is not even loaded.
 */
export async function startProgress(
  lang: Lang,
  stream: NodeJS.WriteStream = process.stderr,
): Promise<Progress> {
  // ora prints a plain line per update when disabled, so off a TTY there is no spinner at all.
  if (!stream.isTTY) return { onProgress: () => {}, say: () => {}, stop: () => {} };
  const { default: ora } = await import('ora');
  const spinner = ora({ stream, discardStdin: false });
  const say = (text: string): void => {
    spinner.text = text;
    if (!spinner.isSpinning) spinner.start();
  };
  return {
    onProgress: (e) => {
      if (e.phase === 'start')
        say(t(lang, 'scanning', { source: e.source, index: e.index + 1, total: e.total }));
    },
    say,
    stop: () => spinner.stop(),
  };
}
