import { TandemError } from '../../core/index.js';
import type { Judge, Provider } from '../../core/index.js';
import { createBuiltinJudge } from './builtin.js';
import { createLlmJudge } from './llm.js';
import type { LlmJudgeOptions } from './llm.js';

export interface JudgeDeps {
  /** The provider registry's factory, e.g. `openai:gpt-4o-mini` → an OpenAI-compatible provider. */
  createProvider: (spec: string) => Provider;
  /** Options for LLM judges (batch size, version). */
  llm?: Omit<LlmJudgeOptions, 'nonce'>;
}

const KNOWN =
  '"builtin" or "llm:<provider>" (e.g. "llm:openai:gpt-4o-mini", "llm:anthropic:claude-sonnet-4")';

/**
 * Creates a judge from its spec as given to `--judge`: `builtin` (the analysers) or
 * `llm:<provider spec>` (any provider the provider registry can create). Human raters are not
 * created here: their ratings are imported (`tandem ratings import`) and scored as judges
 * `human:<raterId>` and `human:majority`. Errors use `JUDGE_UNKNOWN`; a bad provider spec keeps
 * the provider registry's own error.
 */
export function createJudge(spec: string, deps: JudgeDeps): Judge {
  const trimmed = spec.trim();
  if (trimmed === 'builtin') return createBuiltinJudge();

  if (trimmed === 'llm' || trimmed.startsWith('llm:')) {
    const providerSpec = trimmed.slice('llm:'.length).trim();
    if (trimmed === 'llm' || providerSpec === '') {
      throw new TandemError(
        'JUDGE_UNKNOWN',
        `Judge "${spec}" names no model; use e.g. "llm:openai:gpt-4o-mini".`,
      );
    }
    if (providerSpec === 'reference' || providerSpec.startsWith('reference:')) {
      throw new TandemError(
        'JUDGE_UNKNOWN',
        `Judge "${spec}": the reference responder writes replies, it cannot judge them. Use "builtin" for the offline analysers, or an LLM such as "llm:openai:gpt-4o-mini".`,
      );
    }
    return createLlmJudge(deps.createProvider(providerSpec), deps.llm ?? {});
  }

  if (trimmed === 'human' || trimmed.startsWith('human:')) {
    throw new TandemError(
      'JUDGE_UNKNOWN',
      `Judge "${spec}": human raters are not run as judges. Import their ratings with \`tandem ratings import <file> \` (CSV or JSONL); they are then scored as "human:<rater>" and "human:majority".`,
    );
  }

  throw new TandemError('JUDGE_UNKNOWN', `Unknown judge "${spec}"; use ${KNOWN}.`);
}
