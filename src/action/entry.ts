/** dist/main.js: the bundle's entry; main.ts itself has no side effect on import, so tests can load it. */
import { runSafely } from './main.ts';

await runSafely();
