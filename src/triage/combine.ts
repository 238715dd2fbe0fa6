/**
 * Rules + model → one Triage. Two decisions live here, both documented in docs/triage.md:
 *
 * 1. C-SSRS: cssrs = max(strongest unscoped rule or context signal, model cssrs), where the model
 *    cssrs of a user message is the largest t with P(cssrs ≥ t) ≥ θ_t, capped by what the rules
 *    saw in the conversation (`MODEL_POLICY`): the model may refine severity, never overrule a
 *    cue the rules set aside (negated, figurative...), and never claim a plan (5) or preparation
 *    (6) on its own, since those need words a person can point at.
 * 2. Level: `levelFor`, exactly the level section of bench/triage/LABELLING.md.
 */
import type { Cssrs, RiskCategory, RiskLevel, Triage, TriageSignal } from '../core/index.js';
import { RISK_CATEGORIES, RISK_LEVELS } from '../core/index.js';
import { rawConfidence } from './confidence.js';
import {
  CONDITION_HEADS,
  type ConditionHead,
  type ModelFeature,
  type ModelOutput,
  type RiskModel,
} from './model/model.js';

/** How serious a third-party concern is (LABELLING: mild worry, warning signs, plan, now). */
export const THIRD_PARTY_SEVERITIES = ['worry', 'warning', 'plan', 'now'] as const;
export type ThirdPartySeverity = (typeof THIRD_PARTY_SEVERITIES)[number];

/** What the level mapping needs beyond cssrs and categories. */
export interface LevelFlags {
  /** A suicide plan, intent or preparation with a near time (tonight, now, this weekend). */
  nearTime?: boolean;
  /** An attempt (or preparation) happening now. */
  inProgress?: boolean;
  /** Self-harm with medical danger (deep wound, stitches). */
  selfHarmMedical?: boolean;
  /** Harm to others with intent, and with a near time. */
  harmIntent?: boolean;
  harmNear?: boolean;
  /** Abuse happening right now, or of a minor. */
  abuseNow?: boolean;
  abuseMinor?: boolean;
  /** Voices telling the person to hurt or kill. */
  commandHallucinations?: boolean;
  /** Psychosis or mania with risky behaviour. */
  psychosisRisky?: boolean;
  maniaRisky?: boolean;
  /** Purging or severe restriction. */
  eatingDisorderSevere?: boolean;
  /** The worst third-party concern. */
  thirdParty?: ThirdPartySeverity;
  /**
   * Categories the model's crisis head reads as a crisis in a message where they were found
   * (`readConditions`): each counts at least `high`, standing in for the severity sign the rules
   * did not see (abuse in progress, intent to harm, command voices, a plan seen in someone else).
   */
  crisisByModel?: readonly RiskCategory[];
}

const ORDER: Record<RiskLevel, number> = { none: 0, low: 1, moderate: 2, high: 3, imminent: 4 };

export function maxLevel(...levels: RiskLevel[]): RiskLevel {
  let best: RiskLevel = 'none';
  for (const level of levels) if (ORDER[level] > ORDER[best]) best = level;
  return best;
}

export function levelRank(level: RiskLevel): number {
  return ORDER[level];
}

/**
 * The documented level mapping (LABELLING.md, "level"): each category contributes a level and the
 * highest wins.
 */
export function levelFor(
  cssrs: Cssrs,
  categories: readonly RiskCategory[],
  flags: LevelFlags = {},
): RiskLevel {
  const has = new Set(categories);
  const levels: RiskLevel[] = ['none'];
  // Suicide, by C-SSRS.
  if (cssrs >= 5 && flags.nearTime) levels.push('imminent');
  else if (cssrs === 6 && flags.inProgress) levels.push('imminent');
  else if (cssrs >= 3) levels.push('high');
  else if (cssrs === 2) levels.push('moderate');
  else if (cssrs === 1) levels.push('low');
  if (has.has('medical_emergency')) levels.push('imminent');
  if (has.has('self_harm')) levels.push(flags.selfHarmMedical ? 'high' : 'moderate');
  if (has.has('harm_to_others')) {
    levels.push(flags.harmNear ? 'imminent' : flags.harmIntent ? 'high' : 'moderate');
  }
  if (has.has('abuse')) levels.push(flags.abuseNow || flags.abuseMinor ? 'high' : 'moderate');
  if (has.has('psychosis')) {
    levels.push(flags.commandHallucinations ? 'high' : flags.psychosisRisky ? 'moderate' : 'low');
  }
  if (has.has('mania')) levels.push(flags.maniaRisky ? 'moderate' : 'low');
  if (has.has('eating_disorder')) levels.push(flags.eatingDisorderSevere ? 'moderate' : 'low');
  if (has.has('substance')) levels.push('low');
  if (has.has('third_party')) {
    const severity = flags.thirdParty ?? 'worry';
    levels.push(
      severity === 'now'
        ? 'imminent'
        : severity === 'plan'
          ? 'high'
          : severity === 'warning'
            ? 'moderate'
            : 'low',
    );
  }
  for (const category of flags.crisisByModel ?? []) if (has.has(category)) levels.push('high');
  return maxLevel(...levels);
}

/**
 * How far the model may move C-SSRS on its own, by what the rules saw. Thresholds θ_t come from
 * the model when it carries tuned ones (`TrainedRiskModel.thresholds`), else `defaultThresholds`.
 * The caps and minimums are tuned for the shipped model by `scripts/tune-model-policy.ts` on
 * out-of-fold triages of its project training files and of the C-SSRS Reddit dev CSV: the most
 * crises found with no more false alarms on the project's lookalikes, any-risk FPR ≤ 0.15 and
 * severity ≥ 3 precision ≥ 0.75 on the CSV (docs/triage.md). Re-tune after every retraining.
 */
export const MODEL_POLICY: ModelPolicy = Object.freeze({
  /** Cap when the conversation already has an unscoped suicide cue (C-SSRS ≥ 1). */
  capWithSuicideCue: 4 as Cssrs,
  /** Cap when there is distress but no suicide cue (hopeless, lost my job...). */
  capWithDistress: 3 as Cssrs,
  /** Cap with neither: the model alone, with a stricter threshold (`aloneMinimum`). */
  capAlone: 3 as Cssrs,
  /**
   * Minimum P(cssrs ≥ t) for the model alone (no cue, no distress) to count, t = 1, 2: high,
   * since a Reddit post with no risk often reads as P ≈ 0.9 (out of fold, any-risk FPR 0.161 at 0.9
   * and 0.149 at 0.95 with the `triage@7` model; with the model trained on categories L too, 0.155
   * at 0.95 and 0.131 at 0.99, chosen by the tuner).
   */
  aloneMinimum: 0.99,
  /**
   * Minimum P(cssrs ≥ 3) for the model alone: a lower bar for the band that makes a crisis, since
   * a missed crisis costs most; a wish to be dead said without any cue word still needs `aloneMinimum`.
   */
  aloneSevereMinimum: 0.7,
  /**
   * The fewest words a message needs for the model alone to read risk in it. Fewer words give
   * the n-gram heads almost nothing but a word or two they learned from crisis texts: "j'ai
   * faim" (I'm hungry) read P(C-SSRS ≥ 3) = 0.76 and "hab ich" 0.93 with model `48b29b84`. Held
   * here, not tuned: no model-led crisis in the project's message files has fewer than eleven
   * words, and none in the conversation batches fewer than three ("quero parar tudo", before a
   * question it leaves unanswered, has three) (`triage@42`).
   */
  aloneMinimumWords: 3,
  /** Minimum P(cssrs ≥ t) for the model to go beyond what the rules found. */
  raiseMinimum: 0.65,
  /**
   * A message with risk cues the rules set aside (negated, figurative, everyday...), or with an
   * idiom, gets no model raise unless the conversation has an unscoped suicide cue.
   */
  capWhenAllScopedOut: 0 as Cssrs,
  /** Default θ_1..θ_6 when the model does not carry tuned thresholds. */
  defaultThresholds: [0.5, 0.5, 0.55, 0.6, 0.65, 0.7] as const,
  /** P(self-harm) at which the model alone adds self_harm (never over a set-aside self-harm cue). */
  selfHarmThreshold: 0.6,
  /**
   * P(C-SSRS ≥ 1) at which the model's reading of a message stands in for the distress or
   * suicidal talk that a context-dependent cue needs ("I have a plan", "I'm going to do it").
   * Held here, not tuned: 0.35 found five more crises on the tuned-on folds but let a goal be the
   * referent of "do it" ("so tired of trying to lose weight, im actually going to do it"). 0.5
   * since `triage@7`: its C-SSRS heads no longer train on condition-only texts, so they read
   * everything higher (that goal reads P 0.45, where the `triage@6` model read 0.36). 0.45 with the
   * model trained on categories L too: chosen by the tuner (six more crises out of fold, no more
   * false alarms), and the unit tests' lookalikes stay `none`.
   */
  contextMinimum: 0.45,
  /**
   * The least P(category) at which a condition head adds its category, whatever its own tuned
   * cut-off (the higher of the two counts): the cut-offs are tuned on the training texts' mix,
   * and an everyday lookalike ("took some ibuprofen for my back") reads higher than they allow for.
   * Held above the tuner's choice: "ich trink jeden tag kaffee" reads as substance at P 0.74 with
   * the `triage@6` model and 0.81 with the `triage@7` one (trained with categories J as well).
   */
  conditionMinimum: 0.85,
  /**
   * The least P(crisis) at which the crisis head lifts a category to `high`, over its cut-off:
   * tuned to 0, so the cut-off the model was trained with (0.85 in the shipped one) governs.
   */
  crisisMinimum: 0,
});

/**
 * The shape of `MODEL_POLICY`: what `createTriage({ policy })` takes, so a tuning script can try
 * other bars on out-of-fold outputs without editing the shipped one.
 */
export interface ModelPolicy {
  readonly capWithSuicideCue: Cssrs;
  readonly capWithDistress: Cssrs;
  readonly capAlone: Cssrs;
  readonly aloneMinimum: number;
  readonly aloneSevereMinimum: number;
  readonly aloneMinimumWords: number;
  readonly raiseMinimum: number;
  readonly capWhenAllScopedOut: Cssrs;
  readonly defaultThresholds: readonly number[];
  readonly selfHarmThreshold: number;
  readonly contextMinimum: number;
  readonly conditionMinimum: number;
  readonly crisisMinimum: number;
}

/** What the rules saw in one user message, for the model policy. */
export interface MessageContext {
  message: number;
  text: string;
  /** An unscoped suicide signal (C-SSRS ≥ 1) in this or an earlier message (or the previous state). */
  suicideCue: boolean;
  /** Distress in this or an earlier message. */
  distress: boolean;
  /** Risk cues in this message that the rules set aside (negated, figurative, everyday...). */
  setAside: boolean;
  /** Self-harm cues in this message, all set aside. */
  allSelfHarmScopedOut: boolean;
  /** The message holds an idiom that looks like risk ("dying of embarrassment"). */
  figurative: boolean;
  /** A later message cleared this one up ("no I meant my phone battery"): no model raise. */
  cleared?: boolean;
}

function thresholdsOf(model: RiskModel, policy: ModelPolicy): readonly number[] {
  const tuned = (model as { thresholds?: unknown }).thresholds;
  if (Array.isArray(tuned) && tuned.length === 6 && tuned.every((t) => typeof t === 'number')) {
    return tuned as number[];
  }
  return policy.defaultThresholds;
}

export interface ModelReading {
  context: MessageContext;
  output: ModelOutput;
  /** The C-SSRS the model supports for this message, after the policy. */
  cssrs: Cssrs;
  /** The model adds self-harm for this message. */
  selfHarm: boolean;
}

/** Applies the model policy to one message's output. */
export function readModel(
  model: RiskModel,
  context: MessageContext,
  output: ModelOutput,
  policy: ModelPolicy = MODEL_POLICY,
): ModelReading {
  const thresholds = thresholdsOf(model, policy);
  const setAside = context.setAside || context.figurative;
  const cap: Cssrs = context.cleared
    ? 0
    : setAside && !context.suicideCue
      ? policy.capWhenAllScopedOut
      : context.suicideCue
        ? policy.capWithSuicideCue
        : context.distress
          ? policy.capWithDistress
          : wordsUpTo(context.text, policy.aloneMinimumWords) < policy.aloneMinimumWords
            ? 0
            : policy.capAlone;
  const alone = !context.suicideCue && !context.distress;
  let cssrs = 0;
  for (let t = 1; t <= cap; t++) {
    const minimum = !alone
      ? policy.raiseMinimum
      : t >= 3
        ? policy.aloneSevereMinimum
        : policy.aloneMinimum;
    const p = output.atLeast[t - 1] as number;
    if (p >= Math.max(thresholds[t - 1] as number, minimum)) cssrs = t;
  }
  const selfHarm =
    !context.allSelfHarmScopedOut && output.selfHarm >= policy.selfHarmThreshold && cap > 0;
  return { context, output, cssrs: cssrs as Cssrs, selfHarm };
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’]*/gu;

/** Words in a text, counted up to `limit` (runs of letters or digits, with apostrophes: "j'ai" is one). */
function wordsUpTo(text: string, limit: number): number {
  let n = 0;
  WORD.lastIndex = 0;
  while (n < limit && WORD.exec(text) !== null) n++;
  return n;
}

/** A `model:` signal for a model-only decision; its span is the top feature. */
export function modelSignal(
  reading: ModelReading,
  category: 'suicide' | 'self_harm',
): TriageSignal {
  const { output, context } = reading;
  const top = output.top[0];
  const span = top
    ? { start: top.start, end: top.end, text: context.text.slice(top.start, top.end) }
    : { start: 0, end: context.text.length, text: context.text };
  const words = output.top
    .slice(0, 3)
    .map((f) => `"${context.text.slice(f.start, f.end)}"`)
    .join(', ');
  if (category === 'self_harm') {
    return {
      id: `model:${top?.feature ?? 'text'}`,
      source: 'model',
      category,
      message: context.message,
      span,
      weight: round(output.selfHarm),
      reason: `model: P(self-harm) = ${output.selfHarm.toFixed(2)}${words ? `, from ${words}` : ''}`,
    };
  }
  const p = output.atLeast[reading.cssrs - 1] ?? 0;
  return {
    id: `model:${top?.feature ?? 'text'}`,
    source: 'model',
    category,
    cssrs: reading.cssrs,
    message: context.message,
    span,
    weight: round(p),
    reason: `model: P(C-SSRS ≥ ${reading.cssrs}) = ${p.toFixed(2)}${words ? `, from ${words}` : ''}`,
  };
}

/**
 * The categories whose level the crisis head may lift to `high`: those the labelling guide lets be
 * `high` on a sign the rules may miss. Suicide is left to the C-SSRS heads; substance, mania and
 * eating disorders are never `high` by themselves (LABELLING.md), and a medical emergency is
 * already `imminent`.
 */
export const CRISIS_CAPABLE: readonly RiskCategory[] = [
  'self_harm',
  'harm_to_others',
  'abuse',
  'psychosis',
  'third_party',
];

/** What a medical emergency can be the emergency of (LABELLING.md). */
const MEDICAL_CAUSES: readonly RiskCategory[] = [
  'suicide',
  'self_harm',
  'substance',
  'eating_disorder',
];

/** What the model's condition and crisis heads add to one user message, after the policy. */
export interface ConditionReading {
  /** Condition categories the model adds (not already found by the rules in this message). */
  added: ConditionHead[];
  /** Categories of this message (the rules' or the model's) the crisis head lifts to `high`. */
  crisisFor: RiskCategory[];
}

/**
 * Applies the condition policy to one message: a condition head adds its category when it reaches
 * its tuned cut-off and `conditionMinimum`, except
 * - in a message a later one cleared up, or whose risk cues the rules set aside (negated,
 *   figurative, fiction, everyday...), the same guard as for C-SSRS;
 * - a condition of the writer's own in a message about someone else (third party found by the rules
 *   or the model): "my brother hears voices" is the brother's psychosis, not the writer's.
 * - a medical emergency without its cause (suicide, self-harm, substance, eating disorder) in the
 *   same message.
 * The crisis head, at its cut-off and `crisisMinimum`, lifts the message's crisis-capable
 * categories to `high`.
 */
export function readConditions(
  model: RiskModel,
  context: MessageContext,
  output: ModelOutput,
  found: ReadonlySet<RiskCategory>,
  policy: ModelPolicy = MODEL_POLICY,
): ConditionReading {
  const cutOffs = model.headThresholds;
  const conditions = output.conditions;
  if (!cutOffs || !conditions) return { added: [], crisisFor: [] };
  if (context.cleared || context.setAside || context.figurative)
    return { added: [], crisisFor: [] };
  const fired = CONDITION_HEADS.filter(
    (c) => conditions[c] >= Math.max(cutOffs[c], policy.conditionMinimum),
  );
  const aboutSomeoneElse = found.has('third_party') || fired.includes('third_party');
  const writers: RiskCategory[] = fired.filter(
    (c) => !found.has(c) && (c === 'third_party' || !aboutSomeoneElse),
  );
  // A medical emergency is always the emergency of something (LABELLING.md): the model adds one
  // only beside its cause in the same message.
  const caused = MEDICAL_CAUSES.some((c) => found.has(c) || writers.includes(c));
  const added = writers.filter((c) => c !== 'medical_emergency' || caused) as ConditionHead[];
  const crisis = (output.crisis ?? 0) >= Math.max(cutOffs.crisis, policy.crisisMinimum);
  const crisisFor = crisis
    ? CRISIS_CAPABLE.filter((c) => found.has(c) || (added as RiskCategory[]).includes(c))
    : [];
  return { added, crisisFor };
}

/** A `model:` signal for a condition the model added, or for its crisis reading of `category`. */
export function conditionSignal(
  context: MessageContext,
  output: ModelOutput,
  category: RiskCategory,
  head: ConditionHead | 'crisis',
): TriageSignal {
  const p = head === 'crisis' ? (output.crisis ?? 0) : (output.conditions?.[head] ?? 0);
  const features: ModelFeature[] = output.headTop?.[head] ?? [];
  const top = features[0];
  const span = top
    ? { start: top.start, end: top.end, text: context.text.slice(top.start, top.end) }
    : { start: 0, end: context.text.length, text: context.text };
  const words = features
    .slice(0, 3)
    .map((f) => `"${context.text.slice(f.start, f.end)}"`)
    .join(', ');
  const from = words ? `, from ${words}` : '';
  return {
    id: `model:${head}:${top?.feature ?? 'text'}`,
    source: 'model',
    category,
    message: context.message,
    span,
    weight: round(p),
    reason:
      head === 'crisis'
        ? `model: P(crisis) = ${p.toFixed(2)}, so ${category} counts as high${from}`
        : `model: P(${head}) = ${p.toFixed(2)}${from}`,
  };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

export interface Decision {
  cssrs: Cssrs;
  categories: RiskCategory[];
  flags: LevelFlags;
  signals: TriageSignal[];
}

/**
 * Builds the Triage from a decision: level by the mapping, categories in canonical order, and the
 * confidence that level is right (`calibrate` turns the raw evidence strength into a probability;
 * without it the raw value is kept).
 */
export function toTriage(
  decision: Decision,
  models: readonly ModelReading[],
  floor: RiskLevel = 'none',
  calibrate?: (raw: number, level: RiskLevel) => number,
): Triage {
  const categories = RISK_CATEGORIES.filter((c) => decision.categories.includes(c));
  const level = maxLevel(levelFor(decision.cssrs, categories, decision.flags), floor);
  const raw = rawConfidence(decision, level, models);
  return {
    level,
    cssrs: decision.cssrs,
    categories,
    signals: decision.signals,
    confidence: calibrate ? calibrate(raw, level) : raw,
  };
}

export function isRiskLevel(value: unknown): value is RiskLevel {
  return typeof value === 'string' && (RISK_LEVELS as readonly string[]).includes(value);
}
