import type { Command } from 'commander';
import { connectClient } from '../../temporal/connection.ts';
import { ensureSearchAttributes } from '../../temporal/search-attributes.ts';
import { connectionFrom, withTemporalOptions, type TemporalFlags } from '../temporal-options.ts';

interface SetupFlags extends TemporalFlags {
  check?: boolean;
}

export function registerSetup(program: Command): void {
  withTemporalOptions(
    program
      .command('setup')
      .description("Register Truthgate's search attributes on the namespace (once per namespace)")
      .option('--check', 'only check; print the registration commands when something is missing'),
  ).action(async (_o: unknown, cmd: Command) => {
    const f = cmd.optsWithGlobals<SetupFlags>();
    const settings = connectionFrom(f);
    const client = await connectClient(settings);
    try {
      const added = await ensureSearchAttributes(client.connection.operatorService, settings.namespace, {
        register: !f.check,
      });
      process.stdout.write(
        added.length
          ? `registered search attributes on ${settings.namespace}: ${added.join(', ')}\n`
          : `namespace ${settings.namespace} has every Truthgate search attribute\n`,
      );
    } finally {
      await client.connection.close();
    }
  });
}
