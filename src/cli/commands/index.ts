import type { Command } from 'commander';

/** Each command module adds itself to the program; one line per command keeps main.ts stable. */
export type RegisterCommand = (program: Command) => void;

/**
 * Command name -> its module, loaded on demand: `check` must not pay for the Temporal SDK, the
 * dashboard or the notifiers at start-up. Static import() strings let esbuild split the bundle
 * into one chunk per command.
 */
export const commands: Record<string, () => Promise<RegisterCommand>> = {
  check: async () => (await import('./check.ts')).registerCheck,
  checks: async () => (await import('./checks.ts')).registerChecks,
  'validate-suite': async () => (await import('./validate-suite.ts')).registerValidateSuite,
  worker: async () => (await import('./worker.ts')).registerWorker,
  run: async () => (await import('./run.ts')).registerRun,
  schedule: async () => (await import('./schedule.ts')).registerSchedule,
  dev: async () => (await import('./dev.ts')).registerDev,
  profile: async () => (await import('./profile.ts')).registerProfile,
  learn: async () => (await import('./learn.ts')).registerLearn,
  drift: async () => (await import('./drift.ts')).registerDrift,
  diff: async () => (await import('./diff.ts')).registerDiff,
  notify: async () => (await import('./notify.ts')).registerNotify,
  dashboard: async () => (await import('./dashboard.ts')).registerDashboard,
  report: async () => (await import('./report.ts')).registerReport,
  setup: async () => (await import('./setup.ts')).registerSetup,
  history: async () => (await import('./history.ts')).registerHistory,
};

/** Global options that take a value, so the word after them is not mistaken for the command. */
const VALUE_OPTIONS = new Set(['--lang']);

/**
 * The command named on the command line, or undefined (help, unknown or no command): then every
 * command is loaded so help lists them all and typos get suggestions.
 */
export function commandNamed(args: readonly string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (VALUE_OPTIONS.has(a)) i++;
    else if (!a.startsWith('-')) return Object.hasOwn(commands, a) ? a : undefined;
  }
  return undefined;
}

/** The register functions of the named command, of none for --version, else of all in help order. */
export async function loadCommands(args: readonly string[]): Promise<RegisterCommand[]> {
  const name = commandNamed(args);
  if (!name && (args.includes('--version') || args.includes('-V'))) return [];
  const wanted = name ? [name] : Object.keys(commands);
  return Promise.all(wanted.map((n) => commands[n]!()));
}
