/**
 * Guarded replay: recorded (conversation, upstream reply) pairs run through the whole SAFE-i
 * pipeline as if the guard had been in front of the model that wrote them — the machine interface
 * `tandem guard replay --jsonl` (DESIGN.md). Each pair is its own conversation, so risk never
 * carries from one line to the next.
 */
import { z } from 'zod';
import {
  ROLES,
  type ChatMessage,
  type Generation,
  type GuardOutcome,
  type Provider,
} from '../core/index.js';
import type { Store } from '../store/index.js';
import { Guard, type GuardOptions } from './guard.js';

export const replayLineSchema = z.object({
  id: z.unknown(),
  messages: z
    .array(z.object({ role: z.enum(ROLES), content: z.string() }))
    .min(1)
    .refine((messages) => messages[messages.length - 1]?.role === 'user', {
      message: 'the last message must be the user message the upstream reply answers',
    }),
  upstream: z.string(),
  locale: z.string().min(2).optional(),
  area: z.enum(['individual', 'community', 'institutional', 'societal']).optional(),
});
export type ReplayLine = z.infer<typeof replayLineSchema>;

export const REPLAY_UPSTREAM = 'replay';

/** Answers every call with the reply recorded for the line being replayed. */
class RecordedReply implements Provider {
  readonly id = REPLAY_UPSTREAM;
  current: string | undefined;

  async generate(): Promise<Generation> {
    if (this.current === undefined) throw new Error('no recorded reply is loaded');
    return {
      text: this.current,
      model: REPLAY_UPSTREAM,
      usage: { inputTokens: 0, outputTokens: 0 },
      latencyMs: 0,
    };
  }
}

export interface ReplayResult {
  id: unknown;
  action: GuardOutcome['action'];
  response: string;
  protocol: string | null;
  escalate: boolean;
  triage: Pick<GuardOutcome['triage'], 'level' | 'cssrs' | 'categories' | 'signals' | 'confidence'>;
  checks: GuardOutcome['checks'];
}

export class GuardReplay {
  readonly #guard: Guard;
  readonly #upstream: RecordedReply;
  #line = 0;

  private constructor(guard: Guard, upstream: RecordedReply) {
    this.#guard = guard;
    this.#upstream = upstream;
  }

  static async create(
    store: Store,
    options: Pick<GuardOptions, 'policy' | 'policyFile' | 'defaults' | 'directory' | 'clock'> = {},
  ): Promise<GuardReplay> {
    const upstream = new RecordedReply();
    const guard = await Guard.create({
      ...options,
      store,
      actor: 'replay',
      upstreams: { default: REPLAY_UPSTREAM },
      providers: { [REPLAY_UPSTREAM]: upstream },
    });
    return new GuardReplay(guard, upstream);
  }

  /** Replays one validated line. Lines must be replayed one at a time (the upstream is shared). */
  async replay(line: ReplayLine): Promise<ReplayResult> {
    this.#line += 1;
    this.#upstream.current = line.upstream;
    try {
      const outcome = await this.#guard.respond({
        conversationId: `replay-${process.pid}-${Date.now()}-${this.#line}`,
        messages: line.messages as ChatMessage[],
        ...(line.locale ? { locale: line.locale } : {}),
        ...(line.area ? { area: line.area } : {}),
      });
      const { triage } = outcome;
      return {
        id: line.id ?? null,
        action: outcome.action,
        response: outcome.response,
        protocol: outcome.protocol ?? null,
        escalate: outcome.escalate,
        triage: {
          level: triage.level,
          cssrs: triage.cssrs,
          categories: triage.categories,
          signals: triage.signals,
          confidence: triage.confidence,
        },
        checks: outcome.checks,
      };
    } finally {
      this.#upstream.current = undefined;
    }
  }
}
