/**
 * The OpenAI-compatible routes: `POST /v1/chat/completions` (plain and streaming) and
 * `GET /v1/models`. Requests are validated here, turned into a `GuardRequest`, and answered with
 * the guard's outcome in OpenAI's shapes plus the `tandem` object (docs/api.md).
 */
import { createHash, randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  AREAS,
  isTandemError,
  type Area,
  type ChatMessage,
  type GuardOutcome,
  type GuardRequest,
} from '../../core/index.js';
import { methodNotAllowed } from '../app.js';
import { chatCompletion, completionId } from '../completion.js';
import { fromZod, HttpError, invalidRequest, tooLarge } from '../errors.js';
import { completionFrames, SseBody } from '../sse.js';
import { chunksOf, type GuardStreamEvent } from '../../guard/index.js';

const CONVERSATION_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;
const LOCALE = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

const contentPart = z
  .object({ type: z.string(), text: z.unknown().optional() })
  .passthrough()
  .superRefine((part, ctx) => {
    if (part.type !== 'text') {
      ctx.addIssue({
        code: 'custom',
        message: `content parts of type "${part.type}" are not supported; send text parts or a string`,
      });
    } else if (typeof part.text !== 'string') {
      ctx.addIssue({
        code: 'custom',
        path: ['text'],
        message: 'a text part needs a string "text"',
      });
    }
  })
  .transform((part) => part.text as string);

const messageSchema = z.object({
  role: z.enum(['system', 'developer', 'user', 'assistant'], {
    error: (issue) =>
      issue.input === 'tool' || issue.input === 'function'
        ? 'tool and function messages are not supported by the gateway'
        : 'expected one of system, developer, user, assistant',
  }),
  // Assistant turns with only tool calls carry null content.
  content: z.union([z.string(), z.array(contentPart), z.null()]),
  name: z.string().optional(),
});

const chatRequestSchema = z.object({
  model: z.string().min(1).max(256).optional(),
  messages: z.array(messageSchema).min(1, 'at least one message is required'),
  stream: z.boolean().nullish(),
  stream_options: z.object({ include_usage: z.boolean().optional() }).nullish(),
  temperature: z.number().min(0).max(2).nullish(),
  max_tokens: z.number().int().positive().nullish(),
  max_completion_tokens: z.number().int().positive().nullish(),
  n: z
    .number()
    .int()
    .refine((n) => n === 1, 'only n = 1 is supported')
    .nullish(),
  user: z.string().max(512).nullish(),
  tandem: z
    .strictObject({
      conversation_id: z.string().regex(CONVERSATION_ID, conversationIdRule()).optional(),
      locale: z.string().regex(LOCALE, 'a BCP 47 locale such as en-US or de').optional(),
      area: z.enum(AREAS).optional(),
    })
    .optional(),
});

type ChatRequest = z.infer<typeof chatRequestSchema>;

function conversationIdRule(): string {
  return '1–128 characters: letters, digits, ".", "_", ":" or "-", starting with a letter or digit';
}

export async function gatewayRoutes(app: FastifyInstance): Promise<void> {
  const gateway = app.gateway;
  const authenticate = gateway.requireScope('gateway');
  app.addHook('onRequest', authenticate);
  app.addHook('onRequest', async (request, reply) => {
    const key = request.apiKey;
    const rate = key?.ratePerMinute ?? gateway.settings.limits.ratePerMinute;
    if (rate === undefined) return;
    const decision = gateway.rateLimiter.take(key?.id ?? 'local', rate);
    if (!decision.allowed) {
      gateway.metrics.observeRateLimited();
      reply.header('retry-after', String(decision.retryAfterSeconds));
      throw new HttpError(
        429,
        'rate_limit_error',
        'rate_limit_exceeded',
        `rate limit of ${rate} requests per minute reached for this API key; retry in ${decision.retryAfterSeconds} s`,
      );
    }
  });

  app.post('/chat/completions', async (request, reply) => {
    const parsed = chatRequestSchema.safeParse(request.body);
    if (!parsed.success) throw fromZod(parsed.error);
    const body = parsed.data;
    const messages = toChatMessages(body, gateway.settings.limits);
    const conversationId = conversationIdOf(request, body);
    const guardRequest: GuardRequest = {
      conversationId,
      messages,
      ...localeAndArea(request, body),
      ...(body.model ? { model: body.model } : {}),
      ...(body.temperature != null ? { temperature: body.temperature } : {}),
      ...((body.max_completion_tokens ?? body.max_tokens) != null
        ? { maxTokens: (body.max_completion_tokens ?? body.max_tokens) as number }
        : {}),
      ...(request.apiKey ? { clientId: request.apiKey.id } : {}),
    };
    request.facts.conversationId = conversationId;
    reply.header('x-tandem-conversation-id', conversationId);
    const model = body.model ?? gateway.guard.models().at(-1) ?? 'tandem';
    const promptChars = messages.reduce((n, m) => n + m.content.length, 0);

    if (body.stream) {
      return streamCompletion(request, reply, {
        guardRequest,
        model,
        promptChars,
        includeUsage: body.stream_options?.include_usage === true,
      });
    }
    const outcome = await gateway.turns
      .track(gateway.guard.respond(guardRequest, gateway.turns.abort.signal))
      .catch((error: unknown) => unstored(request, guardRequest, error));
    recordOutcome(request, outcome);
    reply.header('x-tandem-action', outcome.action);
    return chatCompletion({
      id: completionId(),
      created: Math.floor(Date.now() / 1000),
      model,
      outcome,
      promptChars,
    });
  });
  methodNotAllowed(app, '/chat/completions', ['POST']);

  app.get('/models', async () => ({
    object: 'list',
    data: gateway.guard.models().map(modelObject),
  }));
  methodNotAllowed(app, '/models', ['GET']);

  app.get<{ Params: { model: string } }>('/models/:model', async (request) => {
    const id = request.params.model;
    if (!gateway.guard.models().includes(id)) {
      throw new HttpError(
        404,
        'not_found_error',
        'model_not_found',
        `the model "${id}" is not served here; GET /v1/models lists the models`,
        'model',
      );
    }
    return modelObject(id);
  });
}

/**
 * The guard could not handle the turn (its store failed, say). A request the client got wrong is
 * still an error; anything else gets the guard's unstored safe reply rather than a 500, so a
 * person at risk is never left with an error page.
 */
function unstored(
  request: FastifyRequest,
  guardRequest: GuardRequest,
  error: unknown,
): GuardOutcome {
  if (isTandemError(error) && CLIENT_ERRORS.has(error.code)) throw error;
  request.log.error({ err: error }, 'guard failed; answered with the unstored safe reply');
  request.facts.errorCode = 'guard_failed';
  return request.server.gateway.guard.unstoredReply(guardRequest, error);
}

const CLIENT_ERRORS = new Set<string>([
  'CONVERSATION_NOT_FOUND',
  'REQUEST_INVALID',
  'REQUEST_TOO_LARGE',
  'UPSTREAM_UNKNOWN',
  'RATE_LIMITED',
  'KEY_INVALID',
]);

async function* eventsOf(outcome: GuardOutcome): AsyncGenerator<GuardStreamEvent> {
  for (const text of chunksOf(outcome.response)) yield { type: 'delta', text };
  yield { type: 'outcome', outcome };
}

function modelObject(id: string) {
  return { id, object: 'model', created: 0, owned_by: 'tandem' };
}

function recordOutcome(request: FastifyRequest, outcome: GuardOutcome): void {
  const facts = request.facts;
  facts.action = outcome.action;
  facts.level = outcome.triage.level;
  facts.conversationId = outcome.conversationId;
  if (outcome.escalationId) facts.escalationId = outcome.escalationId;
  if (outcome.upstream.error) facts.upstreamError = outcome.upstream.error.code;
  request.server.gateway.metrics.observeOutcome(outcome);
}

/**
 * Streams the turn as SSE. The guard's first event is awaited before any byte is sent, so a
 * request the guard refuses still gets a plain HTTP error. The turn is pumped to its end whatever
 * the client does: if the person goes away mid-stream the turn is still stored, and any
 * escalation raised — that must never depend on whether they kept the tab open.
 */
async function streamCompletion(
  request: FastifyRequest,
  reply: FastifyReply,
  input: { guardRequest: GuardRequest; model: string; promptChars: number; includeUsage: boolean },
): Promise<FastifyReply> {
  const gateway = request.server.gateway;
  const events = gateway.guard.stream(input.guardRequest, gateway.turns.abort.signal);
  let iterator: AsyncIterator<GuardStreamEvent> = events[Symbol.asyncIterator]();
  let first: IteratorResult<GuardStreamEvent>;
  try {
    first = await iterator.next();
  } catch (error) {
    iterator = eventsOf(unstored(request, input.guardRequest, error))[Symbol.asyncIterator]();
    first = await iterator.next();
  }
  let outcome: GuardOutcome | undefined;
  const frames = completionFrames({
    base: {
      id: completionId(),
      created: Math.floor(Date.now() / 1000),
      model: input.model,
      includeUsage: input.includeUsage,
    },
    first,
    rest: iterator,
    promptChars: input.promptChars,
    onOutcome: (o) => {
      outcome = o;
      recordOutcome(request, o);
    },
    onError: (error) => {
      request.log.error({ err: error }, 'guard stream failed');
      request.facts.errorCode = 'stream_failed';
    },
  });
  const body = new SseBody();
  // Tracked, so shutdown waits for the whole stream, not just its first event.
  void gateway.turns.track(body.pump(frames));
  reply
    .header('content-type', 'text/event-stream; charset=utf-8')
    .header('cache-control', 'no-cache, no-transform')
    .header('x-accel-buffering', 'no')
    .trailer('x-tandem-action', async () => outcome?.action ?? 'none');
  return reply.send(body.readable);
}

function toChatMessages(
  body: ChatRequest,
  limits: { messageChars: number; messages: number },
): ChatMessage[] {
  if (body.messages.length > limits.messages) {
    throw tooLarge(
      `too many messages: ${body.messages.length}, the limit is ${limits.messages} (gateway.limits.messages)`,
      'messages',
      'too_many_messages',
    );
  }
  const messages: ChatMessage[] = body.messages.map((m, i) => {
    const content =
      typeof m.content === 'string' ? m.content : m.content === null ? '' : m.content.join('\n');
    if (content.length > limits.messageChars) {
      throw tooLarge(
        `message too long: ${content.length} characters, the limit is ${limits.messageChars} (gateway.limits.messageChars)`,
        `messages[${i}].content`,
        'message_too_long',
      );
    }
    return { role: m.role === 'developer' ? 'system' : m.role, content };
  });
  const last = body.messages.at(-1);
  if (last?.role !== 'user') {
    const param = `messages[${body.messages.length - 1}].role`;
    throw invalidRequest(
      `invalid request body: ${param}: the last message must be from the user (the gateway answers the person's latest message)`,
      param,
    );
  }
  return messages;
}

/**
 * Which conversation a request belongs to, in order: the `x-tandem-conversation-id` header, the
 * body's `tandem.conversation_id`, OpenAI's `user` field (hashed with the API key id: it often
 * holds an e-mail address), else a new id.
 */
function conversationIdOf(request: FastifyRequest, body: ChatRequest): string {
  const header = request.headers['x-tandem-conversation-id'];
  if (header !== undefined) {
    if (typeof header !== 'string' || !CONVERSATION_ID.test(header)) {
      throw invalidRequest(
        `invalid x-tandem-conversation-id header: ${conversationIdRule()}`,
        'x-tandem-conversation-id',
      );
    }
    return header;
  }
  if (body.tandem?.conversation_id) return body.tandem.conversation_id;
  if (body.user) {
    // Namespaced by API key, so two apps that both say "user": "sam" stay apart.
    const scope = request.apiKey?.id ?? 'local';
    const digest = createHash('sha256').update(`${scope}\0${body.user}`).digest('hex');
    return `user-${digest.slice(0, 32)}`;
  }
  return randomUUID();
}

function localeAndArea(
  request: FastifyRequest,
  body: ChatRequest,
): { locale?: string; area?: Area } {
  const out: { locale?: string; area?: Area } = {};
  const locale = request.headers['x-tandem-locale'];
  if (locale !== undefined) {
    if (typeof locale !== 'string' || !LOCALE.test(locale)) {
      throw invalidRequest(
        'invalid x-tandem-locale header: a BCP 47 locale such as en-US or de',
        'x-tandem-locale',
      );
    }
    out.locale = locale;
  } else if (body.tandem?.locale) {
    out.locale = body.tandem.locale;
  }
  const area = request.headers['x-tandem-area'];
  if (area !== undefined) {
    if (typeof area !== 'string' || !(AREAS as readonly string[]).includes(area)) {
      throw invalidRequest(
        `invalid x-tandem-area header: one of ${AREAS.join(', ')}`,
        'x-tandem-area',
      );
    }
    out.area = area as Area;
  } else if (body.tandem?.area) {
    out.area = body.tandem.area;
  }
  return out;
}
