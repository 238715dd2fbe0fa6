/**
 * `POST /api/playground/turn`: the console's demo chat. A tester's conversation goes through the
 * whole SAFE-i pipeline — triage, policy, the configured upstream, output checks, repair — and the
 * answer shows every decision beside the reply. Nothing is stored and nobody is paged: `escalate`
 * says what a real turn would have done (`Guard.preview`).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AREAS, type GuardOutcome, type GuardRequest } from '../../core/index.js';
import { methodNotAllowed } from '../app.js';
import { fromZod, tooLarge } from '../errors.js';

export interface PlaygroundGuard {
  preview(request: GuardRequest, signal?: AbortSignal): Promise<GuardOutcome>;
}

export interface PlaygroundRoutesOptions {
  guard: PlaygroundGuard;
  /** Who may try it: it calls the deployment's model, so the console's write access. */
  authorise: (request: FastifyRequest, reply: FastifyReply) => Promise<void>;
  /** Longest message accepted (the gateway's own limit). */
  messageChars: number;
}

const MAX_MESSAGES = 100;

const turnBody = z.strictObject({
  messages: z
    .array(
      z.strictObject({
        role: z.enum(['user', 'assistant']),
        content: z.string().refine((s) => s.trim() !== '', 'a message needs some text'),
      }),
    )
    .min(1, 'at least the tester’s first message')
    .max(MAX_MESSAGES, `at most ${MAX_MESSAGES} messages`)
    .refine((m) => m.at(-1)?.role === 'user', 'the last message must be the tester’s (role user)'),
  locale: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'a BCP 47 tag like "en-GB" or "es"')
    .optional(),
  area: z.enum(AREAS).optional(),
  model: z.string().min(1).max(200).optional(),
});

export async function playgroundRoutes(
  app: FastifyInstance,
  options: PlaygroundRoutesOptions,
): Promise<void> {
  app.post('/playground/turn', { onRequest: options.authorise }, async (request) => {
    const parsed = turnBody.safeParse(request.body ?? {});
    if (!parsed.success) throw fromZod(parsed.error, 'request body');
    const body = parsed.data;
    const long = body.messages.findIndex((m) => m.content.length > options.messageChars);
    if (long !== -1) {
      throw tooLarge(
        `messages[${long}].content is longer than ${options.messageChars} characters`,
        `messages[${long}].content`,
        'message_too_long',
      );
    }
    const abort = new AbortController();
    request.raw.on('close', () => {
      if (!request.raw.complete) abort.abort();
    });
    const outcome = await options.guard.preview(
      {
        messages: body.messages,
        ...(body.locale ? { locale: body.locale } : {}),
        ...(body.area ? { area: body.area } : {}),
        ...(body.model ? { model: body.model } : {}),
      },
      abort.signal,
    );
    const { conversationId: _preview, escalationId: _none, ...shown } = outcome;
    return { stored: false, ...shown };
  });
  methodNotAllowed(app, '/playground/turn', ['POST']);
}
