import { METRICS } from '../../core/index.js';
import type { Judgment, Metric, MetricScore, RubricItem } from '../../core/index.js';
import { HUMAN_MAJORITY_JUDGE } from '../judges/human.js';
import type {
  AgreementValue,
  ItemAgreementRow,
  RaterItemRow,
  RaterScoreRow,
  RunAgreement,
  ScoreAgreementRow,
} from '../../core/index.js';
import { seedFor } from '../stats.js';
import {
  bootstrapCounted,
  DEFAULT_RESAMPLES,
  type BootstrapEstimate,
  type CountedStatistic,
} from './bootstrap.js';
import { cohenKappaOfCounts, percentAgreementOfCounts } from './cohen.js';
import { fleissKappaOfCounts } from './fleiss.js';
import { prepareIccOfCounts } from './icc.js';
import { prepareKrippendorffOfCounts } from './krippendorff.js';
import { prepareSpearmanOfCounts } from './spearman.js';

export interface RunAgreementInput {
  seed: number;
  judgments: readonly Judgment[];
  scores: readonly MetricScore[];
  /** Each scenario's rubric, to know which metric an item belongs to. */
  scenarios: ReadonlyArray<{
    id: string;
    rubric: ReadonlyArray<Pick<RubricItem, 'id' | 'metric'>>;
  }>;
}

export interface RunAgreementOptions {
  /**
   * Judge pairs to compare. Default: every judge that is not human against `human:majority`
   * (none when the run has no human judgments).
   */
  pairs?: ReadonlyArray<readonly [string, string]>;
  /** Whether to compute agreement among the individual human raters (default true). */
  raters?: boolean;
  resamples?: number;
  confidence?: number;
}

export const isHumanJudge = (judge: string): boolean => judge.startsWith('human:');
export const isHumanRater = (judge: string): boolean =>
  isHumanJudge(judge) && judge !== HUMAN_MAJORITY_JUDGE;

/** Every judge that appears in a run's judgments or scores, sorted. */
export function judgesIn(input: Pick<RunAgreementInput, 'judgments' | 'scores'>): string[] {
  return [
    ...new Set([...input.judgments.map((j) => j.judge), ...input.scores.map((s) => s.judge)]),
  ].sort();
}

/** The default comparison: each machine judge against the human majority, if there is one. */
export function defaultPairs(judges: readonly string[]): Array<[string, string]> {
  if (!judges.includes(HUMAN_MAJORITY_JUDGE)) return [];
  return judges.filter((j) => !isHumanJudge(j)).map((j) => [j, HUMAN_MAJORITY_JUDGE]);
}

/**
 * Agreement statistics of a run, each with a seeded percentile-bootstrap CI over units (items for
 * `met` decisions, scenarios for scores): per judge pair, item-level agreement on `met` (percent
 * agreement, Cohen's κ, Krippendorff's α nominal) overall and per metric, and score-level agreement
 * per metric (Spearman ρ, ICC(2,1), α interval); among human raters, Fleiss' κ and α nominal on
 * items and α interval and ICC(2,1) on scores. Units where a judge abstained (`met` or score null)
 * are left out of that pair's comparison. Seeds derive from the run's seed and the row, so the same
 * run always reports the same intervals.
 */
export function runAgreement(
  input: RunAgreementInput,
  options: RunAgreementOptions = {},
): RunAgreement {
  const judges = judgesIn(input);
  const pairs = options.pairs ?? defaultPairs(judges);
  const bootstrap = {
    resamples: options.resamples ?? DEFAULT_RESAMPLES,
    confidence: options.confidence ?? 0.95,
  };
  const context = { seed: input.seed, ...bootstrap };
  const metricOf = itemMetrics(input.scenarios);
  const decisions = decisionsByJudge(input.judgments);
  const values = scoresByJudge(input.scores);

  const items: ItemAgreementRow[] = [];
  const scores: ScoreAgreementRow[] = [];
  for (const [a, b] of pairs) {
    items.push(...itemAgreement(a, b, decisions, metricOf, context));
    scores.push(...scoreAgreement(a, b, values, context));
  }
  const raters = judges.filter(isHumanRater);
  const withRaters = (options.raters ?? true) && raters.length >= 2;
  return {
    reference: HUMAN_MAJORITY_JUDGE,
    ...bootstrap,
    items,
    scores,
    raterItems: withRaters ? raterItemAgreement(raters, decisions, metricOf, context) : [],
    raterScores: withRaters ? raterScoreAgreement(raters, values, context) : [],
  };
}

interface Context {
  seed: number;
  resamples: number;
  confidence: number;
}

/** `scenario \0 item` → metric. */
function itemMetrics(scenarios: RunAgreementInput['scenarios']): Map<string, Metric> {
  const map = new Map<string, Metric>();
  for (const s of scenarios)
    for (const item of s.rubric) map.set(`${s.id}\u0000${item.id}`, item.metric);
  return map;
}

/** judge → (`scenario \0 item` → met), decided judgments only. */
function decisionsByJudge(judgments: readonly Judgment[]): Map<string, Map<string, boolean>> {
  const map = new Map<string, Map<string, boolean>>();
  for (const j of judgments) {
    if (j.met === null) continue;
    let own = map.get(j.judge);
    if (!own) map.set(j.judge, (own = new Map()));
    own.set(`${j.scenarioId}\u0000${j.itemId}`, j.met);
  }
  return map;
}

/** judge → metric → (scenario → value), non-null values only. */
function scoresByJudge(
  scores: readonly MetricScore[],
): Map<string, Map<Metric, Map<string, number>>> {
  const map = new Map<string, Map<Metric, Map<string, number>>>();
  for (const s of scores) {
    if (s.value === null) continue;
    let own = map.get(s.judge);
    if (!own) map.set(s.judge, (own = new Map()));
    let metric = own.get(s.metric);
    if (!metric) own.set(s.metric, (metric = new Map()));
    metric.set(s.scenarioId, s.value);
  }
  return map;
}

function itemAgreement(
  a: string,
  b: string,
  decisions: Map<string, Map<string, boolean>>,
  metricOf: Map<string, Metric>,
  context: Context,
): ItemAgreementRow[] {
  const ofA = decisions.get(a) ?? new Map<string, boolean>();
  const ofB = decisions.get(b) ?? new Map<string, boolean>();
  const byMetric = new Map<Metric | 'all', Array<[boolean, boolean]>>([['all', []]]);
  for (const [key, metA] of ofA) {
    const metB = ofB.get(key);
    if (metB === undefined) continue;
    const pair: [boolean, boolean] = [metA, metB];
    byMetric.get('all')?.push(pair);
    const metric = metricOf.get(key);
    if (metric === undefined) continue;
    let list = byMetric.get(metric);
    if (!list) byMetric.set(metric, (list = []));
    list.push(pair);
  }
  return metricOrder(byMetric).map(([metric, pairs]) => {
    const values = estimates(
      pairs,
      (p) => `${p[0]}${p[1]}`,
      {
        percentAgreement: (u) => {
          const [a, b] = columns(u);
          return (counts) => percentAgreementOfCounts(a, b, counts);
        },
        cohenKappa: (u) => {
          const [a, b] = columns(u);
          return (counts) => cohenKappaOfCounts(a, b, counts);
        },
        alphaNominal: (u) => prepareKrippendorffOfCounts(u, 'nominal'),
      },
      `${a}\u0000${b}\u0000${metric}`,
      context,
    );
    return { judges: [a, b], metric, n: pairs.length, ...values };
  });
}

function scoreAgreement(
  a: string,
  b: string,
  values: Map<string, Map<Metric, Map<string, number>>>,
  context: Context,
): ScoreAgreementRow[] {
  const rows: ScoreAgreementRow[] = [];
  for (const metric of METRICS) {
    const ofA = values.get(a)?.get(metric);
    const ofB = values.get(b)?.get(metric);
    if (!ofA || !ofB) continue;
    const pairs: Array<[number, number]> = [];
    for (const [scenario, x] of ofA) {
      const y = ofB.get(scenario);
      if (y !== undefined) pairs.push([x, y]);
    }
    if (pairs.length === 0) continue;
    const stats = estimates(
      pairs,
      (p) => `${p[0]}\u0000${p[1]}`,
      {
        spearman: (u) => prepareSpearmanOfCounts(u),
        icc21: (u) => prepareIccOfCounts(u, 'icc21'),
        alphaInterval: (u) => prepareKrippendorffOfCounts(u, 'interval'),
      },
      `${a}\u0000${b}\u0000${metric}`,
      context,
    );
    rows.push({ judges: [a, b], metric, n: pairs.length, ...stats });
  }
  return rows;
}

function raterItemAgreement(
  raters: readonly string[],
  decisions: Map<string, Map<string, boolean>>,
  metricOf: Map<string, Metric>,
  context: Context,
): RaterItemRow[] {
  const table = new Map<string, Array<boolean | null>>();
  raters.forEach((rater, column) => {
    for (const [key, met] of decisions.get(rater) ?? []) {
      let row = table.get(key);
      if (!row) table.set(key, (row = new Array<boolean | null>(raters.length).fill(null)));
      row[column] = met;
    }
  });
  const byMetric = new Map<Metric | 'all', Array<Array<boolean | null>>>([['all', []]]);
  for (const [key, row] of table) {
    if (row.filter((v) => v !== null).length < 2) continue;
    byMetric.get('all')?.push(row);
    const metric = metricOf.get(key);
    if (metric === undefined) continue;
    let list = byMetric.get(metric);
    if (!list) byMetric.set(metric, (list = []));
    list.push(row);
  }
  return metricOrder(byMetric).map(([metric, units]) => {
    const values = estimates(
      units,
      (row) => row.map((v) => (v === null ? '-' : String(v))).join(),
      {
        fleissKappa: (u) => {
          const ratings = u.map((row) => row.filter((v): v is boolean => v !== null));
          return (counts) => fleissKappaOfCounts(ratings, counts);
        },
        alphaNominal: (u) => prepareKrippendorffOfCounts(u, 'nominal'),
      },
      `raters\u0000${metric}`,
      context,
    );
    return { metric, raters: [...raters], n: units.length, ...values };
  });
}

function raterScoreAgreement(
  raters: readonly string[],
  values: Map<string, Map<Metric, Map<string, number>>>,
  context: Context,
): RaterScoreRow[] {
  const rows: RaterScoreRow[] = [];
  for (const metric of METRICS) {
    const table = new Map<string, Array<number | null>>();
    raters.forEach((rater, column) => {
      for (const [scenario, value] of values.get(rater)?.get(metric) ?? []) {
        let row = table.get(scenario);
        if (!row) table.set(scenario, (row = new Array<number | null>(raters.length).fill(null)));
        row[column] = value;
      }
    });
    const units = [...table.values()].filter((row) => row.filter((v) => v !== null).length >= 2);
    if (units.length === 0) continue;
    const complete = units.filter((row) => row.every((v) => v !== null)) as number[][];
    const keyOf = (row: ReadonlyArray<number | null>) => row.join('\u0000');
    const seedKey = `raters\u0000${metric}`;
    const { alphaInterval } = estimates(
      units,
      keyOf,
      { alphaInterval: (u) => prepareKrippendorffOfCounts(u, 'interval') },
      seedKey,
      context,
    );
    const { icc21 } = estimates(
      complete,
      keyOf,
      { icc21: (u) => prepareIccOfCounts(u, 'icc21') },
      `${seedKey}\u0000complete`,
      context,
    );
    rows.push({
      metric,
      raters: [...raters],
      n: units.length,
      complete: complete.length,
      alphaInterval,
      icc21,
    });
  }
  return rows;
}

/** Paired ratings as the two raters' lists. */
export function columns<V>(pairs: ReadonlyArray<readonly [V, V]>): [V[], V[]] {
  return [pairs.map((p) => p[0]), pairs.map((p) => p[1])];
}

/** Rows in a stable order: `all` first, then the metrics in `METRICS` order. */
function metricOrder<T>(groups: Map<Metric | 'all', T[]>): Array<[Metric | 'all', T[]]> {
  const order: Array<Metric | 'all'> = ['all', ...METRICS];
  return order.flatMap((metric) => {
    const list = groups.get(metric);
    return list && (metric === 'all' || list.length > 0) ? [[metric, list]] : [];
  });
}

/**
 * Several statistics of the same categorical units, sharing resamples ({@link bootstrapCounted}):
 * each with its interval, or a null value with the reason when it is undefined on these units.
 */
export function estimates<U, K extends string>(
  units: readonly U[],
  keyOf: (unit: U) => string,
  statistics: Readonly<Record<K, CountedStatistic<U>>>,
  seedKey: string,
  context: Context,
): Record<K, AgreementValue> {
  const results = bootstrapCounted(units, keyOf, statistics, {
    resamples: context.resamples,
    confidence: context.confidence,
    seed: seedFor(context.seed, seedKey),
  });
  const values = {} as Record<K, AgreementValue>;
  for (const name of Object.keys(results) as K[]) values[name] = agreementValue(results[name]);
  return values;
}

function agreementValue(result: BootstrapEstimate | Error): AgreementValue {
  return result instanceof Error
    ? { value: null, low: null, high: null, skipped: 0, reason: result.message }
    : { value: result.estimate, low: result.low, high: result.high, skipped: result.skipped };
}
