import { createHmac } from 'node:crypto';
import { TandemError } from '../core/index.js';
import type { Notification, Store } from '../store/index.js';

/** Where escalations are posted; with a secret, each body is signed (`x-tandem-signature`). */
export interface Webhook {
  url: string;
  secret?: string;
}

/** The part of a pino logger the notifier uses; nothing it logs contains message text. */
export interface NotifierLogger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export type NotificationOutbox = Pick<
  Store,
  'dueNotifications' | 'markNotificationDelivered' | 'markNotificationFailed'
>;

export interface EscalationNotifierOptions {
  store: NotificationOutbox;
  webhooks: Webhook[];
  fetch?: typeof fetch;
  clock?: () => Date;
  /** Attempts per notification before giving up (the give-up is recorded and audited). */
  maxAttempts?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Per request; a webhook that does not answer in time counts as a failed attempt. */
  timeoutMs?: number;
  logger?: NotifierLogger;
  /** For tests: the jitter source, in [0, 1). */
  random?: () => number;
  /** Notifications taken from the outbox at a time. */
  batchSize?: number;
}

/** The JSON body each webhook receives. It carries no message text. */
export interface EscalationWebhookBody {
  type: Notification['type'];
  escalation: Notification['escalation'];
}

export const SIGNATURE_HEADER = 'x-tandem-signature';

/** `sha256=<hex HMAC-SHA256 of the raw body>`, as in the `x-tandem-signature` header. */
export function signBody(body: string, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(body, 'utf8').digest('hex')}`;
}

const silent: NotifierLogger = { info() {}, warn() {}, error() {} };

/**
 * Posts escalations from the store's outbox to every configured webhook, with exponential backoff
 * and full jitter between attempts. The outbox row is written in the same transaction as the
 * escalation, so an escalation is never lost to a crash: at worst it is posted twice (receivers
 * de-duplicate on `x-tandem-delivery`). A notification counts as delivered once every webhook has
 * answered 2xx; webhooks that already accepted it are not posted again by this process.
 */
export class EscalationNotifier {
  private readonly store: NotificationOutbox;
  private readonly webhooks: Webhook[];
  private readonly fetch: typeof fetch;
  private readonly clock: () => Date;
  private readonly maxAttempts: number;
  private readonly baseDelayMs: number;
  private readonly maxDelayMs: number;
  private readonly timeoutMs: number;
  private readonly logger: NotifierLogger;
  private readonly random: () => number;
  private readonly batchSize: number;
  /** Notification id → webhook URLs that accepted it, for notifications still pending. */
  private readonly accepted = new Map<string, Set<string>>();
  private timer: NodeJS.Timeout | undefined;
  private polling = false;
  private running: Promise<number> = Promise.resolve(0);

  constructor(options: EscalationNotifierOptions) {
    this.store = options.store;
    this.webhooks = options.webhooks.map((w) => ({ ...w, url: checkedUrl(w.url) }));
    this.fetch = options.fetch ?? globalThis.fetch;
    this.clock = options.clock ?? (() => new Date());
    this.maxAttempts = positive('maxAttempts', options.maxAttempts ?? 8);
    this.baseDelayMs = nonNegative('baseDelayMs', options.baseDelayMs ?? 1000);
    this.maxDelayMs = nonNegative('maxDelayMs', options.maxDelayMs ?? 5 * 60_000);
    this.timeoutMs = positive('timeoutMs', options.timeoutMs ?? 10_000);
    this.logger = options.logger ?? silent;
    this.random = options.random ?? Math.random;
    this.batchSize = positive('batchSize', options.batchSize ?? 20);
  }

  /** Polls the outbox every `pollMs` until `stop()`. The timer does not keep the process alive. */
  start(pollMs = 500): void {
    if (this.polling) return;
    if (this.webhooks.length === 0) {
      this.logger.warn(
        {},
        'escalation notifier: no webhooks configured; escalations stay in the console only',
      );
      return;
    }
    this.polling = true;
    const tick = () => {
      this.timer = undefined;
      void this.drain()
        .catch((error: unknown) =>
          this.logger.error(
            { err: describe(error) },
            'escalation notifier: polling the outbox failed',
          ),
        )
        .finally(() => {
          if (this.polling) this.timer = setTimeout(tick, pollMs).unref();
        });
    };
    this.timer = setTimeout(tick, pollMs).unref();
  }

  /** Stops polling and waits for deliveries in flight. */
  async stop(): Promise<void> {
    this.polling = false;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    await this.running.catch(() => 0);
  }

  /**
   * Attempts every notification due now (for tests and shutdown); returns how many were
   * attempted. Concurrent calls run one after the other.
   */
  drain(): Promise<number> {
    const run = this.running.catch(() => 0).then(() => this.drainNow());
    this.running = run;
    return run;
  }

  private async drainNow(): Promise<number> {
    if (this.webhooks.length === 0) return 0;
    let attempted = 0;
    for (;;) {
      const due = await this.store.dueNotifications(this.clock().toISOString(), this.batchSize);
      if (due.length === 0) return attempted;
      await Promise.all(due.map((n) => this.deliver(n)));
      attempted += due.length;
    }
  }

  private async deliver(n: Notification): Promise<void> {
    const body = JSON.stringify({
      type: n.type,
      escalation: n.escalation,
    } satisfies EscalationWebhookBody);
    const accepted = this.accepted.get(n.id) ?? new Set<string>();
    const failures: string[] = [];
    await Promise.all(
      this.webhooks
        .filter((w) => !accepted.has(w.url))
        .map(async (w) => {
          const failure = await this.post(w, body, n);
          if (failure === undefined) accepted.add(w.url);
          else failures.push(`${new URL(w.url).origin}: ${failure}`);
        }),
    );
    const now = this.clock();
    const log = { notificationId: n.id, escalationId: n.escalation.id, type: n.type };
    if (failures.length === 0) {
      this.accepted.delete(n.id);
      await this.store.markNotificationDelivered(n.id, now.toISOString());
      this.logger.info({ ...log, attempts: n.attempts + 1 }, 'escalation notification delivered');
      return;
    }
    const attempts = n.attempts + 1;
    const error = failures.join('; ');
    if (attempts >= this.maxAttempts) {
      this.accepted.delete(n.id);
      await this.store.markNotificationFailed(n.id, error, null, now.toISOString());
      this.logger.error(
        { ...log, attempts, error },
        'escalation notification failed; giving up (the escalation is still open in the console)',
      );
      return;
    }
    this.accepted.set(n.id, accepted);
    const next = new Date(now.getTime() + this.backoffMs(attempts));
    await this.store.markNotificationFailed(n.id, error, next.toISOString(), now.toISOString());
    this.logger.warn(
      { ...log, attempts, error, nextAttemptAt: next.toISOString() },
      'escalation notification failed; will retry',
    );
  }

  /** Full jitter: uniform in [0, min(max, base · 2^(attempt − 1))). */
  private backoffMs(attempt: number): number {
    const ceiling = Math.min(this.maxDelayMs, this.baseDelayMs * 2 ** (attempt - 1));
    return Math.floor(this.random() * ceiling);
  }

  /** Returns undefined on a 2xx answer, else why the attempt failed. */
  private async post(w: Webhook, body: string, n: Notification): Promise<string | undefined> {
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      'user-agent': 'tandem-escalation-notifier',
      'x-tandem-event': n.type,
      'x-tandem-delivery': n.id,
    };
    if (w.secret) headers[SIGNATURE_HEADER] = signBody(body, w.secret);
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.timeoutMs);
    try {
      const response = await this.fetch(w.url, {
        method: 'POST',
        headers,
        body,
        signal: controller.signal,
        redirect: 'manual',
      });
      // Read the body so the connection can be reused; its content does not matter.
      await response.arrayBuffer().catch(() => undefined);
      return response.status >= 200 && response.status < 300
        ? undefined
        : `HTTP ${response.status}`;
    } catch (error) {
      return controller.signal.aborted ? `no answer within ${this.timeoutMs} ms` : describe(error);
    } finally {
      clearTimeout(timer);
    }
  }
}

function checkedUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new TandemError('CONFIG_INVALID', `webhook url "${url}" is not a valid URL`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
    throw new TandemError('CONFIG_INVALID', `webhook url must be http(s), got ${parsed.protocol}`);
  return parsed.toString();
}

function positive(name: string, value: number): number {
  if (!Number.isFinite(value) || value <= 0)
    throw new TandemError('CONFIG_INVALID', `notifier ${name} must be positive, got ${value}`);
  return value;
}

function nonNegative(name: string, value: number): number {
  if (!Number.isFinite(value) || value < 0)
    throw new TandemError('CONFIG_INVALID', `notifier ${name} must be 0 or more, got ${value}`);
  return value;
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    return cause?.code ? `${error.message} (${cause.code})` : error.message;
  }
  return String(error);
}
