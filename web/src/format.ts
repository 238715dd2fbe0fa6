import type { Escalation, MessageRole, RiskLevel } from './types';

const LEVEL_RANK: Record<RiskLevel, number> = {
  imminent: 4,
  high: 3,
  moderate: 2,
  low: 1,
  none: 0,
};

export function levelRank(level: RiskLevel): number {
  return LEVEL_RANK[level] ?? 0;
}

/** Most urgent first: risk level, then the response that is due soonest. */
export function byUrgency(a: Escalation, b: Escalation): number {
  return levelRank(b.level) - levelRank(a.level) || Date.parse(a.slaDueAt) - Date.parse(b.slaDueAt);
}

export function levelLabel(level: RiskLevel): string {
  return level === 'none' ? 'No risk' : `${level[0]?.toUpperCase()}${level.slice(1)} risk`;
}

export function roleLabel(role: MessageRole, author?: string): string {
  switch (role) {
    case 'user':
      return 'Person';
    case 'assistant':
      return 'AI assistant';
    case 'counselor':
      return author ? `Clinician (${author})` : 'Clinician';
    default:
      return 'System';
  }
}

export function categoryLabel(category: string): string {
  return category.replace(/_/g, ' ');
}

/** "in 12 min", "3 h 5 min ago": minutes are what a clinician plans with. */
export function relativeTime(iso: string, now: number): string {
  const minutes = Math.round((Date.parse(iso) - now) / 60_000);
  const span = Math.abs(minutes);
  const text =
    span < 1
      ? 'less than a minute'
      : span < 60
        ? `${span} min`
        : `${Math.floor(span / 60)} h ${span % 60} min`;
  if (span < 1) return minutes >= 0 ? 'in less than a minute' : 'just now';
  return minutes >= 0 ? `in ${text}` : `${text} ago`;
}

export function slaText(slaDueAt: string, now: number): { overdue: boolean; text: string } {
  const due = Date.parse(slaDueAt);
  if (due <= now) {
    const late = relativeTime(slaDueAt, now).replace(/ ago$/, '');
    return {
      overdue: true,
      text: late === 'just now' ? 'Overdue: response was due just now' : `Overdue by ${late}`,
    };
  }
  return { overdue: false, text: `Response due ${relativeTime(slaDueAt, now)}` };
}

export function clockTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

export function shortId(id: string): string {
  return id.length > 14 ? `${id.slice(0, 12)}…` : id;
}

/** The HAAS-e metrics in words: a short name to read, the official name beside it. */
export const METRIC_LABELS: Record<string, { name: string; official: string }> = {
  CES: { name: 'Empathy', official: 'Contextual Empathy Score' },
  CSI: { name: 'Cultural sensitivity', official: 'Cultural Sensitivity Index' },
  PAS: { name: 'Personalisation', official: 'Personalization Appropriateness Score' },
  ASA: { name: 'Actionability and safety', official: 'Actionability and Safety Assessment' },
  TRS: { name: 'Trustworthiness', official: 'Trustworthiness Score' },
};

/** "Empathy (CES)"; an unknown metric keeps its code. */
export function metricLabel(metric: string): string {
  const label = METRIC_LABELS[metric];
  return label ? `${label.name} (${metric})` : metric;
}

/** Scores are 0–100: one decimal is as precise as they are. */
export function scoreText(value: number | null | undefined): string {
  return value === null || value === undefined ? 'not scored' : value.toFixed(1);
}

/** "[41.2, 88.0]" */
export function intervalText(low: number | null, high: number | null, digits = 1): string {
  return low === null || high === null
    ? 'no interval'
    : `[${low.toFixed(digits)}, ${high.toFixed(digits)}]`;
}

/** A statistic with its interval, or why it could not be computed. */
export function statisticText(stat: {
  value: number | null;
  low: number | null;
  high: number | null;
  reason?: string;
}): string {
  if (stat.value === null) return `not computed: ${stat.reason ?? 'too little data'}`;
  return `${stat.value.toFixed(2)} ${intervalText(stat.low, stat.high, 2)}`;
}

/** "human:majority" → "majority of the raters"; judges keep their names otherwise. */
export function judgeLabel(judge: string): string {
  if (judge === 'human:majority') return 'Human raters (majority)';
  if (judge.startsWith('human:')) return `Rater ${judge.slice('human:'.length)}`;
  return judge;
}
