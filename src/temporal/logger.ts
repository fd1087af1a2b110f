import type { LogLevel, LogMetadata, Logger } from '@temporalio/common';
import { pino, type Logger as Pino } from 'pino';

/** Structured JSON logs (one object per line on stdout), for workers and `truthgate dev`. */
export function createLog(level: string = process.env.TRUTHGATE_LOG_LEVEL ?? 'info'): Pino {
  return pino({ name: 'truthgate', level, base: { pid: process.pid } });
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
