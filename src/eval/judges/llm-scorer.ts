import { z } from 'zod';
import {
  checkArgs,
  checkName,
  EPITOME_MECHANISMS,
  METRICS,
  TandemError,
} from '../../core/index.js';
import type {
  ChatMessage,
  EpitomeMechanism,
  Evidence,
  MechanismLevel,
  Metric,
  Provider,
  Span,
} from '../../core/index.js';
import { inferLocale } from '../response-context.js';
import type { ResponseInput } from '../response-context.js';
import { RESPONSE_RUBRIC_VERSION, responseRubric } from '../response-rubric.js';
import type { ResponseContext, ResponseRubricItem } from '../response-rubric.js';
import { tallyVerdicts } from '../score.js';
import type { ItemVerdict, ScoreExplanation } from '../score.js';
import { idProblems, parseJsonAnswer } from './llm-json.js';
import type { ParsedJsonAnswer } from './llm-json.js';
import { makeNonce } from './llm-prompt.js';
import {
  LLM_SCORE_PROMPT_VERSION,
  buildMechanismPrompt,
  buildMechanismReask,
  buildMetricPrompt,
  buildMetricReask,
} from './prompts/index.js';
import type { MechanismItem, ScoreCase } from './prompts/index.js';

/** Version of this scorer's code; the prompt and rubric versions are appended to `version`. */
export const LLM_SCORER_VERSION = 'llm-scorer@1';

export interface LlmScorerOptions {
  /** Replaces `LLM_SCORER_VERSION` in the reported version. */
  version?: string;
  /** Provider calls in flight at once for one response (default 4; one response makes 8 calls). */
  concurrency?: number;
  /** Source of fence codes; only tests replace it. */
  nonce?: () => string;
}

/** A mechanism's level as the LLM rated it, or `null` when it could not (see `abstainReason`). */
export interface LlmMechanismRating {
  level: MechanismLevel | null;
  /** The quoted words of the response that earned the level; empty for level 0 and when null. */
  evidence: Array<{ span: Span; reason: string }>;
  /** The judge's one-sentence reason, when it decided. */
  reason?: string;
  abstainReason?: string;
}

/**
 * The builtin scorer's `ScoredResponse` (`src/eval/score.ts`) as the LLM gives it, with one
 * difference so an abstention is visible instead of guessed: a mechanism the LLM could not rate
 * is `null` in `mechanisms` and carries an `abstainReason` in `mechanismEvidence`. Undecided
 * items are `met: null` with an `abstainReason` in `verdicts`, as with every judge.
 */
export interface LlmResponseScore extends ScoreExplanation {
  mechanisms: Record<EpitomeMechanism, MechanismLevel | null>;
  mechanismEvidence: Record<EpitomeMechanism, LlmMechanismRating>;
}

export interface LlmResponseScorer {
  /** `llm:<provider id>`. */
  readonly id: string;
  /** e.g. `llm-scorer@1+llm-score-prompt@2+response-rubric@2`. */
  readonly version: string;
  score(
    input: ResponseInput,
    context: ResponseContext,
    signal?: AbortSignal,
  ): Promise<LlmResponseScore>;
}

const MECHANISM_OF_CHECK: Readonly<Record<string, EpitomeMechanism>> = {
  emotional_reaction: 'emotional_reactions',
  interpretation: 'interpretations',
  exploration: 'explorations',
};

/**
 * An LLM scoring one response on the rubric the builtin scorer uses (`responseRubric`), so the two
 * can be compared item by item. Calls: one per metric (that metric's items) and one per EPITOME
 * mechanism, each with the response fenced by fresh random-code markers and a strict JSON answer.
 * Items the builtin decides from a mechanism level (`emotional_reaction` …, `min_level`) are
 * decided from the LLM's level, and "did no harm" items (`absentOf`) from the LLM's verdicts on
 * those harms, exactly as the builtin derives them, so the LLM cannot contradict itself.
 *
 * Evidence quotes must occur in the response. An invalid answer is re-asked once with the reason;
 * a second one makes that call abstain (items `met: null`, mechanism `null`, with the reason).
 * Provider errors (network, timeout, HTTP, abort) are not judgments and propagate unchanged.
 */
export function createLlmResponseScorer(
  provider: Provider,
  options: LlmScorerOptions = {},
): LlmResponseScorer {
  const concurrency = options.concurrency ?? 4;
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new TandemError(
      'INPUT_INVALID',
      `LLM scorer concurrency must be a positive integer, got ${concurrency}.`,
    );
  }
  const nonce = options.nonce ?? makeNonce;
  const version = [
    options.version ?? LLM_SCORER_VERSION,
    LLM_SCORE_PROMPT_VERSION,
    RESPONSE_RUBRIC_VERSION,
  ].join('+');

  return {
    id: `llm:${provider.id}`,
    version,
    async score(input, context, signal) {
      const rubric = responseRubric(context);
      const plan = planRubric(rubric);
      const locale = inferLocale(input);
      const base: Omit<ScoreCase, 'nonce'> = {
        messages: input.messages,
        response: input.response,
        context,
        locale,
        ...(input.profile === undefined ? {} : { profile: input.profile }),
      };

      const metricJobs = METRICS.filter((metric) => plan.direct.get(metric)?.length).map(
        (metric) => async (callSignal: AbortSignal) => {
          const items = plan.direct.get(metric) ?? [];
          const messages = buildMetricPrompt({ ...base, nonce: nonce() }, metric, items);
          return decideMetric(provider, messages, items, input.response, callSignal);
        },
      );
      const mechanismJobs = EPITOME_MECHANISMS.map(
        (mechanism) => async (callSignal: AbortSignal) => {
          const messages = buildMechanismPrompt(
            { ...base, nonce: nonce() },
            mechanism,
            plan.byMechanism.get(mechanism) ?? [],
          );
          return rateMechanism(provider, messages, input.response, callSignal);
        },
      );

      const [metricResults, mechanismResults] = await runLimited(
        [metricJobs, mechanismJobs],
        concurrency,
        signal,
      );

      const direct = new Map<string, ItemVerdict>();
      for (const verdicts of metricResults) for (const v of verdicts) direct.set(v.itemId, v);
      const ratings = Object.fromEntries(
        EPITOME_MECHANISMS.map((mechanism, i) => [mechanism, mechanismResults[i]]),
      ) as Record<EpitomeMechanism, LlmMechanismRating>;

      const verdicts = assembleVerdicts(rubric, plan, direct, ratings);
      const mechanisms = Object.fromEntries(
        EPITOME_MECHANISMS.map((mechanism) => [mechanism, ratings[mechanism].level]),
      ) as Record<EpitomeMechanism, MechanismLevel | null>;
      return {
        ...tallyVerdicts(rubric, verdicts),
        mechanisms,
        judge: `llm:${provider.id}`,
        version,
        locale,
        context,
        items: rubric,
        verdicts,
        mechanismEvidence: ratings,
      };
    },
  };
}

interface RubricPlan {
  /** Items asked of the LLM directly, by metric, in rubric order. */
  direct: Map<Metric, ResponseRubricItem[]>;
  /** Items a mechanism's level decides. */
  byMechanism: Map<EpitomeMechanism, MechanismItem[]>;
  mechanismOf: Map<string, MechanismItem & { mechanism: EpitomeMechanism }>;
}

function planRubric(rubric: readonly ResponseRubricItem[]): RubricPlan {
  const direct = new Map<Metric, ResponseRubricItem[]>();
  const byMechanism = new Map<EpitomeMechanism, MechanismItem[]>();
  const mechanismOf = new Map<string, MechanismItem & { mechanism: EpitomeMechanism }>();
  for (const item of rubric) {
    if (item.absentOf !== undefined) continue;
    const mechanism =
      item.check === undefined ? undefined : MECHANISM_OF_CHECK[checkName(item.check)];
    if (mechanism) {
      const entry = { item, minLevel: minLevelOf(item) };
      byMechanism.set(mechanism, [...(byMechanism.get(mechanism) ?? []), entry]);
      mechanismOf.set(item.id, { ...entry, mechanism });
      continue;
    }
    direct.set(item.metric, [...(direct.get(item.metric) ?? []), item]);
  }
  return { direct, byMechanism, mechanismOf };
}

function minLevelOf(item: ResponseRubricItem): 1 | 2 {
  const level = item.check === undefined ? undefined : checkArgs(item.check).min_level;
  if (level === undefined || level === 1) return 1;
  if (level === 2) return 2;
  throw new TandemError(
    'INPUT_INVALID',
    `Rubric item "${item.id}": min_level must be 1 or 2, got ${JSON.stringify(level)}.`,
  );
}

// ---------------------------------------------------------------------------------------------
// Calls

/** One item as a metric answer decided it. */
export interface ItemDecision {
  met: boolean;
  span?: Span;
  reason: string;
}

type CallOutcome<T> = { ok: true; value: T } | { ok: false; error: string; raw: string };

/** One call with at most one re-ask: the answer must parse on the first or second try. */
async function askTwice<T>(
  provider: Provider,
  messages: ChatMessage[],
  parse: (text: string) => ParsedJsonAnswer<T>,
  reask: (error: string) => ChatMessage,
  maxTokens: number,
  signal: AbortSignal,
): Promise<CallOutcome<T>> {
  const options = { temperature: 0, maxTokens };
  throwIfAborted(signal);
  const first = await provider.generate(messages, options, signal);
  const firstParse = parse(first.text);
  if (firstParse.ok) return { ok: true, value: firstParse.data };

  throwIfAborted(signal);
  const second = await provider.generate(
    [...messages, { role: 'assistant', content: first.text }, reask(firstParse.error)],
    options,
    signal,
  );
  const secondParse = parse(second.text);
  if (secondParse.ok) return { ok: true, value: secondParse.data };
  return { ok: false, error: secondParse.error, raw: second.text };
}

function throwIfAborted(signal: AbortSignal): void {
  if (signal.aborted)
    throw new TandemError('PROVIDER_ABORTED', 'Scoring the response was aborted.');
}

const abstainReasonFor = (error: string): string =>
  `LLM judge output invalid after one re-ask: ${error}`;

const clipped = (text: string, max = 300): string =>
  text.length > max ? `${text.slice(0, max)}…` : text;

async function decideMetric(
  provider: Provider,
  messages: ChatMessage[],
  items: readonly ResponseRubricItem[],
  response: string,
  signal: AbortSignal,
): Promise<ItemVerdict[]> {
  const ids = items.map((item) => item.id);
  const outcome = await askTwice(
    provider,
    messages,
    (text) => parseMetricAnswer(text, ids, response),
    (error) => buildMetricReask(error, ids),
    256 + 160 * items.length,
    signal,
  );
  if (!outcome.ok) {
    return ids.map((itemId) => ({
      itemId,
      met: null,
      evidence: [{ note: `judge answered: ${clipped(outcome.raw)}` }],
      abstainReason: abstainReasonFor(outcome.error),
    }));
  }
  return ids.map((itemId) => {
    const decision = outcome.value.get(itemId);
    if (!decision) throw new Error(`parseMetricAnswer let item "${itemId}" through undecided`);
    return { itemId, met: decision.met, evidence: [evidenceOf(decision.span, decision.reason)] };
  });
}

async function rateMechanism(
  provider: Provider,
  messages: ChatMessage[],
  response: string,
  signal: AbortSignal,
): Promise<LlmMechanismRating> {
  const outcome = await askTwice(
    provider,
    messages,
    (text) => parseMechanismAnswer(text, response),
    buildMechanismReask,
    400,
    signal,
  );
  if (!outcome.ok) {
    return { level: null, evidence: [], abstainReason: abstainReasonFor(outcome.error) };
  }
  const { level, span, reason } = outcome.value;
  return { level, evidence: span ? [{ span, reason }] : [], reason };
}

// ---------------------------------------------------------------------------------------------
// Parsing

const metricAnswerSchema = z.strictObject({
  items: z.array(
    z.strictObject({
      id: z.string().min(1),
      met: z.boolean(),
      evidence: z.string(),
      reason: z.string().trim().min(1),
    }),
  ),
});

const mechanismAnswerSchema = z.strictObject({
  level: z.union([z.literal(0), z.literal(1), z.literal(2)]),
  evidence: z.string(),
  reason: z.string().trim().min(1),
});

/**
 * Strict parse of a metric answer: the schema exactly, every id once and no other, a non-empty
 * quote for every met item, and every quote found in the response. An error says what to fix.
 */
export function parseMetricAnswer(
  text: string,
  ids: readonly string[],
  response: string,
): ParsedJsonAnswer<Map<string, ItemDecision>> {
  const parsed = parseJsonAnswer(text, metricAnswerSchema);
  if (!parsed.ok) return parsed;
  const problems = idProblems(
    parsed.data.items.map((item) => item.id),
    ids,
  );
  const decisions = new Map<string, ItemDecision>();
  for (const item of parsed.data.items) {
    const quote = checkQuote(item.evidence, response, item.met);
    if (!quote.ok) {
      problems.push(`item "${item.id}": ${quote.error}`);
      continue;
    }
    decisions.set(item.id, {
      met: item.met,
      reason: item.reason.trim(),
      ...(quote.span ? { span: quote.span } : {}),
    });
  }
  if (problems.length > 0) return { ok: false, error: problems.join('; ') };
  return { ok: true, data: decisions };
}

/** Strict parse of a mechanism answer: level 0, 1 or 2; a quote found in the response for 1–2. */
export function parseMechanismAnswer(
  text: string,
  response: string,
): ParsedJsonAnswer<{ level: MechanismLevel; span?: Span; reason: string }> {
  const parsed = parseJsonAnswer(text, mechanismAnswerSchema);
  if (!parsed.ok) return parsed;
  const { level, evidence, reason } = parsed.data;
  const quote = checkQuote(evidence, response, level > 0);
  if (!quote.ok) return { ok: false, error: `level ${level}: ${quote.error}` };
  return {
    ok: true,
    data: { level, reason: reason.trim(), ...(quote.span ? { span: quote.span } : {}) },
  };
}

type QuoteCheck = { ok: true; span?: Span } | { ok: false; error: string };

function checkQuote(evidence: string, response: string, required: boolean): QuoteCheck {
  if (evidence.trim() === '') {
    return required
      ? { ok: false, error: 'evidence is empty; quote the words of the reply that show it' }
      : { ok: true };
  }
  const span = locateQuote(response, evidence);
  if (!span) {
    return {
      ok: false,
      error: `evidence ${JSON.stringify(clipped(evidence.trim(), 80))} does not occur in the reply; copy its words exactly`,
    };
  }
  return { ok: true, span };
}

const SURROUNDING_QUOTES = /^["'“”‘’«»]+|["'“”‘’«»]+$/g;

/**
 * Where a quote occurs in the text, as a span of the text itself. Exact first; then tolerant of
 * what models change when copying without changing the words: runs of whitespace, typographic
 * quotes and apostrophes, dashes, and quote marks wrapped around the whole quote. A quote with no
 * letter or digit locates nothing, so punctuation alone never counts as evidence.
 */
export function locateQuote(text: string, quote: string): Span | undefined {
  const trimmed = quote.trim();
  const candidates = [trimmed, trimmed.replace(SURROUNDING_QUOTES, '').trim()];
  for (const candidate of candidates) {
    if (!/[\p{L}\p{N}]/u.test(candidate)) continue;
    const exact = text.indexOf(candidate);
    if (exact >= 0) return { start: exact, end: exact + candidate.length, text: candidate };
    const match = tolerantPattern(candidate).exec(text);
    if (match) return { start: match.index, end: match.index + match[0].length, text: match[0] };
  }
  return undefined;
}

function tolerantPattern(quote: string): RegExp {
  let source = '';
  for (const part of quote.split(/(\s+)/u)) {
    if (part === '') continue;
    if (/^\s+$/u.test(part)) {
      source += '\\s+';
      continue;
    }
    for (const char of part) {
      if (/['’‘`]/u.test(char)) source += "['’‘`]";
      else if (/["“”]/u.test(char)) source += '["“”]';
      else if (/[-–—]/u.test(char)) source += '[-–—]';
      else source += char.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    }
  }
  return new RegExp(source, 'u');
}

// ---------------------------------------------------------------------------------------------
// Assembling the score

function evidenceOf(span: Span | undefined, note: string): Evidence {
  return span ? { turn: 0, span, note } : { note };
}

function assembleVerdicts(
  rubric: readonly ResponseRubricItem[],
  plan: RubricPlan,
  direct: ReadonlyMap<string, ItemVerdict>,
  ratings: Record<EpitomeMechanism, LlmMechanismRating>,
): ItemVerdict[] {
  const decided = new Map<string, ItemVerdict>(direct);
  for (const [itemId, { mechanism, minLevel }] of plan.mechanismOf) {
    decided.set(itemId, mechanismVerdict(itemId, mechanism, minLevel, ratings[mechanism]));
  }
  // "Did no harm" items last: they read the verdicts on the harms they name.
  for (const item of rubric) {
    if (item.absentOf !== undefined) decided.set(item.id, absenceVerdict(item, rubric, decided));
  }
  return rubric.map((item) => {
    const verdict = decided.get(item.id);
    if (!verdict) throw new Error(`rubric item "${item.id}" was not planned`);
    return verdict;
  });
}

function mechanismVerdict(
  itemId: string,
  mechanism: EpitomeMechanism,
  minLevel: 1 | 2,
  rating: LlmMechanismRating,
): ItemVerdict {
  if (rating.level === null) {
    return {
      itemId,
      met: null,
      evidence: [],
      abstainReason: `${mechanism} undecided: ${rating.abstainReason ?? 'no level'}`,
    };
  }
  const note = `${mechanism} level ${rating.level}: ${rating.reason ?? ''}`.trim();
  const evidence =
    rating.evidence.length > 0
      ? rating.evidence.map(({ span }) => evidenceOf(span, note))
      : [{ note }];
  return { itemId, met: rating.level >= minLevel, evidence };
}

/**
 * A "did no harm" item is met when none of the harms it names was found; not met when one was
 * (its quote is the evidence); undecided when a harm is undecided or has no item in the rubric.
 */
function absenceVerdict(
  item: ResponseRubricItem,
  rubric: readonly ResponseRubricItem[],
  decided: ReadonlyMap<string, ItemVerdict>,
): ItemVerdict {
  const harms = item.absentOf ?? [];
  const found: ItemVerdict[] = [];
  const undecided: string[] = [];
  for (const check of harms) {
    const harmItem = rubric.find(
      (candidate) => candidate.check !== undefined && checkName(candidate.check) === check,
    );
    const verdict = harmItem ? decided.get(harmItem.id) : undefined;
    if (!harmItem || !verdict) undecided.push(harmItem ? harmItem.id : `${check} (no rubric item)`);
    else if (verdict.met === null) undecided.push(harmItem.id);
    else if (verdict.met) found.push(verdict);
  }
  if (found.length > 0) {
    return {
      itemId: item.id,
      met: false,
      evidence: found.flatMap((verdict) =>
        verdict.evidence.map((e) => ({
          ...e,
          note: `${verdict.itemId} found: ${e.note ?? ''}`.trim(),
        })),
      ),
    };
  }
  if (undecided.length > 0) {
    return {
      itemId: item.id,
      met: null,
      evidence: [],
      abstainReason: `undecided: ${undecided.join(', ')}`,
    };
  }
  return { itemId: item.id, met: true, evidence: [{ note: `none found of: ${harms.join(', ')}` }] };
}

// ---------------------------------------------------------------------------------------------
// Running the calls

type Job<T> = (signal: AbortSignal) => Promise<T>;

/**
 * Runs two lists of jobs with at most `limit` in flight, results in job order. The first failure
 * aborts the jobs still running (their provider calls see the abort) and is rethrown as is, so a
 * provider error reaches the caller with its own code rather than a sibling's abort.
 */
async function runLimited<A, B>(
  [first, second]: [Job<A>[], Job<B>[]],
  limit: number,
  outer: AbortSignal | undefined,
): Promise<[A[], B[]]> {
  const controller = new AbortController();
  const signal = outer ? AbortSignal.any([outer, controller.signal]) : controller.signal;
  const jobs: Array<Job<unknown>> = [...first, ...second];
  const results: unknown[] = new Array(jobs.length);
  let next = 0;
  let failure: { error: unknown } | undefined;

  const worker = async (): Promise<void> => {
    while (failure === undefined && next < jobs.length) {
      const index = next++;
      const job = jobs[index];
      if (!job) return;
      try {
        results[index] = await job(signal);
      } catch (error) {
        if (failure === undefined) {
          failure = { error };
          controller.abort();
        }
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, jobs.length) }, worker));
  if (failure !== undefined) throw failure.error;
  return [results.slice(0, first.length) as A[], results.slice(first.length) as B[]];
}
