import { Command } from 'commander';
import { VERSION } from '../core/version.ts';
import { loadCommands } from './commands/index.ts';
import { endQuietlyOnClosedPipe, handleFatal } from './output.ts';

const program = new Command('truthgate')
  .description('Validate, profile and compare tabular data')
  .version(VERSION)
  .option('--lang <lang>', 'message language: en or ko (default: from the locale)')
  .option('--debug', 'show stack traces for internal errors')
  .showHelpAfterError()
  .exitOverride();

endQuietlyOnClosedPipe();
try {
  for (const register of await loadCommands(process.argv.slice(2))) register(program);
  await program.parseAsync(process.argv);
} catch (err) {
  handleFatal(err, program.opts());
}
