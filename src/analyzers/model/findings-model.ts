/**
 * The learned second line for `means_content`, `collusion`, `claims_human` and `coping_step`: one
 * calibrated logistic regression per finding over hashed n-grams (training:
 * scripts/train-findings.ts).
 * Explainable like the lexicons: every score comes with the reply's n-grams that pushed it up,
 * as exact spans into the reply.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TandemError } from '../../core/index.js';
import type { Span } from '../../core/index.js';
import { packagePath } from '../../nlp/package-root.js';
import { sigmoid } from '../../triage/model/calibration.js';
import { NORMALISATION_FINGERPRINT } from '../../triage/model/char-class.js';
import { FeatureExtraction, extractFeatures, unitName } from '../../triage/model/features.js';
import {
  denseHead,
  type ModelFinding,
  findingsModelSchema,
  findingsModelVersion,
  type SerializedFindingHead,
  type SerializedFindingsModel,
} from './weights-format.js';

export { FINDINGS, type ModelFinding } from './weights-format.js';

/** An n-gram of the reply that pushed the probability up, with its share of the calibrated logit. */
export interface ModelEvidence {
  span: Span;
  /** `model: '<n-gram>' +<weight>`. */
  reason: string;
  weight: number;
}

export interface ModelScore {
  /** Calibrated probability that the scored text carries the finding. */
  p: number;
  /** The strongest positive contributions, strongest first (at most three). */
  evidence: ModelEvidence[];
}

export interface FindingsModel {
  readonly version: string;
  /** The tuned cut-off of each finding (out-of-fold precision ≥ the policy in the weights). */
  readonly thresholds: Readonly<Record<ModelFinding, number>>;
  /** False when the shared normaliser changed since training: retrain (scripts/train-findings.ts). */
  readonly normalisationMatches: boolean;
  /**
   * Scores `text` for `finding`. Evidence spans index into `text`; a caller that blanks out parts
   * of a reply with spaces (same length) gets spans that index into the reply.
   */
  score(finding: ModelFinding, text: string): ModelScore;
  /**
   * Whether the learned gate over the seeker's turns opens `finding`'s model line (false when the
   * weights have no gate for it).
   */
  opensGate(finding: ModelFinding, userTurns: readonly string[]): boolean;
  /**
   * The learned gate's calibrated probability that the seeker's turns call for `finding`, and the
   * threshold at which it opens on its own (undefined when the weights have no gate for it).
   */
  gateProbability(
    finding: ModelFinding,
    userTurns: readonly string[],
  ): { p: number; threshold: number } | undefined;
}

const MAX_EVIDENCE = 3;

interface Head {
  weights: Float32Array;
  bias: number;
  a: number;
  b: number;
}

/** A head's dense weights and Platt scaling; damaged weights are a CONFIG_INVALID naming `origin`. */
function readyHead(head: SerializedFindingHead, bits: number, origin: string, what: string): Head {
  let weights: Float32Array;
  try {
    weights = denseHead(head, bits);
  } catch (error) {
    throw new TandemError(
      'CONFIG_INVALID',
      `${origin}: ${what}${(error as Error).message}; retrain or restore the weights`,
      { cause: error },
    );
  }
  return { weights, bias: head.bias, a: head.platt.a, b: head.platt.b };
}

/** An inference-ready model from parsed weights, validated first; `origin` names it in errors. */
export function createFindingsModel(serialized: unknown, origin = 'findings model'): FindingsModel {
  const parsed = findingsModelSchema.safeParse(serialized);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new TandemError(
      'CONFIG_INVALID',
      `${origin}: field "${issue?.path.join('.') ?? ''}" ${issue?.message ?? 'is invalid'}; retrain with \`npx tsx scripts/train-findings.ts\` or restore the weights`,
    );
  }
  const model: SerializedFindingsModel = parsed.data;
  if (findingsModelVersion(model) !== model.version) {
    throw new TandemError(
      'CONFIG_INVALID',
      `${origin}: version ${model.version} does not match the content; the weights were edited or damaged, retrain or restore them`,
    );
  }
  const bits = model.features.bits;
  const heads = new Map<ModelFinding, Head>();
  for (const head of model.heads) heads.set(head.finding, readyHead(head, bits, origin, ''));
  const gates = new Map<ModelFinding, Head & { threshold: number }>();
  for (const gate of model.gates ?? [])
    gates.set(gate.finding, {
      ...readyHead(gate, bits, origin, 'gate '),
      threshold: gate.threshold,
    });
  const thresholds = Object.fromEntries(model.heads.map((h) => [h.finding, h.threshold])) as Record<
    ModelFinding,
    number
  >;
  const extraction = new FeatureExtraction();

  const score: FindingsModel['score'] = (finding, text) => {
    const head = heads.get(finding);
    if (!head)
      throw new TandemError('INPUT_INVALID', `findings model: no head for ${String(finding)}`);
    if (typeof text !== 'string')
      throw new TandemError('INPUT_INVALID', 'findings model: text must be a string');
    const x = extractFeatures(text, bits, extraction);
    const contributions = new Float64Array(x.unitCount);
    let margin = head.bias;
    for (let k = 0; k < x.count; k += 1) {
      const share =
        (head.weights[x.buckets[k] as number] as number) *
        (x.groupValues[x.groups[k] as number] as number);
      margin += share;
      const unit = x.units[k] as number;
      contributions[unit] = (contributions[unit] as number) + share * head.a;
    }
    const units = [...contributions.keys()]
      .filter((unit) => (contributions[unit] as number) > 0)
      .sort((u, v) => (contributions[v] as number) - (contributions[u] as number) || u - v)
      .slice(0, MAX_EVIDENCE);
    const evidence = units.map((unit): ModelEvidence => {
      const from = x.unitStart[unit] as number;
      const to = x.unitEnd[unit] as number;
      const weight = contributions[unit] as number;
      const ngram = unitName(x, unit).replace(/^(word|bigram):/u, '');
      return {
        span: { start: from, end: to, text: text.slice(from, to) },
        reason: `model: '${ngram}' +${weight.toFixed(2)}`,
        weight,
      };
    });
    return { p: sigmoid(head.a * margin + head.b), evidence };
  };

  const gateProbability: FindingsModel['gateProbability'] = (finding, userTurns) => {
    const gate = gates.get(finding);
    if (!gate) return undefined;
    if (userTurns.length === 0) return { p: 0, threshold: gate.threshold };
    const x = extractFeatures(gateText(userTurns), bits, extraction);
    let margin = gate.bias;
    for (let k = 0; k < x.count; k += 1)
      margin +=
        (gate.weights[x.buckets[k] as number] as number) *
        (x.groupValues[x.groups[k] as number] as number);
    return { p: sigmoid(gate.a * margin + gate.b), threshold: gate.threshold };
  };

  const opensGate: FindingsModel['opensGate'] = (finding, userTurns) => {
    const read = gateProbability(finding, userTurns);
    return read !== undefined && userTurns.length > 0 && read.p >= read.threshold;
  };

  return {
    version: model.version,
    thresholds,
    normalisationMatches: model.features.normalisation === NORMALISATION_FINGERPRINT,
    score,
    opensGate,
    gateProbability,
  };
}

/** What a gate head reads: the seeker's turns, one per line (training uses the same). */
export function gateText(userTurns: readonly string[]): string {
  return userTurns.join('\n');
}

/** Where the shipped weights live: next to this module, or in the package's sources (dist builds). */
export function defaultFindingsWeightsPath(): string {
  // Asked on every call that uses the default model (per gateway turn): look on disk once.
  if (shippedWeights === undefined) {
    const beside = fileURLToPath(new URL('./weights.json', import.meta.url));
    shippedWeights = existsSync(beside)
      ? beside
      : packagePath('src', 'analyzers', 'model', 'weights.json');
  }
  return shippedWeights;
}
let shippedWeights: string | undefined;

const loaded = new Map<string, FindingsModel>();

/** Loads (once per path) and validates a findings model; default: the shipped weights.json. */
export function loadFindingsModel(path?: string): FindingsModel {
  const file = resolve(path ?? defaultFindingsWeightsPath());
  const cached = loaded.get(file);
  if (cached) return cached;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new TandemError(
      'CONFIG_INVALID',
      `findings model weights missing or unreadable at ${file} (${(error as Error).message}): train them with \`npx tsx scripts/train-findings.ts\``,
      { cause: error },
    );
  }
  const model = createFindingsModel(json, `findings model weights ${file}`);
  loaded.set(file, model);
  return model;
}

/** The shipped model's score of a whole reply for `finding` (calibrated p and its evidence). */
export function scoreReply(finding: ModelFinding, reply: string): ModelScore {
  return loadFindingsModel().score(finding, reply);
}
