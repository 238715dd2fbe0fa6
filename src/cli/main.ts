import { Command, CommanderError, Option } from 'commander';
import { isTandemError } from '../core/index.js';
import { agreementCommand } from './commands/agreement.js';
import { auditCommand } from './commands/audit.js';
import { evalCommand } from './commands/eval.js';
import { exportCommand } from './commands/export.js';
import { keysCommand } from './commands/keys.js';
import { guardCommand } from './commands/guard.js';
import { ratingsCommand } from './commands/ratings.js';
import { reportCommand } from './commands/report.js';
import { runsCommand } from './commands/runs.js';
import { scoreCommand } from './commands/score.js';
import { serveCommand } from './commands/serve.js';
import { suiteCommand } from './commands/suite.js';
import { triageCommand } from './commands/triage.js';
import { usersCommand } from './commands/users.js';
import { EXIT, integerOption } from './shared.js';

export function buildProgram(): Command {
  const program = new Command('tandem')
    .description(
      'Tandem: the SAFE-i gateway and the HAAS-e evaluation harness for LLMs in mental-health support',
    )
    .version('0.1.0')
    .option(
      '--db <path>',
      'database (file path or URL; default $TANDEM_DATABASE_URL or .tandem/tandem.db)',
    )
    .option('--config <file>', 'config file (default: tandem.config.yaml if present)')
    .option('--no-cache', 'do not read or write the response cache')
    .addOption(
      new Option('--timeout <ms>', 'per-call timeout for network providers').argParser(
        integerOption('--timeout', 1, 3_600_000),
      ),
    )
    .showHelpAfterError()
    .exitOverride();
  for (const command of [
    evalCommand(),
    suiteCommand(),
    runsCommand(),
    reportCommand(),
    ratingsCommand(),
    agreementCommand(),
    triageCommand(),
    scoreCommand(),
    guardCommand(),
    serveCommand(),
    auditCommand(),
    keysCommand(),
    usersCommand(),
    exportCommand(),
  ]) {
    program.addCommand(command.exitOverride());
  }
  return program;
}

/** Runs the CLI; returns the exit status instead of exiting so tests can call it in-process. */
export async function main(argv: string[]): Promise<number> {
  process.exitCode = undefined;
  try {
    await buildProgram().parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (isTandemError(error)) {
      process.stderr.write(`tandem: ${error.code}: ${error.message}\n`);
      return EXIT.usage;
    }
    process.stderr.write(
      `tandem: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    return 1;
  }
}
