/**
 * The streaming turn. Two ways, chosen before any text exists:
 * - held: at moderate risk or above, whenever the policy escalates, or does anything but pass or
 *   guide, the whole reply is produced and checked first, then streamed — the person never sees a
 *   sentence that a check would have removed;
 * - live: otherwise the upstream streams through the stream checker, which releases only whole
 *   sentences that passed the harm checks; if one fails, the stream cuts over to the safe reply.
 * Either way the turn is stored (with any escalation) before the final `outcome` event, and an
 * escalating turn is stored before the first byte.
 */
import {
  RISK_LEVELS,
  type GuardOutcome,
  type GuardRequest,
  type OutputCheck,
  type UpstreamOutcome,
} from '../core/index.js';
import type { Guard, TurnPlan, TurnResult } from './guard.js';
import { failed } from './output-checks.js';
import { createStreamChecker } from './stream-checker.js';

export type GuardStreamEvent =
  { type: 'delta'; text: string } | { type: 'outcome'; outcome: GuardOutcome };

const MODERATE = RISK_LEVELS.indexOf('moderate');

export async function* streamTurn(
  guard: Guard,
  request: GuardRequest,
  signal?: AbortSignal,
): AsyncGenerator<GuardStreamEvent> {
  const plan = await guard.plan(request);
  if (mustHold(plan) || guard.viaPeople(plan)) {
    const outcome = await guard.commit(plan, await guard.produce(plan, signal));
    for (const text of chunksOf(outcome.response)) yield { type: 'delta', text };
    yield { type: 'outcome', outcome };
    return;
  }
  const { spec, provider } = guard.upstreamFor(plan);
  if (!provider.stream) {
    const outcome = await guard.commit(plan, await guard.produce(plan, signal));
    for (const text of chunksOf(outcome.response)) yield { type: 'delta', text };
    yield { type: 'outcome', outcome };
    return;
  }

  const upstreamAbort = new AbortController();
  const onAbort = () => upstreamAbort.abort(signal?.reason);
  signal?.addEventListener('abort', onAbort, { once: true });
  const checker = createStreamChecker(plan.checkContext);
  const started = performance.now();
  let emitted = '';
  let upstreamText = '';
  let result: TurnResult | undefined;
  let model: string | undefined;
  try {
    try {
      for await (const delta of provider.stream(
        guard.upstreamMessages(plan),
        upstreamOptions(plan),
        upstreamAbort.signal,
      )) {
        if (delta.done) model = delta.done.model;
        if (delta.text === '') continue;
        upstreamText += delta.text;
        const step = checker.push(delta.text);
        if (step.release !== '') {
          emitted += step.release;
          yield { type: 'delta', text: step.release };
        }
        if (step.failed) {
          upstreamAbort.abort();
          result = cutOver(guard, plan, emitted, spec, step.failed, started, model);
          break;
        }
      }
    } catch (error) {
      if (signal?.aborted) throw error;
      // Nothing shown yet: the ordinary fallback. Part shown: finish with the safe reply.
      const fallback = guard.fallback(plan, spec, error);
      result =
        emitted === ''
          ? fallback
          : { ...fallback, response: emitted + separator(emitted) + fallback.response };
    }
    if (!result) {
      if (upstreamText.trim() === '') {
        result = guard.fallback(plan, spec, {
          code: 'PROVIDER_MALFORMED',
          message: 'the upstream reply was empty',
        });
      } else {
        // The whole reply is checked (and repaired) once, below; the checker's own final pass
        // would run the same checks again on the same text.
        const upstream: UpstreamOutcome = {
          provider: spec,
          latencyMs: performance.now() - started,
          ...(model ? { model } : {}),
        };
        const complete = guard.checkAndRepair(plan, upstreamText, upstream);
        result = settle(emitted, upstreamText, complete, upstream);
      }
    }
    const unsent = result.response.startsWith(emitted)
      ? result.response.slice(emitted.length)
      : separator(emitted) + result.response;
    const outcome = await guard.commit(plan, result);
    for (const text of chunksOf(unsent)) yield { type: 'delta', text };
    yield { type: 'outcome', outcome };
  } finally {
    signal?.removeEventListener('abort', onAbort);
    upstreamAbort.abort();
  }
}

/** Whether the reply must be complete and checked before the person sees any of it. */
function mustHold(plan: TurnPlan): boolean {
  const { decision, triage } = plan;
  return (
    decision.escalate ||
    (decision.action !== 'pass' && decision.action !== 'guide') ||
    RISK_LEVELS.indexOf(triage.level) >= MODERATE
  );
}

/**
 * The stream checker passed everything it released; the complete reply may still need an
 * addition (resources at the end) or, rarely, fail a check that needs the whole text. What was
 * released stays; the rest is the repaired tail or the safe reply after it.
 */
function settle(
  emitted: string,
  upstreamText: string,
  complete: TurnResult,
  upstream: UpstreamOutcome,
): TurnResult {
  if (complete.response.startsWith(emitted)) return complete;
  if (complete.action === 'amend' && complete.response.includes(upstreamText)) {
    // An addition before the text cannot be sent any more; it goes after what was shown.
    const added = complete.response.replace(upstreamText, '').trim();
    return { ...complete, response: upstreamText + separator(upstreamText) + added };
  }
  return {
    ...complete,
    upstream,
    response: emitted === '' ? complete.response : emitted + separator(emitted) + complete.response,
  };
}

function cutOver(
  guard: Guard,
  plan: TurnPlan,
  emitted: string,
  spec: string,
  failures: OutputCheck[],
  started: number,
  model: string | undefined,
): TurnResult {
  const replacement = guard.checkAndRepair(plan, emitted, { provider: spec });
  const protocol = replacement.protocol ?? plan.protocol;
  const safe = guard.safeReply(plan, protocol);
  return {
    action: 'replace',
    response: emitted === '' ? safe : emitted + separator(emitted) + safe,
    protocol,
    checks: [
      ...failures,
      ...failed(replacement.checks).filter((c) => !failures.some((f) => f.name === c.name)),
    ],
    upstream: {
      provider: spec,
      latencyMs: performance.now() - started,
      ...(model ? { model } : {}),
    },
  };
}

function upstreamOptions(plan: TurnPlan) {
  return {
    locale: plan.locale,
    ...(plan.request.temperature !== undefined ? { temperature: plan.request.temperature } : {}),
    ...(plan.request.maxTokens !== undefined ? { maxTokens: plan.request.maxTokens } : {}),
  };
}

function separator(shown: string): string {
  if (shown === '') return '';
  return /\s$/.test(shown) ? '' : ' ';
}

/** Word groups of a complete reply, so a held reply still arrives as a stream. */
export function chunksOf(text: string, words = 4): string[] {
  const parts = text.match(/\S+\s*/g) ?? [];
  const leading = /^\s+/.exec(text)?.[0] ?? '';
  const chunks: string[] = [];
  for (let i = 0; i < parts.length; i += words) chunks.push(parts.slice(i, i + words).join(''));
  if (leading !== '' && chunks.length > 0) chunks[0] = leading + chunks[0];
  return chunks;
}
