import type { Command } from 'commander';
import { registerCheck } from './check.ts';
import { registerChecks } from './checks.ts';
import { registerValidateSuite } from './validate-suite.ts';
import { registerWorker } from './worker.ts';
import { registerRun } from './run.ts';
import { registerSchedule } from './schedule.ts';
import { registerDev } from './dev.ts';
import { registerProfile } from './profile.ts';
import { registerLearn } from './learn.ts';
import { registerNotify } from './notify.ts';
import { registerDrift } from './drift.ts';
import { registerDiff } from './diff.ts';
import { registerDashboard } from './dashboard.ts';
import { registerReport } from './report.ts';
import { registerSetup } from './setup.ts';

/** Each command module adds itself to the program; one line per command keeps main.ts stable. */
export type RegisterCommand = (program: Command) => void;

export const commands: RegisterCommand[] = [
  registerCheck,
  registerChecks,
  registerValidateSuite,
  registerWorker,
  registerRun,
  registerSchedule,
  registerDev,
  registerProfile,
  registerLearn,
  registerDrift,
  registerDiff,
  registerNotify,
  registerDashboard,
  registerReport,
  registerSetup,
];
