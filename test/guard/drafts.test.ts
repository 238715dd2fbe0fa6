import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChatMessage, Generation, Provider } from '../../src/core/index.js';
import { Guard } from '../../src/guard/index.js';
import { loadPolicy } from '../../src/guard/policy.js';
import { Store } from '../../src/store/index.js';

class CountingUpstream implements Provider {
  readonly id = 'counting';
  calls = 0;
  async generate(messages: ChatMessage[]): Promise<Generation> {
    this.calls++;
    const last = messages.at(-1)?.content ?? '';
    return {
      text: `That sounds really heavy (${last.slice(0, 12)}). What has been hardest this week?`,
      model: 'counting-1',
      usage: { inputTokens: 0, outputTokens: 0 },
      latencyMs: 1,
    };
  }
}

let store: Store;
let upstream: CountingUpstream;
let guard: Guard;
let clock: number;

beforeEach(async () => {
  store = await Store.open(':memory:', { encryptionKey: '' });
  upstream = new CountingUpstream();
  clock = Date.parse('2026-11-22T09:00:00.000Z');
  const base = loadPolicy();
  guard = await Guard.create({
    store,
    policy: {
      ...base,
      areas: { ...base.areas, institutional: { ...base.areas.institutional, approval: true } },
    },
    upstreams: { default: 'counting' },
    providers: { counting: upstream },
    defaults: { locale: 'en-GB', area: 'institutional' },
    clock: () => new Date((clock += 1000)),
  });
});
afterEach(async () => {
  await store.close();
});

const user = (content: string): ChatMessage => ({ role: 'user', content });

describe('co-created drafts (policy approval)', () => {
  it('holds the model’s reply for a clinician; the approved edit reaches the person next turn', async () => {
    const first = await guard.respond({
      messages: [user('work has been crushing me, i feel so low')],
    });
    expect(first.action).toBe('human');
    expect(first.response).toMatch(/care team reads every reply/);
    expect(first.response).toMatch(/999/);
    expect(upstream.calls).toBe(1);
    const [draft] = await store.listDrafts({ status: 'pending' });
    expect(draft).toMatchObject({ conversationId: first.conversationId, seq: 1, action: 'pass' });
    expect(draft?.text).toMatch(/That sounds really heavy/);

    const edited = 'That sounds really heavy. I am Sam from the care team; what has been hardest?';
    const decided = await store.decideDraft(
      draft!.id,
      { approve: true, by: 'sam', text: edited },
      '2026-11-22T09:05:00.000Z',
    );
    expect(decided).toMatchObject({ status: 'approved', final: edited, decidedBy: 'sam' });
    // The edit is kept with the draft, word by word.
    const stored = (await store.getDraft(draft!.id))!;
    expect(
      stored.diff?.some((p) => p.op === 'added' && p.text.includes('Sam from the care team')),
    ).toBe(true);
    expect(
      stored.diff
        ?.filter((p) => p.op !== 'added')
        .map((p) => p.text)
        .join(''),
    ).toBe(draft!.text);
    expect((await store.getConversation(first.conversationId))?.awaitingDelivery).toBe(true);

    const history: ChatMessage[] = [
      user('work has been crushing me, i feel so low'),
      { role: 'assistant', content: first.response },
      user('mostly my manager tbh'),
    ];
    const second = await guard.respond({ conversationId: first.conversationId, messages: history });
    expect(second.action).toBe('human');
    expect(second.response).toBe(edited);
    // The new message gets its own draft in the same turn.
    const pending = await store.listDrafts({ status: 'pending' });
    expect(pending).toHaveLength(1);
    expect(pending[0]?.seq).toBeGreaterThan(1);
    expect((await store.getConversation(first.conversationId))?.awaitingDelivery).toBeUndefined();
    const transcript = await store.conversationMessages(first.conversationId);
    expect(transcript.filter((m) => m.content === edited)).toHaveLength(1);
    expect(transcript.find((m) => m.content === edited)).toMatchObject({
      role: 'counselor',
      delivered: true,
    });

    const types = (await store.auditEvents({ conversationId: first.conversationId })).map(
      (e) => e.type,
    );
    expect(types.filter((t) => t === 'draft.created')).toHaveLength(2);
    expect(types).toContain('draft.approved');
  });

  it('never makes someone at high risk wait: the protocol reply goes out and the turn escalates', async () => {
    const outcome = await guard.respond({
      messages: [user('i have the pills ready and i am going to take them all tonight')],
    });
    expect(['high', 'imminent']).toContain(outcome.triage.level);
    expect(outcome.action).toBe('replace');
    expect(outcome.escalate).toBe(true);
    expect(outcome.escalationId).toBeDefined();
    expect(await store.listDrafts({})).toEqual([]);
  });

  it('leaves other areas alone, and refuses a second decision or a rejection without a reply', async () => {
    const individual = await guard.respond({
      messages: [user('long day, feeling flat')],
      area: 'individual',
    });
    expect(individual.action).not.toBe('human');
    expect(await store.listDrafts({})).toEqual([]);

    await guard.respond({ messages: [user('cant switch off at night, brain keeps going')] });
    const [draft] = await store.listDrafts({ status: 'pending' });
    await expect(
      store.decideDraft(draft!.id, { approve: false, by: 'sam' }, '2026-11-22T09:10:00.000Z'),
    ).rejects.toMatchObject({ code: 'INPUT_INVALID' });
    await store.decideDraft(
      draft!.id,
      { approve: false, by: 'sam', text: 'I hear you. Can we look at your evenings together?' },
      '2026-11-22T09:11:00.000Z',
    );
    await expect(
      store.decideDraft(draft!.id, { approve: true, by: 'kim' }, '2026-11-22T09:12:00.000Z'),
    ).rejects.toMatchObject({ code: 'DRAFT_CONFLICT' });
  });
});
