import { METRICS, TandemError } from '../core/index.js';
import type { Metric, MetricSummary } from '../core/index.js';

/** One `--fail-under` threshold: the metric's mean must be at least `threshold` (0–100). */
export interface Gate {
  /** The judge it applies to; undefined means every judge that scored the run. */
  judge?: string;
  metric: Metric;
  threshold: number;
}

export interface GateResult {
  judge: string;
  metric: Metric;
  threshold: number;
  /** The judge's mean score on the metric, or null when it has none. */
  value: number | null;
  passed: boolean;
  /** Why a gate failed, in words a CI log reader can act on; absent when it passed. */
  reason?: string;
}

/**
 * Parses `--fail-under` text: comma-separated `[judge:]METRIC=THRESHOLD`, e.g.
 * `ASA=80,CES=60` or `builtin:ASA=80,llm:openai:gpt-4o-mini:TRS=70`. The metric is the part after
 * the last `:` before `=` (so judge ids may themselves contain `:`); metric names are matched
 * case-insensitively; thresholds are numbers from 0 to 100. Whitespace around parts is ignored.
 * Every problem names the offending part; the same judge and metric twice is an error rather
 * than a silent override.
 */
export function parseGates(text: string): Gate[] {
  const parts = text.split(',').map((part) => part.trim());
  if (parts.every((part) => part === '')) {
    throw new TandemError('INPUT_INVALID', '--fail-under is empty; give e.g. "ASA=80,CES=60".');
  }
  const gates: Gate[] = [];
  const seen = new Set<string>();
  parts.forEach((part, index) => {
    if (part === '') {
      throw new TandemError(
        'INPUT_INVALID',
        `--fail-under part ${index + 1} is empty (stray comma in "${text}").`,
      );
    }
    const gate = parseGate(part);
    const key = `${gate.judge ?? '*'}\u0000${gate.metric}`;
    if (seen.has(key)) {
      throw new TandemError(
        'INPUT_INVALID',
        `--fail-under "${part}": ${describeTarget(gate)} is gated twice.`,
      );
    }
    seen.add(key);
    gates.push(gate);
  });
  return gates;
}

function parseGate(part: string): Gate {
  const eq = part.lastIndexOf('=');
  if (eq < 0) {
    throw new TandemError(
      'INPUT_INVALID',
      `--fail-under "${part}": expected METRIC=THRESHOLD or judge:METRIC=THRESHOLD.`,
    );
  }
  const target = part.slice(0, eq).trim();
  const thresholdText = part.slice(eq + 1).trim();

  const colon = target.lastIndexOf(':');
  const judge = colon < 0 ? undefined : target.slice(0, colon).trim();
  const metricText = (colon < 0 ? target : target.slice(colon + 1)).trim();
  if (judge === '') {
    throw new TandemError(
      'INPUT_INVALID',
      `--fail-under "${part}": the judge before ":" is empty.`,
    );
  }
  const metric = METRICS.find((m) => m === metricText.toUpperCase());
  if (!metric) {
    throw new TandemError(
      'INPUT_INVALID',
      `--fail-under "${part}": unknown metric "${metricText}"; use one of ${METRICS.join(', ')}.`,
    );
  }
  const threshold = thresholdText === '' ? Number.NaN : Number(thresholdText);
  if (!Number.isFinite(threshold) || threshold < 0 || threshold > 100) {
    throw new TandemError(
      'INPUT_INVALID',
      `--fail-under "${part}": threshold "${thresholdText}" is not a number from 0 to 100.`,
    );
  }
  return judge === undefined ? { metric, threshold } : { judge, metric, threshold };
}

/**
 * Checks gates against a run's summary. A gate without a judge expands to every judge in the
 * summary. A gate passes when the judge's mean score (the point estimate, not the CI's lower
 * bound) is at least the threshold. It fails, with a reason, when the value is below it, when
 * the judge has no value for the metric, or when the named judge did not score the run at all —
 * a gate that cannot be checked must never pass silently.
 */
export function evaluateGates(
  summary: readonly MetricSummary[],
  gates: readonly Gate[],
): GateResult[] {
  const judges = [...new Set(summary.map((row) => row.judge))];
  const results: GateResult[] = [];
  for (const gate of gates) {
    const targets = gate.judge === undefined ? judges : [gate.judge];
    if (targets.length === 0) {
      results.push({
        judge: '*',
        metric: gate.metric,
        threshold: gate.threshold,
        value: null,
        passed: false,
        reason: `no judge scored this run, so ${gate.metric} >= ${gate.threshold} cannot be checked`,
      });
      continue;
    }
    for (const judge of targets) results.push(checkGate(summary, judge, gate));
  }
  return results;
}

function checkGate(summary: readonly MetricSummary[], judge: string, gate: Gate): GateResult {
  const base = { judge, metric: gate.metric, threshold: gate.threshold };
  if (!summary.some((row) => row.judge === judge)) {
    const known = [...new Set(summary.map((row) => row.judge))].join(', ') || 'none';
    return {
      ...base,
      value: null,
      passed: false,
      reason: `judge ${judge} did not score this run (judges: ${known})`,
    };
  }
  const row = summary.find((r) => r.judge === judge && r.metric === gate.metric);
  if (!row || row.ci === null) {
    return {
      ...base,
      value: null,
      passed: false,
      reason: `${judge} has no ${gate.metric} score: no scenario has a decided positive ${gate.metric} item`,
    };
  }
  const value = row.ci.mean;
  if (value >= gate.threshold) return { ...base, value, passed: true };
  return {
    ...base,
    value,
    passed: false,
    reason: `${judge} ${gate.metric} = ${value.toFixed(1)} is below ${gate.threshold}`,
  };
}

function describeTarget(gate: Gate): string {
  return gate.judge === undefined
    ? `${gate.metric} (all judges)`
    : `${gate.metric} for ${gate.judge}`;
}
