import type { Command } from 'commander';
import { registerCheck } from './check.ts';
import { registerChecks } from './checks.ts';
import { registerValidateSuite } from './validate-suite.ts';

/** Each command module adds itself to the program; one line per command keeps main.ts stable. */
export type RegisterCommand = (program: Command) => void;

export const commands: RegisterCommand[] = [registerCheck, registerChecks, registerValidateSuite];
