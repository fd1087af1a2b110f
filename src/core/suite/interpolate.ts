import { isScalar, visit, type Document, type LineCounter } from 'yaml';
import { TruthgateError } from '../errors.ts';
import { recordEnvValue } from '../redact.ts';

const REFERENCE = /(\$?)\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}/g;

/**
 * Replaces ${VAR} and ${VAR:-default} in string scalars, in place. Values are never echoed: a
 * missing variable is reported by name and the position of its reference only, and every value
 * taken from the environment is recorded (core/redact.ts) so errors, reports, logs and workflow
 * payloads show `${VAR}` instead. An empty variable counts as unset (as `:-` does in a shell).
 * `$${` escapes a literal `${`.
 *
 * `keepUnset`: a reference to an unset variable without a default stays as written instead of
 * failing. The Action reads a suite a pull request changed with an empty environment this way
 * (src/action/targets.ts): its `${NAME}` must not reach the runner's secrets, yet the parts that
 * still run (file sources) load.
 */
export function interpolateEnv(
  doc: Document,
  env: NodeJS.ProcessEnv,
  file: string,
  lines: LineCounter,
  text: string,
  opts: { keepUnset?: boolean } = {},
): void {
  visit(doc, {
    Scalar(_key, node) {
      if (!isScalar(node) || typeof node.value !== 'string' || !node.value.includes('${')) return;
      node.value = node.value.replace(REFERENCE, (whole, esc: string, name: string, def?: string) => {
        if (esc) return whole.slice(1);
        const v = env[name];
        if (v !== undefined && v !== '') {
          recordEnvValue(name, v);
          return v;
        }
        if (def !== undefined) return def;
        if (opts.keepUnset) return whole;
        const [start, end] = node.range ?? [0, 0];
        // Point at the reference itself when it is in the source text, else at the scalar.
        const at = text.slice(start, end).indexOf(`\${${name}`);
        const pos = node.range ? lines.linePos(start + Math.max(0, at)) : undefined;
        throw new TruthgateError(
          'TG_ENV_MISSING',
          { name },
          { location: { file, ...(pos ? { line: pos.line, column: pos.col } : {}) } },
        );
      });
    },
  });
}
