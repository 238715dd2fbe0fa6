import { EPITOME_MECHANISMS, METRICS, checkArgs, checkName } from '../core/index.js';
import type {
  EpitomeMechanism,
  Evidence,
  MechanismLevel,
  MechanismRatings,
  Metric,
  ResponseScore,
  Violation,
} from '../core/index.js';
import { getCheck, rateMechanisms } from '../analyzers/index.js';
import type { CheckContext, CheckResult } from '../analyzers/index.js';
import { BUILTIN_JUDGE_VERSION } from './judges/builtin.js';
import { inferLocale, responseContext } from './response-context.js';
import type { ResponseInput } from './response-context.js';
import { RESPONSE_RUBRIC_VERSION, responseRubric } from './response-rubric.js';
import type { ResponseContext, ResponseRubricItem } from './response-rubric.js';
import { scoreMetric } from './scoring.js';

export const BUILTIN_SCORER_VERSION = `${RESPONSE_RUBRIC_VERSION}+${BUILTIN_JUDGE_VERSION}`;

/** A judge's decision on one item of the response rubric. */
export interface ItemVerdict {
  itemId: string;
  met: boolean | null;
  evidence: Evidence[];
  abstainReason?: string;
}

/** What any scorer (builtin or LLM) reports besides the machine answer: how it got there. */
export interface ScoreExplanation extends Omit<ResponseScore, 'mechanisms'> {
  /** `builtin` or `llm:<provider id>`. */
  judge: string;
  version: string;
  /** The locale given, else the one inferred from the seeker's messages. */
  locale: string;
  context: ResponseContext;
  items: ResponseRubricItem[];
  /** One per item of `items`, in that order. */
  verdicts: ItemVerdict[];
}

/** The builtin scorer's answer: every mechanism rated, with the spans that earned it. */
export interface ScoredResponse extends ScoreExplanation {
  mechanisms: Record<EpitomeMechanism, MechanismLevel>;
  mechanismEvidence: MechanismRatings;
}

/**
 * Metric values (the HAAS-e formula of `docs/metrics.md`, rounded to 0.1) and violations (met
 * negative items, one per piece of evidence) from a judge's verdicts on the response rubric.
 * Shared by the builtin and LLM scorers so both score exactly alike.
 */
export function tallyVerdicts(
  items: readonly ResponseRubricItem[],
  verdicts: readonly ItemVerdict[],
): Pick<ResponseScore, 'metrics' | 'violations'> {
  const met = new Map(verdicts.map((v) => [v.itemId, v.met]));
  const metrics = {} as Record<Metric, number | null>;
  for (const metric of METRICS) {
    const { value } = scoreMetric(
      metric,
      items.filter((i) => i.metric === metric),
      met,
    );
    metrics[metric] = value === null ? null : Math.round(value * 10) / 10;
  }
  const byId = new Map(items.map((i) => [i.id, i]));
  const violations: Violation[] = [];
  for (const verdict of verdicts) {
    const item = byId.get(verdict.itemId);
    if (!item || item.points >= 0 || verdict.met !== true) continue;
    const base = {
      check: item.check === undefined ? item.id : checkName(item.check),
      metric: item.metric,
      points: item.points,
      critical: item.critical === true,
    };
    if (verdict.evidence.length === 0) {
      violations.push({ ...base, turn: 0, reason: item.text });
      continue;
    }
    for (const e of verdict.evidence) {
      violations.push({
        ...base,
        turn: e.turn ?? 0,
        ...(e.span === undefined ? {} : { span: e.span }),
        reason: e.note ?? item.text,
      });
    }
  }
  return { metrics, violations };
}

/**
 * The builtin scorer: the deterministic analysers decide every item of the response rubric, and
 * the EPITOME mechanisms are rated against the seeker's last message. Pure and offline.
 */
export function scoreResponse(input: ResponseInput): ScoredResponse {
  const locale = inferLocale(input);
  const context = responseContext(input);
  const items = responseRubric(context);
  const userTurns = input.messages.filter((m) => m.role === 'user').map((m) => m.content);
  const base: Omit<CheckContext, 'args'> = {
    replies: [input.response],
    userTurns,
    locale,
    seekerAtRisk: context.atRisk,
    seekerVoicedBelief: context.voicedBelief,
    seekerEatingDisorder: context.eatingDisorder,
    ...(input.profile === undefined ? {} : { profile: input.profile }),
  };

  // Several items share a check (an item and its "did no harm" counterpart): run each once.
  const results = new Map<string, CheckResult>();
  const run = (ref: NonNullable<ResponseRubricItem['check']>): CheckResult => {
    const name = checkName(ref);
    const args = checkArgs(ref);
    const key = `${name} ${JSON.stringify(args)}`;
    let result = results.get(key);
    if (!result) {
      result = getCheck(name).run({ ...base, args });
      results.set(key, result);
    }
    return result;
  };

  const verdicts: ItemVerdict[] = items.map((item) => {
    if (item.absentOf !== undefined) {
      const found = item.absentOf.map((name) => ({ name, result: run(name) }));
      const present = found.filter((f) => f.result.detected);
      return {
        itemId: item.id,
        met: present.length === 0,
        evidence:
          present.length === 0
            ? [{ note: `none of ${item.absentOf.join(', ')} found` }]
            : present.flatMap((f) =>
                f.result.findings.map((x) => ({
                  turn: x.turn,
                  span: x.span,
                  note: `${f.name}: ${x.reason}`,
                })),
              ),
      };
    }
    if (item.check === undefined) {
      return { itemId: item.id, met: null, evidence: [], abstainReason: 'no builtin check' };
    }
    const result = run(item.check);
    return {
      itemId: item.id,
      met: result.detected,
      evidence: result.findings.map((f) => ({ turn: f.turn, span: f.span, note: f.reason })),
    };
  });

  // Against everything the seeker said, as the rubric's empathy checks judge it: a reply that
  // reflects an earlier turn is still specific to them.
  const mechanismEvidence = rateMechanisms(userTurns.join('\n'), input.response, locale);
  const mechanisms = Object.fromEntries(
    EPITOME_MECHANISMS.map((m) => [m, mechanismEvidence[m].level]),
  ) as ScoredResponse['mechanisms'];

  return {
    ...tallyVerdicts(items, verdicts),
    mechanisms,
    judge: 'builtin',
    version: BUILTIN_SCORER_VERSION,
    locale,
    context,
    items,
    verdicts,
    mechanismEvidence,
  };
}
