import type { RunAgreement } from './agreement.js';
import type { Area, ChatMessage, Condition, Evidence, Metric, RiskLevel } from './domain.js';
import type { RubricItem, Scenario } from './suite.js';

export type RunStatus = 'running' | 'completed' | 'interrupted' | 'failed';

export interface Run {
  id: string;
  suiteId: string;
  suiteVersion: string;
  /** sha256 of the canonical suite JSON: a resumed run must use the same suite. */
  suiteHash: string;
  target: string;
  judges: string[];
  seed: number;
  status: RunStatus;
  startedAt: string;
  finishedAt?: string;
  /** Free-form run parameters (concurrency, temperature...), kept for traceability. */
  params: Record<string, unknown>;
}

/** The model's side of one scenario: the full transcript it produced. */
export interface ScenarioResponse {
  runId: string;
  scenarioId: string;
  transcript: ChatMessage[];
  /** The assistant replies, in order (also inside `transcript`). */
  replies: string[];
  model: string;
  latencyMs: number;
  inputTokens: number;
  outputTokens: number;
  cached: boolean;
  error?: string;
}

/** A judge's verdict on one rubric item. `met: null` means the judge could not decide it. */
export interface Judgment {
  runId: string;
  scenarioId: string;
  itemId: string;
  judge: string;
  judgeVersion: string;
  met: boolean | null;
  evidence: Evidence[];
  /** Why the judge could not decide, when `met` is null (e.g. "no builtin check"). */
  abstainReason?: string;
}

/** What a judge is asked to decide. */
export interface JudgeRequest {
  scenario: Scenario;
  items: RubricItem[];
  transcript: ChatMessage[];
  replies: string[];
}

export interface JudgeVerdict {
  itemId: string;
  met: boolean | null;
  evidence: Evidence[];
  abstainReason?: string;
}

export interface Judge {
  /** `builtin`, `llm:<provider id>` or `human:<rater id>`. */
  readonly id: string;
  readonly version: string;
  judge(request: JudgeRequest, signal?: AbortSignal): Promise<JudgeVerdict[]>;
}

/** One metric's score on one scenario by one judge. */
export interface MetricScore {
  runId: string;
  scenarioId: string;
  judge: string;
  metric: Metric;
  /** 0–100, or null when the judge decided no positive item of this metric. */
  value: number | null;
  earned: number;
  possible: number;
  /** Share of the metric's positive points the judge could decide (0–1). */
  coverage: number;
  /** True when a critical ASA harm zeroed the score. */
  criticalHarm: boolean;
}

export interface ConfidenceInterval {
  mean: number;
  low: number;
  high: number;
  n: number;
}

export type SliceDimension = 'area' | 'condition' | 'risk' | 'culture' | 'locale' | 'model';

export interface SliceRow {
  dimension: SliceDimension;
  value: string;
  judge: string;
  metric: Metric;
  ci: ConfidenceInterval;
}

export interface MetricSummary {
  judge: string;
  metric: Metric;
  ci: ConfidenceInterval | null;
}

/** Everything a report needs, computed once from the store. */
export interface RunReport {
  run: Run;
  suiteTitle?: string;
  summary: MetricSummary[];
  slices: SliceRow[];
  scenarios: Array<{
    scenario: Pick<
      Scenario,
      'id' | 'title' | 'area' | 'condition' | 'risk' | 'culture' | 'locale' | 'turns'
    > & {
      area: Area;
      condition: Condition;
      risk: RiskLevel;
    };
    rubric: RubricItem[];
    response: ScenarioResponse | null;
    judgments: Judgment[];
    scores: MetricScore[];
  }>;
  /** Agreement with the human raters; present only when the run has human judgments. */
  agreement?: RunAgreement;
  /** Gate results when `--fail-under` was given. */
  gates?: Array<{
    judge: string;
    metric: Metric;
    threshold: number;
    value: number | null;
    passed: boolean;
  }>;
}

/** A human rating of one rubric item, imported from CSV/JSONL or entered in the console. */
export interface HumanRating {
  runId: string;
  scenarioId: string;
  itemId: string;
  raterId: string;
  met: boolean;
  note?: string;
  ratedAt: string;
}

/** A console user asked to rate a run. */
export interface RaterAssignment {
  runId: string;
  rater: string;
  assignedBy: string;
  assignedAt: string;
}

/**
 * One item as a rater sees it: the conversation and the rubric, without the model's name or
 * anything else that would tell whose reply it is.
 */
export interface BlindedRatingItem {
  /** The scenario id: which item, not whose reply. */
  key: string;
  /** 1-based place in this rater's own order, of `total`. */
  position: number;
  total: number;
  area: Area;
  condition: string;
  locale: string;
  /** The person's turns and the replies being rated (a deployment's system prompt left out). */
  transcript: Array<{ role: 'user' | 'assistant'; content: string }>;
  rubric: Array<{ id: string; metric: string; text: string; points: number; critical?: boolean }>;
  /** This rater's earlier ratings of the item, when they rated it before. */
  ratings?: Record<string, boolean>;
}

/** How far a rater has come with a run: items with every rubric item rated, of all items. */
export interface RaterProgress {
  runId: string;
  rater: string;
  rated: number;
  total: number;
}
