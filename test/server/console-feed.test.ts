import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConsoleFeed, type FeedEvent } from '../../src/server/console-feed.js';
import { Store, type TurnRecord } from '../../src/store/index.js';

const at = (seconds: number) =>
  new Date(Date.parse('2026-11-22T01:00:00Z') + seconds * 1000).toISOString();

function turn(conversationId: string, seconds: number, escalate: boolean): TurnRecord {
  return {
    conversationId,
    area: 'individual',
    locale: 'en-GB',
    at: at(seconds),
    riskState: null,
    messages: [
      { role: 'user', content: 'tbh i keep thinking everyone would be better off without me' },
      { role: 'assistant', content: 'I am really glad you told me.', action: 'replace' },
    ],
    summary: {
      action: 'replace',
      protocol: 'suicide_crisis',
      level: escalate ? 'high' : 'none',
      cssrs: escalate ? 3 : 0,
      categories: escalate ? ['suicide'] : [],
      failedChecks: [],
      upstream: 'reference',
    },
    audit: [{ actor: 'guard', type: 'triage', payload: { level: escalate ? 'high' : 'none' } }],
    ...(escalate
      ? {
          escalation: {
            level: 'high' as const,
            categories: ['suicide' as const],
            reasons: ['policy rule suicide/high: replace, escalate'],
            slaDueAt: at(seconds + 900),
          },
        }
      : {}),
  };
}

describe('ConsoleFeed', () => {
  let dir: string;
  let store: Store;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tandem-feed-'));
    store = await Store.open(join(dir, 'tandem.db'), { encryptionKey: '' });
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('tells listeners about new and changed escalations and moved conversations, not old ones', async () => {
    await store.recordTurn(turn('before', 0, true));
    const feed = new ConsoleFeed(store, 60_000);
    const heard: FeedEvent[] = [];
    const stop = await feed.subscribe((event) => heard.push(event));

    await feed.poll();
    expect(heard).toEqual([]);

    const { escalationId } = await store.recordTurn(turn('c-1', 10, true));
    await store.recordTurn(turn('c-2', 11, false));
    await feed.poll();
    expect(heard).toEqual([
      {
        type: 'escalation',
        escalation: expect.objectContaining({ id: escalationId, status: 'open', level: 'high' }),
      },
      { type: 'conversation', conversationId: 'c-1' },
      { type: 'conversation', conversationId: 'c-2' },
    ]);

    heard.length = 0;
    await store.claimEscalation(escalationId!, 'dr-okafor', at(20));
    await feed.poll();
    expect(heard).toContainEqual({
      type: 'escalation',
      escalation: expect.objectContaining({
        id: escalationId,
        status: 'claimed',
        assignee: 'dr-okafor',
      }),
    });
    stop();
    expect(feed.listeners).toBe(0);
  });

  it('keeps listening when one listener throws, and counts store failures without losing its place', async () => {
    const feed = new ConsoleFeed(store, 60_000);
    const heard: string[] = [];
    await feed.subscribe(() => {
      throw new Error('socket gone');
    });
    await feed.subscribe((event) => heard.push(event.type));
    const auditEvents = store.auditEvents.bind(store);
    store.auditEvents = async () => {
      throw new Error('database is locked');
    };
    await store.recordTurn(turn('c-3', 30, true));
    await feed.poll();
    expect(feed.failures).toBe(1);
    expect(heard).toEqual([]);
    store.auditEvents = auditEvents;
    await feed.poll();
    expect(feed.failures).toBe(0);
    expect(heard).toEqual(['escalation', 'conversation']);
  });
});
