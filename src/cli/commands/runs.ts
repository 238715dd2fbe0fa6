import { Command } from 'commander';
import { buildRunReport } from '../../eval/run-report.js';
import { compareScores } from '../../eval/compare-runs.js';
import { openStore, readConfig, type GlobalOptions } from '../context.js';
import { formatCi, summaryTable, table } from '../output.js';
import { integerOption } from '../shared.js';

export function runsCommand(): Command {
  const runs = new Command('runs').description('List, inspect and compare stored runs');

  runs
    .command('list')
    .description('Recent runs, newest first')
    .option('--limit <n>', 'how many', integerOption('--limit', 1, 10_000), 20)
    .option('--json', 'print JSON')
    .action(async function (this: Command) {
      const options = this.optsWithGlobals<GlobalOptions & { limit: number; json?: boolean }>();
      const store = await openStore(options, readConfig(options));
      try {
        const list = await store.listRuns(options.limit);
        if (options.json) return void process.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
        if (list.length === 0)
          return void process.stdout.write('No runs yet. Start one with: npx tandem eval\n');
        const rows = [['run', 'status', 'suite', 'target', 'judges', 'done', 'started']];
        for (const r of list) {
          rows.push([
            r.id,
            r.status,
            `${r.suiteId}@${r.suiteVersion}`,
            r.target,
            r.judges.join(','),
            `${r.responded}/${r.scenarios}`,
            r.startedAt.slice(0, 19).replace('T', ' '),
          ]);
        }
        process.stdout.write(`${table(rows)}\n`);
      } finally {
        await store.close();
      }
    });

  runs
    .command('show')
    .description("A run's settings and HAAS-e summary")
    .argument('<run>', 'run id (a unique prefix is enough)')
    .option('--json', 'print JSON')
    .action(async function (this: Command, runId: string) {
      const options = this.optsWithGlobals<GlobalOptions & { json?: boolean }>();
      const store = await openStore(options, readConfig(options));
      try {
        const report = await buildRunReport(store, runId);
        if (options.json)
          return void process.stdout.write(
            `${JSON.stringify({ run: report.run, summary: report.summary }, null, 2)}\n`,
          );
        const { run } = report;
        const failed = report.scenarios.filter((s) => s.response?.error).length;
        const missing = report.scenarios.filter((s) => !s.response).length;
        process.stdout.write(
          `${table([
            ['run', run.id],
            ['status', run.status],
            ['suite', `${run.suiteId}@${run.suiteVersion} (${run.suiteHash.slice(0, 12)})`],
            ['target', run.target],
            ['judges', run.judges.join(', ')],
            ['seed', String(run.seed)],
            ['started', run.startedAt],
            ['finished', run.finishedAt ?? '-'],
            ['scenarios', `${report.scenarios.length} (${failed} failed, ${missing} not yet run)`],
          ])}\n\n${summaryTable(report.summary)}\n`,
        );
      } finally {
        await store.close();
      }
    });

  runs
    .command('compare')
    .description(
      'Paired comparison of two runs on their shared scenarios: B − A with a bootstrap 95% CI',
    )
    .argument('<a>', 'baseline run')
    .argument('<b>', 'candidate run')
    .option('--json', 'print JSON')
    .action(async function (this: Command, a: string, b: string) {
      const options = this.optsWithGlobals<GlobalOptions & { json?: boolean }>();
      const store = await openStore(options, readConfig(options));
      try {
        const [runA, runB] = [await store.requireRun(a), await store.requireRun(b)];
        const rows = compareScores(
          await store.scores(runA.id),
          await store.scores(runB.id),
          runB.seed,
        );
        if (options.json)
          return void process.stdout.write(
            `${JSON.stringify({ a: runA.id, b: runB.id, rows }, null, 2)}\n`,
          );
        process.stdout.write(
          `A = ${runA.id} (${runA.target})\nB = ${runB.id} (${runB.target})\n\n`,
        );
        const out = [
          ['judge', 'metric', 'A mean', 'B mean', 'B − A [95% CI]', 'paired n', 'verdict'],
        ];
        for (const r of rows) {
          out.push([
            r.judge,
            r.metric,
            r.meanA.toFixed(1),
            r.meanB.toFixed(1),
            formatCi(r.difference),
            String(r.difference.n),
            r.difference.low > 0
              ? 'B better'
              : r.difference.high < 0
                ? 'B worse'
                : 'no clear difference',
          ]);
        }
        process.stdout.write(
          rows.length > 0
            ? `${table(out)}\n`
            : 'The runs share no scored scenario with the same judge.\n',
        );
      } finally {
        await store.close();
      }
    });
  return runs;
}
