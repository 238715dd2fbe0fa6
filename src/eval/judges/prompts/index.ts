/** The LLM scorer's prompts: versioned templates (one per metric, one per mechanism) and layout. */
export {
  LLM_SCORE_PROMPT_VERSION,
  MECHANISM_PROMPTS,
  METRIC_PROMPTS,
  SCORE_PROMPT_TEMPLATES,
} from './catalogue.js';
export { MECHANISM_RULES, METRIC_RULES } from './rules.js';
export {
  buildMechanismPrompt,
  buildMechanismReask,
  buildMetricPrompt,
  buildMetricReask,
} from './render.js';
export type { MechanismItem, ScoreCase } from './render.js';
export { fillTemplate } from './template.js';
export type { MechanismPrompt, MetricPrompt, PromptTemplate } from './template.js';
