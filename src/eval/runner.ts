import { randomBytes } from 'node:crypto';
import {
  isTandemError,
  TandemError,
  type ChatMessage,
  type Judge,
  type Judgment,
  type MetricScore,
  type Provider,
  type Run,
  type Scenario,
  type ScenarioResponse,
  type Suite,
} from '../core/index.js';
import type { ScenarioResults, Store } from '../store/index.js';
import { scoreScenario } from './scoring.js';
import { suiteHash } from './suite-hash.js';
import { openingMessages, scenarioSeed } from './transcript.js';

export interface EvaluationProgress {
  total: number;
  /** Scenarios finished in this process (completed or failed). */
  done: number;
  failed: number;
  /** Scenarios already complete from an earlier, interrupted process. */
  resumed: number;
  startedAt: number;
}

export interface StartRunOptions {
  suite: Suite;
  target: string;
  judges: string[];
  seed: number;
  params?: Record<string, unknown>;
  runId?: string;
}

export interface ExecuteRunOptions {
  store: Store;
  run: Run;
  target: Provider;
  judges: Judge[];
  concurrency: number;
  signal?: AbortSignal;
  onProgress?: (progress: EvaluationProgress) => void;
  /** Finished scenarios are buffered and written in one transaction when this many are waiting… */
  flushEvery?: number;
  /** …or when the oldest has waited this long, so a crash loses little of a slow run. */
  flushAfterMs?: number;
}

export interface RunOutcome {
  run: Run;
  completed: number;
  failed: Array<{ scenarioId: string; error: string }>;
  interrupted: boolean;
}

export function newRunId(now = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  return `run-${stamp}-${randomBytes(3).toString('hex')}`;
}

/** Records a new run with a snapshot of its scenarios; nothing is generated yet. */
export async function startRun(store: Store, options: StartRunOptions): Promise<Run> {
  const run: Run = {
    id: options.runId ?? newRunId(),
    suiteId: options.suite.id,
    suiteVersion: options.suite.version,
    suiteHash: suiteHash(options.suite),
    target: options.target,
    judges: options.judges,
    seed: options.seed,
    status: 'running',
    startedAt: new Date().toISOString(),
    params: options.params ?? {},
  };
  await store.createRun(run, options.suite.scenarios);
  return run;
}

/**
 * Generates, judges, scores and stores every scenario of a run that is not yet complete. Safe to
 * call again on the same run after a crash or interruption: finished scenarios are skipped, an
 * existing response is judged again rather than regenerated, and each scenario's results are
 * written in one transaction (upserts), so nothing is lost or duplicated.
 */
export async function executeRun(options: ExecuteRunOptions): Promise<RunOutcome> {
  const { store, target, judges, signal } = options;
  const run = options.run;
  const scenarios = await store.runScenarios(run.id);
  const itemCounts = new Map(scenarios.map((s) => [s.id, s.rubric.length]));
  const complete = await store.completedScenarioIds(
    run.id,
    judges.map((j) => j.id),
    itemCounts,
  );
  const existing = new Map(
    (await store.responses(run.id)).filter((r) => !r.error).map((r) => [r.scenarioId, r]),
  );
  const pending = scenarios.filter((s) => !complete.has(s.id));

  await store.setRunStatus(run.id, 'running');
  const progress: EvaluationProgress = {
    total: scenarios.length,
    done: 0,
    failed: 0,
    resumed: complete.size,
    startedAt: Date.now(),
  };
  options.onProgress?.({ ...progress });

  const failed: RunOutcome['failed'] = [];
  const buffer: ScenarioResults[] = [];
  const flushEvery = options.flushEvery ?? 25;
  const flushAfterMs = options.flushAfterMs ?? 500;
  let lastFlush = Date.now();
  let flushing: Promise<void> = Promise.resolve();
  const flush = (): Promise<void> => {
    lastFlush = Date.now();
    const batch = buffer.splice(0, buffer.length);
    flushing = flushing.then(() => store.saveScenarioResults(batch));
    return flushing;
  };

  let next = 0;
  let completed = 0;
  const worker = async (): Promise<void> => {
    while (!signal?.aborted) {
      const scenario = pending[next++];
      if (!scenario) return;
      try {
        const { results, error } = await evaluateScenario(
          run,
          scenario,
          target,
          judges,
          existing.get(scenario.id),
          signal,
        );
        buffer.push(results);
        if (error) {
          failed.push({ scenarioId: scenario.id, error });
          progress.failed++;
        } else {
          completed++;
        }
      } catch (error) {
        if (signal?.aborted || isTandemError(error, 'PROVIDER_ABORTED')) return;
        failed.push({ scenarioId: scenario.id, error: describe(error) });
        progress.failed++;
      }
      progress.done++;
      options.onProgress?.({ ...progress });
      if (buffer.length >= flushEvery || Date.now() - lastFlush >= flushAfterMs) await flush();
    }
  };

  const workers = Array.from(
    { length: Math.max(1, Math.min(options.concurrency, pending.length || 1)) },
    () => worker(),
  );
  const settled = await Promise.allSettled(workers);
  await flush();
  const crashed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (crashed) {
    await store.setRunStatus(run.id, 'failed');
    throw crashed.reason;
  }

  const interrupted = Boolean(signal?.aborted) && completed + failed.length < pending.length;
  const status = interrupted ? 'interrupted' : failed.length > 0 ? 'failed' : 'completed';
  const finishedAt = status === 'completed' ? new Date().toISOString() : undefined;
  await store.setRunStatus(run.id, status, finishedAt);
  return {
    run: { ...run, status, ...(finishedAt ? { finishedAt } : {}) },
    completed: complete.size + completed,
    failed,
    interrupted,
  };
}

async function evaluateScenario(
  run: Run,
  scenario: Scenario,
  target: Provider,
  judges: Judge[],
  previous: ScenarioResponse | undefined,
  signal: AbortSignal | undefined,
): Promise<{ results: ScenarioResults; error?: string }> {
  const response = previous ?? (await generateConversation(run, scenario, target, signal));
  if (response.error)
    return { results: { response, judgments: [], scores: [] }, error: response.error };
  try {
    return {
      results: { response, ...(await judgeResponse(run, scenario, judges, response, signal)) },
    };
  } catch (error) {
    if (signal?.aborted || isTandemError(error, 'PROVIDER_ABORTED')) throw error;
    // Keep the response so a resume re-judges it instead of paying for it again.
    return { results: { response, judgments: [], scores: [] }, error: describe(error) };
  }
}

async function judgeResponse(
  run: Run,
  scenario: Scenario,
  judges: Judge[],
  response: ScenarioResponse,
  signal: AbortSignal | undefined,
): Promise<{ judgments: Judgment[]; scores: MetricScore[] }> {
  const judgments: Judgment[] = [];
  const scores: MetricScore[] = [];
  for (const judge of judges) {
    const verdicts = await judge.judge(
      {
        scenario,
        items: scenario.rubric,
        transcript: response.transcript,
        replies: response.replies,
      },
      signal,
    );
    const mine: Judgment[] = verdicts.map((v) => ({
      runId: run.id,
      scenarioId: scenario.id,
      itemId: v.itemId,
      judge: judge.id,
      judgeVersion: judge.version,
      met: v.met,
      evidence: v.evidence,
      ...(v.abstainReason ? { abstainReason: v.abstainReason } : {}),
    }));
    assertOneVerdictPerItem(judge.id, scenario, mine);
    judgments.push(...mine);
    scores.push(...scoreScenario({ runId: run.id, scenario, judge: judge.id, judgments: mine }));
  }
  return { judgments, scores };
}

/** Plays the scripted user turns, letting the target reply between them. */
async function generateConversation(
  run: Run,
  scenario: Scenario,
  target: Provider,
  signal: AbortSignal | undefined,
): Promise<ScenarioResponse> {
  const transcript: ChatMessage[] = openingMessages(scenario);
  const replies: string[] = [];
  let latencyMs = 0;
  let inputTokens = 0;
  let outputTokens = 0;
  let cached = true;
  let model = target.id;
  const seed = scenarioSeed(run.seed, scenario.id);
  const temperature =
    typeof run.params.temperature === 'number' ? run.params.temperature : undefined;
  try {
    for (const [turn, userText] of scenario.turns.entries()) {
      transcript.push({ role: 'user', content: userText });
      const generation = await target.generate(
        transcript.slice(),
        {
          seed,
          locale: scenario.locale,
          scenarioId: scenario.id,
          turn,
          ...(temperature === undefined ? {} : { temperature }),
        },
        signal,
      );
      transcript.push({ role: 'assistant', content: generation.text });
      replies.push(generation.text);
      latencyMs += generation.latencyMs;
      inputTokens += generation.usage.inputTokens;
      outputTokens += generation.usage.outputTokens;
      cached &&= generation.cached === true;
      model = generation.model;
    }
  } catch (error) {
    if (signal?.aborted || isTandemError(error, 'PROVIDER_ABORTED')) throw error;
    return {
      runId: run.id,
      scenarioId: scenario.id,
      transcript,
      replies,
      model,
      latencyMs,
      inputTokens,
      outputTokens,
      cached: false,
      error: describe(error),
    };
  }
  return {
    runId: run.id,
    scenarioId: scenario.id,
    transcript,
    replies,
    model,
    latencyMs,
    inputTokens,
    outputTokens,
    cached,
  };
}

function assertOneVerdictPerItem(judge: string, scenario: Scenario, judgments: Judgment[]): void {
  const expected = new Set(scenario.rubric.map((i) => i.id));
  const seen = new Set(judgments.map((j) => j.itemId));
  if (judgments.length !== expected.size || [...expected].some((id) => !seen.has(id))) {
    throw new TandemError(
      'JUDGE_INVALID_OUTPUT',
      `judge ${judge} returned ${judgments.length} verdicts for ${expected.size} rubric items of scenario ${scenario.id}`,
    );
  }
}

function describe(error: unknown): string {
  if (isTandemError(error)) return `${error.code}: ${error.message}`;
  return error instanceof Error ? error.message : String(error);
}
