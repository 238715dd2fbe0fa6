/**
 * Live changes for the console: which escalations were created or changed, and which conversations
 * moved. The audit chain is the one record of every change, written in the same transaction as the
 * change itself and by every process that shares the store (gateway replicas, the CLI), so the feed
 * follows the chain — one poll per app, however many consoles watch — instead of relying on
 * in-process events that other processes would never see.
 */
import type { AuditEvent, Escalation } from '../core/index.js';

/** Reading the audit chain (`src/store`'s `Store` fits). */
export interface AuditReader {
  auditEvents(opts?: {
    conversationId?: string;
    afterSeq?: number;
    limit?: number;
    latest?: boolean;
  }): Promise<AuditEvent[]>;
}

/** What the feed needs from the store (`src/store`'s `Store` fits). */
export interface FeedStore extends AuditReader {
  getEscalation(id: string): Promise<Escalation | undefined>;
}

export type FeedEvent =
  { type: 'escalation'; escalation: Escalation } | { type: 'conversation'; conversationId: string };

export type FeedListener = (event: FeedEvent) => void;

export const FEED_POLL_MS = 1000;
/** Events read per poll; a burst larger than this is read over the next polls. */
const PAGE = 500;

export class ConsoleFeed {
  readonly #store: FeedStore;
  readonly #pollMs: number;
  readonly #listeners = new Set<FeedListener>();
  #afterSeq: number | undefined;
  #timer: NodeJS.Timeout | undefined;
  #polling: Promise<void> | undefined;
  #failures = 0;

  constructor(store: FeedStore, pollMs: number = FEED_POLL_MS) {
    this.#store = store;
    this.#pollMs = pollMs;
  }

  /** Starts following the chain from its current end; returns the call that stops listening. */
  async subscribe(listener: FeedListener): Promise<() => void> {
    if (this.#afterSeq === undefined) {
      const [last] = await this.#store.auditEvents({ latest: true, limit: 1 });
      this.#afterSeq ??= last?.seq ?? 0;
    }
    this.#listeners.add(listener);
    this.#schedule();
    return () => {
      this.#listeners.delete(listener);
      if (this.#listeners.size === 0) this.stop();
    };
  }

  get listeners(): number {
    return this.#listeners.size;
  }

  /** Consecutive polls that failed (the store was unreachable); reset by a good poll. */
  get failures(): number {
    return this.#failures;
  }

  /** Reads what changed since the last poll and tells every listener. */
  async poll(): Promise<void> {
    this.#polling ??= this.#read().finally(() => {
      this.#polling = undefined;
    });
    return this.#polling;
  }

  stop(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    // The next subscriber starts from the chain's end again rather than replaying a backlog.
    if (this.#listeners.size === 0) this.#afterSeq = undefined;
  }

  #schedule(): void {
    if (this.#timer !== undefined || this.#listeners.size === 0) return;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      void this.poll().finally(() => this.#schedule());
    }, this.#pollMs);
    this.#timer.unref();
  }

  async #read(): Promise<void> {
    if (this.#afterSeq === undefined) return;
    let events: AuditEvent[];
    try {
      events = await this.#store.auditEvents({ afterSeq: this.#afterSeq, limit: PAGE });
    } catch {
      // Retried at the next poll; consoles keep what they have until the store answers again.
      this.#failures++;
      return;
    }
    this.#failures = 0;
    if (events.length === 0) return;
    this.#afterSeq = events.at(-1)!.seq;
    const escalations = new Set<string>();
    const conversations = new Set<string>();
    for (const event of events) {
      if (event.conversationId !== undefined) conversations.add(event.conversationId);
      const id = escalationIdOf(event);
      if (id !== undefined && event.type.startsWith('escalation.')) escalations.add(id);
    }
    for (const id of escalations) {
      let escalation: Escalation | undefined;
      try {
        escalation = await this.#store.getEscalation(id);
      } catch {
        this.#failures++;
        continue;
      }
      if (escalation) this.#emit({ type: 'escalation', escalation });
    }
    for (const conversationId of conversations)
      this.#emit({ type: 'conversation', conversationId });
  }

  #emit(event: FeedEvent): void {
    for (const listener of this.#listeners) {
      try {
        listener(event);
      } catch {
        // One broken connection must not keep the others from hearing about a crisis.
      }
    }
  }
}

function escalationIdOf(event: AuditEvent): string | undefined {
  const payload = event.payload as { escalationId?: unknown } | null;
  return typeof payload?.escalationId === 'string' ? payload.escalationId : undefined;
}
