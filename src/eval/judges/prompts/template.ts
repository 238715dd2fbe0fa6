import { TandemError } from '../../../core/index.js';
import type { EpitomeMechanism, Metric } from '../../../core/index.js';

/**
 * A versioned piece of prompt text. `id` is `<name>@<n>`; the text may hold `{{placeholders}}`
 * filled per call. Version rule: any change to `text` needs a new `id` (a test holds the hash of
 * every released version and fails otherwise), because stored scores record the prompt versions
 * and scores from different wordings must not be pooled as one judge.
 */
export interface PromptTemplate {
  readonly id: string;
  readonly text: string;
}

/** Guidance for one metric's items: what the metric is about and how to read its items. */
export interface MetricPrompt extends PromptTemplate {
  readonly metric: Metric;
}

/** One EPITOME mechanism: its definition, the anchors of levels 0–2 and short examples. */
export interface MechanismPrompt extends PromptTemplate {
  readonly mechanism: EpitomeMechanism;
}

/**
 * Fills every `{{name}}` of a template. A placeholder without a value, or a value without a
 * placeholder, is a programming error: either would send the model a prompt nobody reviewed.
 */
export function fillTemplate(template: PromptTemplate, values: Record<string, string>): string {
  const used = new Set<string>();
  const text = template.text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) {
      throw new TandemError(
        'INPUT_INVALID',
        `Prompt ${template.id} needs a value for {{${name}}}.`,
      );
    }
    used.add(name);
    return value;
  });
  const unused = Object.keys(values).filter((name) => !used.has(name));
  if (unused.length > 0) {
    throw new TandemError(
      'INPUT_INVALID',
      `Prompt ${template.id} has no placeholder for ${unused.map((n) => `{{${n}}}`).join(', ')}.`,
    );
  }
  return text;
}
