import type { LogLevel, LogMetadata, Logger } from '@temporalio/common';
import { pino, type Logger as Pino } from 'pino';
import { redactDeep, redactText } from '../core/redact.ts';

/**
 * Structured JSON logs (one object per line on stdout), for workers and `truthgate dev`. Values
 * from `${ENV}` in suites are redacted from every message and field (SDK logs quote failures).
 */
export function createLog(level: string = process.env.TRUTHGATE_LOG_LEVEL ?? 'info'): Pino {
  return pino({
    name: 'truthgate',
    level,
    base: { pid: process.pid },
    hooks: {
      logMethod(args, method) {
        method.apply(
          this,
          args.map((a) => (typeof a === 'string' ? redactText(a) : redactDeep(a))) as Parameters<
            typeof method
          >,
        );
      },
    },
  });
}

const levels: Record<LogLevel, 'trace' | 'debug' | 'info' | 'warn' | 'error'> = {
  TRACE: 'trace',
  DEBUG: 'debug',
  INFO: 'info',
  WARN: 'warn',
  ERROR: 'error',
};

/** The Temporal SDK's Logger interface over pino, so SDK and Truthgate logs share one stream. */
export function sdkLogger(log: Pino): Logger {
  const at =
    (level: LogLevel) =>
    (message: string, meta?: LogMetadata): void =>
      log[levels[level]](meta ?? {}, message);
  return {
    log: (level, message, meta) => at(level)(message, meta),
    trace: at('TRACE'),
    debug: at('DEBUG'),
    info: at('INFO'),
    warn: at('WARN'),
    error: at('ERROR'),
  };
}
