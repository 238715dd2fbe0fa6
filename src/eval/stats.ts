import { METRICS, TandemError } from '../core/index.js';
import type {
  ConfidenceInterval,
  Metric,
  MetricScore,
  MetricSummary,
  Scenario,
  SliceDimension,
  SliceRow,
} from '../core/index.js';

export const SLICE_DIMENSIONS: readonly SliceDimension[] = [
  'area',
  'condition',
  'risk',
  'culture',
  'locale',
  'model',
];

/**
 * mulberry32: a tiny 32-bit PRNG, good enough for resampling and fully reproducible across
 * platforms (unlike Math.random). Returns floats in [0, 1).
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a over a string: derives an independent, order-free seed per group from one run seed. */
export function seedFor(seed: number, key: string): number {
  let h = (0x811c9dc5 ^ (seed >>> 0)) >>> 0;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export interface BootstrapOptions {
  /** Number of bootstrap resamples (default 2000). */
  resamples?: number;
  /** Two-sided confidence level in (0, 1) (default 0.95). */
  confidence?: number;
  /** PRNG seed; the same values, options and seed always give the same interval. */
  seed?: number;
}

const DEFAULT_SEED = 0x5eed;

/**
 * Percentile-bootstrap confidence interval of the mean. Draws `resamples` resamples of size n with
 * replacement, takes each one's mean, and reports the (1-c)/2 and (1+c)/2 quantiles of those
 * means (linear interpolation between order statistics).
 *
 * - n = 1: the interval is the single value (low = high = mean): there is no spread to resample.
 * - n = 0: throws `INPUT_INVALID`; a mean of nothing is undefined, and callers that may hold no
 *   values (e.g. {@link summarise}) report `ci: null` instead of calling this.
 *
 * Cost is resamples × n PRNG draws with no allocation per resample (one Float64Array of means),
 * so 2000 resamples over 10,000 values take a few tens of milliseconds.
 */
export function bootstrapMeanCI(
  values: ArrayLike<number>,
  options: BootstrapOptions = {},
): ConfidenceInterval {
  const resamples = options.resamples ?? 2000;
  const confidence = options.confidence ?? 0.95;
  const n = values.length;
  if (n === 0) {
    throw new TandemError('INPUT_INVALID', 'Cannot compute a confidence interval over no values.');
  }
  if (!Number.isInteger(resamples) || resamples < 1) {
    throw new TandemError(
      'INPUT_INVALID',
      `resamples must be a positive integer, got ${resamples}.`,
    );
  }
  if (!(confidence > 0 && confidence < 1)) {
    throw new TandemError(
      'INPUT_INVALID',
      `confidence must be between 0 and 1 (exclusive), got ${confidence}.`,
    );
  }

  const data = Float64Array.from(values as ArrayLike<number>);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const v = data[i] as number;
    if (!Number.isFinite(v)) {
      throw new TandemError('INPUT_INVALID', `Value ${i} is not a finite number (${v}).`);
    }
    sum += v;
  }
  const mean = sum / n;
  if (n === 1) return { mean, low: mean, high: mean, n };

  // mulberry32 inlined: this loop runs resamples × n times, and a closure call per draw costs
  // about as much as the draw itself. Must stay identical to `mulberry32` above.
  let state = (options.seed ?? DEFAULT_SEED) >>> 0;
  const scale = n / 4294967296;
  const means = new Float64Array(resamples);
  for (let r = 0; r < resamples; r++) {
    let s = 0;
    for (let k = 0; k < n; k++) {
      state = (state + 0x6d2b79f5) | 0;
      let t = Math.imul(state ^ (state >>> 15), state | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      s += data[(((t ^ (t >>> 14)) >>> 0) * scale) | 0] as number;
    }
    means[r] = s / n;
  }
  means.sort();

  const alpha = 1 - confidence;
  return {
    mean,
    low: quantileSorted(means, alpha / 2),
    high: quantileSorted(means, 1 - alpha / 2),
    n,
  };
}

/** Quantile of sorted data by linear interpolation between order statistics (R's type 7). */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const position = (sorted.length - 1) * p;
  const lower = Math.floor(position);
  const upper = Math.min(lower + 1, sorted.length - 1);
  const a = sorted[lower] as number;
  const b = sorted[upper] as number;
  return a + (b - a) * (position - lower);
}

/**
 * One row per judge × metric present in `scores`, with the bootstrap CI of the scenario values
 * that are not null; `ci` is null when every value of that judge and metric is null (the judge
 * decided no positive item of it anywhere). Rows are ordered by judge, then by `METRICS` order.
 * Each group's PRNG seed is derived from `seed` and the group's key, so adding a judge does not
 * change another judge's interval.
 */
export function summarise(
  scores: readonly MetricScore[],
  options: BootstrapOptions = {},
): MetricSummary[] {
  const groups = groupValues(scores, (score) => [score.judge, score.metric]);
  const seed = options.seed ?? DEFAULT_SEED;
  return sortedGroups(groups).map(({ judge, metric, values }) => ({
    judge,
    metric,
    ci:
      values.length === 0
        ? null
        : bootstrapMeanCI(values, { ...options, seed: seedFor(seed, `${judge}\u0000${metric}`) }),
  }));
}

/** The model behind a score: one name for a whole run, or looked up per score (e.g. by run). */
export type ModelOf = string | ((score: MetricScore) => string);

/**
 * Slices scores by one scenario dimension (or by model): one row per dimension value × judge ×
 * metric that has at least one non-null value. `scenariosById` must hold every scored scenario.
 * `model` is required for the `model` dimension and ignored otherwise.
 */
export function slice(
  scores: readonly MetricScore[],
  scenariosById: ReadonlyMap<string, Scenario> | Readonly<Record<string, Scenario>>,
  dimension: SliceDimension,
  model?: ModelOf,
  options: BootstrapOptions = {},
): SliceRow[] {
  if (!SLICE_DIMENSIONS.includes(dimension)) {
    throw new TandemError(
      'INPUT_INVALID',
      `Unknown slice dimension "${dimension}"; use one of ${SLICE_DIMENSIONS.join(', ')}.`,
    );
  }
  if (dimension === 'model' && model === undefined) {
    throw new TandemError('INPUT_INVALID', 'Slicing by model needs the model of each score.');
  }
  const lookup = scenarioLookup(scenariosById);
  const valueOf = (score: MetricScore): string => {
    if (dimension === 'model')
      return typeof model === 'function' ? model(score) : (model as string);
    const scenario = lookup(score.scenarioId);
    if (!scenario) {
      throw new TandemError(
        'INPUT_INVALID',
        `Scenario "${score.scenarioId}" of a score is missing from the scenarios given to slice by ${dimension}.`,
      );
    }
    return scenario[dimension];
  };

  const groups = groupValues(scores, (score) => [score.judge, score.metric, valueOf(score)]);
  const seed = options.seed ?? DEFAULT_SEED;
  const rows: SliceRow[] = [];
  for (const { judge, metric, value, values } of sortedGroups(groups)) {
    if (values.length === 0) continue;
    rows.push({
      dimension,
      value: value as string,
      judge,
      metric,
      ci: bootstrapMeanCI(values, {
        ...options,
        seed: seedFor(seed, `${dimension}\u0000${value}\u0000${judge}\u0000${metric}`),
      }),
    });
  }
  return rows;
}

/** Every dimension at once; `model` dimension rows only when `model` is given. */
export function sliceAll(
  scores: readonly MetricScore[],
  scenariosById: ReadonlyMap<string, Scenario> | Readonly<Record<string, Scenario>>,
  model?: ModelOf,
  options: BootstrapOptions = {},
): SliceRow[] {
  return SLICE_DIMENSIONS.filter((d) => d !== 'model' || model !== undefined).flatMap((dimension) =>
    slice(scores, scenariosById, dimension, model, options),
  );
}

interface Group {
  judge: string;
  metric: Metric;
  value?: string;
  values: number[];
}

function groupValues(
  scores: readonly MetricScore[],
  keyOf: (score: MetricScore) => [string, Metric] | [string, Metric, string],
): Map<string, Group> {
  const groups = new Map<string, Group>();
  for (const score of scores) {
    const [judge, metric, value] = keyOf(score);
    const key =
      value === undefined ? `${judge}\u0000${metric}` : `${judge}\u0000${metric}\u0000${value}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { judge, metric, value, values: [] }));
    if (score.value !== null) group.values.push(score.value);
  }
  return groups;
}

function sortedGroups(groups: Map<string, Group>): Group[] {
  const metricOrder = (m: Metric) => METRICS.indexOf(m);
  return [...groups.values()].sort(
    (a, b) =>
      compare(a.value ?? '', b.value ?? '') ||
      compare(a.judge, b.judge) ||
      metricOrder(a.metric) - metricOrder(b.metric),
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function scenarioLookup(
  scenariosById: ReadonlyMap<string, Scenario> | Readonly<Record<string, Scenario>>,
): (id: string) => Scenario | undefined {
  if (scenariosById instanceof Map) return (id) => scenariosById.get(id);
  const record = scenariosById as Readonly<Record<string, Scenario>>;
  return (id) => (Object.hasOwn(record, id) ? record[id] : undefined);
}
