import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/index.js';
import { ScriptedGuard, testApp, type TestApp } from './helpers.js';

async function escalatedConversation(store: Store, id: string, at: string): Promise<string> {
  const result = await store.recordTurn({
    conversationId: id,
    area: 'individual',
    locale: 'en-GB',
    at,
    riskState: { level: 'high' },
    messages: [
      { role: 'user', content: 'honestly dont see the point of anything anymore' },
      {
        role: 'assistant',
        content: 'I am glad you told me. Are you safe right now?',
        action: 'replace',
      },
    ],
    summary: {
      action: 'replace',
      protocol: 'suicide_crisis',
      level: 'high',
      cssrs: 3,
      categories: ['suicide'],
      failedChecks: [],
    },
    escalation: {
      level: 'high',
      categories: ['suicide'],
      reasons: ['policy: suicide/high escalates'],
      slaDueAt: '2026-11-22T03:00:00.000Z',
    },
    audit: [],
  });
  if (!result.escalationId) throw new Error('expected an escalation');
  return result.escalationId;
}

describe('console API', () => {
  let t: TestApp;
  let escalationId: string;
  beforeEach(async () => {
    t = await testApp(new ScriptedGuard(), { config: { limits: { messageChars: 100 } } });
    escalationId = await escalatedConversation(t.store, 'conv-1', '2026-11-22T02:00:00.000Z');
  });
  afterEach(() => t.close());

  const call = (method: 'GET' | 'POST', url: string, payload?: object) =>
    t.app.inject({ method, url, ...(payload ? { payload } : {}) });

  it('lists and shows escalations, filtered by status', async () => {
    const open = await call('GET', '/api/escalations?status=open');
    expect(open.statusCode).toBe(200);
    expect(open.json().data).toHaveLength(1);
    expect(open.json().data[0]).toMatchObject({
      id: escalationId,
      conversationId: 'conv-1',
      level: 'high',
      status: 'open',
    });
    expect((await call('GET', '/api/escalations?status=resolved')).json().data).toEqual([]);
    expect((await call('GET', '/api/escalations?status=claimed,resolved')).json().data).toEqual([]);
    expect((await call('GET', `/api/escalations/${escalationId}`)).json().id).toBe(escalationId);

    const badStatus = await call('GET', '/api/escalations?status=closed');
    expect(badStatus.statusCode).toBe(400);
    expect(badStatus.json().error.param).toBe('status[0]');
    expect((await call('GET', '/api/escalations?bogus=1')).statusCode).toBe(400);
    const missing = await call('GET', '/api/escalations/nope');
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('escalation_not_found');
  });

  it('claims and resolves; a second claimer or resolver gets 409', async () => {
    const claimed = await call('POST', `/api/escalations/${escalationId}/claim`, {
      assignee: 'dr-okafor',
    });
    expect(claimed.statusCode).toBe(200);
    expect(claimed.json()).toMatchObject({ status: 'claimed', assignee: 'dr-okafor' });
    // Claiming again as the same person is idempotent.
    expect(
      (await call('POST', `/api/escalations/${escalationId}/claim`, { assignee: 'dr-okafor' }))
        .statusCode,
    ).toBe(200);
    const conflict = await call('POST', `/api/escalations/${escalationId}/claim`, {
      assignee: 'nurse-lee',
    });
    expect(conflict.statusCode).toBe(409);
    expect(conflict.json().error).toMatchObject({
      type: 'conflict_error',
      code: 'escalation_conflict',
    });
    expect(
      (
        await call('POST', `/api/escalations/${escalationId}/resolve`, {
          by: 'nurse-lee',
          resolution: 'x',
        })
      ).statusCode,
    ).toBe(409);

    const resolved = await call('POST', `/api/escalations/${escalationId}/resolve`, {
      by: 'dr-okafor',
      resolution: 'Spoke by phone; safety plan agreed; follow-up booked.',
    });
    expect(resolved.statusCode).toBe(200);
    expect(resolved.json()).toMatchObject({
      status: 'resolved',
      resolution: 'Spoke by phone; safety plan agreed; follow-up booked.',
    });
    const events = await t.store.auditEvents();
    expect(events.map((e) => e.type)).toEqual(
      expect.arrayContaining(['escalation.claimed', 'escalation.resolved']),
    );
  });

  it('keeps clinicians’ notes on an escalation, shown with it and in its conversation, audited without text', async () => {
    const note = await call('POST', `/api/escalations/${escalationId}/notes`, {
      by: 'dr-okafor',
      text: 'Left a voicemail for her GP; trying again at 4 pm.',
    });
    expect(note.statusCode).toBe(201);
    expect(note.json()).toMatchObject({
      escalationId,
      by: 'dr-okafor',
      text: 'Left a voicemail for her GP; trying again at 4 pm.',
    });
    await call('POST', `/api/escalations/${escalationId}/notes`, {
      by: 'nurse-lee',
      text: 'GP called back; appointment tomorrow 9:00.',
    });
    const shown = (await call('GET', `/api/escalations/${escalationId}`)).json();
    expect(shown.notes.map((n: { by: string }) => n.by)).toEqual(['dr-okafor', 'nurse-lee']);
    const conversation = (await call('GET', '/api/conversations/conv-1')).json();
    expect(conversation.escalations[0].notes).toHaveLength(2);

    const empty = await call('POST', `/api/escalations/${escalationId}/notes`, { text: '  ' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.param).toBe('text');
    expect(
      (await call('POST', '/api/escalations/nope/notes', { by: 'a', text: 'b' })).statusCode,
    ).toBe(404);

    const audit = await t.store.auditEvents();
    expect(audit.filter((e) => e.type === 'escalation.note_added')).toHaveLength(2);
    expect(JSON.stringify(audit)).not.toContain('voicemail');
  });

  it('validates bodies and names the field', async () => {
    const noAssignee = await call('POST', `/api/escalations/${escalationId}/claim`, {});
    expect(noAssignee.statusCode).toBe(400);
    expect(noAssignee.json().error.param).toBe('assignee');
    const blank = await call('POST', `/api/escalations/${escalationId}/resolve`, {
      by: 'a',
      resolution: '   ',
    });
    expect(blank.json().error.param).toBe('resolution');
    const extra = await call('POST', `/api/escalations/${escalationId}/claim`, {
      assignee: 'a',
      admin: true,
    });
    expect(extra.statusCode).toBe(400);
    expect((await call('POST', '/api/escalations/nope/claim', { assignee: 'a' })).statusCode).toBe(
      404,
    );
    expect((await call('GET', `/api/escalations/${escalationId}/claim`)).statusCode).toBe(405);
  });

  it('lists and shows conversations with messages, risk and unresolved escalations', async () => {
    const list = await call('GET', '/api/conversations');
    expect(list.json().data).toEqual([
      expect.objectContaining({
        id: 'conv-1',
        locale: 'en-GB',
        messageCount: 2,
        takeover: null,
        risk: { level: 'high' },
      }),
    ]);
    expect(list.json().data[0]).not.toHaveProperty('riskState');
    const one = await call('GET', '/api/conversations/conv-1');
    expect(one.statusCode).toBe(200);
    expect(one.json().messages.map((m: { role: string }) => m.role)).toEqual(['user', 'assistant']);
    expect(one.json().escalations.map((e: { id: string }) => e.id)).toEqual([escalationId]);
    expect((await call('GET', '/api/conversations?takenOver=true')).json().data).toEqual([]);
    const missing = await call('GET', '/api/conversations/nobody');
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('conversation_not_found');
  });

  it('takes over, queues a counselor message, and releases; only the holder may write or release', async () => {
    const notYet = await call('POST', '/api/conversations/conv-1/messages', {
      by: 'dr-okafor',
      content: 'Hi, I am here.',
    });
    expect(notYet.statusCode).toBe(409);

    const taken = await call('POST', '/api/conversations/conv-1/takeover', { by: 'dr-okafor' });
    expect(taken.statusCode).toBe(200);
    expect(taken.json()).toMatchObject({ conversationId: 'conv-1', takeover: { by: 'dr-okafor' } });
    expect(
      (await call('POST', '/api/conversations/conv-1/takeover', { by: 'nurse-lee' })).statusCode,
    ).toBe(409);

    const sent = await call('POST', '/api/conversations/conv-1/messages', {
      by: 'dr-okafor',
      content: 'Hi, I am Dr Okafor, a counselor here. I am reading along now.',
    });
    expect(sent.statusCode).toBe(201);
    expect(sent.json().message).toMatchObject({
      role: 'counselor',
      author: 'dr-okafor',
      delivered: false,
    });
    expect(
      (
        await call('POST', '/api/conversations/conv-1/messages', {
          by: 'nurse-lee',
          content: 'hello',
        })
      ).statusCode,
    ).toBe(409);
    const tooLong = await call('POST', '/api/conversations/conv-1/messages', {
      by: 'dr-okafor',
      content: 'x'.repeat(101),
    });
    expect(tooLong.statusCode).toBe(413);
    expect(tooLong.json().error).toMatchObject({ code: 'message_too_long', param: 'content' });

    const shown = (await call('GET', '/api/conversations/conv-1')).json();
    expect(shown.takeover).toMatchObject({ by: 'dr-okafor' });
    expect(shown.messages.at(-1)).toMatchObject({ role: 'counselor', delivered: false });
    expect((await call('GET', '/api/conversations?takenOver=true')).json().data).toHaveLength(1);

    expect(
      (await call('POST', '/api/conversations/conv-1/release', { by: 'nurse-lee' })).statusCode,
    ).toBe(409);
    // The counselor's message is still undelivered: the hand-back waits for the person's next
    // request to carry it, so nothing they wrote is lost.
    const waiting = await call('POST', '/api/conversations/conv-1/release', {
      by: 'dr-okafor',
      note: 'Talked about her exam stress; she will see her GP on Monday.',
    });
    expect(waiting.json()).toEqual({
      conversationId: 'conv-1',
      takeover: { by: 'dr-okafor', at: expect.any(String), releaseRequestedAt: expect.any(String) },
      releasePending: true,
      undelivered: 1,
    });
    expect((await call('GET', '/api/conversations/conv-1')).json().handover).toMatchObject({
      by: 'dr-okafor',
      note: 'Talked about her exam stress; she will see her GP on Monday.',
    });
    const tooLongNote = await call('POST', '/api/conversations/conv-1/release', {
      by: 'dr-okafor',
      note: 'n'.repeat(4001),
    });
    expect(tooLongNote.statusCode).toBe(400);
    expect(tooLongNote.json().error.param).toBe('note');
    expect((await call('POST', '/api/conversations/nobody/takeover', { by: 'a' })).statusCode).toBe(
      404,
    );
  });
});
