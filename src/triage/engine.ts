/**
 * The triage engine: rules (with conversation context) plus an optional learned model, combined
 * by `combine.ts`. `createTriage({ model })` takes any `RiskModel` (tests inject fakes; `null`
 * runs the rules alone); `index.ts` wires the shipped model.
 */
import { z } from 'zod';
import type { Cssrs, RiskCategory, RiskLevel, Span, Triage, TriageSignal } from '../core/index.js';
import { RISK_CATEGORIES, RISK_LEVELS, SCOPES, TandemError } from '../core/index.js';
import {
  MODEL_POLICY,
  conditionSignal,
  modelSignal,
  readConditions,
  readModel,
  toTriage,
  type ModelPolicy,
  type ModelReading,
} from './combine.js';
import {
  assessConversation,
  type ModelContext,
  STATE_SIGNALS,
  type ConversationMessage,
  type RiskState,
} from './conversation.js';
import type { ModelOutput, RiskModel } from './model/model.js';
import { calibratedConfidence, type ConfidenceCalibration } from './confidence.js';
import { SHIPPED_CALIBRATION } from './confidence-calibration.js';
import { sortStable } from './sort.js';

/** Bump when rules, scoping or the combination change what a text gets. */
export const RULES_VERSION = 'triage@43';

export interface TriageOptions {
  /** The conversation's language or locale (`es`, `pt-BR`): its scope markers also apply. */
  lang?: string;
}

export interface ConversationOptions extends TriageOptions {
  /** The state returned for this conversation last time. */
  previous?: RiskState;
}

export interface TriageEngine {
  readonly version: string;
  triageText(text: string, options?: TriageOptions): Triage;
  triageConversation(
    messages: readonly ConversationMessage[],
    options?: ConversationOptions,
  ): { triage: Triage; state: RiskState };
}

export interface EngineOptions {
  /** The learned model; `null` (the default) runs the rules alone. */
  model?: RiskModel | null;
  /**
   * Curves that turn the raw confidence into the probability that the level is right (default:
   * the shipped ones). They apply to the rules alone, or to the model they were fitted for; with
   * any other model, or `null`, the confidence is the raw evidence strength.
   */
  calibration?: ConfidenceCalibration | null;
  /**
   * How far the model may move C-SSRS on its own (default: the shipped `MODEL_POLICY`). Only
   * tuning scripts pass another; what ships is `MODEL_POLICY`, which the calibration was fitted on.
   */
  policy?: ModelPolicy;
}

export function createTriage(options: EngineOptions = {}): TriageEngine {
  const model = options.model ?? null;
  const policy = options.policy ?? MODEL_POLICY;
  const version = `${RULES_VERSION}+model@${model ? model.version : 'none'}`;
  const calibrate = confidenceCalibrator(
    options.calibration === undefined ? SHIPPED_CALIBRATION : options.calibration,
    model,
  );

  const triage = (messages: readonly ConversationMessage[], opts: ConversationOptions): Triage => {
    const previous = checkedPrevious(opts.previous);
    // The model reads every user message once; the rules use its reading as context for cues
    // that need it, and the combination uses it to refine C-SSRS.
    const outputs = new Map<number, ModelOutput>();
    if (model) {
      messages.forEach((message, index) => {
        if (message.role === 'user' && message.content.trim() !== '')
          outputs.set(index, model.predict(message.content));
      });
    }
    const assessment = assessConversation(messages, {
      ...(previous ? { previous } : {}),
      ...(opts.lang ? { lang: opts.lang } : {}),
      ...(model
        ? {
            model: (index: number, without: Span) =>
              modelContextOf(model, messages[index]?.content ?? '', without, outputs.get(index)),
            modelContextMinimum: policy.contextMinimum,
          }
        : {}),
    });
    const { decision } = assessment;
    const readings: ModelReading[] = [];
    if (model) {
      let cssrs = decision.cssrs;
      const categories = new Set<RiskCategory>(decision.categories);
      const crisisByModel = new Set<RiskCategory>(decision.flags.crisisByModel);
      const added: TriageSignal[] = [];
      for (const context of assessment.contexts) {
        const output = outputs.get(context.message);
        if (!output) continue;
        const reading = readModel(model, context, output, policy);
        readings.push(reading);
        if (reading.cssrs > cssrs) {
          cssrs = reading.cssrs;
          added.push(modelSignal(reading, 'suicide'));
        }
        if (reading.selfHarm && !categories.has('self_harm')) {
          categories.add('self_harm');
          added.push(modelSignal(reading, 'self_harm'));
        }
        const found = categoriesOfMessage(decision.signals, context.message);
        if (reading.selfHarm) found.add('self_harm');
        if (reading.cssrs >= 1) found.add('suicide');
        const conditions = readConditions(model, context, output, found, policy);
        for (const category of conditions.added) {
          if (categories.has(category)) continue;
          categories.add(category);
          added.push(conditionSignal(context, output, category, category));
        }
        for (const category of conditions.crisisFor) {
          if (crisisByModel.has(category)) continue;
          crisisByModel.add(category);
          added.push(conditionSignal(context, output, category, 'crisis'));
        }
      }
      if (crisisByModel.size > 0) decision.flags.crisisByModel = [...crisisByModel];
      if (cssrs >= 1) categories.add('suicide');
      decision.cssrs = cssrs as Cssrs;
      decision.categories = [...categories];
      decision.signals = sortStable(
        [...decision.signals, ...added],
        (a, b) => a.message - b.message || a.span.start - b.span.start,
      );
    }
    return toTriage(decision, readings, assessment.floor, calibrate);
  };

  // The state is built only for a conversation: `triageText` has no use for it.
  const triageConversation = (
    messages: readonly ConversationMessage[],
    opts: ConversationOptions = {},
  ): { triage: Triage; state: RiskState } => {
    const result = triage(messages, opts);
    const kept = sortStable(
      result.signals.filter((s) => s.scopedOut === undefined && s.message >= 0),
      (a, b) => (b.cssrs ?? 0) - (a.cssrs ?? 0) || b.weight - a.weight,
    ).slice(0, STATE_SIGNALS);
    const state: RiskState = {
      level: result.level,
      cssrs: result.cssrs,
      categories: result.categories,
      signals: kept,
      updatedAt: new Date().toISOString(),
    };
    return { triage: result, state };
  };

  return {
    version,
    triageConversation,
    triageText: (text, opts = {}) => triage([{ role: 'user', content: text }], opts),
  };
}

/** The categories the rules found in one message (signals they did not set aside). */
function categoriesOfMessage(signals: readonly TriageSignal[], message: number): Set<RiskCategory> {
  const found = new Set<RiskCategory>();
  for (const signal of signals)
    if (signal.message === message && signal.scopedOut === undefined) found.add(signal.category);
  return found;
}

function confidenceCalibrator(
  calibration: ConfidenceCalibration | null,
  model: RiskModel | null,
): ((raw: number, level: RiskLevel) => number) | undefined {
  if (calibration === null) return undefined;
  if (model !== null && model.version !== calibration.fittedFor.model) return undefined;
  const mode = model === null ? 'rulesOnly' : 'withModel';
  return (raw, level) => calibratedConfidence(raw, level, calibration, mode);
}

const spanSchema = z.object({ start: z.number().int(), end: z.number().int(), text: z.string() });

/** A stored RiskState, checked when it comes back as `previous`. */
export const riskStateSchema = z.object({
  level: z.enum(RISK_LEVELS),
  cssrs: z.number().int().min(0).max(6),
  categories: z.array(z.enum(RISK_CATEGORIES)),
  signals: z.array(
    z.object({
      id: z.string(),
      source: z.enum(['rule', 'model', 'context']),
      category: z.enum(RISK_CATEGORIES),
      cssrs: z.number().int().min(0).max(6).optional(),
      message: z.number().int(),
      span: spanSchema,
      weight: z.number(),
      scopedOut: z.enum(SCOPES).optional(),
      reason: z.string(),
    }),
  ),
  updatedAt: z.string().optional(),
});

/** True when a value is a well-formed RiskState (for callers that load it from storage). */
export function isRiskState(value: unknown): value is RiskState {
  return riskStateSchema.safeParse(value).success;
}

function checkedPrevious(previous: unknown): RiskState | undefined {
  if (previous === undefined) return undefined;
  const parsed = riskStateSchema.safeParse(previous);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? issue.path.join('.') : '(state)';
    throw new TandemError(
      'INPUT_INVALID',
      `previous risk state is not a RiskState: ${where}: ${issue?.message ?? 'invalid'}; pass back the \`state\` a triage returned`,
    );
  }
  return parsed.data as RiskState;
}

/**
 * The model's reading of a message with a cue's words blanked out (same length, so the spans of
 * the words it names stay offsets into the original), as context for the rules. `whole`: the
 * model's output for the whole message, when it read it (a prediction depends on the text only,
 * so with nothing blanked that is the reading).
 */
function modelContextOf(
  model: RiskModel,
  text: string,
  without: Span,
  whole: ModelOutput | undefined,
): ModelContext {
  let output: ModelOutput;
  if (without.start === without.end && whole) output = whole;
  // Only the level's explanation (`top`) is read here, so the heads' are not worked out.
  else if (model.predictWithout)
    output = model.predictWithout(text, without.start, without.end, true);
  else
    output = model.predict(
      text.slice(0, without.start) +
        ' '.repeat(without.end - without.start) +
        text.slice(without.end),
    );
  const words = output.top
    .slice(0, 3)
    .map((f) => `"${text.slice(f.start, f.end)}"`)
    .join(', ');
  return { suicidal: output.atLeast[0], words };
}
