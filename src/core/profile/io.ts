import { readFileSync } from 'node:fs';
import { TruthgateError } from '../errors.ts';
import { parseProfile, type Profile } from './types.ts';

/** Reads a profile saved by `truthgate profile --format json`, with coded errors for every failure. */
export function readProfileFile(path: string): Profile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new TruthgateError('TG_SOURCE_NOT_FOUND', { path });
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new TruthgateError('TG_PROFILE_INVALID', { path, detail: (err as Error).message });
  }
  return parseProfile(data, path);
}

/** Whether a file looks like a saved profile (a JSON object with a schemaVersion) rather than data. */
export function looksLikeProfile(path: string): boolean {
  if (!path.toLowerCase().endsWith('.json')) return false;
  try {
    const data: unknown = JSON.parse(readFileSync(path, 'utf8'));
    return typeof data === 'object' && data !== null && !Array.isArray(data) && 'schemaVersion' in data;
  } catch {
    return false;
  }
}
