import { Command } from 'commander';
import { formatProblem, validateSuiteFile } from '../../eval/suites.js';
import { BUNDLED_SUITE } from '../context.js';
import { table } from '../output.js';
import { EXIT } from '../shared.js';

export function suiteCommand(): Command {
  const suite = new Command('suite').description('Work with HAAS-e suites');
  suite
    .command('validate')
    .description('Check suite files without running them (default: the bundled suite)')
    .argument('[files...]', 'suite files (YAML or JSON)')
    .action((files: string[]) => {
      let failed = false;
      for (const file of files.length > 0 ? files : [BUNDLED_SUITE]) {
        const result = validateSuiteFile(file);
        if (!result.ok) {
          failed = true;
          process.stderr.write(`✗ ${file}: ${result.problems.length} problem(s)\n`);
          for (const p of result.problems) process.stderr.write(`  ${formatProblem(p)}\n`);
          continue;
        }
        process.stdout.write(
          `✓ ${file}: suite ${result.suite.id}@${result.suite.version} is valid\n`,
        );
        process.stdout.write(
          `${formatStats(result.stats as unknown as Record<string, unknown>)}\n`,
        );
      }
      process.exitCode = failed ? EXIT.usage : EXIT.ok;
    });
  return suite;
}

function formatStats(stats: Record<string, unknown>): string {
  const rows = [['statistic', 'value']];
  for (const [key, value] of Object.entries(stats)) {
    rows.push([
      key,
      typeof value === 'object' && value !== null
        ? Object.entries(value)
            .map(([k, v]) => `${k}=${String(v)}`)
            .join(' ')
        : String(value),
    ]);
  }
  return table(rows);
}
