import { resolve } from 'node:path';
import { Command } from 'commander';
import { writeReports } from '../../eval/report/index.js';
import { buildRunReport } from '../../eval/run-report.js';
import { REPORTS_DIR, openStore, readConfig, type GlobalOptions } from '../context.js';

export function reportCommand(): Command {
  return new Command('report')
    .description("Write a run's reports: self-contained HTML, JSON, CSV and JUnit XML")
    .argument('<run>', 'run id (a unique prefix is enough)')
    .option('--out <dir>', `folder (default: ${REPORTS_DIR}/<run id>)`)
    .action(async function (this: Command, runId: string) {
      const options = this.optsWithGlobals<GlobalOptions & { out?: string }>();
      const store = await openStore(options, readConfig(options));
      try {
        const report = await buildRunReport(store, runId);
        const paths = await writeReports(
          report,
          resolve(options.out ?? `${REPORTS_DIR}/${report.run.id}`),
        );
        process.stdout.write(
          `HTML   ${paths.html}\nJSON   ${paths.json}\nCSV    ${paths.csv}\nJudgments CSV  ${paths.judgmentsCsv}\nJUnit  ${paths.junit}\n`,
        );
      } finally {
        await store.close();
      }
    });
}
