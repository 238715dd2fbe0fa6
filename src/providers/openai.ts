/**
 * Any OpenAI-compatible chat-completions endpoint (OpenAI, Ollama, vLLM, llama.cpp server, LM
 * Studio) through the official `openai` SDK. The SDK's own retries are off and its timeout is a
 * distant backstop: timeouts, retries and cancellation belong to the resilience wrapper, which
 * hands every call an abort signal that reaches `fetch`.
 */
import OpenAI, {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
} from 'openai';
import { performance } from 'node:perf_hooks';
import { z } from 'zod';
import type { ChatMessage, GenerateOptions, Generation, StreamDelta } from '../core/index.js';
import { isTandemError } from '../core/index.js';
import { abortedFailure, malformedFailure, translateSdkError } from './failures.js';
import { SDK_BACKSTOP_TIMEOUT_MS } from './resilience.js';
import { StreamTally } from './streaming.js';
import type { NetworkProvider, ProviderConfig, ProviderKind } from './provider-kind.js';

const SDK_ERRORS = { APIError, APIConnectionError, APIConnectionTimeoutError, APIUserAbortError };
const DEFAULT_BASE_URL = 'https://api.openai.com/v1';
/** Local servers need no key, but the SDK refuses to start without one. */
const KEYLESS_PLACEHOLDER = 'no-key-configured';

const completionSchema = z.object({
  model: z.string().optional(),
  choices: z
    .array(
      z
        .object({ message: z.object({ content: z.string().nullish() }).passthrough() })
        .passthrough(),
    )
    .min(1, 'no choices'),
  usage: z
    .object({ prompt_tokens: z.number().optional(), completion_tokens: z.number().optional() })
    .passthrough()
    .nullish(),
});

/** One `chat.completion.chunk`; the last one carries usage when `include_usage` was asked. */
const chunkSchema = z.object({
  model: z.string().optional(),
  choices: z.array(
    z
      .object({
        delta: z.object({ content: z.string().nullish() }).passthrough().nullish(),
        finish_reason: z.string().nullish(),
      })
      .passthrough(),
  ),
  usage: z
    .object({ prompt_tokens: z.number().optional(), completion_tokens: z.number().optional() })
    .passthrough()
    .nullish(),
});

type OpenAIRole = 'system' | 'user' | 'assistant';

/** A clinician who took over speaks on the assistant's side of the conversation. */
export function toOpenAIMessages(
  messages: ChatMessage[],
): Array<{ role: OpenAIRole; content: string }> {
  return messages.map((m) => ({
    role: m.role === 'counselor' ? 'assistant' : m.role,
    content: m.content,
  }));
}

export class OpenAIProvider implements NetworkProvider {
  readonly id: string;
  readonly model: string;
  readonly endpoint: string;
  readonly #client: OpenAI;

  constructor(model: string, config: ProviderConfig = {}) {
    this.model = model;
    this.id = `openai:${model}`;
    // An empty variable counts as unset, as shells and CI often export empty values.
    this.endpoint = config.baseUrl ?? (process.env['OPENAI_BASE_URL'] || DEFAULT_BASE_URL);
    this.#client = new OpenAI({
      baseURL: this.endpoint,
      apiKey: config.apiKey ?? (process.env['OPENAI_API_KEY'] || KEYLESS_PLACEHOLDER),
      maxRetries: 0,
      timeout: SDK_BACKSTOP_TIMEOUT_MS,
      logLevel: 'off',
    });
  }

  #request(messages: ChatMessage[], options: GenerateOptions) {
    return {
      model: this.model,
      messages: toOpenAIMessages(messages),
      ...(options.temperature !== undefined ? { temperature: options.temperature } : {}),
      ...(options.maxTokens !== undefined ? { max_tokens: options.maxTokens } : {}),
      ...(options.seed !== undefined ? { seed: options.seed } : {}),
    };
  }

  async generate(
    messages: ChatMessage[],
    options: GenerateOptions,
    signal?: AbortSignal,
  ): Promise<Generation> {
    if (signal?.aborted) throw abortedFailure(this.id);
    const started = performance.now();
    let response: unknown;
    try {
      response = await this.#client.chat.completions.create(this.#request(messages, options), {
        signal,
      });
    } catch (error) {
      throw translateSdkError(this.id, error, SDK_ERRORS, SDK_BACKSTOP_TIMEOUT_MS);
    }
    const parsed = completionSchema.safeParse(response);
    if (!parsed.success) {
      const problem =
        typeof response === 'string'
          ? 'the body is not JSON'
          : parsed.error.issues
              .map((i) => `${i.path.join('.') || 'body'}: ${i.message}`)
              .join('; ');
      throw malformedFailure(this.id, problem);
    }
    const text = parsed.data.choices[0]?.message.content ?? '';
    if (text.trim() === '') throw malformedFailure(this.id, 'the reply has no text content');
    return {
      text,
      model: parsed.data.model ?? this.model,
      usage: {
        inputTokens: parsed.data.usage?.prompt_tokens ?? 0,
        outputTokens: parsed.data.usage?.completion_tokens ?? 0,
      },
      latencyMs: performance.now() - started,
    };
  }

  /**
   * Streams `chat.completion.chunk`s (`stream: true`, usage asked for in the last chunk). A
   * stream that ends before any choice reported a `finish_reason` was cut short, and is
   * `PROVIDER_MALFORMED`: half a reply must never pass for a whole one.
   */
  async *stream(
    messages: ChatMessage[],
    options: GenerateOptions,
    signal?: AbortSignal,
  ): AsyncGenerator<StreamDelta, void, undefined> {
    if (signal?.aborted) throw abortedFailure(this.id);
    const tally = new StreamTally(this.id);
    let model = this.model;
    let usage = { inputTokens: 0, outputTokens: 0 };
    let finished = false;
    try {
      const chunks = await this.#client.chat.completions.create(
        {
          ...this.#request(messages, options),
          stream: true,
          stream_options: { include_usage: true },
        },
        { signal },
      );
      for await (const chunk of chunks) {
        const parsed = chunkSchema.safeParse(chunk);
        if (!parsed.success) {
          const problem = parsed.error.issues
            .map((i) => `${i.path.join('.') || 'chunk'}: ${i.message}`)
            .join('; ');
          throw malformedFailure(
            this.id,
            `a stream chunk is not a chat.completion.chunk (${problem})`,
          );
        }
        if (parsed.data.model) model = parsed.data.model;
        if (parsed.data.usage) {
          usage = {
            inputTokens: parsed.data.usage.prompt_tokens ?? 0,
            outputTokens: parsed.data.usage.completion_tokens ?? 0,
          };
        }
        const choice = parsed.data.choices[0];
        if (choice?.finish_reason) finished = true;
        const piece = choice?.delta?.content;
        if (piece) {
          const text = tally.take(piece);
          if (text !== '') yield { text };
        }
      }
    } catch (error) {
      if (isTandemError(error)) throw error;
      throw translateSdkError(this.id, error, SDK_ERRORS, SDK_BACKSTOP_TIMEOUT_MS);
    }
    // The SDK ends an aborted stream quietly; a cancelled reply is not a finished one.
    if (signal?.aborted) throw abortedFailure(this.id);
    if (!finished && tally.text.trim() !== '') {
      throw malformedFailure(this.id, 'the stream ended before the reply was finished');
    }
    yield tally.finish(model, usage);
  }
}

export const openaiKind: ProviderKind = {
  name: 'openai',
  form: 'openai:<model>',
  network: true,
  create: (model, config) => new OpenAIProvider(model, config),
};
