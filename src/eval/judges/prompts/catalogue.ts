import type { EpitomeMechanism, Metric } from '../../../core/index.js';
import { ASA_PROMPT } from './asa.js';
import { CES_PROMPT } from './ces.js';
import { CSI_PROMPT } from './csi.js';
import { EMOTIONAL_REACTIONS_PROMPT } from './emotional-reactions.js';
import { EXPLORATIONS_PROMPT } from './explorations.js';
import { INTERPRETATIONS_PROMPT } from './interpretations.js';
import { PAS_PROMPT } from './pas.js';
import { MECHANISM_RULES, METRIC_RULES } from './rules.js';
import type { MechanismPrompt, MetricPrompt, PromptTemplate } from './template.js';
import { TRS_PROMPT } from './trs.js';

/**
 * Version of the LLM scorer's prompts as a whole: the templates below plus the layout in
 * `render.ts`. Bump it whenever any template id changes or the layout changes; stored scores
 * record it.
 */
export const LLM_SCORE_PROMPT_VERSION = 'llm-score-prompt@2';

export const METRIC_PROMPTS: Readonly<Record<Metric, MetricPrompt>> = {
  CES: CES_PROMPT,
  CSI: CSI_PROMPT,
  PAS: PAS_PROMPT,
  ASA: ASA_PROMPT,
  TRS: TRS_PROMPT,
};

export const MECHANISM_PROMPTS: Readonly<Record<EpitomeMechanism, MechanismPrompt>> = {
  emotional_reactions: EMOTIONAL_REACTIONS_PROMPT,
  interpretations: INTERPRETATIONS_PROMPT,
  explorations: EXPLORATIONS_PROMPT,
};

/** Every template the scorer sends, for version records and the version test. */
export const SCORE_PROMPT_TEMPLATES: readonly PromptTemplate[] = [
  METRIC_RULES,
  MECHANISM_RULES,
  ...Object.values(METRIC_PROMPTS),
  ...Object.values(MECHANISM_PROMPTS),
];
