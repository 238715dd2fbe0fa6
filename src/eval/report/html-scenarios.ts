import { METRICS, METRIC_NAMES } from '../../core/index.js';
import type { Judgment, MetricScore, RubricItem } from '../../core/index.js';
import { escapeHtml as h } from './escape.js';
import {
  formatPoints,
  formatScore,
  rubricIndex,
  verdictOf,
  type ReportScenario,
} from './format.js';
import { highlightReply, locateEvidence, type MarkTone, type ReplyMark } from './highlight.js';

/** Columns before the metric columns in the per-scenario table. */
const FACET_COLUMNS = ['Area', 'Condition', 'Risk', 'Culture', 'Locale'] as const;

function scoreKey(judge: string, metric: string): string {
  return `${judge}\u0000${metric}`;
}

function scoreCell(score: MetricScore | undefined): string {
  if (score === undefined) return '<td class="num">—</td>';
  const title = `${score.earned} of ${score.possible} points; coverage ${Math.round(score.coverage * 100)}%`;
  if (score.criticalHarm) {
    return `<td class="num critical" title="${h(title)}">${formatScore(score.value)}<small class="coverage">critical harm</small></td>`;
  }
  const coverage =
    score.value !== null && score.coverage < 1
      ? `<small class="coverage">coverage ${Math.round(score.coverage * 100)}%</small>`
      : '';
  return `<td class="num" title="${h(title)}">${formatScore(score.value)}${coverage}</td>`;
}

function markTone(judgment: Judgment, item: RubricItem | undefined): MarkTone {
  if (judgment.met !== true || item === undefined) return 'neutral';
  return item.points > 0 ? 'good' : 'harm';
}

function verdictCell(judgment: Judgment, item: RubricItem | undefined): string {
  const verdict = verdictOf(judgment);
  if (verdict === 'undecided') {
    const reason =
      judgment.abstainReason === undefined ? '' : `<br><small>${h(judgment.abstainReason)}</small>`;
    return `<td><span class="verdict undecided">undecided</span>${reason}</td>`;
  }
  if (verdict === 'unmet') return '<td><span class="verdict">not met</span></td>';
  const harm = item !== undefined && item.points < 0;
  return harm
    ? `<td><span class="verdict harm">met — harm${item.critical ? ' (critical)' : ''}</span></td>`
    : '<td><span class="verdict good">met</span></td>';
}

function evidenceCell(judgment: Judgment, replies: readonly string[]): string {
  if (judgment.evidence.length === 0) return '<td>—</td>';
  const items = judgment.evidence.map((evidence) => {
    const parts: string[] = [];
    if (evidence.span !== undefined) {
      const located = locateEvidence(replies, evidence);
      const turn = located?.turn ?? evidence.turn;
      const where = turn === undefined ? '' : `Reply ${turn + 1}: `;
      const missing = located === null ? ' <small>(not found in the reply)</small>' : '';
      parts.push(`${where}<q>${h(evidence.span.text)}</q>${missing}`);
    } else if (evidence.turn !== undefined) {
      parts.push(`Reply ${evidence.turn + 1}`);
    }
    if (evidence.note !== undefined && evidence.note !== '') parts.push(h(evidence.note));
    return `<li>${parts.join(' — ')}</li>`;
  });
  return `<td><ul class="evidence">${items.join('')}</ul></td>`;
}

/** Judgments in rubric order, then in judge order, so two judges on one item sit together. */
function orderedJudgments(entry: ReportScenario, judges: string[]): Judgment[] {
  const itemOrder = new Map(entry.rubric.map((item, i) => [item.id, i]));
  const judgeOrder = new Map(judges.map((judge, i) => [judge, i]));
  const position = (map: Map<string, number>, key: string): number =>
    map.get(key) ?? Number.MAX_SAFE_INTEGER;
  return [...entry.judgments].sort(
    (a, b) =>
      position(itemOrder, a.itemId) - position(itemOrder, b.itemId) ||
      position(judgeOrder, a.judge) - position(judgeOrder, b.judge),
  );
}

function judgmentsTable(
  entry: ReportScenario,
  judgments: Judgment[],
  items: Map<string, RubricItem>,
  replies: readonly string[],
): string {
  if (judgments.length === 0) return '<p>No judgments recorded.</p>';
  const rows = judgments.map((judgment) => {
    const item = items.get(judgment.itemId);
    const itemCell =
      item === undefined
        ? `<span class="item-id">${h(judgment.itemId)}</span>(item not in the rubric)`
        : `<span class="item-id">${h(item.id)}</span>${h(item.text)}`;
    const metric =
      item === undefined
        ? '—'
        : `<abbr title="${h(METRIC_NAMES[item.metric])}">${item.metric}</abbr>`;
    const points =
      item === undefined
        ? '—'
        : `${formatPoints(item.points)}${item.critical ? ' <small>critical</small>' : ''}`;
    return `<tr><td>${itemCell}</td><td>${metric}</td><td class="num">${points}</td><td>${h(judgment.judge)}</td>${verdictCell(judgment, item)}${evidenceCell(judgment, replies)}</tr>`;
  });
  return `<table class="judgments"><caption>Judgments for ${h(entry.scenario.id)}</caption><thead><tr><th scope="col">Item</th><th scope="col">Metric</th><th scope="col" class="num">Points</th><th scope="col">Judge</th><th scope="col">Verdict</th><th scope="col">Evidence</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

/** The evidence spans of every judgment, grouped by the reply they point into. */
function marksByReply(
  judgments: Judgment[],
  items: Map<string, RubricItem>,
  replies: readonly string[],
): Map<number, ReplyMark[]> {
  const marks = new Map<number, ReplyMark[]>();
  for (const judgment of judgments) {
    const item = items.get(judgment.itemId);
    const points = item === undefined ? '' : `${formatPoints(item.points)}, `;
    const label = `${judgment.itemId} (${points}${judgment.judge}, ${verdictOf(judgment)})`;
    for (const evidence of judgment.evidence) {
      const located = locateEvidence(replies, evidence);
      if (located === null) continue;
      const list = marks.get(located.turn) ?? [];
      list.push({ start: located.start, end: located.end, tone: markTone(judgment, item), label });
      marks.set(located.turn, list);
    }
  }
  return marks;
}

function transcript(
  entry: ReportScenario,
  judgments: Judgment[],
  items: Map<string, RubricItem>,
): string {
  const replies = entry.response?.replies ?? [];
  const marks = marksByReply(judgments, items, replies);
  const lang = h(entry.scenario.locale);
  const turns: string[] = [];
  for (let i = 0; i < Math.max(entry.scenario.turns.length, replies.length); i++) {
    const user = entry.scenario.turns[i];
    if (user !== undefined) {
      turns.push(
        `<li class="user"><span class="who">Person, turn ${i + 1}</span><p class="text" lang="${lang}">${h(user)}</p></li>`,
      );
    }
    const reply = replies[i];
    if (reply !== undefined) {
      turns.push(
        `<li class="assistant"><span class="who">Reply ${i + 1}</span><p class="text" lang="${lang}">${highlightReply(reply, marks.get(i) ?? [])}</p></li>`,
      );
    }
  }
  return `<ol class="transcript">${turns.join('')}</ol>`;
}

function responseMeta(entry: ReportScenario): string {
  const { response } = entry;
  const title =
    entry.scenario.title === undefined ? '' : `<p><strong>${h(entry.scenario.title)}</strong></p>`;
  if (response === null)
    return `${title}<p class="error">No response was recorded for this scenario.</p>`;
  const facts = [
    `model ${h(response.model)}`,
    `${Math.round(response.latencyMs)} ms`,
    `${response.inputTokens} tokens in, ${response.outputTokens} out`,
    ...(response.cached ? ['from cache'] : []),
  ];
  const error =
    response.error === undefined
      ? ''
      : `<p class="error">The target failed: ${h(response.error)}</p>`;
  return `${title}<p class="legend">${facts.join(' · ')}</p>${error}`;
}

function scenarioBody(entry: ReportScenario, judges: string[], metricColumns: number): string {
  const { scenario } = entry;
  const scores = new Map(entry.scores.map((score) => [scoreKey(score.judge, score.metric), score]));
  const cells = METRICS.flatMap((metric) =>
    judges.map((judge) => scoreCell(scores.get(scoreKey(judge, metric)))),
  );
  const facets = [
    scenario.area,
    scenario.condition,
    scenario.risk,
    scenario.culture,
    scenario.locale,
  ].map((v) => `<td>${h(v)}</td>`);
  const items = rubricIndex(entry.rubric);
  const judgments = orderedJudgments(entry, judges);
  const replies = entry.response?.replies ?? [];
  const span = 1 + FACET_COLUMNS.length + metricColumns;
  return [
    `<tbody class="scenario" id="scenario-${h(scenario.id)}">`,
    `<tr class="scores"><th scope="row">${h(scenario.id)}</th>${facets.join('')}${cells.join('')}</tr>`,
    `<tr class="detail"><td colspan="${span}"><details><summary>Conversation and judgments <span class="sr-only">for ${h(scenario.id)}</span></summary><div class="detail-body">`,
    responseMeta(entry),
    transcript(entry, judgments, items),
    judgmentsTable(entry, judgments, items, replies),
    '</div></details></td></tr></tbody>',
  ].join('');
}

/** J1, J2, …: the column label of the i-th judge. */
export function judgeLabel(index: number): string {
  return `J${index + 1}`;
}

/** The per-scenario table: facets and scores per metric and judge, each row expanding to its detail. */
export function scenarioTable(
  scenarios: readonly ReportScenario[],
  runJudges: string[],
  caption: string,
): string {
  // A run without any judge still gets one (empty) score column per metric, so the table stays rectangular.
  const judges = runJudges.length > 0 ? runJudges : [''];
  const many = judges.length > 1;
  const metricColumns = METRICS.length * judges.length;
  const facetHeads = ['Scenario', ...FACET_COLUMNS].map(
    (name) => `<th scope="col"${many ? ' rowspan="2"' : ''}>${name}</th>`,
  );
  const metricHeads = METRICS.map(
    (metric) =>
      `<th scope="${many ? 'colgroup' : 'col'}"${many ? ` colspan="${judges.length}"` : ''} class="num"><abbr title="${h(METRIC_NAMES[metric])}">${metric}</abbr></th>`,
  );
  // Judge ids repeat under every metric; short labels keep the table narrow enough to read and print.
  const judgeHeads = many
    ? `<tr>${METRICS.flatMap(() => judges.map((judge, i) => `<th scope="col" class="num judge"><abbr title="${h(judge)}">${judgeLabel(i)}</abbr></th>`)).join('')}</tr>`
    : '';
  const judgeKey = many
    ? `<p class="legend">Judges: ${judges.map((judge, i) => `<strong>${judgeLabel(i)}</strong> = ${h(judge)}`).join(', ')}.</p>`
    : '';
  const colgroups = `<colgroup span="${1 + FACET_COLUMNS.length}"></colgroup>${METRICS.map(() => `<colgroup span="${judges.length}"></colgroup>`).join('')}`;
  return [
    judgeKey,
    '<div class="scroll">',
    '<table class="scenarios">',
    `<caption>${caption}</caption>`,
    colgroups,
    `<thead><tr>${facetHeads.join('')}${metricHeads.join('')}</tr>${judgeHeads}</thead>`,
    ...scenarios.map((entry) => scenarioBody(entry, judges, metricColumns)),
    '</table>',
    '</div>',
  ].join('\n');
}
