/** Public library surface of the engine. */
export { runSuite, type RunOptions } from './engine/run-suite.ts';
export { loadSuiteFile, parseSuite, SuiteInvalidError, type LoadedSuite } from './suite/load.ts';
export { openSource, type OpenedSource } from './sources/open.ts';
export { listChecks, getCheck } from './checks/registry.ts';
export { render, formats, type Format, type RenderOptions } from './render/index.ts';
export { TruthgateError, ExitCode } from './errors.ts';
export type { Report, CheckResult, SourceResult, Severity, FailOn } from './result/schema.ts';
