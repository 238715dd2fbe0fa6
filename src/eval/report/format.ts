import type {
  ConfidenceInterval,
  Evidence,
  Judgment,
  RubricItem,
  RunReport,
} from '../../core/index.js';

/** One scenario entry of a report. */
export type ReportScenario = RunReport['scenarios'][number];

/**
 * The judges of a report in a stable order: the run's declared judges first, then any other judge
 * that produced scores (e.g. human raters imported after the run).
 */
export function judgesOf(report: RunReport): string[] {
  const judges = [...report.run.judges];
  const seen = new Set(judges);
  const add = (judge: string): void => {
    if (!seen.has(judge)) {
      seen.add(judge);
      judges.push(judge);
    }
  };
  for (const row of report.summary) add(row.judge);
  for (const entry of report.scenarios) {
    for (const score of entry.scores) add(score.judge);
  }
  return judges;
}

/** Scores are shown with one decimal: finer digits would suggest precision the rubric lacks. */
export function formatScore(value: number | null | undefined): string {
  return value === null || value === undefined || !Number.isFinite(value) ? '—' : value.toFixed(1);
}

export function formatCi(ci: ConfidenceInterval | null): string {
  return ci === null ? '—' : `${formatScore(ci.low)} – ${formatScore(ci.high)}`;
}

export function formatPoints(points: number): string {
  return points > 0 ? `+${points}` : String(points);
}

/** Full-precision number for data files; empty for a missing value. */
export function formatNumber(value: number | null | undefined): string {
  return value === null || value === undefined || !Number.isFinite(value) ? '' : String(value);
}

export function verdictOf(judgment: Pick<Judgment, 'met'>): 'met' | 'unmet' | 'undecided' {
  return judgment.met === null ? 'undecided' : judgment.met ? 'met' : 'unmet';
}

/** The rubric of one scenario indexed by item id. */
export function rubricIndex(rubric: RubricItem[]): Map<string, RubricItem> {
  return new Map(rubric.map((item) => [item.id, item]));
}

/** A judgment whose item is negative and met: the judge saw the harm happen. */
export function isMetHarm(judgment: Judgment, item: RubricItem | undefined): item is RubricItem {
  return judgment.met === true && item !== undefined && item.points < 0;
}

/** One-line text form of a piece of evidence, for CSV cells and JUnit messages. */
export function describeEvidence(evidence: Evidence): string {
  const parts: string[] = [];
  if (evidence.span !== undefined) {
    const where = evidence.turn === undefined ? '' : `reply ${evidence.turn + 1}: `;
    parts.push(`${where}"${evidence.span.text}"`);
  } else if (evidence.turn !== undefined) {
    parts.push(`reply ${evidence.turn + 1}`);
  }
  if (evidence.note !== undefined && evidence.note !== '') parts.push(evidence.note);
  return parts.join(' — ');
}
