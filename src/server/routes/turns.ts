/**
 * `GET /api/conversations/:id/turns`: each turn's triage (signals placed at stored messages and
 * spans), policy decision, output checks and action — what the console shows beside the messages.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AuditEvent, ConversationTurn } from '../../core/index.js';
import { methodNotAllowed } from '../app.js';
import type { AuditReader } from '../console-feed.js';
import { turnViews } from '../conversation-turns.js';
import type { ConsoleConversation } from './console.js';
import { fromZod, HttpError } from '../errors.js';

/** What the route needs from the store (`src/store`'s `Store` fits). */
export interface TurnsStore extends AuditReader {
  getConversation(id: string): Promise<ConsoleConversation | undefined>;
  conversationTurns(id: string): Promise<ConversationTurn[]>;
}

export interface TurnRoutesOptions {
  /** Who may read: the console's read access check. */
  authorise: (request: FastifyRequest, reply: FastifyReply) => Promise<void>;
  store: TurnsStore;
}

const idParam = z.object({ id: z.string().min(1).max(128) });
const AUDIT_PAGE = 1000;

export async function turnRoutes(app: FastifyInstance, options: TurnRoutesOptions): Promise<void> {
  const { store } = options;

  app.get('/conversations/:id/turns', { onRequest: options.authorise }, async (request) => {
    const params = idParam.safeParse(request.params);
    if (!params.success) throw fromZod(params.error, 'path');
    const { id } = params.data;
    if (!(await store.getConversation(id))) {
      throw new HttpError(
        404,
        'not_found_error',
        'conversation_not_found',
        `no conversation ${id}`,
        'id',
      );
    }
    const turns = await store.conversationTurns(id);
    const events: AuditEvent[] = [];
    for (;;) {
      const page = await store.auditEvents({
        conversationId: id,
        ...(events.length > 0 ? { afterSeq: events.at(-1)!.seq } : {}),
        limit: AUDIT_PAGE,
      });
      events.push(...page);
      if (page.length < AUDIT_PAGE) break;
    }
    return { object: 'list', data: turnViews(turns, events) };
  });
  methodNotAllowed(app, '/conversations/:id/turns', ['GET']);
}
