import { createHash } from 'node:crypto';
import { TruthgateError } from '../errors.ts';

const SEGMENT = /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/;

/**
 * Store keys are `/`-separated segments of letters, digits, `.`, `_` and `-`, never starting with
 * a dot: no `..`, no absolute paths, no NUL or backslash, so a key can never leave the store.
 */
export function assertSafeKey(key: string, { prefix = false } = {}): void {
  const fail = (detail: string): never => {
    throw new TruthgateError('TG_STORE_KEY', { key: JSON.stringify(key), detail });
  };
  if (typeof key !== 'string') fail('not a string');
  if (prefix && key === '') return;
  if (key.includes('\0')) fail('contains NUL');
  if (key.includes('\\')) fail('contains a backslash');
  if (key.startsWith('/')) fail('absolute paths are not allowed');
  const body = prefix && key.endsWith('/') ? key.slice(0, -1) : key;
  for (const seg of body.split('/')) {
    if (seg === '..' || seg === '.') fail('`.` and `..` segments are not allowed');
    if (!SEGMENT.test(seg))
      fail(`segment "${seg}" must be letters, digits, ".", "_" or "-", not starting with "."`);
  }
}

/**
 * Turns any name (a suite or source name) into one safe key segment; names that had to change
 * get a short hash so two different names never share a segment.
 */
export function safeSegment(name: string): string {
  const slug = name
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[.-]+/, '')
    .slice(0, 80);
  if (slug === name && slug !== '') return slug;
  const hash = createHash('sha256').update(name).digest('hex').slice(0, 8);
  return `${slug || 'x'}-${hash}`;
}

/** Sortable, filename-safe timestamp: 2025-01-02T03-04-05.678Z. */
export function keyTimestamp(d: Date): string {
  return d.toISOString().replace(/:/g, '-');
}

const TS = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})(\.\d{3})?Z/;

/** The time of the first key segment that starts with a keyTimestamp, or undefined. */
export function timestampOfKey(key: string): Date | undefined {
  for (const seg of key.split('/')) {
    const m = TS.exec(seg);
    if (m) return new Date(`${m[1]}T${m[2]}:${m[3]}:${m[4]}${m[5] ?? ''}Z`);
  }
  return undefined;
}
