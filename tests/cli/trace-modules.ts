/**
 * Preloaded with `node --import` by the start-up test: records every module the process loads
 * and writes the list (one URL per line) to $TG_TRACE_MODULES when the process exits.
 */
import { writeFileSync } from 'node:fs';
import { registerHooks } from 'node:module';

const loaded = new Set<string>();
registerHooks({
  resolve(specifier, context, nextResolve) {
    const r = nextResolve(specifier, context);
    loaded.add(r.url);
    return r;
  },
});
process.on('exit', () => writeFileSync(process.env.TG_TRACE_MODULES!, [...loaded].join('\n')));
