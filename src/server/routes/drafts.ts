/**
 * Co-created drafts (`/api/drafts`): replies the gateway held for a clinician's approval (policy
 * `approval`), each with its HAAS-e findings — the five metrics and every violation with its span —
 * so the clinician sees what the analysers saw before deciding. Approving sends the draft as
 * written or edited; rejecting sends the clinician's own reply; either way the person gets it with
 * their next request.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { DRAFT_STATUSES, type ChatMessage, type Draft } from '../../core/index.js';
import { scoreResponse } from '../../eval/score.js';
import type { Store } from '../../store/index.js';
import { methodNotAllowed } from '../app.js';
import { fromZod } from '../errors.js';
import type { ConsoleStore } from './console.js';

/** What the routes need from the store (`src/store`'s `Store` fits). */
export type DraftsStore = Pick<Store, 'listDrafts' | 'getDraft' | 'decideDraft'> &
  Pick<ConsoleStore, 'conversationMessages' | 'getConversation'>;

export interface DraftRoutesOptions {
  store: DraftsStore;
  /** Console access: reading for GET, the write permission (and CSRF) for decisions. */
  authorise: (request: FastifyRequest, reply: FastifyReply) => Promise<void>;
  /** Who is deciding: the signed-in account, or the `by` of an API-key client. */
  actingPerson: (request: FastifyRequest, given: string | undefined) => string;
  now?: () => string;
}

const listQuery = z.strictObject({
  status: z.enum(DRAFT_STATUSES).optional(),
  limit: z.coerce.number().int().min(1).max(500).optional(),
});
const idParam = z.object({ id: z.string().min(1).max(128) });
const decision = z.strictObject({
  by: z.string().trim().min(1).max(128).optional(),
  text: z.string().trim().min(1, 'an empty reply').max(10_000).optional(),
});

function parse<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value ?? {});
  if (!result.success) throw fromZod(result.error, what);
  return result.data;
}

export async function draftRoutes(
  app: FastifyInstance,
  options: DraftRoutesOptions,
): Promise<void> {
  const { store } = options;
  const now = options.now ?? (() => new Date().toISOString());

  /** The draft with the conversation up to the message it answers, and its HAAS-e findings. */
  async function withFindings(draft: Draft) {
    const [conversation, messages] = await Promise.all([
      store.getConversation(draft.conversationId),
      store.conversationMessages(draft.conversationId),
    ]);
    const prompt: ChatMessage[] = messages
      .filter((m) => m.seq <= draft.seq)
      .map((m) => ({ role: m.role === 'counselor' ? 'assistant' : m.role, content: m.content }));
    const scored = scoreResponse({
      messages: prompt,
      response: draft.text,
      ...(conversation ? { locale: conversation.locale } : {}),
    });
    return {
      ...draft,
      prompt,
      findings: {
        metrics: scored.metrics,
        mechanisms: scored.mechanisms,
        violations: scored.violations,
      },
    };
  }

  app.get('/drafts', { onRequest: options.authorise }, async (request) => {
    const query = parse(listQuery, request.query, 'query');
    const drafts = await store.listDrafts({
      status: query.status ?? 'pending',
      ...(query.limit ? { limit: query.limit } : {}),
    });
    return { object: 'list', data: await Promise.all(drafts.map(withFindings)) };
  });
  methodNotAllowed(app, '/drafts', ['GET']);

  for (const verb of ['approve', 'reject'] as const) {
    app.post(`/drafts/:id/${verb}`, { onRequest: options.authorise }, async (request) => {
      const { id } = parse(idParam, request.params, 'path');
      const body = parse(decision, request.body, 'request body');
      const decided = await store.decideDraft(
        id,
        {
          approve: verb === 'approve',
          by: options.actingPerson(request, body.by),
          ...(body.text ? { text: body.text } : {}),
        },
        now(),
      );
      return decided;
    });
    methodNotAllowed(app, `/drafts/:id/${verb}`, ['POST']);
  }
}
