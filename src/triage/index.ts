/**
 * Risk triage: C-SSRS-aligned, conversation-aware, explainable, offline and fast. See
 * docs/triage.md for how it works, the level mapping and the measurements.
 *
 * The default engine uses the shipped model (`model/weights.json`). If the weights cannot be
 * loaded, triage still runs on the rules alone and says so in `TRIAGE_VERSION`
 * (`…+model@none`), so a broken install is visible in every stored triage rather than fatal.
 */
import type { Role, Triage } from '../core/index.js';
import { createTriage, type ConversationOptions, type TriageOptions } from './engine.js';
import type { RiskState } from './conversation.js';
import { loadRiskModel, type RiskModel } from './model/model.js';

export { detectConditions, INTRUSIVE_THOUGHT_REASON } from './conditions.js';
export {
  levelFor,
  MODEL_POLICY,
  type LevelFlags,
  type ModelPolicy,
  type ThirdPartySeverity,
} from './combine.js';
export type { RiskState, ConversationMessage } from './conversation.js';
export {
  createTriage,
  isRiskState,
  riskStateSchema,
  RULES_VERSION,
  type ConversationOptions,
  type TriageEngine,
  type TriageOptions,
} from './engine.js';

function defaultModel(): { model: RiskModel | null; error?: string } {
  try {
    return { model: loadRiskModel() };
  } catch (error) {
    return { model: null, error: (error as Error).message };
  }
}

const loaded = defaultModel();
const engine = createTriage({ model: loaded.model });

/** `triage@7+model@<hash8>` (or `+model@none` when the weights could not be loaded). */
export const TRIAGE_VERSION: string = engine.version;

/** Why the shipped model is not in use, if it is not. */
export const TRIAGE_MODEL_ERROR: string | undefined = loaded.error;

/** Triage of one text written by the person. */
export function triageText(text: string, options?: TriageOptions): Triage {
  return engine.triageText(text, options);
}

/**
 * Triage of a conversation: only user messages are scored; `signals[].message` indexes
 * `messages` (-1: carried over from `options.previous`). Store `state` and pass it back as
 * `previous` next time.
 */
export function triageConversation(
  messages: Array<{ role: Role; content: string }>,
  options?: ConversationOptions,
): { triage: Triage; state: RiskState } {
  return engine.triageConversation(messages, options);
}
