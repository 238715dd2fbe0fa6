import type { ChatMessage } from './domain.js';

export interface GenerateOptions {
  temperature?: number;
  maxTokens?: number;
  /** Deterministic providers (the reference responder) vary their wording by seed. */
  seed?: number;
  /** BCP 47 locale of the conversation, used for language and crisis resources. */
  locale?: string;
  /** Used by the replay provider to find the recorded reply. */
  scenarioId?: string;
  /** 0-based index of the assistant turn being generated. */
  turn?: number;
  /** Per-call timeout in milliseconds; overrides the provider's default. */
  timeoutMs?: number;
}

export interface Usage {
  inputTokens: number;
  outputTokens: number;
}

export interface Generation {
  text: string;
  usage: Usage;
  latencyMs: number;
  /** The model that answered, as the provider reported it. */
  model: string;
  /** True when served from the response cache. */
  cached?: boolean;
}

/** The one contract every LLM adapter implements. */
export interface Provider {
  /** e.g. `reference`, `openai:gpt-4o-mini`, `anthropic:claude-sonnet-4`, `replay:file.jsonl`. */
  readonly id: string;
  generate(
    messages: ChatMessage[],
    options: GenerateOptions,
    signal?: AbortSignal,
  ): Promise<Generation>;
}
