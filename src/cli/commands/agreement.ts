import { readFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { Command, Option } from 'commander';
import { TandemError } from '../../core/index.js';
import {
  defaultPairs,
  isHumanRater,
  judgesIn,
  parseReliabilityFile,
  reliabilityStatistics,
  runAgreement,
  type MeasurementLevel,
  type ReliabilityReport,
} from '../../eval/agreement/index.js';
import { HUMAN_MAJORITY_JUDGE } from '../../eval/judges/human.js';
import type { AgreementValue, RunAgreement } from '../../core/index.js';
import { openStore, readConfig, type GlobalOptions } from '../context.js';
import { table } from '../output.js';
import { integerOption, listOption } from '../shared.js';

interface AgreementOptions extends GlobalOptions {
  run?: string;
  judges?: string[];
  file?: string;
  kind?: MeasurementLevel;
  format?: 'csv' | 'jsonl';
  resamples: number;
  seed?: number;
  json?: boolean;
}

export function agreementCommand(): Command {
  return new Command('agreement')
    .description(
      "Agreement between judges and among human raters (Cohen's and Fleiss' κ, Krippendorff's α, Spearman's ρ, ICC) with bootstrap 95% CIs",
    )
    .option('--run <id>', 'a stored run (a unique prefix is enough)')
    .option(
      '--judges <list>',
      'judges to compare pairwise, comma-separated (one judge: against human:majority; default: every judge against human:majority)',
      listOption,
    )
    .option('--file <path>', 'generic ratings, rows {unit, rater, value} as JSONL or CSV')
    .addOption(
      new Option('--kind <kind>', 'measurement level of --file values').choices([
        'nominal',
        'ordinal',
        'interval',
      ]),
    )
    .addOption(
      new Option('--format <format>', '--file format (default: from the extension)').choices([
        'csv',
        'jsonl',
      ]),
    )
    .option(
      '--resamples <n>',
      'bootstrap resamples',
      integerOption('--resamples', 100, 1_000_000),
      2000,
    )
    .addOption(
      new Option('--seed <n>', "bootstrap seed (default: the run's seed; 0 for --file)").argParser(
        integerOption('--seed', 0, 2 ** 31 - 1),
      ),
    )
    .option('--json', 'print JSON')
    .action(async function (this: Command) {
      const options = this.optsWithGlobals<AgreementOptions>();
      if ((options.run === undefined) === (options.file === undefined))
        throw new TandemError(
          'INPUT_INVALID',
          'give either --run <id> or --file <path> (one of them).',
        );
      if (options.file !== undefined) return fileAgreement(options.file, options);
      return runAgreementCommand(options.run as string, options);
    });
}

async function runAgreementCommand(runId: string, options: AgreementOptions): Promise<void> {
  if (options.kind !== undefined || options.format !== undefined)
    throw new TandemError('INPUT_INVALID', '--kind and --format apply to --file only.');
  const store = await openStore(options, readConfig(options));
  try {
    const run = await store.requireRun(runId);
    const [judgments, scores, scenarios] = await Promise.all([
      store.judgments(run.id),
      store.scores(run.id),
      store.runScenarios(run.id),
    ]);
    const judges = judgesIn({ judgments, scores });
    const pairs = pairsFor(options.judges, judges, run.id);
    if (pairs.length === 0 && judges.filter(isHumanRater).length < 2) {
      throw new TandemError(
        'INPUT_INVALID',
        `run ${run.id} has no human ratings to compare with (judges: ${judges.join(', ') || 'none'}). Import ratings with: tandem ratings import <file>, or compare two judges with --judges a,b.`,
      );
    }
    const agreement = runAgreement(
      { seed: options.seed ?? run.seed, judgments, scores, scenarios },
      { pairs, resamples: options.resamples },
    );
    if (options.json) {
      process.stdout.write(`${JSON.stringify({ run: run.id, ...agreement }, null, 2)}\n`);
      return;
    }
    process.stdout.write(`${renderRunAgreement(run.id, agreement)}\n`);
  } finally {
    await store.close();
  }
}

function pairsFor(
  requested: string[] | undefined,
  judges: readonly string[],
  runId: string,
): Array<[string, string]> {
  if (requested === undefined || requested.length === 0) return defaultPairs(judges);
  const wanted = [...new Set(requested)];
  const list = wanted.length === 1 ? [...wanted, HUMAN_MAJORITY_JUDGE] : wanted;
  const unknown = list.filter((j) => !judges.includes(j));
  if (unknown.length > 0)
    throw new TandemError(
      'INPUT_INVALID',
      `--judges: run ${runId} has no judge ${unknown.join(', ')}; its judges are ${judges.join(', ') || 'none'}.`,
    );
  if (list.length < 2)
    throw new TandemError('INPUT_INVALID', '--judges: name two judges to compare.');
  const pairs: Array<[string, string]> = [];
  for (let i = 0; i < list.length; i++)
    for (let j = i + 1; j < list.length; j++) pairs.push([list[i] as string, list[j] as string]);
  return pairs;
}

async function fileAgreement(file: string, options: AgreementOptions): Promise<void> {
  if (options.kind === undefined)
    throw new TandemError('INPUT_INVALID', '--file needs --kind nominal, ordinal or interval.');
  if (options.judges !== undefined)
    throw new TandemError('INPUT_INVALID', '--judges applies to --run only.');
  const path = resolve(file);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new TandemError('INPUT_INVALID', `cannot read ${path}: ${(error as Error).message}`);
  }
  const format = options.format ?? (extname(path).toLowerCase() === '.csv' ? 'csv' : 'jsonl');
  const data = parseReliabilityFile(text, format, path, options.kind);
  const report = reliabilityStatistics(data, options.kind, {
    seed: options.seed ?? 0,
    resamples: options.resamples,
  });
  if (options.json) {
    process.stdout.write(`${JSON.stringify({ file: path, ...report }, null, 2)}\n`);
    return;
  }
  process.stdout.write(`${renderReliability(path, report)}\n`);
}

// ---------------------------------------------------------------------------------------------
// Text output

/** Collects the reasons behind n/a cells and the skipped-resample counts, shown under a table. */
class Notes {
  private readonly lines: string[] = [];
  cell(value: AgreementValue, where: string, format: (v: number) => string = fixed3): string {
    if (value.value === null) {
      this.lines.push(`${where}: ${value.reason ?? 'no value'}`);
      return `n/a [${this.lines.length}]`;
    }
    const ci =
      value.low === null || value.high === null
        ? 'no CI'
        : `[${format(value.low)}, ${format(value.high)}]`;
    if (value.skipped > 0) {
      this.lines.push(`${where}: ${value.skipped} resamples had no value and were skipped`);
      return `${format(value.value)} ${ci} [${this.lines.length}]`;
    }
    return `${format(value.value)} ${ci}`;
  }
  render(): string {
    return this.lines.map((line, i) => `  [${i + 1}] ${line}`).join('\n');
  }
  get empty(): boolean {
    return this.lines.length === 0;
  }
}

const fixed3 = (v: number): string => v.toFixed(3);
const percent = (v: number): string => `${(v * 100).toFixed(1)}%`;

function renderRunAgreement(runId: string, agreement: RunAgreement): string {
  const notes = new Notes();
  const out: string[] = [
    `Agreement for ${runId} — bootstrap ${Math.round(agreement.confidence * 100)}% CIs, ${agreement.resamples} resamples`,
  ];
  if (agreement.items.length > 0) {
    const rows = [
      ['judge', 'vs', 'metric', 'items', 'agree [CI]', "Cohen's κ [CI]", 'α nominal [CI]'],
    ];
    for (const r of agreement.items) {
      const where = `${r.judges[0]} vs ${r.judges[1]}, ${r.metric} items`;
      rows.push([
        r.judges[0],
        r.judges[1],
        r.metric,
        String(r.n),
        notes.cell(r.percentAgreement, `${where}, agreement`, percent),
        notes.cell(r.cohenKappa, `${where}, κ`),
        notes.cell(r.alphaNominal, `${where}, α`),
      ]);
    }
    out.push('', 'Rubric items (met / not met), items both judges decided:', table(rows));
  }
  if (agreement.scores.length > 0) {
    const rows = [
      [
        'judge',
        'vs',
        'metric',
        'scenarios',
        "Spearman's ρ [CI]",
        'ICC(2,1) [CI]',
        'α interval [CI]',
      ],
    ];
    for (const r of agreement.scores) {
      const where = `${r.judges[0]} vs ${r.judges[1]}, ${r.metric} scores`;
      rows.push([
        r.judges[0],
        r.judges[1],
        r.metric,
        String(r.n),
        notes.cell(r.spearman, `${where}, ρ`),
        notes.cell(r.icc21, `${where}, ICC(2,1)`),
        notes.cell(r.alphaInterval, `${where}, α`),
      ]);
    }
    out.push('', 'Scenario scores (0–100), scenarios both judges scored:', table(rows));
  }
  if (agreement.raterItems.length > 0 || agreement.raterScores.length > 0) {
    const raters = agreement.raterItems[0]?.raters ?? agreement.raterScores[0]?.raters ?? [];
    out.push('', `Among human raters (${raters.join(', ')}):`);
    const itemRows = [['metric', 'items', "Fleiss' κ [CI]", 'α nominal [CI]']];
    for (const r of agreement.raterItems) {
      const where = `raters, ${r.metric} items`;
      itemRows.push([
        r.metric,
        String(r.n),
        notes.cell(r.fleissKappa, `${where}, Fleiss' κ`),
        notes.cell(r.alphaNominal, `${where}, α`),
      ]);
    }
    if (agreement.raterItems.length > 0) out.push(table(itemRows));
    const scoreRows = [['metric', 'scenarios', 'complete', 'α interval [CI]', 'ICC(2,1) [CI]']];
    for (const r of agreement.raterScores) {
      const where = `raters, ${r.metric} scores`;
      scoreRows.push([
        r.metric,
        String(r.n),
        String(r.complete),
        notes.cell(r.alphaInterval, `${where}, α`),
        notes.cell(r.icc21, `${where}, ICC(2,1)`),
      ]);
    }
    if (agreement.raterScores.length > 0) out.push('', table(scoreRows));
  }
  if (!notes.empty) out.push('', 'Notes:', notes.render());
  return out.join('\n');
}

function renderReliability(path: string, report: ReliabilityReport): string {
  const notes = new Notes();
  const rows = [['statistic', 'units', 'value [CI]']];
  for (const s of report.statistics)
    rows.push([
      s.label,
      String(s.n),
      notes.cell(s, s.label, s.statistic === 'percent_agreement' ? percent : fixed3),
    ]);
  const out = [
    `${path}: ${report.units} units, ${report.raters.length} raters (${report.raters.join(', ')}), ${report.kind} data`,
    `Bootstrap ${Math.round(report.confidence * 100)}% CIs over units, ${report.resamples} resamples`,
    '',
    table(rows),
  ];
  if (!notes.empty) out.push('', 'Notes:', notes.render());
  return out.join('\n');
}
