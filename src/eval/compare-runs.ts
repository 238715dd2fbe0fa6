/**
 * Paired comparison of two runs: on the scenarios both scored with the same judge, each metric's
 * mean in A and B and the difference B − A with a seeded bootstrap 95% CI. Used by `tandem runs
 * compare` and the console's run comparison.
 */
import { METRICS, type MetricScore } from '../core/index.js';
import { bootstrapMeanCI } from './stats.js';

export interface ComparisonRow {
  judge: string;
  metric: string;
  meanA: number;
  meanB: number;
  difference: ReturnType<typeof bootstrapMeanCI>;
}

/** Pairs scores by scenario, judge and metric; only scenarios scored in both runs count. */
export function compareScores(a: MetricScore[], b: MetricScore[], seed: number): ComparisonRow[] {
  const key = (s: MetricScore) => `${s.judge}\u0000${s.metric}\u0000${s.scenarioId}`;
  const inA = new Map(a.filter((s) => s.value !== null).map((s) => [key(s), s.value as number]));
  const groups = new Map<string, { judge: string; metric: string; as: number[]; bs: number[] }>();
  for (const s of b) {
    const va = inA.get(key(s));
    if (s.value === null || va === undefined) continue;
    const g = `${s.judge}\u0000${s.metric}`;
    let group = groups.get(g);
    if (!group) groups.set(g, (group = { judge: s.judge, metric: s.metric, as: [], bs: [] }));
    group.as.push(va);
    group.bs.push(s.value);
  }
  const mean = (xs: number[]) => xs.reduce((t, x) => t + x, 0) / xs.length;
  return [...groups.values()]
    .sort(
      (x, y) =>
        x.judge.localeCompare(y.judge) ||
        METRICS.indexOf(x.metric as never) - METRICS.indexOf(y.metric as never),
    )
    .map((g) => ({
      judge: g.judge,
      metric: g.metric,
      meanA: mean(g.as),
      meanB: mean(g.bs),
      difference: bootstrapMeanCI(
        g.bs.map((v, i) => v - (g.as[i] as number)),
        { seed },
      ),
    }));
}
