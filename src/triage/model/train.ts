/**
 * Training a risk model end to end, as a pure function of the examples and options:
 *
 * 1. hashed features of every text (features.ts), L2-regularised logistic heads (logistic.ts);
 * 2. k-fold out-of-fold margins (stratified by source and level), from which each head gets its
 *    Platt scaling, and the ordinal thresholds θ_t are tuned on the calibrated, monotone
 *    probabilities (so calibration and thresholds never see a prediction on a training row);
 * 3. the final heads on all examples, pruned and quantised into the shipped form.
 *
 * Same examples + same options (seed included) → byte-identical output. The seed decides the
 * calibration folds; the fits themselves are deterministic full-batch optimisations.
 */
import { z } from 'zod';
import { TandemError } from '../../core/index.js';
import { fitPlatt, makeNonIncreasing, sigmoid, type PlattScaling } from './calibration.js';
import { DEFAULT_FEATURE_BITS, sparseFeatures, type SparseVector } from './features.js';
import { fitHeads, marginsOf, UNKNOWN_LABEL, type LogisticParameters } from './logistic.js';
import { ordinalMetrics, rankingMetrics } from './metrics.js';
import { stratifiedFolds } from './random.js';
import {
  CONDITION_HEADS,
  CRISIS_HEAD,
  FEATURE_SETTINGS,
  FIRST_CONDITION_HEAD,
  HEAD_COUNT,
  MODEL_FORMAT,
  SELF_HARM_HEAD,
  THRESHOLD_HEADS,
  type ThresholdHead,
  modelVersion,
  serializeHeads,
  type SerializedModel,
  type TrainingSource,
} from './serialized.js';
import {
  DEFAULT_OPERATING_POINTS,
  ORDINAL_HEADS,
  levelsFromProbabilities,
  tuneThresholds,
  type OperatingPointPolicy,
} from './thresholds.js';

/**
 * One labelled text. `selfHarm: null` means "not annotated": left out of the self-harm head; so do
 * `categories` and `crisis` left out or null for the condition heads and the crisis head.
 */
export interface RiskExample {
  text: string;
  cssrs: number;
  selfHarm: boolean | null;
  /** The text's categories (LABELLING.md); null or absent: not annotated. */
  categories?: readonly string[] | null;
  /** The text is `high` or `imminent` (LABELLING.md); null or absent: not annotated. */
  crisis?: boolean | null;
  /** Where the example comes from (e.g. 'project', 'cssrs-reddit'); used for stratification. */
  source?: string;
}

export interface TrainOptions extends Partial<LogisticParameters> {
  seed?: number;
  /** Folds for the out-of-fold predictions behind calibration and thresholds. */
  calibrationFolds?: number;
  minWeight?: number;
  maxWeightsPerHead?: number;
  /** Operating points to tune θ for (default: `agreement` and `recall`, see thresholds.ts). */
  operatingPoints?: readonly OperatingPointPolicy[];
  /** The operating point whose θ becomes the model's `thresholds` (default: the first). */
  primaryOperatingPoint?: string;
  /** Tune θ only on examples of this source (default: all examples). */
  thresholdSource?: string;
  /**
   * Each condition head's and the crisis head's cut-off is the lowest at which, out of fold on the
   * examples annotated with categories, its precision is at least `headPrecision` and it fires on
   * at most `headFalseAlarms` of the examples with no category at all.
   */
  headPrecision?: number;
  headFalseAlarms?: number;
  /**
   * How much a condition-only text (`isConditionOnly`) counts in the ordinal C-SSRS heads, 0–1:
   * 0 leaves it out of them (it trains the other heads only), 1 counts it like any other text.
   */
  conditionOnlyOrdinalWeight?: number;
  /** Recorded in the output (e.g. an ISO date); not used in training. */
  createdAt?: string;
  /** Descriptions of the training sources (names, licences, credits), recorded in the output. */
  sources?: TrainingSource[];
}

/**
 * Bumped whenever the training code learns other weights from the same examples and options, so
 * that cached models (training-cache.ts) of the earlier code are not reused.
 * 2: condition-only texts left out of the ordinal heads.
 */
export const TRAINING_REVISION = 2;

export const DEFAULT_TRAIN_OPTIONS = {
  seed: 1,
  bits: DEFAULT_FEATURE_BITS,
  l2: 1e-4,
  maxIterations: 300,
  minDocumentFrequency: 2,
  classWeighting: 'balanced' as 'balanced' | 'none',
  calibrationFolds: 5,
  minWeight: 1e-3,
  maxWeightsPerHead: 20_000,
  headPrecision: 0.85,
  headFalseAlarms: 0.01,
  conditionOnlyOrdinalWeight: 0,
};

const exampleSchema = z.object({
  text: z.string(),
  cssrs: z.number().int().min(0).max(6),
  selfHarm: z.boolean().nullable(),
  categories: z.array(z.string()).nullable().optional(),
  crisis: z.boolean().nullable().optional(),
  source: z.string().optional(),
});

function checkOptions(settings: typeof DEFAULT_TRAIN_OPTIONS): void {
  const weight = settings.conditionOnlyOrdinalWeight;
  if (!(weight >= 0 && weight <= 1))
    throw new TandemError(
      'INPUT_INVALID',
      `trainRiskModel: conditionOnlyOrdinalWeight must be between 0 and 1, got ${weight}`,
    );
}

function checkExamples(examples: readonly RiskExample[]): void {
  if (examples.length === 0)
    throw new TandemError('INPUT_INVALID', 'trainRiskModel: no training examples were given');
  examples.forEach((example, i) => {
    const parsed = exampleSchema.safeParse(example);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new TandemError(
        'INPUT_INVALID',
        `trainRiskModel: example ${i}, field "${issue?.path.join('.') ?? ''}": ${issue?.message ?? 'invalid'}`,
      );
    }
  });
}

/**
 * Categories whose texts, when they carry no other label, stay out of the ordinal C-SSRS heads
 * (`isConditionOnly`): the condition heads' categories but third party. Self-harm and third party
 * are not among them: "i cut but i don't want to die" and "my friend wants to die" are the
 * contrasts those heads must learn.
 */
const CONDITION_ONLY_CATEGORIES: ReadonlySet<string> = new Set(
  CONDITION_HEADS.filter((category) => category !== 'third_party'),
);

/**
 * A text whose only labels are conditions the C-SSRS scale does not score (abuse, psychosis,
 * substance, ...). Such texts are left out of the ordinal heads and train only the self-harm,
 * condition and crisis heads: those conditions are risk factors that often come with suicidal
 * thoughts, and hundreds of them at C-SSRS 0 taught the ordinal heads their distress words as
 * evidence against suicide (adding categories G's 330 such texts lost 4 of 105 crises on the
 * never-tuned suicide batches). Whether a condition text is also suicidal is still learnt from the
 * texts labelled with both.
 */
export function isConditionOnly(example: RiskExample): boolean {
  const categories = example.categories ?? null;
  return (
    example.cssrs === 0 &&
    categories !== null &&
    categories.length > 0 &&
    categories.every((category) => CONDITION_ONLY_CATEGORIES.has(category))
  );
}

/**
 * Labels laid out `[example * HEAD_COUNT + head]` (1, 0 or UNKNOWN_LABEL), and how much each
 * counts: `conditionOnlyOrdinalWeight` for a condition-only text in the ordinal heads (left out at
 * 0), 1 everywhere else.
 */
function labelsOf(
  examples: readonly RiskExample[],
  conditionOnlyOrdinalWeight: number,
): { labels: Int8Array; weights: Float64Array } {
  const labels = new Int8Array(examples.length * HEAD_COUNT);
  const weights = new Float64Array(examples.length * HEAD_COUNT).fill(1);
  examples.forEach((example, r) => {
    const conditionOnly = isConditionOnly(example);
    const leftOut = conditionOnly && conditionOnlyOrdinalWeight === 0;
    for (let t = 1; t <= ORDINAL_HEADS; t += 1) {
      labels[r * HEAD_COUNT + t - 1] = leftOut ? UNKNOWN_LABEL : example.cssrs >= t ? 1 : 0;
      if (conditionOnly) weights[r * HEAD_COUNT + t - 1] = conditionOnlyOrdinalWeight;
    }
    labels[r * HEAD_COUNT + SELF_HARM_HEAD] =
      example.selfHarm === null ? UNKNOWN_LABEL : example.selfHarm ? 1 : 0;
    const categories = example.categories ?? null;
    CONDITION_HEADS.forEach((category, k) => {
      labels[r * HEAD_COUNT + FIRST_CONDITION_HEAD + k] =
        categories === null ? UNKNOWN_LABEL : categories.includes(category) ? 1 : 0;
    });
    const crisis = example.crisis ?? null;
    labels[r * HEAD_COUNT + CRISIS_HEAD] = crisis === null ? UNKNOWN_LABEL : crisis ? 1 : 0;
  });
  return { labels, weights };
}

const HEAD_THRESHOLD_GRID: number[] = Array.from({ length: 95 }, (_, k) => (99 - k) / 100);

/**
 * A condition or crisis head's cut-off: the lowest on a 0.01 grid (0.99 down to 0.05) where, over
 * `rows`, precision ≥ `precision` and the share of `quiet` rows (no category at all) it fires on
 * is ≤ `falseAlarms`; 1 (never fires) when no cut qualifies.
 */
export function tuneHeadThreshold(
  probability: (row: number) => number,
  positive: (row: number) => boolean,
  quiet: (row: number) => boolean,
  rows: readonly number[],
  precision: number,
  falseAlarms: number,
): number {
  const quietCount = rows.filter(quiet).length;
  let best = 1;
  for (const cut of HEAD_THRESHOLD_GRID) {
    let truePositives = 0;
    let fired = 0;
    let quietFired = 0;
    for (const r of rows) {
      if (probability(r) < cut) continue;
      fired += 1;
      if (positive(r)) truePositives += 1;
      else if (quiet(r)) quietFired += 1;
    }
    if (fired === 0) continue;
    if (truePositives / fired >= precision && quietFired <= falseAlarms * quietCount) best = cut;
  }
  return best;
}

/** Calibrated probabilities (n × HEAD_COUNT) from margins, the ordinal part made non-increasing. */
export function calibrate(margins: Float64Array, platt: readonly PlattScaling[]): Float64Array {
  const n = margins.length / HEAD_COUNT;
  const probabilities = new Float64Array(margins.length);
  const row: number[] = new Array<number>(ORDINAL_HEADS).fill(0);
  for (let i = 0; i < n; i += 1) {
    for (let h = 0; h < HEAD_COUNT; h += 1) {
      const scaling = platt[h] as PlattScaling;
      probabilities[i * HEAD_COUNT + h] = sigmoid(
        scaling.a * (margins[i * HEAD_COUNT + h] as number) + scaling.b,
      );
    }
    for (let t = 0; t < ORDINAL_HEADS; t += 1) row[t] = probabilities[i * HEAD_COUNT + t] as number;
    makeNonIncreasing(row);
    for (let t = 0; t < ORDINAL_HEADS; t += 1) probabilities[i * HEAD_COUNT + t] = row[t] as number;
  }
  return probabilities;
}

/** Scaling of a head without any labelled example: P ≈ 0.00005 whatever the text. */
const UNTRAINED_HEAD: PlattScaling = { a: 0, b: -10 };

function rowsWhere(n: number, keep: (i: number) => boolean): Int32Array {
  const rows: number[] = [];
  for (let i = 0; i < n; i += 1) if (keep(i)) rows.push(i);
  return Int32Array.from(rows);
}

export function trainRiskModel(
  examples: readonly RiskExample[],
  options: TrainOptions = {},
): SerializedModel {
  checkExamples(examples);
  const settings = { ...DEFAULT_TRAIN_OPTIONS, ...options };
  const parameters: LogisticParameters = {
    bits: settings.bits,
    l2: settings.l2,
    maxIterations: settings.maxIterations,
    minDocumentFrequency: settings.minDocumentFrequency,
    classWeighting: settings.classWeighting,
  };
  const n = examples.length;
  const vectors: SparseVector[] = examples.map((example) =>
    sparseFeatures(example.text, parameters.bits),
  );
  checkOptions(settings);
  const { labels, weights: labelWeights } = labelsOf(examples, settings.conditionOnlyOrdinalWeight);

  // Out-of-fold margins: every example scored by heads that never saw it.
  const folds = stratifiedFolds(
    examples.map((example) => `${example.source ?? ''}|${example.cssrs}`),
    settings.calibrationFolds,
    settings.seed,
  );
  const outOfFold = new Float64Array(n * HEAD_COUNT);
  const margins = new Float64Array(HEAD_COUNT);
  for (let fold = 0; fold < settings.calibrationFolds; fold += 1) {
    const trainRows = rowsWhere(n, (i) => folds[i] !== fold);
    const heldOut = rowsWhere(n, (i) => folds[i] === fold);
    if (heldOut.length === 0 || trainRows.length === 0) continue;
    const fitted = fitHeads(vectors, labels, HEAD_COUNT, trainRows, parameters, labelWeights);
    for (const r of heldOut) {
      marginsOf(fitted, vectors[r] as SparseVector, margins);
      outOfFold.set(margins, r * HEAD_COUNT);
    }
  }

  const platt: PlattScaling[] = [];
  for (let h = 0; h < HEAD_COUNT; h += 1) {
    const known = rowsWhere(n, (i) => labels[i * HEAD_COUNT + h] !== UNKNOWN_LABEL);
    if (known.length === 0) {
      // Nothing annotated for this head (e.g. self-harm with only the CSV): it has learnt nothing,
      // and an untrained head must not report a coin flip; it says "no evidence".
      platt.push(UNTRAINED_HEAD);
      continue;
    }
    platt.push(
      fitPlatt(
        Array.from(known, (r) => outOfFold[r * HEAD_COUNT + h] as number),
        Array.from(known, (r) => labels[r * HEAD_COUNT + h] as number),
      ),
    );
  }
  const probabilities = calibrate(outOfFold, platt);

  const tuneRows = rowsWhere(
    n,
    (i) =>
      settings.thresholdSource === undefined || examples[i]?.source === settings.thresholdSource,
  );
  if (tuneRows.length === 0) {
    throw new TandemError(
      'INPUT_INVALID',
      `trainRiskModel: no examples from source "${settings.thresholdSource}" to tune thresholds on`,
    );
  }
  const tuneProbabilities = new Float64Array(tuneRows.length * ORDINAL_HEADS);
  const tuneTruth = new Int32Array(tuneRows.length);
  tuneRows.forEach((r, k) => {
    tuneProbabilities.set(
      probabilities.subarray(r * HEAD_COUNT, r * HEAD_COUNT + ORDINAL_HEADS),
      k * ORDINAL_HEADS,
    );
    tuneTruth[k] = (examples[r] as RiskExample).cssrs;
  });
  const policies = settings.operatingPoints ?? DEFAULT_OPERATING_POINTS;
  const primaryName = settings.primaryOperatingPoint ?? policies[0]?.name;
  if (!policies.some((policy) => policy.name === primaryName)) {
    throw new TandemError(
      'INPUT_INVALID',
      `trainRiskModel: primary operating point "${primaryName}" is not among the operating points`,
    );
  }
  const severeRanking = rankingMetrics(
    Array.from(tuneRows, (r) => probabilities[r * HEAD_COUNT + 2] as number),
    Array.from(tuneTruth, (c) => c >= 3),
  );
  const anyRiskRanking = rankingMetrics(
    Array.from(tuneRows, (r) => probabilities[r * HEAD_COUNT] as number),
    Array.from(tuneTruth, (c) => c >= 1),
  );
  const operatingPoints = policies.map((policy) => {
    const thresholds = tuneThresholds(tuneProbabilities, tuneTruth, policy);
    // How the tuned θ did out of fold on the tuning rows (optimistic for θ, honest for weights).
    const metrics = ordinalMetrics(
      tuneTruth,
      levelsFromProbabilities(tuneProbabilities, thresholds),
    );
    return {
      name: policy.name,
      anyRiskRecallAim: policy.anyRiskRecall,
      severeRecallAim: policy.severeRecall,
      thresholds,
      outOfFold: {
        exactAgreement: metrics.exactAgreement,
        meanAbsoluteError: metrics.meanAbsoluteError,
        severeRecall: metrics.severe.recall,
        severePrecision: metrics.severe.precision,
        anyRiskRecall: metrics.anyRisk.recall,
        anyRiskFalsePositiveRate: metrics.anyRisk.falsePositiveRate,
      },
    };
  });
  const primary = operatingPoints.find(
    (point) => point.name === primaryName,
  ) as (typeof operatingPoints)[number];
  const thresholds = primary.thresholds;
  const selfHarmRows = rowsWhere(
    n,
    (i) => labels[i * HEAD_COUNT + SELF_HARM_HEAD] !== UNKNOWN_LABEL,
  );
  const selfHarmRanking = rankingMetrics(
    Array.from(selfHarmRows, (r) => probabilities[r * HEAD_COUNT + SELF_HARM_HEAD] as number),
    Array.from(selfHarmRows, (r) => labels[r * HEAD_COUNT + SELF_HARM_HEAD] === 1),
  );

  // Condition and crisis heads: cut-offs and ranking out of fold, on the examples annotated with
  // categories (the project's own; the C-SSRS CSV has none).
  const annotated = Array.from(rowsWhere(n, (i) => Array.isArray(examples[i]?.categories)));
  const quiet = (r: number): boolean => (examples[r]?.categories?.length ?? 1) === 0;
  const headThresholds = {} as Record<ThresholdHead, number>;
  const headRocAuc: Record<string, number | null> = {};
  THRESHOLD_HEADS.forEach((name, k) => {
    const h = FIRST_CONDITION_HEAD + k;
    const rows = annotated.filter((r) => labels[r * HEAD_COUNT + h] !== UNKNOWN_LABEL);
    const probability = (r: number): number => probabilities[r * HEAD_COUNT + h] as number;
    const positive = (r: number): boolean => labels[r * HEAD_COUNT + h] === 1;
    headThresholds[name] = tuneHeadThreshold(
      probability,
      positive,
      quiet,
      rows,
      settings.headPrecision,
      settings.headFalseAlarms,
    );
    headRocAuc[`${name}RocAuc`] = rankingMetrics(rows.map(probability), rows.map(positive)).rocAuc;
  });

  const final = fitHeads(
    vectors,
    labels,
    HEAD_COUNT,
    rowsWhere(n, () => true),
    parameters,
    labelWeights,
  );
  const heads = serializeHeads(final, platt, {
    minWeight: settings.minWeight,
    maxWeightsPerHead: settings.maxWeightsPerHead,
  });
  const features = FEATURE_SETTINGS(parameters.bits);

  const cssrsCounts = [0, 0, 0, 0, 0, 0, 0];
  for (const example of examples)
    cssrsCounts[example.cssrs] = (cssrsCounts[example.cssrs] as number) + 1;
  const labelCounts = (h: number) => {
    let positive = 0;
    let negative = 0;
    for (let r = 0; r < n; r += 1) {
      const label = labels[r * HEAD_COUNT + h];
      if (label === 1) positive += 1;
      else if (label === 0) negative += 1;
    }
    return { positive, negative, unknown: n - positive - negative };
  };
  const model: SerializedModel = {
    format: MODEL_FORMAT,
    version: modelVersion({ features, heads, thresholds, headThresholds, operatingPoints }),
    ...(settings.createdAt === undefined ? {} : { createdAt: settings.createdAt }),
    features,
    heads,
    thresholds,
    headThresholds,
    primaryOperatingPoint: primary.name,
    operatingPoints,
    training: {
      examples: n,
      cssrsCounts,
      selfHarm: labelCounts(SELF_HARM_HEAD),
      heads: Object.fromEntries(
        THRESHOLD_HEADS.map((name, k) => [name, labelCounts(FIRST_CONDITION_HEAD + k)]),
      ) as Record<ThresholdHead, ReturnType<typeof labelCounts>>,
      sources: settings.sources ?? [],
      hyperParameters: {
        seed: settings.seed,
        ...parameters,
        calibrationFolds: settings.calibrationFolds,
        minWeight: settings.minWeight,
        maxWeightsPerHead: settings.maxWeightsPerHead,
        headPrecision: settings.headPrecision,
        headFalseAlarms: settings.headFalseAlarms,
        conditionOnlyOrdinalWeight: settings.conditionOnlyOrdinalWeight,
      },
      thresholdsTunedOn: settings.thresholdSource ?? 'all examples',
      outOfFold: {
        examples: tuneRows.length,
        severeRocAuc: severeRanking.rocAuc,
        anyRiskRocAuc: anyRiskRanking.rocAuc,
        selfHarmRocAuc: selfHarmRanking.rocAuc,
        ...headRocAuc,
      },
    },
  };
  return model;
}
