// Loaded with `node --import`: makes @duckdb/node-api unresolvable, as in a bundle without it.
import { register } from 'node:module';

register(new URL('./hide-duckdb-hooks.ts', import.meta.url));
