import type { Generated } from 'kysely';

/**
 * Table shapes as the database sees them. JSON columns hold text (portable across SQLite and
 * PostgreSQL); booleans are 0/1 integers for the same reason.
 */
export interface RunsTable {
  id: string;
  suite_id: string;
  suite_version: string;
  suite_hash: string;
  suite_title: string | null;
  target: string;
  judges: string;
  seed: number;
  status: string;
  started_at: string;
  finished_at: string | null;
  params: string;
}

export interface RunScenariosTable {
  run_id: string;
  scenario_id: string;
  position: number;
  area: string;
  condition: string;
  risk: string;
  culture: string;
  locale: string;
  data: string;
}

export interface ResponsesTable {
  run_id: string;
  scenario_id: string;
  transcript: string;
  replies: string;
  model: string;
  latency_ms: number;
  input_tokens: number;
  output_tokens: number;
  cached: number;
  error: string | null;
  created_at: string;
}

export interface JudgmentsTable {
  run_id: string;
  scenario_id: string;
  item_id: string;
  judge: string;
  judge_version: string;
  met: number | null;
  evidence: string;
  abstain_reason: string | null;
}

export interface ScoresTable {
  run_id: string;
  scenario_id: string;
  judge: string;
  metric: string;
  value: number | null;
  earned: number;
  possible: number;
  coverage: number;
  critical_harm: number;
}

export interface RatingsTable {
  id: Generated<number>;
  run_id: string;
  scenario_id: string;
  item_id: string;
  rater_id: string;
  met: number;
  note: string | null;
  rated_at: string;
}

export interface Database {
  runs: RunsTable;
  run_scenarios: RunScenariosTable;
  responses: ResponsesTable;
  judgments: JudgmentsTable;
  scores: ScoresTable;
  ratings: RatingsTable;
}
