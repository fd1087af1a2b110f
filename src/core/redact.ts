/**
 * Values that came from the environment through `${NAME}` in a suite file. They may be secrets
 * (passwords in connection strings, tokens in links), so every boundary where text leaves the
 * process (error messages, reports, logs, workflow payloads) shows `${NAME}` in their place.
 * Process-wide: errors are rendered far from the loader that saw the values.
 */
const recorded = new Map<string, string>();

/**
 * Shorter values are not redacted: replacing every "1" or "on" would garble all output and such
 * values are no secrets. Plain numbers and booleans (thresholds, flags) are left alone too.
 */
const MIN_CHARS = 4;

export function recordEnvValue(name: string, value: string): void {
  if (value.length < MIN_CHARS || /^(?:-?\d+(?:\.\d+)?|true|false)$/i.test(value)) return;
  recorded.set(value, name);
}

/** The text with every recorded value replaced by its `${NAME}` (longest values first). */
export function redactText(text: string): string {
  if (recorded.size === 0 || text.length === 0) return text;
  let out = text;
  for (const [value, name] of [...recorded].sort((a, b) => b[0].length - a[0].length))
    if (out.includes(value)) out = out.split(value).join(`\${${name}}`);
  return out;
}

/** A copy of a JSON-like value with every string (keys too) redacted; the same value when nothing is recorded. */
export function redactDeep<T>(value: T): T {
  if (recorded.size === 0) return value;
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return redactText(v);
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype)
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [redactText(k), walk(x)]));
    return v;
  };
  return walk(value) as T;
}

/**
 * `${NAME}` put back from the environment, where a redacted value must work again (the link and
 * channel settings a notification uses). Unknown names stay as they are.
 */
export function restoreEnv<T>(value: T, env: NodeJS.ProcessEnv = process.env): T {
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string')
      return v.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (whole, name: string) => env[name] || whole);
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype)
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk(value) as T;
}
