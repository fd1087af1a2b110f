import { isScalar, visit, type Document, type LineCounter } from 'yaml';
import { TruthgateError } from '../errors.ts';

/**
 * Replaces ${VAR} and ${VAR:-default} in string scalars, in place. Values are never echoed in
 * errors: a missing variable is reported by name and position only. `$${` escapes a literal.
 */
export function interpolateEnv(
  doc: Document,
  env: NodeJS.ProcessEnv,
  file: string,
  lines: LineCounter,
): void {
  visit(doc, {
    Scalar(_key, node) {
      if (!isScalar(node) || typeof node.value !== 'string' || !node.value.includes('${')) return;
      node.value = node.value.replace(
        /(\$?)\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}/g,
        (whole, esc: string, name: string, def?: string) => {
          if (esc) return whole.slice(1);
          const v = env[name];
          if (v !== undefined && v !== '') return v;
          if (def !== undefined) return def;
          const pos = node.range ? lines.linePos(node.range[0]) : undefined;
          throw new TruthgateError(
            'TG_ENV_MISSING',
            { name },
            { location: { file, line: pos?.line, column: pos?.col } },
          );
        },
      );
    },
  });
}
