/**
 * A conversation's turns as the console shows them beside the messages: each turn's triage (with
 * its signals placed at stored messages and character spans, for highlighting), the policy's
 * decision, the output checks and the action. Built from the stored turn summaries and the audit
 * chain, which together hold every decision and never any text.
 */
import type { AuditEvent, ConversationTurn } from '../core/index.js';

export interface PlacedSpan {
  /** The stored message it is in, and where: characters [start, end). */
  seq: number;
  start: number;
  end: number;
}

/** The policy's decision for the turn, before output checks could change the action. */
interface Policy {
  action: string;
  protocol: string | null;
  escalate: boolean;
  reasons: string[];
}

export interface TurnView extends ConversationTurn {
  confidence?: number;
  signals: Array<PlacedSpan & { id: string; category: string }>;
  conditions: Array<PlacedSpan & { condition: string }>;
  policy?: Policy;
  checks?: {
    ran: number;
    failed: Array<{ name: string; severity: string; spans: Array<[number, number]> }>;
  };
}

interface TriagePayload {
  confidence?: number;
  signals?: Array<{
    id: string;
    category: string;
    turnMessage?: number;
    start: number;
    end: number;
  }>;
  conditions?: Array<{ condition: string; turnMessage?: number; start: number; end: number }>;
}

/** The decision events one guarded turn writes, in the order it writes them. */
const TURN_EVENTS = new Set(['triage', 'policy', 'checks', 'action']);

/**
 * Pairs the k-th turn with the k-th group of decision events: a turn's summary and its events are
 * written in one transaction, so their orders agree. Signals on messages from earlier turns were
 * placed when those turns were new, and are not repeated.
 */
export function turnViews(turns: ConversationTurn[], events: AuditEvent[]): TurnView[] {
  const groups: Array<Map<string, unknown>> = [];
  for (const event of events) {
    if (!TURN_EVENTS.has(event.type)) continue;
    if (event.type === 'triage' || groups.length === 0) groups.push(new Map());
    groups.at(-1)!.set(event.type, event.payload);
  }
  return turns.map((turn, k) => {
    const group = groups[k];
    const triage = (group?.get('triage') ?? {}) as TriagePayload;
    const placed = (p: { turnMessage?: number }) =>
      p.turnMessage !== undefined && turn.firstSeq + p.turnMessage <= turn.lastSeq;
    const decided = group?.get('policy') as
      (Omit<Policy, 'action'> & { policy: string }) | undefined;
    const policy: Policy | undefined = decided && {
      action: decided.policy,
      protocol: decided.protocol,
      escalate: decided.escalate,
      reasons: decided.reasons,
    };
    const checks = group?.get('checks') as TurnView['checks'] | undefined;
    return {
      ...turn,
      ...(typeof triage.confidence === 'number' ? { confidence: triage.confidence } : {}),
      signals: (triage.signals ?? []).filter(placed).map((s) => ({
        id: s.id,
        category: s.category,
        seq: turn.firstSeq + s.turnMessage!,
        start: s.start,
        end: s.end,
      })),
      conditions: (triage.conditions ?? []).filter(placed).map((c) => ({
        condition: c.condition,
        seq: turn.firstSeq + c.turnMessage!,
        start: c.start,
        end: c.end,
      })),
      ...(policy ? { policy } : {}),
      ...(checks ? { checks } : {}),
    };
  });
}
