import type { Kysely } from 'kysely';
import { TandemError } from '../core/index.js';
import { appendAuditEvents, lockAudit } from './audit.js';
import type { ContentCipher } from './crypto.js';
import { escalationFromRow } from './gateway.js';
import type { Notification, NotificationStatus, NotificationType } from './records.js';
import type { Database } from './schema.js';

/**
 * How long a notification taken by `dueNotifications` stays invisible to other pollers (another
 * gateway replica, or this one's next poll). A notifier that dies mid-delivery leaves it to be
 * retried after the lease; receivers should de-duplicate on the delivery id.
 */
export const NOTIFICATION_LEASE_MS = 5 * 60_000;

/**
 * Takes up to `limit` pending notifications whose next attempt is due, leasing them so that a
 * concurrent poller does not deliver them twice.
 */
export async function dueNotifications(
  db: Kysely<Database>,
  cipher: ContentCipher,
  now: string,
  limit: number,
): Promise<Notification[]> {
  const leaseUntil = new Date(Date.parse(now) + NOTIFICATION_LEASE_MS).toISOString();
  return db.transaction().execute(async (trx) => {
    const rows = await trx
      .selectFrom('notifications as n')
      .innerJoin('escalations as e', 'e.id', 'n.escalation_id')
      .selectAll('e')
      .select([
        'n.id as n_id',
        'n.type as n_type',
        'n.status as n_status',
        'n.attempts as n_attempts',
        'n.created_at as n_created_at',
        'n.last_error as n_last_error',
      ])
      .where('n.status', '=', 'pending')
      .where('n.next_attempt_at', '<=', now)
      .orderBy('n.next_attempt_at')
      .orderBy('n.created_at')
      .limit(limit)
      .execute();
    if (rows.length === 0) return [];
    await trx
      .updateTable('notifications')
      .set({ next_attempt_at: leaseUntil })
      .where(
        'id',
        'in',
        rows.map((r) => r.n_id),
      )
      .execute();
    return rows.map((r) => {
      // A resolution note is counselor text; it never leaves through a webhook.
      const { resolution: _resolution, ...escalation } = escalationFromRow(cipher, {
        ...r,
        resolution: null,
      });
      return {
        id: r.n_id,
        type: r.n_type as NotificationType,
        escalation,
        status: r.n_status as NotificationStatus,
        attempts: r.n_attempts,
        createdAt: r.n_created_at,
        nextAttemptAt: leaseUntil,
        ...(r.n_last_error === null ? {} : { lastError: r.n_last_error }),
      };
    });
  });
}

export async function markNotificationDelivered(
  db: Kysely<Database>,
  id: string,
  at: string,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await lockAudit(trx);
    const row = await requireNotification(trx, id);
    if (row.status === 'delivered') return;
    await trx
      .updateTable('notifications')
      .set({ status: 'delivered', delivered_at: at, next_attempt_at: null })
      .where('id', '=', id)
      .execute();
    await appendAuditEvents(
      trx,
      [
        {
          actor: 'notifier',
          type: 'notification.delivered',
          conversationId: row.conversation_id,
          payload: {
            notificationId: id,
            escalationId: row.escalation_id,
            attempts: row.attempts + 1,
          },
        },
      ],
      at,
    );
  });
}

/**
 * Records a failed attempt. With `nextAttemptAt` the notification is retried then; with null the
 * notifier gives up: the notification is marked failed and the give-up is audited.
 */
export async function markNotificationFailed(
  db: Kysely<Database>,
  id: string,
  error: string,
  nextAttemptAt: string | null,
  at: string = new Date().toISOString(),
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await lockAudit(trx);
    const row = await requireNotification(trx, id);
    if (row.status !== 'pending') return;
    const attempts = row.attempts + 1;
    await trx
      .updateTable('notifications')
      .set({
        attempts,
        last_error: error.slice(0, 2000),
        status: nextAttemptAt === null ? 'failed' : 'pending',
        next_attempt_at: nextAttemptAt,
      })
      .where('id', '=', id)
      .execute();
    if (nextAttemptAt === null) {
      await appendAuditEvents(
        trx,
        [
          {
            actor: 'notifier',
            type: 'notification.failed',
            conversationId: row.conversation_id,
            payload: { notificationId: id, escalationId: row.escalation_id, attempts },
          },
        ],
        at,
      );
    }
  });
}

/** The outbox, newest first (for operators and tests). */
export async function listNotifications(
  db: Kysely<Database>,
  cipher: ContentCipher,
  opts: { status?: NotificationStatus; limit?: number } = {},
): Promise<Notification[]> {
  let query = db
    .selectFrom('notifications as n')
    .innerJoin('escalations as e', 'e.id', 'n.escalation_id')
    .selectAll('e')
    .select([
      'n.id as n_id',
      'n.type as n_type',
      'n.status as n_status',
      'n.attempts as n_attempts',
      'n.created_at as n_created_at',
      'n.next_attempt_at as n_next_attempt_at',
      'n.last_error as n_last_error',
      'n.delivered_at as n_delivered_at',
    ]);
  if (opts.status) query = query.where('n.status', '=', opts.status);
  const rows = await query
    .orderBy('n.created_at', 'desc')
    .orderBy('n.id')
    .limit(opts.limit ?? 100)
    .execute();
  return rows.map((r) => {
    const { resolution: _resolution, ...escalation } = escalationFromRow(cipher, {
      ...r,
      resolution: null,
    });
    return {
      id: r.n_id,
      type: r.n_type as NotificationType,
      escalation,
      status: r.n_status as NotificationStatus,
      attempts: r.n_attempts,
      createdAt: r.n_created_at,
      ...(r.n_next_attempt_at === null ? {} : { nextAttemptAt: r.n_next_attempt_at }),
      ...(r.n_last_error === null ? {} : { lastError: r.n_last_error }),
      ...(r.n_delivered_at === null ? {} : { deliveredAt: r.n_delivered_at }),
    };
  });
}

async function requireNotification(trx: Kysely<Database>, id: string) {
  const row = await trx
    .selectFrom('notifications as n')
    .innerJoin('escalations as e', 'e.id', 'n.escalation_id')
    .select(['n.status', 'n.attempts', 'n.escalation_id', 'e.conversation_id'])
    .where('n.id', '=', id)
    .executeTakeFirst();
  if (!row) throw new TandemError('NOTIFIER_FAILED', `no notification ${id} in the outbox`);
  return row;
}
