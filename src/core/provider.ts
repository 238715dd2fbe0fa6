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
  /**
   * Per-call timeout in milliseconds; overrides the provider's default. For a stream it bounds the
   * wait for the first delta.
   */
  timeoutMs?: number;
  /** Streams only: longest silence between two deltas, in milliseconds; overrides the default. */
  streamIdleTimeoutMs?: number;
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

/** How a whole stream went; carried by its last delta. */
export interface StreamSummary {
  /** The model that answered, as the provider reported it. */
  model: string;
  /** Token usage when the upstream reported it, else zeros. */
  usage: Usage;
  /** From the call to the end of the stream. */
  latencyMs: number;
  /** From the call to the first delta with text. */
  firstDeltaMs: number;
}

/**
 * One piece of a streamed reply. Every delta but the last carries non-empty `text`; the last one
 * carries `text: ''` and `done` (so a plain `for await` sees the summary without reading the
 * iterator's return value). A stream that fails throws a `TandemError` instead of ending with
 * `done`, so a stream without `done` was cut short; see `docs/providers.md` ("Streaming").
 */
export interface StreamDelta {
  text: string;
  done?: StreamSummary;
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
  /**
   * The same reply as deltas while the upstream produces it. Optional: callers that want a stream
   * from any provider use `streamReply` (`src/providers`), which chunks `generate` when this is
   * absent. Streams are never served from or written to the response cache.
   */
  stream?(
    messages: ChatMessage[],
    options: GenerateOptions,
    signal?: AbortSignal,
  ): AsyncIterable<StreamDelta>;
}
