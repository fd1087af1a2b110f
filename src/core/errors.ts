import { messages, type ErrorCode } from './i18n/messages.ts';
import { redactText } from './redact.ts';

export type { ErrorCode } from './i18n/messages.ts';
export type Lang = 'en' | 'ko';

/** Where in a file an error points (1-based line and column). */
export interface Location {
  file?: string;
  line?: number;
  column?: number;
}

/** CLI exit codes (README.md): 0 ok, 1 failed checks, 2 usage/suite error, 3 data source error. */
export const ExitCode = { ok: 0, failed: 1, usage: 2, source: 3 } as const;

/**
 * The one error type that crosses module boundaries. `code` is stable and documented; the message
 * is rendered per language from the catalog so callers never build user-facing text by hand.
 */
export class TruthgateError extends Error {
  readonly code: ErrorCode;
  readonly params: Record<string, string | number>;
  readonly location: Location | undefined;

  constructor(
    code: ErrorCode,
    params: Record<string, string | number> = {},
    options: { location?: Location; cause?: unknown } = {},
  ) {
    super(formatMessage(code, params, 'en'), { cause: options.cause });
    this.name = 'TruthgateError';
    this.code = code;
    this.params = params;
    this.location = options.location;
  }

  get exitCode(): number {
    return messages[this.code].exit;
  }

  message_(lang: Lang): string {
    return formatMessage(this.code, this.params, lang);
  }

  hint(lang: Lang): string | undefined {
    const entry = messages[this.code] as { hint?: { en: string; ko: string } };
    const h = entry.hint?.[lang];
    return h === undefined ? undefined : fill(h, this.params);
  }

  /** "file:line:column" prefix, or empty when the error has no location. */
  where(): string {
    const l = this.location;
    if (!l?.file) return '';
    return [l.file, l.line, l.column].filter((x) => x !== undefined).join(':');
  }

  toJSON(): { code: ErrorCode; message: string; hint?: string; location?: Location } {
    const hint = this.hint('en');
    return {
      code: this.code,
      message: this.message,
      ...(hint ? { hint } : {}),
      ...(this.location ? { location: this.location } : {}),
    };
  }
}

/** Every message and hint is built here: values from `${ENV}` in a suite show as `${ENV}`. */
function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) =>
    k in params ? redactText(String(params[k])) : `{${k}}`,
  );
}

export function formatMessage(code: ErrorCode, params: Record<string, string | number>, lang: Lang): string {
  return fill(messages[code][lang], params);
}

/** Wraps anything thrown into a TruthgateError so no raw stack trace reaches a user. */
export function asTruthgateError(err: unknown, fallback: ErrorCode = 'TG_INTERNAL'): TruthgateError {
  if (err instanceof TruthgateError) return err;
  const detail = err instanceof Error ? err.message.split('\n')[0]! : String(err);
  return new TruthgateError(fallback, { detail }, { cause: err });
}
