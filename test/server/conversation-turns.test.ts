import Fastify from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChatMessage, Generation, Provider } from '../../src/core/index.js';
import { Guard } from '../../src/guard/index.js';
import { turnViews } from '../../src/server/conversation-turns.js';
import { HttpError } from '../../src/server/errors.js';
import { turnRoutes } from '../../src/server/routes/turns.js';
import { Store } from '../../src/store/index.js';

class FixedUpstream implements Provider {
  readonly id = 'fixed';
  async generate(): Promise<Generation> {
    return {
      text: 'That sounds heavy. I am here with you — what is weighing on you most tonight?',
      model: 'fixed-1',
      usage: { inputTokens: 0, outputTokens: 0 },
      latencyMs: 1,
    };
  }
}

const user = (content: string): ChatMessage => ({ role: 'user', content });

let store: Store;
let guard: Guard;

beforeEach(async () => {
  store = await Store.open(':memory:', { encryptionKey: '' });
  guard = await Guard.create({
    store,
    upstreams: { default: 'fixed' },
    providers: { fixed: new FixedUpstream() },
    defaults: { locale: 'en-GB' },
  });
});
afterEach(async () => {
  await store.close();
});

describe('conversation turns for the console', () => {
  it('places each turn’s triage signals on the stored message and span they came from', async () => {
    const first = await guard.respond({ messages: [user('ugh, work was a lot today')] });
    const history: ChatMessage[] = [
      user('ugh, work was a lot today'),
      { role: 'assistant', content: first.response },
      user('honestly i just want to disappear. everyone would be better off without me'),
    ];
    const second = await guard.respond({ conversationId: first.conversationId, messages: history });
    expect(second.triage.level).not.toBe('none');

    const views = turnViews(
      await store.conversationTurns(first.conversationId),
      await store.auditEvents({ conversationId: first.conversationId }),
    );
    const messages = await store.conversationMessages(first.conversationId);
    expect(views).toHaveLength(2);
    expect(views[0]).toMatchObject({ firstSeq: 1, lastSeq: 2, level: 'none', signals: [] });
    expect(views[1]).toMatchObject({
      firstSeq: 3,
      lastSeq: 4,
      level: second.triage.level,
      action: second.action,
      policy: { action: second.decision.action, escalate: second.escalate },
    });
    expect(views[1]!.checks?.ran).toBeGreaterThan(0);
    expect(views[1]!.signals.length).toBeGreaterThan(0);
    for (const signal of views[1]!.signals) {
      expect(signal.seq).toBe(3);
      const text = messages.find((m) => m.seq === signal.seq)!.content;
      expect(text.slice(signal.start, signal.end).length).toBeGreaterThan(0);
      expect(['suicide', 'self_harm']).toContain(signal.category);
    }
    // The highlighted words are the person's own cue, e.g. "better off without me".
    const spans = views[1]!.signals.map((s) =>
      messages.find((m) => m.seq === s.seq)!.content.slice(s.start, s.end),
    );
    expect(spans.some((t) => /better off without me|disappear/.test(t))).toBe(true);
  });

  it('serves the turns over HTTP, 404 for an unknown conversation, behind the access check', async () => {
    const outcome = await guard.respond({ messages: [user('i keep thinking about ending it')] });
    const app = Fastify();
    await app.register(turnRoutes, {
      prefix: '/api',
      store,
      authorise: async (request) => {
        if (request.headers.authorization !== 'Bearer console')
          throw new HttpError(401, 'authentication_error', 'not_signed_in', 'sign in first');
      },
    });
    const ok = await app.inject({
      url: `/api/conversations/${outcome.conversationId}/turns`,
      headers: { authorization: 'Bearer console' },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({
      object: 'list',
      data: [{ firstSeq: 1, level: outcome.triage.level }],
    });
    const missing = await app.inject({
      url: '/api/conversations/nope/turns',
      headers: { authorization: 'Bearer console' },
    });
    expect(missing.statusCode).toBe(404);
    const anonymous = await app.inject({
      url: `/api/conversations/${outcome.conversationId}/turns`,
    });
    expect(anonymous.statusCode).toBe(401);
    await app.close();
  });
});
