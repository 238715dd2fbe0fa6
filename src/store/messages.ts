/**
 * What every writer of messages shares: where a message's sealed text is bound, who a person
 * acting in the console is in the audit log, and how a counsellor's message is queued for the
 * person (from a takeover in `gateway.ts`, from a decided draft in `drafts.ts`).
 */
import type { Transaction } from 'kysely';
import type { ContentCipher } from './crypto.js';
import type { Database } from './schema.js';

/** The place a message's text is sealed to, so a sealed text cannot be moved to another message. */
export const messagePlace = (conversationId: string, seq: number) =>
  `conversation ${conversationId} message ${seq}`;

/** Audit actor for a person acting in the console. */
export function counselorActor(id: string): string {
  return `counselor:${id}`;
}

/** A counsellor's message to queue, after the conversation's `messageCount` stored messages. */
export interface QueuedCounselorMessage {
  conversationId: string;
  messageCount: number;
  by: string;
  content: string;
  at: string;
  /**
   * Mark the conversation as awaiting delivery, so the person's next request carries the message
   * although nobody holds the conversation (an approved draft). A takeover carries it anyway.
   */
  awaitingDelivery: boolean;
}

/**
 * Stores a counsellor's message as the conversation's next one, undelivered: the turn that carries
 * it to the person marks it delivered in its own transaction. Returns its seq. The caller holds the
 * audit lock and audits what the message was for.
 */
export async function queueCounselorMessage(
  trx: Transaction<Database>,
  cipher: ContentCipher,
  m: QueuedCounselorMessage,
): Promise<number> {
  const seq = m.messageCount + 1;
  await trx
    .insertInto('messages')
    .values({
      conversation_id: m.conversationId,
      seq,
      role: 'counselor',
      content: cipher.seal(m.content, messagePlace(m.conversationId, seq)),
      author: m.by,
      action: 'human',
      at: m.at,
      delivered: 0,
      delivered_at: null,
    })
    .execute();
  await trx
    .updateTable('conversations')
    .set({
      message_count: seq,
      ...(m.awaitingDelivery ? { awaiting_delivery: 1 } : {}),
      updated_at: m.at,
    })
    .where('id', '=', m.conversationId)
    .execute();
  return seq;
}
