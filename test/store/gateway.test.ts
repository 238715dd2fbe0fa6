import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isTandemError, type ErrorCode } from '../../src/core/index.js';
import { Store, type TurnRecord } from '../../src/store/index.js';

const T0 = Date.parse('2026-11-22T01:00:00.000Z');
const at = (seconds: number) => new Date(T0 + seconds * 1000).toISOString();

function turn(
  conversationId: string,
  seconds: number,
  extra: Partial<TurnRecord> = {},
): TurnRecord {
  return {
    conversationId,
    area: 'individual',
    locale: 'en-GB',
    at: at(seconds),
    riskState: { level: 'moderate', turns: seconds },
    messages: [
      { role: 'user', content: 'honestly idk why i bother anymore, nothing ever gets better' },
      { role: 'assistant', content: 'That sounds exhausting to carry.', action: 'guide' },
    ],
    summary: {
      action: 'guide',
      protocol: 'suicide_crisis',
      level: 'moderate',
      cssrs: 1,
      categories: ['suicide'],
      failedChecks: [],
      upstream: 'reference',
    },
    audit: [
      { actor: 'guard', type: 'triage', payload: { level: 'moderate', cssrs: 1 } },
      { actor: 'guard', type: 'action', payload: { action: 'guide' } },
    ],
    ...extra,
  };
}

const escalation = (level: 'high' | 'imminent', slaSeconds: number) => ({
  level,
  categories: ['suicide' as const],
  reasons: [`policy rule suicide/${level}: replace, escalate`],
  slaDueAt: at(slaSeconds),
});

async function expectCode(promise: Promise<unknown>, code: ErrorCode): Promise<void> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(isTandemError(error, code), `expected ${code}, got ${String(error)}`).toBe(true);
}

describe('Store: gateway conversations, turns and escalations', () => {
  let dir: string;
  let store: Store;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tandem-gateway-'));
    store = await Store.open(join(dir, 'tandem.db'), { encryptionKey: '' });
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('records a turn: conversation, messages in order, risk state and audit events', async () => {
    const result = await store.recordTurn(turn('c-1', 0));
    expect(result.escalationId).toBeUndefined();
    const conversation = await store.getConversation('c-1');
    expect(conversation).toEqual({
      id: 'c-1',
      area: 'individual',
      locale: 'en-GB',
      riskState: { level: 'moderate', turns: 0 },
      createdAt: at(0),
      updatedAt: at(0),
      messageCount: 2,
      lastLevel: 'moderate',
    });
    await store.recordTurn(
      turn('c-1', 60, {
        locale: 'en-IE',
        riskState: null,
        messages: [{ role: 'user', content: 'ok thanks' }],
        summary: { ...turn('c-1', 0).summary, level: 'low' },
      }),
    );
    const messages = await store.conversationMessages('c-1');
    expect(messages.map((m) => [m.seq, m.role, m.delivered])).toEqual([
      [1, 'user', true],
      [2, 'assistant', true],
      [3, 'user', true],
    ]);
    expect(messages[1]).toMatchObject({ action: 'guide', at: at(0) });
    expect(await store.getConversation('c-1')).toMatchObject({
      locale: 'en-IE',
      riskState: null,
      messageCount: 3,
      lastLevel: 'low',
      createdAt: at(0),
      updatedAt: at(60),
    });
    const events = await store.auditEvents({ conversationId: 'c-1' });
    expect(events.map((e) => e.type)).toEqual(['triage', 'action', 'triage', 'action']);
    expect(events.every((e) => e.conversationId === 'c-1')).toBe(true);
    expect((await store.verifyAudit()).ok).toBe(true);
    expect(await store.getConversation('nobody')).toBeUndefined();
    expect(await store.conversationMessages('nobody')).toEqual([]);
  });

  it('writes the escalation, its outbox notification and audit events with the escalation id', async () => {
    const { escalationId, auditSeq } = await store.recordTurn(
      turn('c-2', 0, { escalation: escalation('high', 900) }),
    );
    expect(escalationId).toMatch(/^[0-9a-f-]{36}$/);
    expect(await store.getEscalation(escalationId as string)).toEqual({
      id: escalationId,
      conversationId: 'c-2',
      level: 'high',
      categories: ['suicide'],
      reasons: ['policy rule suicide/high: replace, escalate'],
      status: 'open',
      createdAt: at(0),
      slaDueAt: at(900),
    });
    const events = await store.auditEvents();
    expect(events.map((e) => e.type)).toEqual(['escalation.created', 'triage', 'action']);
    expect(auditSeq).toBe(events.at(-1)?.seq);
    for (const e of events) expect(e.payload).toMatchObject({ escalationId });
    const notifications = await store.listNotifications();
    expect(notifications).toHaveLength(1);
    expect(notifications[0]).toMatchObject({
      type: 'escalation.created',
      status: 'pending',
      attempts: 0,
      escalation: { id: escalationId },
    });
  });

  it('joins later escalating turns to the open escalation and raises it when the risk rises', async () => {
    const first = await store.recordTurn(turn('c-3', 0, { escalation: escalation('high', 900) }));
    const same = await store.recordTurn(turn('c-3', 30, { escalation: escalation('high', 930) }));
    expect(same.escalationId).toBe(first.escalationId);
    expect(await store.listNotifications()).toHaveLength(1);

    const raised = await store.recordTurn(
      turn('c-3', 60, {
        escalation: {
          ...escalation('imminent', 360),
          categories: ['suicide', 'medical_emergency'],
        },
      }),
    );
    expect(raised.escalationId).toBe(first.escalationId);
    expect(await store.getEscalation(first.escalationId as string)).toMatchObject({
      level: 'imminent',
      categories: ['suicide', 'medical_emergency'],
      slaDueAt: at(360),
      status: 'open',
    });
    expect((await store.listNotifications()).map((n) => n.type).sort()).toEqual([
      'escalation.created',
      'escalation.raised',
    ]);
    expect(
      (await store.auditEvents()).filter((e) => e.type.startsWith('escalation.')),
    ).toHaveLength(2);

    await store.resolveEscalation(
      first.escalationId as string,
      'ana',
      'called back, safety plan made',
      at(120),
    );
    const again = await store.recordTurn(
      turn('c-3', 200, { escalation: escalation('high', 1100) }),
    );
    expect(again.escalationId).not.toBe(first.escalationId);
  });

  it('writes nothing when any part of the turn fails', async () => {
    await store.recordTurn(turn('c-4', 0));
    const before = {
      conversation: await store.getConversation('c-4'),
      messages: await store.conversationMessages('c-4'),
      audit: await store.auditEvents(),
    };
    const broken = turn('c-4', 10, {
      escalation: escalation('high', 900),
      // Not JSON: appending the audit event throws after everything else was written.
      audit: [{ actor: 'guard', type: 'triage', payload: { n: 1n } }],
    });
    await expect(store.recordTurn(broken)).rejects.toThrow();
    await expect(store.recordTurn({ ...broken, conversationId: 'c-new' })).rejects.toThrow();
    expect(await store.getConversation('c-4')).toEqual(before.conversation);
    expect(await store.conversationMessages('c-4')).toEqual(before.messages);
    expect(await store.auditEvents()).toEqual(before.audit);
    expect(await store.getConversation('c-new')).toBeUndefined();
    expect(await store.listEscalations()).toEqual([]);
    expect(await store.listNotifications()).toEqual([]);
    expect((await store.verifyAudit()).ok).toBe(true);
  });

  it('keeps message order and the audit chain intact under concurrent turns', async () => {
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        store.recordTurn(
          turn(`c-${i % 3}`, i, {
            ...(i % 7 === 0 ? { escalation: escalation('high', 900 + i) } : {}),
          }),
        ),
      ),
    );
    for (const id of ['c-0', 'c-1', 'c-2']) {
      const messages = await store.conversationMessages(id);
      expect(messages.map((m) => m.seq)).toEqual(messages.map((_, n) => n + 1));
      expect((await store.getConversation(id))?.messageCount).toBe(messages.length);
    }
    const verification = await store.verifyAudit();
    expect(verification).toMatchObject({ ok: true, problems: [] });
    expect(verification.head.seq).toBe(verification.events);
  });

  it('lists escalations open first by SLA, then claimed, then resolved', async () => {
    const ids: string[] = [];
    for (const [n, sla] of [900, 300, 600, 120].entries()) {
      const r = await store.recordTurn(turn(`e-${n}`, n, { escalation: escalation('high', sla) }));
      ids.push(r.escalationId as string);
    }
    await store.claimEscalation(ids[3] as string, 'ana', at(10));
    await store.claimEscalation(ids[0] as string, 'ben', at(11));
    await store.resolveEscalation(ids[0] as string, 'ben', 'spoke with them', at(12));
    const all = await store.listEscalations();
    expect(all.map((e) => [e.status, e.slaDueAt])).toEqual([
      ['open', at(300)],
      ['open', at(600)],
      ['claimed', at(120)],
      ['resolved', at(900)],
    ]);
    expect((await store.listEscalations({ status: 'open' })).map((e) => e.id)).toEqual([
      ids[1],
      ids[2],
    ]);
    expect(await store.listEscalations({ status: ['claimed', 'resolved'], limit: 1 })).toHaveLength(
      1,
    );
    expect(await store.listEscalations({ status: [] })).toEqual([]);
  });

  it('claims and resolves escalations with clear conflicts and audit events', async () => {
    const { escalationId } = await store.recordTurn(
      turn('c-5', 0, { escalation: escalation('imminent', 300) }),
    );
    const id = escalationId as string;
    await expectCode(store.claimEscalation('missing', 'ana', at(1)), 'ESCALATION_NOT_FOUND');
    await expectCode(store.resolveEscalation('missing', 'ana', 'x', at(1)), 'ESCALATION_NOT_FOUND');

    const claimed = await store.claimEscalation(id, 'ana', at(5));
    expect(claimed).toMatchObject({ status: 'claimed', assignee: 'ana', claimedAt: at(5) });
    const auditAfterClaim = (await store.auditEvents()).length;
    expect(await store.claimEscalation(id, 'ana', at(6))).toEqual(claimed);
    expect((await store.auditEvents()).length).toBe(auditAfterClaim);
    await expectCode(store.claimEscalation(id, 'ben', at(7)), 'ESCALATION_CONFLICT');
    await expectCode(store.resolveEscalation(id, 'ben', 'done', at(8)), 'ESCALATION_CONFLICT');

    const resolved = await store.resolveEscalation(
      id,
      'ana',
      'called them, they are with family now',
      at(9),
    );
    expect(resolved).toMatchObject({
      status: 'resolved',
      assignee: 'ana',
      resolvedAt: at(9),
      resolution: 'called them, they are with family now',
    });
    expect(await store.getEscalation(id)).toEqual(resolved);
    await expectCode(store.claimEscalation(id, 'ana', at(10)), 'ESCALATION_CONFLICT');
    await expectCode(store.resolveEscalation(id, 'ana', 'again', at(10)), 'ESCALATION_CONFLICT');

    const trail = (await store.auditEvents()).filter((e) => e.type.startsWith('escalation.'));
    expect(trail.map((e) => [e.type, e.actor])).toEqual([
      ['escalation.created', 'guard'],
      ['escalation.claimed', 'counselor:ana'],
      ['escalation.resolved', 'counselor:ana'],
    ]);
    // The resolution note is counselor text: never in the audit log.
    expect(JSON.stringify(trail)).not.toContain('family');
  });

  it('lets only one of two racing counselors claim an escalation', async () => {
    const { escalationId } = await store.recordTurn(
      turn('c-6', 0, { escalation: escalation('high', 300) }),
    );
    const results = await Promise.allSettled([
      store.claimEscalation(escalationId as string, 'ana', at(1)),
      store.claimEscalation(escalationId as string, 'ben', at(1)),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(isTandemError(rejected.reason, 'ESCALATION_CONFLICT')).toBe(true);
  });

  it('hands a conversation to one counselor and delivers their messages exactly once', async () => {
    await store.recordTurn(turn('c-7', 0));
    await expectCode(store.takeOver('missing', 'ana', at(1)), 'CONVERSATION_NOT_FOUND');
    await expectCode(store.addCounselorMessage('c-7', 'ana', 'hi', at(1)), 'ESCALATION_CONFLICT');

    expect(await store.takeOver('c-7', 'ana', at(2))).toEqual({ by: 'ana', at: at(2) });
    expect(await store.takeOver('c-7', 'ana', at(3))).toEqual({ by: 'ana', at: at(2) });
    await expectCode(store.takeOver('c-7', 'ben', at(3)), 'ESCALATION_CONFLICT');
    expect((await store.getConversation('c-7'))?.takeover).toEqual({ by: 'ana', at: at(2) });
    expect((await store.listConversations({ takenOver: true })).map((c) => c.id)).toEqual(['c-7']);
    expect(await store.listConversations({ takenOver: false })).toEqual([]);

    await expectCode(
      store.addCounselorMessage('c-7', 'ben', 'hello', at(4)),
      'ESCALATION_CONFLICT',
    );
    const first = await store.addCounselorMessage(
      'c-7',
      'ana',
      "Hi, I'm Ana, a counselor. I'm here with you.",
      at(4),
    );
    expect(first).toMatchObject({ seq: 3, role: 'counselor', author: 'ana', delivered: false });
    await store.addCounselorMessage(
      'c-7',
      'ana',
      'Can you tell me where you are right now?',
      at(5),
    );

    // Reading does not deliver: only the turn that hands the messages over marks them.
    const pending = await store.undeliveredCounselorMessages('c-7');
    expect(pending.map((m) => m.seq)).toEqual([3, 4]);
    expect(pending.every((m) => !m.delivered)).toBe(true);
    expect(await store.undeliveredCounselorMessages('missing')).toEqual([]);

    // Two requests both read them; the first to commit delivers, the second stores nothing.
    await store.recordTurn(turn('c-7', 6, { messages: [], deliver: [3, 4] }));
    const before = await store.conversationMessages('c-7');
    await expectCode(
      store.recordTurn(turn('c-7', 6, { messages: [], deliver: [3, 4] })),
      'DELIVERY_CONFLICT',
    );
    expect(await store.conversationMessages('c-7')).toEqual(before);
    expect(before.filter((m) => m.role === 'counselor').every((m) => m.delivered)).toBe(true);
    expect(await store.undeliveredCounselorMessages('c-7')).toEqual([]);

    // A turn after the counselor's messages continues the sequence.
    await store.recordTurn(turn('c-7', 8, { messages: [{ role: 'user', content: 'at home' }] }));
    expect((await store.conversationMessages('c-7')).map((m) => [m.seq, m.role])).toEqual([
      [1, 'user'],
      [2, 'assistant'],
      [3, 'counselor'],
      [4, 'counselor'],
      [5, 'user'],
    ]);

    await expectCode(store.releaseTakeover('c-7', 'ben', at(9)), 'ESCALATION_CONFLICT');
    await store.releaseTakeover('c-7', 'ana', at(9));
    await store.releaseTakeover('c-7', 'ana', at(10));
    expect((await store.getConversation('c-7'))?.takeover).toBeUndefined();
    await expectCode(
      store.addCounselorMessage('c-7', 'ana', 'still there?', at(11)),
      'ESCALATION_CONFLICT',
    );
    await expectCode(store.releaseTakeover('missing', 'ana', at(11)), 'CONVERSATION_NOT_FOUND');

    const trail = (await store.auditEvents({ conversationId: 'c-7' })).map((e) => e.type);
    expect(trail.filter((t) => !['triage', 'action'].includes(t))).toEqual([
      'takeover.started',
      'counselor.message',
      'counselor.message',
      'takeover.released',
    ]);
    const all = JSON.stringify(await store.auditEvents());
    expect(all).not.toContain('counselor. I');
    expect(all).not.toContain('nothing ever gets better');
    expect((await store.verifyAudit()).ok).toBe(true);
  });

  it('never writes message text into the audit log, even when a payload carries it by mistake', async () => {
    const t = turn('c-8', 0);
    await store.recordTurn({
      ...t,
      audit: [
        {
          actor: 'guard',
          type: 'triage',
          payload: {
            level: 'moderate',
            signals: [
              { id: 'rule:hopeless', span: { start: 13, end: 40, text: 'why i bother anymore' } },
            ],
            echo: `user said: ${t.messages[0]?.content}`,
            reply: t.messages[1]?.content,
            checks: ['crisis_resources_missing'],
          },
        },
      ],
    });
    const [event] = await store.auditEvents({ conversationId: 'c-8' });
    expect(event?.payload).toEqual({
      level: 'moderate',
      signals: [
        { id: 'rule:hopeless', span: { start: 13, end: 40, text: '[redacted: message text]' } },
      ],
      echo: '[redacted: message text]',
      reply: '[redacted: message text]',
      checks: ['crisis_resources_missing'],
    });
  });

  it('deletes a conversation with everything it owns, leaving a valid audit chain without its text', async () => {
    await store.recordTurn(turn('erase-me', 0, { escalation: escalation('high', 900) }));
    await store.recordTurn(turn('keep', 1));
    await store.db.deleteFrom('conversations').where('id', '=', 'erase-me').execute();
    const count = async (table: 'messages' | 'turns' | 'escalations' | 'notifications') =>
      (await store.db.selectFrom(table).selectAll().execute()).length;
    expect([await count('messages'), await count('turns')]).toEqual([2, 1]);
    expect([await count('escalations'), await count('notifications')]).toEqual([0, 0]);
    expect(await store.conversationMessages('keep')).toHaveLength(2);
    expect((await store.verifyAudit()).ok).toBe(true);
  });

  it('lists conversations most recently active first', async () => {
    await store.recordTurn(turn('old', 0));
    await store.recordTurn(turn('new', 100));
    await store.recordTurn(turn('mid', 50));
    expect((await store.listConversations()).map((c) => c.id)).toEqual(['new', 'mid', 'old']);
    expect((await store.listConversations({ limit: 1 })).map((c) => c.id)).toEqual(['new']);
  });
});
