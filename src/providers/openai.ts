/**
 * Any OpenAI-compatible chat-completions endpoint (OpenAI, Ollama, vLLM, llama.cpp server, LM
 * Studio), spoken directly over HTTP (`http-client.ts`; why not the SDK is said there). Timeouts,
 * retries and cancellation belong to the resilience wrapper, which hands every call an abort
 * signal that reaches the socket.
 */
import { performance } from 'node:perf_hooks';
import { z } from 'zod';
import type { ChatMessage, GenerateOptions, Generation, StreamDelta } from '../core/index.js';
import { isTandemError } from '../core/index.js';
import {
  abortedFailure,
  malformedFailure,
  networkFailure,
  streamErrorEventFailure,
} from './failures.js';
import { HttpJsonClient } from './http-client.js';
import { SseDecoder } from './sse-decoder.js';
import { StreamTally } from './streaming.js';
import type { NetworkProvider, ProviderConfig, ProviderKind } from './provider-kind.js';

const DEFAULT_BASE_URL = 'https://api.openai.com/v1';
/** Local servers need no key; some still refuse a request without an Authorization header. */
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
  readonly #http: HttpJsonClient;

  constructor(model: string, config: ProviderConfig = {}) {
    this.model = model;
    this.id = `openai:${model}`;
    // An empty variable counts as unset, as shells and CI often export empty values.
    this.endpoint = config.baseUrl ?? (process.env['OPENAI_BASE_URL'] || DEFAULT_BASE_URL);
    const key = config.apiKey ?? (process.env['OPENAI_API_KEY'] || KEYLESS_PLACEHOLDER);
    this.#http = new HttpJsonClient(this.id, this.endpoint, {
      authorization: `Bearer ${key}`,
      accept: 'application/json',
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
    const response = await this.#http.postForJson(
      'chat/completions',
      this.#request(messages, options),
      signal,
    );
    const parsed = completionSchema.safeParse(response);
    if (!parsed.success) {
      const problem = parsed.error.issues
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
    const response = await this.#http.post(
      'chat/completions',
      {
        ...this.#request(messages, options),
        stream: true,
        stream_options: { include_usage: true },
      },
      signal,
    );
    const decoder = new SseDecoder();
    response.setEncoding('utf8');
    try {
      for await (const text of response as AsyncIterable<string>) {
        for (const event of decoder.push(text)) {
          if (event.data === '[DONE]') continue;
          const chunk = this.#chunk(event.data);
          if (chunk.model) model = chunk.model;
          if (chunk.usage) {
            usage = {
              inputTokens: chunk.usage.prompt_tokens ?? 0,
              outputTokens: chunk.usage.completion_tokens ?? 0,
            };
          }
          const choice = chunk.choices[0];
          if (choice?.finish_reason) finished = true;
          const piece = choice?.delta?.content;
          if (piece) {
            const passed = tally.take(piece);
            if (passed !== '') yield { text: passed };
          }
        }
      }
    } catch (error) {
      if (signal?.aborted) throw abortedFailure(this.id);
      if (isTandemError(error)) throw error;
      throw networkFailure(this.id, error);
    } finally {
      // A caller that stops reading early must not leave the socket streaming.
      if (!response.complete) response.destroy();
    }
    if (signal?.aborted) throw abortedFailure(this.id);
    if (!finished && tally.text.trim() !== '') {
      throw malformedFailure(this.id, 'the stream ended before the reply was finished');
    }
    yield tally.finish(model, usage);
  }

  /** One event's data as a chunk; an error event as the failure its type names. */
  #chunk(data: string): z.infer<typeof chunkSchema> {
    let body: unknown;
    try {
      body = JSON.parse(data) as unknown;
    } catch (error) {
      throw malformedFailure(
        this.id,
        `a stream event is not JSON (${(error as Error).message})`,
        error,
      );
    }
    const failure = (body as { error?: unknown } | null)?.error;
    if (failure !== undefined && failure !== null) {
      const { type, message } = failure as { type?: unknown; message?: unknown };
      throw streamErrorEventFailure(
        this.id,
        typeof type === 'string' ? type : undefined,
        typeof message === 'string' ? message : JSON.stringify(failure),
      );
    }
    const parsed = chunkSchema.safeParse(body);
    if (!parsed.success) {
      const problem = parsed.error.issues
        .map((i) => `${i.path.join('.') || 'chunk'}: ${i.message}`)
        .join('; ');
      throw malformedFailure(this.id, `a stream chunk is not a chat.completion.chunk (${problem})`);
    }
    return parsed.data;
  }
}

export const openaiKind: ProviderKind = {
  name: 'openai',
  form: 'openai:<model>',
  network: true,
  create: (model, config) => new OpenAIProvider(model, config),
};
