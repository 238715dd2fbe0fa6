import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isTandemError } from '../../src/core/index.js';
import { NOTIFICATION_LEASE_MS, Store, type TurnRecord } from '../../src/store/index.js';

const T0 = Date.parse('2026-11-22T01:00:00.000Z');
const at = (ms: number) => new Date(T0 + ms).toISOString();

const escalatingTurn = (conversationId: string, ms: number): TurnRecord => ({
  conversationId,
  area: 'institutional',
  locale: 'de-DE',
  at: at(ms),
  riskState: null,
  messages: [{ role: 'user', content: 'ich kann nicht mehr, heute nacht mache ich schluss' }],
  summary: {
    action: 'replace',
    level: 'imminent',
    cssrs: 5,
    categories: ['suicide'],
    failedChecks: [],
  },
  escalation: {
    level: 'imminent',
    categories: ['suicide'],
    reasons: ['policy rule suicide/imminent'],
    slaDueAt: at(ms + 300_000),
  },
  audit: [],
});

describe('Store: escalation webhook outbox', () => {
  let dir: string;
  let store: Store;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tandem-outbox-'));
    store = await Store.open(join(dir, 'tandem.db'), { encryptionKey: '' });
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('hands out due notifications once per lease, oldest first', async () => {
    await store.recordTurn(escalatingTurn('c-1', 0));
    await store.recordTurn(escalatingTurn('c-2', 1000));
    expect(await store.dueNotifications(at(-1), 10)).toEqual([]);

    const due = await store.dueNotifications(at(2000), 10);
    expect(due.map((n) => n.escalation.conversationId)).toEqual(['c-1', 'c-2']);
    expect(due[0]).toMatchObject({ type: 'escalation.created', status: 'pending', attempts: 0 });
    expect(JSON.stringify(due)).not.toContain('schluss');
    // Leased: a second poller (or the next poll) does not get them again...
    expect(await store.dueNotifications(at(3000), 10)).toEqual([]);
    // ...until the lease runs out without an outcome (the poller died mid-delivery).
    const again = await store.dueNotifications(at(2000 + NOTIFICATION_LEASE_MS), 1);
    expect(again.map((n) => n.id)).toEqual([due[0]?.id]);
  });

  it('records retries, delivery and giving up', async () => {
    await store.recordTurn(escalatingTurn('c-1', 0));
    await store.recordTurn(escalatingTurn('c-2', 0));
    const [first, second] = await store.dueNotifications(at(0), 10);
    await store.markNotificationFailed(
      first?.id as string,
      'https://hooks.example.org: HTTP 500',
      at(5000),
      at(10),
    );
    expect(await store.dueNotifications(at(4999), 10)).toEqual([]);
    const retry = await store.dueNotifications(at(5000), 10);
    expect(retry).toEqual([
      expect.objectContaining({
        id: first?.id,
        attempts: 1,
        lastError: 'https://hooks.example.org: HTTP 500',
      }),
    ]);
    await store.markNotificationDelivered(first?.id as string, at(5100));
    await store.markNotificationDelivered(first?.id as string, at(5200));
    await store.markNotificationFailed(second?.id as string, 'timeout', null, at(20));

    const all = await store.listNotifications();
    const byId = new Map(all.map((n) => [n.id, n]));
    expect(byId.get(first?.id as string)).toMatchObject({
      status: 'delivered',
      deliveredAt: at(5100),
      attempts: 1,
    });
    expect(byId.get(second?.id as string)).toMatchObject({
      status: 'failed',
      attempts: 1,
      lastError: 'timeout',
    });
    expect(byId.get(second?.id as string)?.nextAttemptAt).toBeUndefined();
    expect(await store.listNotifications({ status: 'failed' })).toHaveLength(1);
    expect(await store.dueNotifications(at(10 * NOTIFICATION_LEASE_MS), 10)).toEqual([]);
    expect(
      (await store.auditEvents())
        .filter((e) => e.type.startsWith('notification.'))
        .map((e) => e.type),
    ).toEqual(['notification.delivered', 'notification.failed']);

    const error = await store.markNotificationDelivered('missing', at(0)).catch((e: unknown) => e);
    expect(isTandemError(error, 'NOTIFIER_FAILED')).toBe(true);
  });

  it('never sends a resolution note through a webhook', async () => {
    const { escalationId } = await store.recordTurn(escalatingTurn('c-1', 0));
    await store.resolveEscalation(
      escalationId as string,
      'ana',
      'talked to their partner Jonas',
      at(100),
    );
    const [n] = await store.dueNotifications(at(200), 10);
    expect(n?.escalation).toMatchObject({ id: escalationId, status: 'resolved' });
    expect(n?.escalation).not.toHaveProperty('resolution');
  });
});
