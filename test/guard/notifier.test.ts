import { createHmac } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isTandemError } from '../../src/core/index.js';
import { EscalationNotifier, signBody, type NotificationOutbox } from '../../src/guard/notifier.js';
import { Store, type Notification, type TurnRecord } from '../../src/store/index.js';

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

interface Hook {
  url: string;
  received: Received[];
  close(): Promise<void>;
}

/** A webhook receiver on 127.0.0.1; `answer(n)` gives the status for the n-th request (0-based). */
async function startHook(answer: (n: number) => number | 'hang', delayMs = 0): Promise<Hook> {
  const received: Received[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (d: string) => (body += d));
    req.on('end', () => {
      const status = answer(received.length);
      received.push({ headers: req.headers, body });
      if (status === 'hang') return;
      setTimeout(() => res.writeHead(status, { 'content-type': 'text/plain' }).end('ok'), delayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks/escalations`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const USER_TEXT = 'i wrote letters to everyone tonight';
const turn = (id: string): TurnRecord => ({
  conversationId: id,
  area: 'individual',
  locale: 'en-GB',
  at: new Date().toISOString(),
  riskState: null,
  messages: [{ role: 'user', content: USER_TEXT }],
  summary: {
    action: 'replace',
    level: 'imminent',
    cssrs: 6,
    categories: ['suicide'],
    failedChecks: [],
  },
  escalation: {
    level: 'imminent',
    categories: ['suicide'],
    reasons: ['policy rule suicide/imminent: replace, escalate'],
    slaDueAt: new Date(Date.now() + 5 * 60_000).toISOString(),
  },
  audit: [],
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('EscalationNotifier against webhooks on 127.0.0.1', () => {
  let dir: string;
  let store: Store;
  const hooks: Hook[] = [];
  const notifiers: EscalationNotifier[] = [];

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tandem-notifier-'));
    store = await Store.open(join(dir, 'tandem.db'), { encryptionKey: '' });
  });
  afterEach(async () => {
    for (const n of notifiers.splice(0)) await n.stop();
    for (const h of hooks.splice(0)) await h.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function hook(answer: (n: number) => number | 'hang', delayMs = 0) {
    const h = await startHook(answer, delayMs);
    hooks.push(h);
    return h;
  }

  function notifier(options: Partial<ConstructorParameters<typeof EscalationNotifier>[0]>) {
    const n = new EscalationNotifier({
      store,
      webhooks: [],
      baseDelayMs: 5,
      maxDelayMs: 20,
      timeoutMs: 2000,
      ...options,
    });
    notifiers.push(n);
    return n;
  }

  /** Drains until nothing is pending (retries become due after their short backoff). */
  async function settle(n: EscalationNotifier, deadlineMs = 20_000): Promise<Notification[]> {
    const until = Date.now() + deadlineMs;
    for (;;) {
      await n.drain();
      const pending = await store.listNotifications({ status: 'pending' });
      if (pending.length === 0) return store.listNotifications();
      if (Date.now() > until) throw new Error('notifications still pending');
      await sleep(10);
    }
  }

  it('retries a webhook that fails twice, then delivers a signed body without message text', async () => {
    const flaky = await hook((n) => (n < 2 ? 500 : 204));
    const { escalationId } = await store.recordTurn(turn('c-1'));
    const n = notifier({ webhooks: [{ url: flaky.url, secret: 'shh-its-a-secret' }] });

    const [notification] = await settle(n);
    expect(notification).toMatchObject({ status: 'delivered', attempts: 2 });
    expect(flaky.received).toHaveLength(3);
    const escalation = await store.getEscalation(escalationId as string);
    for (const r of flaky.received) {
      expect(JSON.parse(r.body)).toEqual({ type: 'escalation.created', escalation });
      expect(r.body).not.toContain('letters');
      expect(r.headers['content-type']).toBe('application/json');
      expect(r.headers['x-tandem-event']).toBe('escalation.created');
      expect(r.headers['x-tandem-delivery']).toBe(notification?.id);
      const expected = createHmac('sha256', 'shh-its-a-secret').update(r.body).digest('hex');
      expect(r.headers['x-tandem-signature']).toBe(`sha256=${expected}`);
    }
    const trail = (await store.auditEvents()).filter((e) => e.type.startsWith('notification.'));
    expect(trail).toEqual([
      expect.objectContaining({
        type: 'notification.delivered',
        actor: 'notifier',
        conversationId: 'c-1',
        payload: { notificationId: notification?.id, escalationId, attempts: 3 },
      }),
    ]);
    expect((await store.verifyAudit()).ok).toBe(true);
  });

  it('gives up after maxAttempts on a webhook that always fails, and records and audits it', async () => {
    const down = await hook(() => 503);
    await store.recordTurn(turn('c-2'));
    const n = notifier({ webhooks: [{ url: down.url }], maxAttempts: 3 });
    const [notification] = await settle(n);
    expect(notification).toMatchObject({ status: 'failed', attempts: 3 });
    expect(notification?.lastError).toBe(`${new URL(down.url).origin}: HTTP 503`);
    expect(notification?.lastError).not.toContain('/hooks');
    expect(down.received).toHaveLength(3);
    expect(down.received[0]?.headers['x-tandem-signature']).toBeUndefined();
    expect((await store.auditEvents()).map((e) => e.type)).toContain('notification.failed');
    expect(await n.drain()).toBe(0);
    expect(down.received).toHaveLength(3);
  });

  it('counts a webhook that does not answer in time as a failed attempt', async () => {
    const silent = await hook(() => 'hang');
    await store.recordTurn(turn('c-3'));
    const n = notifier({ webhooks: [{ url: silent.url }], maxAttempts: 2, timeoutMs: 150 });
    const started = Date.now();
    const [notification] = await settle(n);
    expect(notification).toMatchObject({ status: 'failed', attempts: 2 });
    expect(notification?.lastError).toMatch(/no answer within 150 ms/);
    expect(silent.received).toHaveLength(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(280);
  });

  it('fans out to every webhook and does not re-post to one that already accepted', async () => {
    const good = await hook(() => 200);
    const flaky = await hook((n) => (n === 0 ? 502 : 200));
    await store.recordTurn(turn('c-4'));
    await store.recordTurn(turn('c-5'));
    const n = notifier({ webhooks: [{ url: good.url }, { url: flaky.url }] });
    const all = await settle(n);
    expect(all.map((x) => x.status)).toEqual(['delivered', 'delivered']);
    expect(good.received).toHaveLength(2);
    expect(flaky.received).toHaveLength(3);
  });

  it('polls in the background and stop() waits for a delivery in flight', async () => {
    const slow = await hook(() => 200, 300);
    await store.recordTurn(turn('c-6'));
    const n = notifier({ webhooks: [{ url: slow.url }] });
    n.start(10);
    const until = Date.now() + 10_000;
    while (slow.received.length === 0 && Date.now() < until) await sleep(5);
    expect(slow.received).toHaveLength(1);
    await n.stop();
    expect((await store.listNotifications())[0]?.status).toBe('delivered');
  });

  it('leaves the outbox alone when no webhook is configured', async () => {
    await store.recordTurn(turn('c-7'));
    const n = notifier({ webhooks: [] });
    n.start(5);
    expect(await n.drain()).toBe(0);
    expect((await store.listNotifications())[0]?.status).toBe('pending');
  });

  it('rejects webhook URLs and settings that cannot work', () => {
    for (const options of [
      { webhooks: [{ url: 'not a url' }] },
      { webhooks: [{ url: 'ftp://example.org/hook' }] },
      { webhooks: [], maxAttempts: 0 },
      { webhooks: [], baseDelayMs: -1 },
    ]) {
      let error: unknown;
      try {
        new EscalationNotifier({ store, ...options });
      } catch (e) {
        error = e;
      }
      expect(isTandemError(error, 'CONFIG_INVALID')).toBe(true);
    }
  });
});

describe('EscalationNotifier backoff', () => {
  it('waits exponentially longer with full jitter, capped at maxDelayMs', async () => {
    const now = new Date('2026-11-22T02:00:00.000Z');
    const failures: Array<{ next: string | null }> = [];
    let attempts = 0;
    const outbox: NotificationOutbox = {
      async dueNotifications() {
        if (failures.at(-1)?.next === null) return [];
        return [
          {
            id: 'n-1',
            type: 'escalation.created',
            status: 'pending',
            attempts,
            createdAt: now.toISOString(),
            escalation: {
              id: 'e-1',
              conversationId: 'c-1',
              level: 'high',
              categories: ['suicide'],
              reasons: [],
              status: 'open',
              createdAt: now.toISOString(),
              slaDueAt: now.toISOString(),
            },
          },
        ];
      },
      async markNotificationDelivered() {
        throw new Error('should not be delivered');
      },
      async markNotificationFailed(_id, _error, next) {
        failures.push({ next });
        attempts += 1;
      },
    };
    const delays = (random: number) => {
      failures.length = 0;
      attempts = 0;
      return new EscalationNotifier({
        store: outbox,
        webhooks: [{ url: 'http://127.0.0.1:9/hook' }],
        fetch: async () => new Response('', { status: 500 }),
        clock: () => now,
        random: () => random,
        baseDelayMs: 1000,
        maxDelayMs: 60_000,
        maxAttempts: 10,
      })
        .drain()
        .then(() =>
          failures.map((f) => (f.next === null ? null : Date.parse(f.next) - now.getTime())),
        );
    };
    expect(await delays(0.999999)).toEqual([
      999,
      1999,
      3999,
      7999,
      15999,
      31999,
      59999,
      59999,
      59999,
      null,
    ]);
    expect(await delays(0)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, null]);
    expect(signBody('{}', 'k')).toBe(
      `sha256=${createHmac('sha256', 'k').update('{}').digest('hex')}`,
    );
  });
});
