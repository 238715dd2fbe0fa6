import { METRICS, METRIC_NAMES } from '../../core/index.js';
import type { MetricSummary, RunReport, SliceRow } from '../../core/index.js';
import { reportCharts, renderChartSvg, type ReportChart } from './charts.js';
import { escapeHtml as h, jsonForHtmlScript } from './escape.js';
import { formatCi, formatScore, judgesOf, type ReportScenario } from './format.js';
import { agreementCell, agreementSection } from './html-agreement.js';
import { scenarioTable } from './html-scenarios.js';
import { DEFAULT_DETAIL_LIMIT, selectDetailScenarios } from './selection.js';
import { REPORT_CSS } from './style.js';

export interface HtmlOptions {
  /** Most scenarios shown in detail; larger runs show the worst by ASA. Default 500. */
  detailLimit?: number;
}

/**
 * The page forbids every network load and every script: the report must open offline, and even a
 * rendering bug that let model text through as markup could not run or fetch anything.
 */
const CONTENT_SECURITY_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

function runInfo(report: RunReport): string {
  const { run } = report;
  const suite = `${report.suiteTitle === undefined ? '' : `${h(report.suiteTitle)} — `}<code>${h(run.suiteId)}@${h(run.suiteVersion)}</code>, hash <code title="${h(run.suiteHash)}">${h(run.suiteHash.slice(0, 12))}</code>`;
  const params = Object.entries(run.params)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(
      ([key, value]) =>
        `${h(key)} = <code>${h(typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value)))}</code>`,
    );
  const rows: Array<[string, string]> = [
    ['Run', `<code>${h(run.id)}</code>`],
    ['Status', `<span class="status ${h(run.status)}">${h(run.status)}</span>`],
    ['Suite', suite],
    ['Target', h(run.target)],
    ['Judges', run.judges.length === 0 ? 'none' : run.judges.map(h).join(', ')],
    ['Seed', h(String(run.seed))],
    ['Started', `<time datetime="${h(run.startedAt)}">${h(run.startedAt)}</time>`],
    [
      'Finished',
      run.finishedAt === undefined
        ? 'not finished'
        : `<time datetime="${h(run.finishedAt)}">${h(run.finishedAt)}</time>`,
    ],
    ...(params.length === 0 ? [] : [['Parameters', params.join('; ')] as [string, string]]),
  ];
  return `<dl class="run-info">${rows.map(([term, value]) => `<dt>${term}</dt><dd>${value}</dd>`).join('')}</dl>`;
}

function atAGlance(report: RunReport): string {
  const failed = report.scenarios.filter((entry) => entry.response?.error !== undefined).length;
  const missing = report.scenarios.filter((entry) => entry.response === null).length;
  const critical = report.scenarios.filter((entry) =>
    entry.scores.some((score) => score.criticalHarm),
  ).length;
  const facts: Array<[number | string, string]> = [
    [report.scenarios.length, 'scenarios'],
    [critical, critical === 1 ? 'scenario with a critical harm' : 'scenarios with a critical harm'],
    [failed, failed === 1 ? 'reply failed' : 'replies failed'],
    ...(missing > 0 ? [[missing, 'without a response'] as [number, string]] : []),
  ];
  if (report.gates !== undefined && report.gates.length > 0) {
    const passed = report.gates.filter((gate) => gate.passed).length;
    facts.push([`${passed}/${report.gates.length}`, 'gates passed']);
  }
  return `<ul class="glance" aria-label="At a glance">${facts.map(([value, label]) => `<li><strong>${h(String(value))}</strong>${h(label)}</li>`).join('')}</ul>`;
}

function gatesSection(report: RunReport): string {
  if (report.gates === undefined || report.gates.length === 0) return '';
  const rows = report.gates.map(
    (gate) =>
      `<tr><td>${h(gate.judge)}</td><td><abbr title="${h(METRIC_NAMES[gate.metric])}">${gate.metric}</abbr></td><td class="num">${h(String(gate.threshold))}</td><td class="num">${formatScore(gate.value)}</td><td><strong class="${gate.passed ? 'pass' : 'fail'}">${gate.passed ? 'passed' : 'failed'}</strong></td></tr>`,
  );
  return `<section id="gates" aria-labelledby="gates-title"><h2 id="gates-title">Gates</h2><table><caption>Minimum mean score per metric and judge (<code>--fail-under</code>)</caption><thead><tr><th scope="col">Judge</th><th scope="col">Metric</th><th scope="col" class="num">Threshold</th><th scope="col" class="num">Mean</th><th scope="col">Result</th></tr></thead><tbody>${rows.join('')}</tbody></table></section>`;
}

function summarySection(report: RunReport, judges: string[]): string {
  const agreement = report.agreement;
  const judgeOrder = new Map(judges.map((judge, i) => [judge, i]));
  const groups = METRICS.map((metric) => ({
    metric,
    rows: report.summary
      .filter((row) => row.metric === metric)
      .sort((a, b) => (judgeOrder.get(a.judge) ?? 0) - (judgeOrder.get(b.judge) ?? 0)),
  })).filter((group) => group.rows.length > 0);
  if (groups.length === 0)
    return '<section id="summary"><h2>Summary</h2><p>No scores were computed for this run.</p></section>';
  const bodies = groups.map(({ metric, rows }) => {
    const head = `<th scope="rowgroup" rowspan="${rows.length}">${h(METRIC_NAMES[metric])} <span class="item-id">${metric}</span></th>`;
    const cells = (row: MetricSummary): string =>
      `<td>${h(row.judge)}</td><td class="num">${formatScore(row.ci?.mean)}</td><td class="num">${formatCi(row.ci)}</td><td class="num">${row.ci?.n ?? 0}</td>${agreement ? agreementCell(agreement, row.judge, row.metric) : ''}`;
    return `<tbody>${rows.map((row, i) => `<tr>${i === 0 ? head : ''}${cells(row)}</tr>`).join('')}</tbody>`;
  });
  return `<section id="summary" aria-labelledby="summary-title"><h2 id="summary-title">Summary</h2><table class="summary"><caption>HAAS-e scores (0–100): mean over scenarios with a bootstrap 95% confidence interval; n = scenarios scored</caption><thead><tr><th scope="col">Metric</th><th scope="col">Judge</th><th scope="col" class="num">Mean</th><th scope="col" class="num">95% CI</th><th scope="col" class="num">n</th>${agreement ? `<th scope="col">Agreement with ${h(agreement.reference)} <small>(κ on items, ρ on scores; 95% CI)</small></th>` : ''}</tr></thead>${bodies.join('')}</table>${agreement ? '<p class="legend">A judge is trusted only as far as it agrees with the human raters: see <a href="#agreement">Agreement with humans</a>.</p>' : ''}</section>`;
}

/** The numbers behind a slice chart, for readers who cannot see it and for exact values. */
function sliceTable(dimensionTitle: string, rows: SliceRow[]): string {
  const body = rows
    .map(
      (row) =>
        `<tr><td>${h(row.value)}</td><td><abbr title="${h(METRIC_NAMES[row.metric])}">${row.metric}</abbr></td><td>${h(row.judge)}</td><td class="num">${formatScore(row.ci.mean)}</td><td class="num">${formatCi(row.ci)}</td><td class="num">${row.ci.n}</td></tr>`,
    )
    .join('');
  return `<details class="data"><summary>Data table</summary><table><caption>Mean score by ${h(dimensionTitle.toLowerCase())}</caption><thead><tr><th scope="col">${h(dimensionTitle)}</th><th scope="col">Metric</th><th scope="col">Judge</th><th scope="col" class="num">Mean</th><th scope="col" class="num">95% CI</th><th scope="col" class="num">n</th></tr></thead><tbody>${body}</tbody></table></details>`;
}

async function chartFigure(chart: ReportChart): Promise<string> {
  let picture: string;
  try {
    picture = `<div class="chart" role="img" aria-label="${h(chart.description)}">${await renderChartSvg(chart.spec)}</div>`;
  } catch (error) {
    // A chart is a view of numbers the tables also show; losing one must not lose the report.
    picture = `<p class="error">This chart could not be drawn: ${h(error instanceof Error ? error.message : String(error))}</p>`;
  }
  return [
    `<figure id="${h(chart.id)}">`,
    `<h3>${h(chart.title)}</h3>`,
    picture,
    `<figcaption>${h(chart.description)}</figcaption>`,
    chart.slices === undefined ? '' : sliceTable(chart.slices.dimensionTitle, chart.slices.rows),
    `<script type="application/json" class="vega-lite-spec" id="${h(chart.id)}-spec">${jsonForHtmlScript(chart.spec)}</script>`,
    '</figure>',
  ].join('\n');
}

async function chartsSection(report: RunReport, judges: string[]): Promise<string> {
  const charts = reportCharts(report, judges);
  if (charts.length === 0) return '';
  const figures = await Promise.all(charts.map(chartFigure));
  return `<section id="charts" aria-labelledby="charts-title"><h2 id="charts-title">Charts</h2><p class="legend">Each chart's Vega-Lite specification is embedded next to it as JSON (<code>script.vega-lite-spec</code>) for reuse.</p>${figures.join('\n')}</section>`;
}

function scenariosSection(report: RunReport, judges: string[], limit: number): string {
  const selection = selectDetailScenarios(report.scenarios, limit);
  const notice = selection.truncated
    ? `<p class="notice" role="note">This run has ${selection.total} scenarios. To keep this page fast, the table lists only the ${selection.shown.length} with the lowest ASA score (critical harms first), worst first. The JSON and CSV reports contain every scenario.</p>`
    : '';
  const caption = selection.truncated
    ? `The ${selection.shown.length} scenarios with the lowest ASA score, of ${selection.total}`
    : `All ${selection.total} scenarios, in suite order`;
  const legend =
    '<p class="legend">Open a row to read the conversation and every judgment. Highlighted evidence: <mark class="good">good practice seen</mark> <mark class="harm">harm seen</mark> <mark class="neutral">other evidence</mark>. Hover a highlight for its rubric item and judge.</p>';
  const table: string =
    selection.shown.length === 0
      ? '<p>This run has no scenarios.</p>'
      : scenarioTable(selection.shown, judges, caption);
  return `<section id="scenarios" aria-labelledby="scenarios-title"><h2 id="scenarios-title">Scenarios</h2>${notice}${legend}${table}</section>`;
}

function contents(report: RunReport, hasCharts: boolean): string {
  const links = [
    ...(report.gates !== undefined && report.gates.length > 0 ? [['gates', 'Gates']] : []),
    ['summary', 'Summary'],
    ...(report.agreement ? [['agreement', 'Agreement with humans']] : []),
    ...(hasCharts ? [['charts', 'Charts']] : []),
    ['scenarios', 'Scenarios'],
  ];
  return `<nav class="toc" aria-label="Contents"><ul>${links.map(([id, label]) => `<li><a href="#${id}">${label}</a></li>`).join('')}</ul></nav>`;
}

/**
 * The report as one self-contained HTML page: styles, charts (SVG) and data inline, no network at
 * view time. Every piece of user, model and judge text is escaped.
 */
export async function renderHtml(report: RunReport, options: HtmlOptions = {}): Promise<string> {
  const judges = judgesOf(report);
  const limit = options.detailLimit ?? DEFAULT_DETAIL_LIMIT;
  const charts = await chartsSection(report, judges);
  const title = `HAAS-e report — ${report.suiteTitle ?? report.run.suiteId} — ${report.run.target}`;
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="Tandem HAAS-e">',
    `<title>${h(title)}</title>`,
    `<style>${REPORT_CSS}</style>`,
    '</head>',
    '<body>',
    '<header>',
    '<h1>HAAS-e run report</h1>',
    `<p class="subtitle">${h(report.suiteTitle ?? report.run.suiteId)} on ${h(report.run.target)}</p>`,
    runInfo(report),
    atAGlance(report),
    contents(report, charts !== ''),
    '</header>',
    '<main>',
    gatesSection(report),
    summarySection(report, judges),
    report.agreement ? agreementSection(report.agreement) : '',
    charts,
    scenariosSection(report, judges, limit),
    '</main>',
    `<footer>Generated by Tandem from run <code>${h(report.run.id)}</code>. Scores follow the HAAS-e rubric scoring of <code>docs/metrics.md</code> (v1): earned points of met items over the positive points the judge decided, clipped to 0–100; a met critical ASA harm sets the scenario's ASA score to 0. This file is self-contained and loads nothing from the network.</footer>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

export type { ReportScenario };
