/**
 * The console API (`/api`, keys with the `console` scope or a signed-in session): escalations to
 * answer, conversations to read, take over, reply to and release. Every write goes through the
 * store, which audits it as `counselor:<by>`. With a session, `by`/`assignee` is the signed-in
 * account's username (and may not name anyone else). A counselor's message is delivered by the
 * guard on the person's next request (action `human`).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  ESCALATION_STATUSES,
  type Escalation,
  type EscalationNote,
  type EscalationStatus,
  type RiskLevel,
  type Role,
  type Takeover,
  type Handover,
} from '../../core/index.js';
import { methodNotAllowed } from '../app.js';
import { fromZod, HttpError, invalidRequest, tooLarge } from '../errors.js';

/** The conversation fields the console shows (the store's `ConversationRecord` fits). */
export interface ConsoleConversation {
  id: string;
  area: string;
  locale: string;
  takeover?: Takeover;
  handover?: Handover;
  createdAt: string;
  updatedAt: string;
  messageCount: number;
  lastLevel: RiskLevel;
}

export interface ConsoleMessage {
  seq: number;
  role: Role;
  content: string;
  at: string;
  author?: string;
  action?: string;
  delivered: boolean;
}

/** What the console routes need from the store (`src/store`'s `Store` fits). */
export interface ConsoleStore {
  listEscalations(opts?: {
    status?: EscalationStatus | EscalationStatus[];
    conversationId?: string;
    limit?: number;
  }): Promise<Escalation[]>;
  getEscalation(id: string): Promise<Escalation | undefined>;
  claimEscalation(id: string, assignee: string, at: string): Promise<Escalation>;
  resolveEscalation(id: string, by: string, resolution: string, at: string): Promise<Escalation>;
  addEscalationNote(id: string, by: string, text: string, at: string): Promise<EscalationNote>;
  escalationNotes(ids: readonly string[]): Promise<EscalationNote[]>;
  listConversations(opts?: { limit?: number; takenOver?: boolean }): Promise<ConsoleConversation[]>;
  getConversation(id: string): Promise<ConsoleConversation | undefined>;
  conversationMessages(id: string): Promise<ConsoleMessage[]>;
  takeOver(conversationId: string, by: string, at: string): Promise<Takeover>;
  releaseTakeover(
    conversationId: string,
    by: string,
    at: string,
    note?: string,
  ): Promise<{ released: boolean; undelivered: number }>;
  addCounselorMessage(
    conversationId: string,
    by: string,
    content: string,
    at: string,
  ): Promise<ConsoleMessage>;
}

const person = z
  .string()
  .trim()
  .min(1, 'who is acting: a non-empty counselor id')
  .max(128, 'at most 128 characters');

const idParam = z.object({ id: z.string().min(1).max(128) });

const listEscalationsQuery = z.strictObject({
  status: z
    .string()
    .transform((s) => s.split(',').map((v) => v.trim()))
    .pipe(z.array(z.enum(ESCALATION_STATUSES)))
    .optional(),
  limit: z.coerce.number().int().min(1).max(1000).optional(),
});

const listConversationsQuery = z.strictObject({
  takenOver: z.enum(['true', 'false']).optional(),
  limit: z.coerce.number().int().min(1).max(1000).optional(),
});

const claimBody = z.strictObject({ assignee: person.optional() });
const resolveBody = z.strictObject({
  by: person.optional(),
  resolution: z.string().trim().min(1, 'say how it was resolved').max(10_000),
});
const byBody = z.strictObject({ by: person.optional() });
const releaseBody = z.strictObject({
  by: person.optional(),
  /** For the model: what it should know now that it answers again (stored encrypted). */
  note: z.string().trim().max(4000, 'a hand-back note of at most 4000 characters').optional(),
});
const noteBody = z.strictObject({
  by: person.optional(),
  text: z
    .string()
    .trim()
    .min(1, 'a note needs some text')
    .max(10_000, 'a note of at most 10000 characters'),
});
const messageBody = z.strictObject({
  by: person.optional(),
  content: z.string().refine((s) => s.trim() !== '', 'a message needs some text'),
});

/**
 * Who is acting: the signed-in account, or (API keys, auth off) the person the body names. A
 * session cannot act in another person's name.
 */
export function actingPerson(
  request: FastifyRequest,
  given: string | undefined,
  field: string,
): string {
  const session = request.consoleSession;
  if (session) {
    if (given !== undefined && given !== session.user.username) {
      throw new HttpError(
        403,
        'permission_error',
        'acting_as_other',
        `${field} must be your own username (${session.user.username}) or left out`,
        field,
      );
    }
    return session.user.username;
  }
  if (given === undefined) {
    throw invalidRequest(
      `invalid request body: ${field}: who is acting: a non-empty counselor id`,
      field,
    );
  }
  return given;
}

function parse<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value ?? {});
  if (!result.success) throw fromZod(result.error, what);
  return result.data;
}

function conversationNotFound(id: string): HttpError {
  return new HttpError(
    404,
    'not_found_error',
    'conversation_not_found',
    `no conversation ${id}`,
    'id',
  );
}

export async function consoleRoutes(app: FastifyInstance): Promise<void> {
  const { store, settings } = app.gateway;
  const now = () => new Date().toISOString();
  app.addHook('onRequest', app.gateway.requireConsole);

  app.get('/escalations', async (request) => {
    const query = parse(listEscalationsQuery, request.query, 'query');
    const escalations = await store.listEscalations({
      ...(query.status ? { status: query.status } : {}),
      ...(query.limit ? { limit: query.limit } : {}),
    });
    return { object: 'list', data: escalations };
  });
  methodNotAllowed(app, '/escalations', ['GET']);

  app.get('/escalations/:id', async (request) => {
    const { id } = parse(idParam, request.params, 'path');
    const escalation = await store.getEscalation(id);
    if (!escalation) {
      throw new HttpError(
        404,
        'not_found_error',
        'escalation_not_found',
        `no escalation ${id}`,
        'id',
      );
    }
    return { ...escalation, notes: await store.escalationNotes([id]) };
  });
  methodNotAllowed(app, '/escalations/:id', ['GET']);

  app.post('/escalations/:id/notes', async (request, reply) => {
    const { id } = parse(idParam, request.params, 'path');
    const body = parse(noteBody, request.body, 'request body');
    const note = await store.addEscalationNote(
      id,
      actingPerson(request, body.by, 'by'),
      body.text,
      now(),
    );
    return reply.status(201).send(note);
  });
  methodNotAllowed(app, '/escalations/:id/notes', ['POST']);

  app.post('/escalations/:id/claim', async (request) => {
    const { id } = parse(idParam, request.params, 'path');
    const body = parse(claimBody, request.body, 'request body');
    return store.claimEscalation(id, actingPerson(request, body.assignee, 'assignee'), now());
  });
  methodNotAllowed(app, '/escalations/:id/claim', ['POST']);

  app.post('/escalations/:id/resolve', async (request) => {
    const { id } = parse(idParam, request.params, 'path');
    const body = parse(resolveBody, request.body, 'request body');
    const by = actingPerson(request, body.by, 'by');
    return store.resolveEscalation(id, by, body.resolution, now());
  });
  methodNotAllowed(app, '/escalations/:id/resolve', ['POST']);

  app.get('/conversations', async (request) => {
    const query = parse(listConversationsQuery, request.query, 'query');
    const conversations = await store.listConversations({
      ...(query.takenOver ? { takenOver: query.takenOver === 'true' } : {}),
      ...(query.limit ? { limit: query.limit } : {}),
    });
    return { object: 'list', data: conversations.map(conversationView) };
  });
  methodNotAllowed(app, '/conversations', ['GET']);

  app.get('/conversations/:id', async (request) => {
    const { id } = parse(idParam, request.params, 'path');
    const conversation = await store.getConversation(id);
    if (!conversation) throw conversationNotFound(id);
    const [messages, unresolved] = await Promise.all([
      store.conversationMessages(id),
      store.listEscalations({ status: ['open', 'claimed'], conversationId: id }),
    ]);
    const notes = await store.escalationNotes(unresolved.map((e) => e.id));
    return {
      ...conversationView(conversation),
      messages,
      escalations: unresolved.map((e) => ({
        ...e,
        notes: notes.filter((n) => n.escalationId === e.id),
      })),
    };
  });
  methodNotAllowed(app, '/conversations/:id', ['GET']);

  app.post('/conversations/:id/takeover', async (request) => {
    const { id } = parse(idParam, request.params, 'path');
    const body = parse(byBody, request.body, 'request body');
    const takeover = await store.takeOver(id, actingPerson(request, body.by, 'by'), now());
    return { conversationId: id, takeover };
  });
  methodNotAllowed(app, '/conversations/:id/takeover', ['POST']);

  app.post('/conversations/:id/release', async (request) => {
    const { id } = parse(idParam, request.params, 'path');
    const body = parse(releaseBody, request.body, 'request body');
    const by = actingPerson(request, body.by, 'by');
    const outcome = await store.releaseTakeover(id, by, now(), body.note);
    if (outcome.released) return { conversationId: id, takeover: null, releasePending: false };
    // The holder's messages go out with the person's next request; the model answers after that.
    const conversation = await store.getConversation(id);
    return {
      conversationId: id,
      takeover: conversation?.takeover ?? null,
      releasePending: true,
      undelivered: outcome.undelivered,
    };
  });
  methodNotAllowed(app, '/conversations/:id/release', ['POST']);

  app.post('/conversations/:id/messages', async (request, reply) => {
    const { id } = parse(idParam, request.params, 'path');
    const body = parse(messageBody, request.body, 'request body');
    const by = actingPerson(request, body.by, 'by');
    if (body.content.length > settings.limits.messageChars) {
      throw tooLarge(
        `message too long: ${body.content.length} characters, the limit is ${settings.limits.messageChars} (gateway.limits.messageChars)`,
        'content',
        'message_too_long',
      );
    }
    const message = await store.addCounselorMessage(id, by, body.content, now());
    return reply.status(201).send({ conversationId: id, message });
  });
  methodNotAllowed(app, '/conversations/:id/messages', ['POST']);
}

/** The conversation without the guard's internal risk state, with its risk level by name. */
function conversationView(c: ConsoleConversation) {
  return {
    id: c.id,
    area: c.area,
    locale: c.locale,
    takeover: c.takeover ?? null,
    handover: c.handover ?? null,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
    messageCount: c.messageCount,
    risk: { level: c.lastLevel },
  };
}
