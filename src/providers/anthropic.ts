/**
 * Anthropic's Messages API through `@anthropic-ai/sdk`. System messages go to the `system`
 * parameter; a clinician's (`counselor`) turns are on the assistant side; consecutive turns of one
 * side are merged because the API expects user and assistant to alternate. Retries, timeouts and
 * cancellation belong to the resilience wrapper, as for the OpenAI adapter.
 */
import Anthropic, {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
} from '@anthropic-ai/sdk';
import { performance } from 'node:perf_hooks';
import { z } from 'zod';
import type { ChatMessage, GenerateOptions, Generation, StreamDelta } from '../core/index.js';
import { TandemError, isTandemError } from '../core/index.js';
import { abortedFailure, malformedFailure, translateSdkError } from './failures.js';
import { SDK_BACKSTOP_TIMEOUT_MS } from './resilience.js';
import { StreamTally } from './streaming.js';
import type { NetworkProvider, ProviderConfig, ProviderKind } from './provider-kind.js';

const SDK_ERRORS = { APIError, APIConnectionError, APIConnectionTimeoutError, APIUserAbortError };
const DEFAULT_BASE_URL = 'https://api.anthropic.com';
/** The Messages API requires `max_tokens`; used when the caller gives none. */
export const DEFAULT_MAX_TOKENS = 1024;
/**
 * Sent when no key is configured so that the SDK never goes looking for credentials elsewhere
 * (profiles on disk); the API then answers 401 and the error says which variable to set.
 */
const KEYLESS_PLACEHOLDER = 'no-key-configured';

const messageSchema = z.object({
  model: z.string().optional(),
  content: z.array(z.object({ type: z.string(), text: z.string().optional() }).passthrough()),
  usage: z
    .object({ input_tokens: z.number().nullish(), output_tokens: z.number().nullish() })
    .passthrough()
    .nullish(),
});

/**
 * The events of a Messages stream that carry what we use; other event types (ping,
 * content_block_start/stop, and any the API adds later) are read past.
 */
const streamEventSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('message_start'),
    message: z
      .object({
        model: z.string().optional(),
        usage: z.object({ input_tokens: z.number().nullish() }).passthrough().nullish(),
      })
      .passthrough(),
  }),
  z.object({
    type: z.literal('content_block_delta'),
    // Tool-input and thinking deltas are not reply text; a text delta must have its text.
    delta: z
      .object({ type: z.string(), text: z.string().optional() })
      .passthrough()
      .refine((d) => d.type !== 'text_delta' || d.text !== undefined, 'a text_delta has no text'),
  }),
  z.object({
    type: z.literal('message_delta'),
    usage: z.object({ output_tokens: z.number().nullish() }).passthrough().nullish(),
  }),
  z.object({ type: z.literal('message_stop') }),
]);
const KNOWN_EVENTS = new Set([
  'message_start',
  'content_block_delta',
  'message_delta',
  'message_stop',
]);

export interface AnthropicRequest {
  system?: string;
  messages: Array<{ role: 'user' | 'assistant'; content: string }>;
}

export function toAnthropicRequest(messages: ChatMessage[]): AnthropicRequest {
  const system = messages
    .filter((m) => m.role === 'system')
    .map((m) => m.content)
    .join('\n\n');
  const turns: AnthropicRequest['messages'] = [];
  for (const message of messages) {
    if (message.role === 'system') continue;
    const role = message.role === 'user' ? 'user' : 'assistant';
    const previous = turns[turns.length - 1];
    if (previous && previous.role === role)
      previous.content = `${previous.content}\n\n${message.content}`;
    else turns.push({ role, content: message.content });
  }
  return system === '' ? { messages: turns } : { system, messages: turns };
}

export class AnthropicProvider implements NetworkProvider {
  readonly id: string;
  readonly model: string;
  readonly endpoint: string;
  readonly #client: Anthropic;

  constructor(model: string, config: ProviderConfig = {}) {
    this.model = model;
    this.id = `anthropic:${model}`;
    // An empty variable counts as unset, as shells and CI often export empty values.
    this.endpoint = config.baseUrl ?? (process.env['ANTHROPIC_BASE_URL'] || DEFAULT_BASE_URL);
    this.#client = new Anthropic({
      baseURL: this.endpoint,
      apiKey: config.apiKey ?? (process.env['ANTHROPIC_API_KEY'] || KEYLESS_PLACEHOLDER),
      maxRetries: 0,
      timeout: SDK_BACKSTOP_TIMEOUT_MS,
      logLevel: 'off',
      openTelemetry: false,
    });
  }

  #request(messages: ChatMessage[], options: GenerateOptions) {
    const request = toAnthropicRequest(messages);
    if (request.messages.length === 0) {
      throw new TandemError(
        'INPUT_INVALID',
        `${this.id} needs at least one user message; got only system messages.`,
      );
    }
    return {
      model: this.model,
      max_tokens: options.maxTokens ?? DEFAULT_MAX_TOKENS,
      messages: request.messages,
      ...(request.system !== undefined ? { system: request.system } : {}),
      ...(options.temperature !== undefined ? { temperature: options.temperature } : {}),
    };
  }

  async generate(
    messages: ChatMessage[],
    options: GenerateOptions,
    signal?: AbortSignal,
  ): Promise<Generation> {
    if (signal?.aborted) throw abortedFailure(this.id);
    const body = this.#request(messages, options);
    const started = performance.now();
    let response: unknown;
    try {
      response = await this.#client.messages.create(body, { signal });
    } catch (error) {
      throw translateSdkError(this.id, error, SDK_ERRORS, SDK_BACKSTOP_TIMEOUT_MS);
    }
    const parsed = messageSchema.safeParse(response);
    if (!parsed.success) {
      const problem =
        typeof response === 'string'
          ? 'the body is not JSON'
          : parsed.error.issues
              .map((i) => `${i.path.join('.') || 'body'}: ${i.message}`)
              .join('; ');
      throw malformedFailure(this.id, problem);
    }
    const text = parsed.data.content
      .filter((block) => block.type === 'text' && typeof block.text === 'string')
      .map((block) => block.text)
      .join('');
    if (text.trim() === '') throw malformedFailure(this.id, 'the reply has no text content');
    return {
      text,
      model: parsed.data.model ?? this.model,
      usage: {
        inputTokens: parsed.data.usage?.input_tokens ?? 0,
        outputTokens: parsed.data.usage?.output_tokens ?? 0,
      },
      latencyMs: performance.now() - started,
    };
  }

  /**
   * Streams the Messages API's events (`stream: true`). A stream that ends without
   * `message_stop` was cut short, and is `PROVIDER_MALFORMED`: half a reply must never pass for a
   * whole one. An `error` event (e.g. `overloaded_error`) counts as the HTTP status it names.
   */
  async *stream(
    messages: ChatMessage[],
    options: GenerateOptions,
    signal?: AbortSignal,
  ): AsyncGenerator<StreamDelta, void, undefined> {
    if (signal?.aborted) throw abortedFailure(this.id);
    const body = this.#request(messages, options);
    const tally = new StreamTally(this.id);
    let model = this.model;
    let inputTokens = 0;
    let outputTokens = 0;
    let stopped = false;
    try {
      const events = await this.#client.messages.create({ ...body, stream: true }, { signal });
      for await (const event of events as AsyncIterable<unknown>) {
        const type = (event as { type?: unknown } | null)?.type;
        if (typeof type !== 'string') {
          throw malformedFailure(this.id, 'a stream event has no type');
        }
        if (!KNOWN_EVENTS.has(type)) continue;
        const parsed = streamEventSchema.safeParse(event);
        if (!parsed.success) {
          const problem = parsed.error.issues
            .map((i) => `${i.path.join('.') || 'event'}: ${i.message}`)
            .join('; ');
          throw malformedFailure(this.id, `a ${type} event is not as documented (${problem})`);
        }
        const data = parsed.data;
        if (data.type === 'message_start') {
          if (data.message.model) model = data.message.model;
          inputTokens = data.message.usage?.input_tokens ?? inputTokens;
        } else if (data.type === 'content_block_delta') {
          if (data.delta.type === 'text_delta' && data.delta.text !== undefined) {
            const text = tally.take(data.delta.text);
            if (text !== '') yield { text };
          }
        } else if (data.type === 'message_delta') {
          outputTokens = data.usage?.output_tokens ?? outputTokens;
        } else {
          stopped = true;
        }
      }
    } catch (error) {
      if (isTandemError(error)) throw error;
      throw translateSdkError(this.id, error, SDK_ERRORS, SDK_BACKSTOP_TIMEOUT_MS);
    }
    // The SDK ends an aborted stream quietly; a cancelled reply is not a finished one.
    if (signal?.aborted) throw abortedFailure(this.id);
    if (!stopped && tally.text.trim() !== '') {
      throw malformedFailure(this.id, 'the stream ended before the reply was finished');
    }
    yield tally.finish(model, { inputTokens, outputTokens });
  }
}

export const anthropicKind: ProviderKind = {
  name: 'anthropic',
  form: 'anthropic:<model>',
  network: true,
  create: (model, config) => new AnthropicProvider(model, config),
};
