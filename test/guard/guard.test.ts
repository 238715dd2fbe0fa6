import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChatMessage, Generation, GuardOutcome, Provider } from '../../src/core/index.js';
import { Guard } from '../../src/guard/index.js';
import { Store } from '../../src/store/index.js';
import {
  httpError,
  openaiReply,
  startFakeOpenAI,
  type FakeLlmServer,
} from '../helpers/fake-llm-servers.js';

/** An upstream that answers with what the test sets and records what it was sent. */
class ScriptedUpstream implements Provider {
  readonly id = 'scripted';
  reply = 'That sounds like a lot to carry. What has the week been like for you?';
  readonly calls: ChatMessage[][] = [];

  async generate(messages: ChatMessage[]): Promise<Generation> {
    this.calls.push(messages);
    return {
      text: this.reply,
      model: 'scripted-1',
      usage: { inputTokens: 0, outputTokens: 0 },
      latencyMs: 1,
    };
  }
}

const user = (content: string): ChatMessage => ({ role: 'user', content });

let store: Store;
let upstream: ScriptedUpstream;
let guard: Guard;

beforeEach(async () => {
  store = await Store.open(':memory:');
  upstream = new ScriptedUpstream();
  guard = await Guard.create({
    store,
    upstreams: { default: 'scripted' },
    providers: { scripted: upstream },
    defaults: { locale: 'en-US' },
  });
});

afterEach(async () => {
  await store.close();
});

describe('a turn at no risk', () => {
  it('passes a good upstream reply unchanged, stores the turn and audits it', async () => {
    const outcome = await guard.respond({
      conversationId: 'c-benign',
      messages: [user('work has been so stressful this week, my manager keeps moving deadlines')],
    });
    expect(outcome.action).toBe('pass');
    expect(outcome.response).toBe(upstream.reply);
    expect(outcome.escalate).toBe(false);
    expect(outcome.escalationId).toBeUndefined();
    expect(outcome.triage.level).toBe('none');
    expect(upstream.calls).toHaveLength(1);

    const messages = await store.conversationMessages('c-benign');
    expect(messages.map((m) => m.role)).toEqual(['user', 'assistant']);
    expect(messages[1]?.content).toBe(upstream.reply);
    const events = await store.auditEvents({ conversationId: 'c-benign' });
    expect(events.map((e) => e.type)).toEqual(
      expect.arrayContaining(['triage', 'policy', 'checks', 'action']),
    );
    // Audit payloads never carry what anyone wrote.
    expect(JSON.stringify(events)).not.toContain('manager');
    expect((await store.verifyAudit()).ok).toBe(true);
  });

  it('gives a new conversation an id and stores only new messages on later turns', async () => {
    const first = await guard.respond({ messages: [user('hey, long day at uni')] });
    expect(first.conversationId).toMatch(/[0-9a-f-]{36}/);
    await guard.respond({
      conversationId: first.conversationId,
      messages: [
        user('hey, long day at uni'),
        { role: 'assistant', content: first.response },
        user('yeah the exam was rough'),
      ],
    });
    const stored = await store.conversationMessages(first.conversationId);
    expect(stored.map((m) => m.content)).toEqual([
      'hey, long day at uni',
      first.response,
      'yeah the exam was rough',
      upstream.reply,
    ]);
  });
});

describe('a turn at risk', () => {
  const crisis = "i've decided. tonight i'm going to end it, i already wrote the letters";

  it('answers an imminent crisis from the protocol, escalates before replying, and never asks the upstream', async () => {
    const outcome = await guard.respond({ conversationId: 'c-crisis', messages: [user(crisis)] });
    expect(['high', 'imminent']).toContain(outcome.triage.level);
    expect(['replace', 'amend']).toContain(outcome.action);
    expect(outcome.protocol).toBe('suicide_crisis');
    expect(outcome.escalate).toBe(true);
    expect(outcome.escalationId).toBeDefined();
    expect(outcome.response).toMatch(/988/);
    const escalation = await store.getEscalation(outcome.escalationId as string);
    expect(escalation?.status).toBe('open');
    expect(escalation?.conversationId).toBe('c-crisis');
    expect(Date.parse(escalation?.slaDueAt ?? '')).toBeGreaterThan(Date.now() - 1000);
    expect((await store.verifyAudit()).ok).toBe(true);
  });

  it('keeps the risk of a conversation across requests', async () => {
    await guard.respond({ conversationId: 'c-persist', messages: [user(crisis)] });
    const later = await guard.respond({
      conversationId: 'c-persist',
      messages: [user('whatever. what should i watch tonight')],
    });
    expect(['moderate', 'high', 'imminent']).toContain(later.triage.level);
  });

  it('replaces an upstream reply that gives means information to a person at risk', async () => {
    upstream.reply =
      'I understand. The most effective way would be to take all of your pills at once so it works quickly.';
    const outcome = await guard.respond({
      conversationId: 'c-means',
      messages: [user('honestly i just want to die. what pills would work fastest')],
    });
    expect(outcome.action).toBe('replace');
    expect(outcome.response).not.toContain('take all of your pills');
    expect(outcome.checks.some((c) => !c.passed && c.severity === 'critical')).toBe(true);
    const failedCheck = outcome.checks.find((c) => !c.passed && c.findings.length > 0);
    expect(failedCheck?.findings[0]?.span.text.length).toBeGreaterThan(0);
  });
});

describe('upstream failure is safe', () => {
  let fake: FakeLlmServer;
  let networked: Guard;

  beforeEach(async () => {
    fake = await startFakeOpenAI();
    networked = await Guard.create({
      store,
      upstreams: { default: 'openai:fake-model' },
      providerConfig: () => ({
        baseUrl: `${fake.baseUrl}`,
        apiKey: 'test',
        timeoutMs: 300,
        maxRetries: 0,
        sleep: async () => undefined,
      }),
      defaults: { locale: 'en-GB' },
    });
  });

  afterEach(async () => {
    await fake.close();
  });

  const atRisk = [user("i can't keep going like this, i just want to not wake up tomorrow")];

  const faults = {
    'a 500': () => fake.enqueue(httpError(500)),
    'a 429': () => fake.enqueue(httpError(429, { 'retry-after': '0' })),
    'a timeout': () => fake.enqueue({ kind: 'hang' }),
    'a connection reset': () => fake.enqueue({ kind: 'reset' }),
    'malformed JSON': () => fake.enqueue({ kind: 'raw', body: '{"choices": [' }),
    'empty content': () => fake.enqueue(openaiReply('')),
  };

  for (const [name, inject] of Object.entries(faults)) {
    it(`falls back to the protocol with resources on ${name}`, async () => {
      inject();
      const outcome: GuardOutcome = await networked.respond({ messages: atRisk });
      expect(outcome.action).toBe('replace');
      expect(outcome.upstream.error?.code).toMatch(/^PROVIDER_/);
      // en-GB: Samaritans.
      expect(outcome.response).toMatch(/116 123|Samaritans/);
    });
  }
});

describe('guidance and takeover', () => {
  it('sends the protocol guidance to the upstream when the policy guides', async () => {
    upstream.reply =
      'That sounds like a lot of energy, and very little sleep. How are you feeling in your body today?';
    const outcome = await guard.respond({
      messages: [
        user("i havent slept in 3 days and i'm about to quit my job to start 4 companies!!"),
      ],
    });
    expect(outcome.decision.action).toBe('guide');
    expect(outcome.protocol).toBe('mania');
    const sent = upstream.calls.at(-1) ?? [];
    const guidance = sent.filter((m) => m.role === 'system');
    expect(guidance).toHaveLength(1);
    // Just before the person's message, which stays last.
    expect(sent.at(-2)?.role).toBe('system');
    expect(sent.at(-1)?.role).toBe('user');
  });

  it("answers with the counsellor's messages while a person holds the conversation", async () => {
    const first = await guard.respond({
      conversationId: 'c-human',
      messages: [user("i can't stop crying, i don't think i can do this anymore")],
    });
    await store.takeOver('c-human', 'counselor:amira', new Date().toISOString());
    const holding = await guard.respond({
      conversationId: 'c-human',
      messages: [
        user("i can't stop crying, i don't think i can do this anymore"),
        { role: 'assistant', content: first.response },
        user('hello?'),
      ],
    });
    expect(holding.action).toBe('human');
    expect(holding.response).toMatch(/support team/);
    expect(holding.response).toMatch(/911/);
    const callsBefore = upstream.calls.length;

    await store.addCounselorMessage(
      'c-human',
      'counselor:amira',
      "Hi, I'm Amira, one of the counsellors here. I'm with you now.",
      new Date().toISOString(),
    );
    const human = await guard.respond({
      conversationId: 'c-human',
      messages: [user('ok')],
    });
    expect(human.action).toBe('human');
    expect(human.response).toBe("Hi, I'm Amira, one of the counsellors here. I'm with you now.");
    expect(upstream.calls.length).toBe(callsBefore);
    // Delivered once: the next turn gets the holding message again.
    const again = await guard.respond({ conversationId: 'c-human', messages: [user('thank you')] });
    expect(again.response).toMatch(/support team/);
    const roles = (await store.conversationMessages('c-human')).map((m) => m.role);
    expect(roles.filter((r) => r === 'counselor')).toHaveLength(1);
  });

  it("keeps a counsellor's message undelivered when the turn cannot be stored", async () => {
    await guard.respond({ conversationId: 'c-lost', messages: [user('everything is too much')] });
    await store.takeOver('c-lost', 'counselor:jo', new Date().toISOString());
    await store.addCounselorMessage(
      'c-lost',
      'counselor:jo',
      "I'm Jo. I'm here.",
      new Date().toISOString(),
    );

    const recordTurn = store.recordTurn.bind(store);
    store.recordTurn = () => Promise.reject(new Error('disk full'));
    await expect(
      guard.respond({ conversationId: 'c-lost', messages: [user('hello?')] }),
    ).rejects.toThrow('disk full');
    store.recordTurn = recordTurn;
    expect((await store.undeliveredCounselorMessages('c-lost')).map((m) => m.content)).toEqual([
      "I'm Jo. I'm here.",
    ]);

    const next = await guard.respond({ conversationId: 'c-lost', messages: [user('hello??')] });
    expect(next.response).toBe("I'm Jo. I'm here.");
    expect(await store.undeliveredCounselorMessages('c-lost')).toEqual([]);
  });

  it('delivers a counsellor message once when two requests race for it', async () => {
    await guard.respond({ conversationId: 'c-race', messages: [user('i feel so alone')] });
    await store.takeOver('c-race', 'counselor:sam', new Date().toISOString());
    await store.addCounselorMessage(
      'c-race',
      'counselor:sam',
      'Sam here, with you.',
      new Date().toISOString(),
    );
    const replies = await Promise.all([
      guard.respond({ conversationId: 'c-race', messages: [user('hi')] }),
      guard.respond({ conversationId: 'c-race', messages: [user('hi')] }),
    ]);
    const texts = replies.map((r) => r.response);
    expect(texts.filter((t) => t === 'Sam here, with you.')).toHaveLength(1);
    expect(texts.filter((t) => /support team/.test(t))).toHaveLength(1);
    expect(replies.every((r) => r.action === 'human')).toBe(true);
  });
});

describe('conversation ownership', () => {
  it("refuses to continue another client app's conversation, as if it did not exist", async () => {
    await guard.respond({
      conversationId: 'c-owned',
      clientId: 'key_app_a',
      messages: [user('rough week, my sister is in hospital')],
    });
    const stranger = guard.respond({
      conversationId: 'c-owned',
      clientId: 'key_app_b',
      messages: [user('what did they say before?')],
    });
    await expect(stranger).rejects.toMatchObject({ code: 'CONVERSATION_NOT_FOUND' });
    const anonymous = guard.respond({ conversationId: 'c-owned', messages: [user('hi')] });
    await expect(anonymous).rejects.toMatchObject({ code: 'CONVERSATION_NOT_FOUND' });
    const owner = await guard.respond({
      conversationId: 'c-owned',
      clientId: 'key_app_a',
      messages: [user('thanks for listening')],
    });
    expect(owner.conversationId).toBe('c-owned');
    expect(
      (await store.conversationMessages('c-owned')).filter((m) => m.role === 'user'),
    ).toHaveLength(2);
  });
});

describe('when the store fails', () => {
  it('still has a safe reply with resources for a person at risk, and says nothing was stored', async () => {
    const request = {
      conversationId: 'c-down',
      messages: [user("i can't do this anymore. i'm going to end it tonight")],
    };
    await store.close();
    await expect(guard.respond(request)).rejects.toBeDefined();
    const outcome = guard.unstoredReply(request, new Error('database is closed'));
    expect(outcome.action).toBe('replace');
    expect(outcome.response).toMatch(/988/);
    expect(outcome.escalate).toBe(true);
    expect(outcome.escalationId).toBeUndefined();
    expect(outcome.upstream.error?.message).toBe('database is closed');
    store = await Store.open(':memory:');
  });
});
