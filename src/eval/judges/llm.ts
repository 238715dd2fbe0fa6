import { z } from 'zod';
import { METRICS, TandemError } from '../../core/index.js';
import type {
  ChatMessage,
  Evidence,
  Judge,
  JudgeRequest,
  JudgeVerdict,
  Provider,
  RubricItem,
} from '../../core/index.js';
import { idProblems, parseJsonAnswer } from './llm-json.js';
import { LLM_JUDGE_PROMPT_VERSION, buildJudgePrompt, buildReask, makeNonce } from './llm-prompt.js';

export interface LlmJudgeOptions {
  /**
   * Items per call. Default: all items of one metric in one call. Items are always grouped by
   * metric first, so a batch never mixes metrics.
   */
  batchSize?: number;
  /** Version of this judge's code/configuration; the prompt version is appended. */
  version?: string;
  /** Source of fence codes; only tests replace it. */
  nonce?: () => string;
}

const DEFAULT_VERSION = 'llm-judge@1';

const judgeOutputSchema = z.strictObject({
  items: z.array(
    z.strictObject({
      id: z.string().min(1),
      met: z.boolean(),
      evidence: z.string(),
    }),
  ),
});
type JudgeOutput = z.infer<typeof judgeOutputSchema>;

/**
 * An LLM as HAAS-e judge. Each call carries the rubric items of one batch, the scenario context
 * and the conversation with every message fenced by random-code markers, and asks for strict JSON.
 * An invalid answer is re-asked once with the validation error; a second invalid answer makes
 * the judge abstain on that batch (`met: null`, `abstainReason` says why, the raw answer is kept
 * as evidence) so one bad output never crashes a run but always shows in coverage. Provider
 * errors (network, timeout, abort) are not judgments and propagate to the runner.
 */
export function createLlmJudge(provider: Provider, options: LlmJudgeOptions = {}): Judge {
  const { batchSize } = options;
  if (batchSize !== undefined && (!Number.isInteger(batchSize) || batchSize < 1)) {
    throw new TandemError(
      'INPUT_INVALID',
      `LLM judge batch size must be a positive integer, got ${batchSize}.`,
    );
  }
  const nonce = options.nonce ?? makeNonce;
  const version = [
    options.version ?? DEFAULT_VERSION,
    LLM_JUDGE_PROMPT_VERSION,
    ...(batchSize ? [`batch=${batchSize}`] : []),
  ].join('+');

  return {
    id: `llm:${provider.id}`,
    version,
    async judge(request: JudgeRequest, signal?: AbortSignal): Promise<JudgeVerdict[]> {
      const transcript = conversationOf(request);
      const byId = new Map<string, JudgeVerdict>();
      for (const batch of batches(request.items, batchSize)) {
        if (signal?.aborted) {
          throw new TandemError(
            'PROVIDER_ABORTED',
            `Judging scenario "${request.scenario.id}" was aborted.`,
          );
        }
        // Batches are never empty and never mix metrics (see `batches`).
        const metric = batch[0]?.metric ?? 'CES';
        const messages = buildJudgePrompt({
          scenario: request.scenario,
          metric,
          items: batch,
          transcript,
          nonce: nonce(),
        });
        for (const verdict of await decideBatch(
          provider,
          messages,
          batch,
          request.replies,
          signal,
        )) {
          byId.set(verdict.itemId, verdict);
        }
      }
      return request.items.flatMap((item) => byId.get(item.id) ?? []);
    },
  };
}

async function decideBatch(
  provider: Provider,
  messages: ChatMessage[],
  items: readonly RubricItem[],
  replies: readonly string[],
  signal?: AbortSignal,
): Promise<JudgeVerdict[]> {
  const ids = items.map((item) => item.id);
  const generateOptions = { temperature: 0, maxTokens: 256 + 160 * items.length };

  const first = await provider.generate(messages, generateOptions, signal);
  let parsed = parseJudgeOutput(first.text, ids);
  if (parsed.ok) return toVerdicts(parsed.output, replies);

  const reask = [
    ...messages,
    { role: 'assistant' as const, content: first.text },
    buildReask(parsed.error, ids),
  ];
  const second = await provider.generate(reask, generateOptions, signal);
  parsed = parseJudgeOutput(second.text, ids);
  if (parsed.ok) return toVerdicts(parsed.output, replies);

  const abstainReason = `LLM judge output invalid after one re-ask: ${parsed.error}`;
  const raw = second.text.length > 300 ? `${second.text.slice(0, 300)}…` : second.text;
  return ids.map((itemId) => ({
    itemId,
    met: null,
    evidence: [{ note: `judge answered: ${raw}` }],
    abstainReason,
  }));
}

export type ParsedJudgeOutput = { ok: true; output: JudgeOutput } | { ok: false; error: string };

/**
 * Strict parse of a judge answer: the JSON object alone (optionally inside one ```json fence),
 * matching the schema exactly, with every requested id once and no other. Nothing else is
 * tolerated — prose around the JSON is an error — because a lenient parser would turn a
 * confused answer into confident verdicts.
 */
export function parseJudgeOutput(text: string, ids: readonly string[]): ParsedJudgeOutput {
  const parsed = parseJsonAnswer(text, judgeOutputSchema);
  if (!parsed.ok) return parsed;
  const problems = idProblems(
    parsed.data.items.map((item) => item.id),
    ids,
  );
  if (problems.length > 0) return { ok: false, error: problems.join('; ') };
  return { ok: true, output: parsed.data };
}

function toVerdicts(output: JudgeOutput, replies: readonly string[]): JudgeVerdict[] {
  return output.items.map((item) => ({
    itemId: item.id,
    met: item.met,
    evidence: evidenceFor(item.evidence, replies),
  }));
}

/**
 * The judge's evidence as a note, plus a span when it quotes a reply verbatim: a located quote
 * lets a reviewer see exactly what the judge pointed at, and a quote that cannot be found is a
 * hint that the judge paraphrased or invented it.
 */
function evidenceFor(note: string, replies: readonly string[]): Evidence[] {
  const quote = note
    .trim()
    .replace(/^["'“‘«]+|["'”’»]+$/g, '')
    .trim();
  if (quote.length >= 8) {
    for (let turn = replies.length - 1; turn >= 0; turn--) {
      const start = (replies[turn] ?? '').indexOf(quote);
      if (start >= 0)
        return [{ turn, span: { start, end: start + quote.length, text: quote }, note }];
    }
  }
  return [{ note }];
}

/** Items grouped by metric (in METRICS order), each group cut into batches of `size`. */
function batches(items: readonly RubricItem[], size: number | undefined): RubricItem[][] {
  const result: RubricItem[][] = [];
  for (const metric of METRICS) {
    const group = items.filter((item) => item.metric === metric);
    const step = size ?? Math.max(group.length, 1);
    for (let i = 0; i < group.length; i += step) result.push(group.slice(i, i + step));
  }
  return result;
}

/** The request's transcript, or the scripted turns interleaved with the replies if it has none. */
function conversationOf(request: JudgeRequest): ChatMessage[] {
  if (request.transcript.length > 0) return request.transcript;
  const messages: ChatMessage[] = [];
  request.scenario.turns.forEach((turn, i) => {
    messages.push({ role: 'user', content: turn });
    const reply = request.replies[i];
    if (reply !== undefined) messages.push({ role: 'assistant', content: reply });
  });
  return messages;
}
