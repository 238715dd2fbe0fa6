/**
 * OpenAI `chat.completion` and `chat.completion.chunk` bodies built from a guard outcome, plus the
 * `tandem` object every reply carries (docs/api.md). Token counts are estimates: the reply may be
 * a protocol reply or a counselor's message that no model produced, so the upstream's own usage
 * would not describe it.
 */
import { randomBytes } from 'node:crypto';
import type { GuardOutcome, ProtocolId, RiskCategory, RiskLevel, Span } from '../core/index.js';
import type { GuardAction } from '../core/index.js';

export interface TandemSignal {
  id: string;
  category: RiskCategory;
  message: number;
  span: Span;
  reason: string;
}

export interface TandemInfo {
  conversation_id: string;
  action: GuardAction;
  protocol: ProtocolId | null;
  escalation_id: string | null;
  triage: {
    level: RiskLevel;
    cssrs: number;
    categories: RiskCategory[];
    confidence: number;
    signals: TandemSignal[];
  };
  /** Names of the output checks the upstream reply failed (empty when all passed or none ran). */
  checks: string[];
}

export interface CompletionUsage {
  prompt_tokens: number;
  completion_tokens: number;
  total_tokens: number;
}

export function tandemInfo(outcome: GuardOutcome): TandemInfo {
  return {
    conversation_id: outcome.conversationId,
    action: outcome.action,
    protocol: outcome.protocol ?? null,
    escalation_id: outcome.escalationId ?? null,
    triage: {
      level: outcome.triage.level,
      cssrs: outcome.triage.cssrs,
      categories: outcome.triage.categories,
      confidence: outcome.triage.confidence,
      // Only the signals that counted: scoped-out cues did not shape the decision.
      signals: outcome.triage.signals
        .filter((s) => !s.scopedOut)
        .map((s) => ({
          id: s.id,
          category: s.category,
          message: s.message,
          span: s.span,
          reason: s.reason,
        })),
    },
    checks: outcome.checks.filter((c) => !c.passed).map((c) => c.name),
  };
}

// A random prefix per process and a counter: unique without asking the OS for entropy per request.
const ID_PREFIX = `chatcmpl-${randomBytes(6).toString('base64url')}`;
let idCounter = 0;

export function completionId(): string {
  idCounter = (idCounter + 1) % Number.MAX_SAFE_INTEGER;
  return `${ID_PREFIX}${idCounter.toString(36).padStart(6, '0')}`;
}

/** About four characters per token for English-like text; documented as an estimate. */
export function estimateTokens(text: string): number {
  return text.length === 0 ? 0 : Math.ceil(text.length / 4);
}

export function usageFor(promptChars: number, reply: string): CompletionUsage {
  const prompt = promptChars === 0 ? 0 : Math.ceil(promptChars / 4);
  const completion = estimateTokens(reply);
  return {
    prompt_tokens: prompt,
    completion_tokens: completion,
    total_tokens: prompt + completion,
  };
}

export function chatCompletion(input: {
  id: string;
  created: number;
  model: string;
  outcome: GuardOutcome;
  promptChars: number;
}) {
  return {
    id: input.id,
    object: 'chat.completion' as const,
    created: input.created,
    model: input.model,
    choices: [
      {
        index: 0,
        message: { role: 'assistant' as const, content: input.outcome.response, refusal: null },
        logprobs: null,
        finish_reason: 'stop' as const,
      },
    ],
    usage: usageFor(input.promptChars, input.outcome.response),
    system_fingerprint: null,
    tandem: tandemInfo(input.outcome),
  };
}

export interface ChunkBase {
  id: string;
  created: number;
  model: string;
  includeUsage: boolean;
}

/** A streamed chunk. With `include_usage`, OpenAI sends `usage: null` on every chunk but the last. */
export function chunk(
  base: ChunkBase,
  delta: { role?: 'assistant'; content?: string },
  finishReason: 'stop' | null,
  extra: { tandem?: TandemInfo } = {},
) {
  return {
    id: base.id,
    object: 'chat.completion.chunk' as const,
    created: base.created,
    model: base.model,
    system_fingerprint: null,
    choices: [{ index: 0, delta, logprobs: null, finish_reason: finishReason }],
    ...(base.includeUsage ? { usage: null } : {}),
    ...extra,
  };
}

/** The last chunk when `stream_options.include_usage` is set: no choices, only usage. */
export function usageChunk(base: ChunkBase, usage: CompletionUsage) {
  return {
    id: base.id,
    object: 'chat.completion.chunk' as const,
    created: base.created,
    model: base.model,
    system_fingerprint: null,
    choices: [],
    usage,
  };
}
