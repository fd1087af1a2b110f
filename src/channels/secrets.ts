import { readFileSync } from 'node:fs';
import { TruthgateError } from '../core/errors.ts';

/**
 * Channel secrets come from the worker's environment, never from workflow input:
 * `slack:data-team` + `webhook` -> TRUTHGATE_SLACK_DATA_TEAM_WEBHOOK. A secrets file
 * (TRUTHGATE_SECRETS_FILE: JSON object or KEY=VALUE lines) fills what the environment lacks.
 */
export function secretVar(channel: string, field: string): string {
  return `TRUTHGATE_${channel}_${field}`.toUpperCase().replace(/[^A-Z0-9]+/g, '_');
}

export interface SecretSource {
  get(name: string): string | undefined;
}

export function envSecrets(env: NodeJS.ProcessEnv = process.env): SecretSource {
  let file: Record<string, string> | undefined;
  const fromFile = (): Record<string, string> => {
    const path = env.TRUTHGATE_SECRETS_FILE;
    if (!path) return {};
    // Re-read on every delivery is cheap and lets operators rotate secrets without a restart.
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (err) {
      throw new TruthgateError('TG_NOTIFY_SECRETS_FILE', { path, detail: (err as Error).message });
    }
    return parseSecretsFile(text, path);
  };
  return {
    get(name) {
      const v = env[name];
      if (v !== undefined && v !== '') return v;
      file ??= fromFile();
      return file[name] || undefined;
    },
  };
}

export function parseSecretsFile(text: string, path: string): Record<string, string> {
  if (text.trimStart().startsWith('{')) {
    try {
      const obj = JSON.parse(text) as Record<string, unknown>;
      return Object.fromEntries(Object.entries(obj).map(([k, v]) => [k, String(v)]));
    } catch (err) {
      throw new TruthgateError('TG_NOTIFY_SECRETS_FILE', { path, detail: (err as Error).message });
    }
  }
  const out: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/.exec(line);
    if (m && !line.trimStart().startsWith('#')) out[m[1]!] = m[2]!.replace(/^(['"])(.*)\1$/, '$2');
  }
  return out;
}

/** A required secret, or a coded error that names the variable (never its value). */
export function requireSecret(secrets: SecretSource, channel: string, field: string): string {
  const name = secretVar(channel, field);
  const v = secrets.get(name);
  if (v === undefined) throw new TruthgateError('TG_NOTIFY_SECRET_MISSING', { channel, variable: name });
  return v;
}
