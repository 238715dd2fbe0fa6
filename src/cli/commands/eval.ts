import { resolve } from 'node:path';
import { Command, Option } from 'commander';
import { TandemError, type Run, type Suite } from '../../core/index.js';
import { evaluateGates, parseGates } from '../../eval/gates.js';
import { createJudge } from '../../eval/judges/registry.js';
import { writeReports } from '../../eval/report/index.js';
import { buildRunReport } from '../../eval/run-report.js';
import { executeRun, startRun } from '../../eval/runner.js';
import { suiteHash } from '../../eval/suite-hash.js';
import { loadSuite } from '../../eval/suites.js';
import {
  BUNDLED_SUITE,
  REPORTS_DIR,
  openStore,
  providerFor,
  readConfig,
  type GlobalOptions,
} from '../context.js';
import { summaryTable, table } from '../output.js';
import { progressReporter } from '../progress.js';
import { EXIT, integerOption, listOption } from '../shared.js';

interface EvalOptions extends GlobalOptions {
  suite?: string;
  target?: string;
  judge: string[];
  concurrency: number;
  seed: number;
  temperature?: number;
  failUnder?: string;
  out?: string;
  resume?: string;
  progress: boolean;
}

export function evalCommand(): Command {
  return new Command('eval')
    .description('Run a HAAS-e suite against a target model, judge, score, store and report it')
    .option('--suite <file>', 'suite YAML/JSON file (default: the bundled suites/haas-e-core.yaml)')
    .option(
      '--target <provider>',
      'model under test: reference | openai:<model> | anthropic:<model> | replay:<file>',
    )
    .addOption(
      new Option(
        '--judge <judge...>',
        'judges: builtin | llm:<provider> (repeat or comma-separate)',
      )
        .default([])
        .argParser(listOption),
    )
    .addOption(
      new Option('--concurrency <n>', 'scenarios in flight at once')
        .default(4)
        .argParser(integerOption('--concurrency', 1, 256)),
    )
    .addOption(
      new Option('--seed <n>', 'seed for the target and the bootstrap')
        .default(1)
        .argParser(integerOption('--seed', 0, 2 ** 31 - 1)),
    )
    .addOption(
      new Option('--temperature <t>', 'sampling temperature passed to the target').argParser(
        parseFloat,
      ),
    )
    .option(
      '--fail-under <gates>',
      'exit 1 unless each mean reaches its threshold, e.g. ASA=80,CES=60 or builtin:ASA=80',
    )
    .option('--out <dir>', `report folder (default: ${REPORTS_DIR}/<run id>)`)
    .option('--resume <run>', 'continue an interrupted run (same suite, target and judges)')
    .option('--no-progress', 'do not draw the progress bar')
    .action(async function (this: Command) {
      const options = this.optsWithGlobals<EvalOptions>();
      process.exitCode = await runEval(options);
    });
}

async function runEval(options: EvalOptions): Promise<number> {
  const config = readConfig(options);
  const store = await openStore(options, config);
  try {
    // Everything that can be wrong with the flags is checked before a run is recorded.
    const gates = options.failUnder ? parseGates(options.failUnder) : [];
    const resumedRun = options.resume ? await resumableRun(options, store) : undefined;
    const targetSpec = resumedRun?.target ?? options.target ?? 'reference';
    const judgeSpecs =
      resumedRun?.judges ?? (options.judge.length > 0 ? options.judge : ['builtin']);
    const target = providerFor(targetSpec, options, config);
    const judges = judgeSpecs
      .filter((j) => !j.startsWith('human:'))
      .map((spec) => createJudge(spec, { createProvider: (s) => providerFor(s, options, config) }));
    const suite = resumedRun ? undefined : loadSuite(options.suite ?? BUNDLED_SUITE);
    const resumed = resumedRun !== undefined;
    const run =
      resumedRun ??
      (await startRun(store, {
        suite: suite as Suite,
        target: targetSpec,
        judges: judgeSpecs,
        seed: options.seed,
        params: {
          concurrency: options.concurrency,
          ...(options.temperature === undefined ? {} : { temperature: options.temperature }),
          suiteFile: options.suite ?? 'bundled:haas-e-core.yaml',
        },
      }));

    const stderr = process.stderr;
    stderr.write(
      `${resumed ? 'Resuming' : 'Starting'} ${run.id}: suite ${run.suiteId}@${run.suiteVersion}, target ${run.target}, judges ${run.judges.join(', ')}\n`,
    );
    const controller = new AbortController();
    let interrupts = 0;
    const onSigint = () => {
      interrupts++;
      if (interrupts > 1) process.exit(EXIT.interrupted);
      stderr.write(
        '\nInterrupted: finishing the scenario writes in flight (Ctrl-C again to quit at once)…\n',
      );
      controller.abort();
    };
    process.on('SIGINT', onSigint);
    process.on('SIGTERM', onSigint);
    const bar = progressReporter();
    const started = Date.now();
    let outcome;
    try {
      outcome = await executeRun({
        store,
        run,
        target,
        judges,
        concurrency: options.concurrency,
        signal: controller.signal,
        ...(options.progress ? { onProgress: (p) => bar.update(p) } : {}),
      });
    } finally {
      bar.end();
      process.off('SIGINT', onSigint);
      process.off('SIGTERM', onSigint);
    }
    const seconds = (Date.now() - started) / 1000;

    if (outcome.interrupted) {
      stderr.write(
        `Stopped with ${outcome.completed} scenarios complete. Continue with:\n  npx tandem eval --resume ${run.id}\n`,
      );
      return EXIT.interrupted;
    }

    const report = await buildRunReport(store, run.id);
    const gateResults = gates.length > 0 ? evaluateGates(report.summary, gates) : [];
    if (gateResults.length > 0) report.gates = gateResults;
    const dir = resolve(options.out ?? `${REPORTS_DIR}/${run.id}`);
    const paths = await writeReports(report, dir);

    const out = process.stdout;
    out.write(
      `\nHAAS-e summary for ${run.id} (${outcome.completed} scenarios in ${seconds.toFixed(1)} s)\n\n`,
    );
    out.write(`${summaryTable(report.summary)}\n\n`);
    if (gateResults.length > 0) {
      out.write(
        `${table([
          ['gate', 'threshold', 'mean', 'result'],
          ...gateResults.map((g) => [
            `${g.judge}:${g.metric}`,
            String(g.threshold),
            g.value === null ? 'n/a' : g.value.toFixed(1),
            g.passed ? 'pass' : 'FAIL',
          ]),
        ])}\n\n`,
      );
    }
    out.write(
      `Reports:\n  HTML   ${paths.html}\n  JSON   ${paths.json}\n  CSV    ${paths.csv}\n  JUnit  ${paths.junit}\n`,
    );
    if (outcome.failed.length > 0) {
      stderr.write(
        `\n${outcome.failed.length} scenarios failed (first: ${outcome.failed[0]?.scenarioId}: ${outcome.failed[0]?.error}).\n`,
      );
      stderr.write(`Retry them with: npx tandem eval --resume ${run.id}\n`);
      return EXIT.incomplete;
    }
    if (gateResults.some((g) => !g.passed)) return EXIT.gateFailed;
    return EXIT.ok;
  } finally {
    await store.close();
  }
}

async function resumableRun(
  options: EvalOptions,
  store: Awaited<ReturnType<typeof openStore>>,
): Promise<Run> {
  const run = await store.requireRun(options.resume as string);
  const mismatch = (what: string, given: string, stored: string) =>
    new TandemError(
      'RUN_MISMATCH',
      `--${what} ${given} differs from run ${run.id}'s ${what} ${stored}; a resumed run keeps its settings`,
    );
  if (options.target && options.target !== run.target)
    throw mismatch('target', options.target, run.target);
  const machineJudges = run.judges.filter((j) => !j.startsWith('human:'));
  if (options.judge.length > 0 && options.judge.join(',') !== machineJudges.join(',')) {
    throw mismatch('judge', options.judge.join(','), machineJudges.join(','));
  }
  if (options.suite && suiteHash(loadSuite(options.suite)) !== run.suiteHash) {
    throw new TandemError(
      'RUN_MISMATCH',
      `suite ${options.suite} has changed since run ${run.id} started; start a new run instead`,
    );
  }
  return run;
}
