import { Command, CommanderError } from 'commander';
import { CliError, EXIT, EXIT_CODES_HELP, type ExitCode } from './cliErrors';
import type { CliContext } from './cliSession';
import { addExportCommand } from './commands/exportCommand';
import { addGapsCommand } from './commands/gapsCommand';
import { addImportCommand } from './commands/importCommand';
import { addImportJsonCommand } from './commands/importJsonCommand';
import { addMetricsCommand } from './commands/metricsCommand';
import { addNewCommand } from './commands/newCommand';

/** The `journey-studio` program; every command inherits the exit override and the output streams. */
export function buildProgram(ctx: CliContext): Command {
  const program = new Command('journey-studio')
    .description('Journey Studio from the command line: export maps and data, import metrics and project JSON, list gaps and metrics, create projects.')
    .version(ctx.version, '-V, --version', 'print the version')
    // Usage errors reach runCli as CommanderErrors instead of ending the process, so the exit code is ours (2).
    .exitOverride()
    .configureOutput({ writeOut: (text) => ctx.out(text), writeErr: (text) => ctx.err(text) })
    .showHelpAfterError('(add --help for the options and examples)')
    .addHelpText('after', `\n${EXIT_CODES_HELP}\n\nRun "journey-studio <command> --help" for a command's options and examples.`);
  addExportCommand(program, ctx);
  addImportCommand(program, ctx);
  addImportJsonCommand(program, ctx);
  addGapsCommand(program, ctx);
  addMetricsCommand(program, ctx);
  addNewCommand(program, ctx);
  for (const command of program.commands) command.addHelpText('after', `\n${EXIT_CODES_HELP}`);
  return program;
}

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Runs one command line (arguments after the program name) and answers its exit code; never throws. */
export async function runCli(argv: readonly string[], ctx: CliContext): Promise<ExitCode> {
  try {
    await buildProgram(ctx).parseAsync([...argv], { from: 'user' });
    return EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    if (error instanceof CliError) {
      ctx.err(`journey-studio: ${error.message}\n`);
      return error.exitCode;
    }
    ctx.err(`journey-studio: ${message(error)}\n`);
    return EXIT.failed;
  }
}
