import { METRICS, METRIC_NAMES } from '../../core/index.js';
import type { Judgment, Metric, RubricItem, RunReport } from '../../core/index.js';
import { escapeXmlAttribute as attr, escapeXmlText as text } from './escape.js';
import {
  describeEvidence,
  formatScore,
  isMetHarm,
  rubricIndex,
  type ReportScenario,
} from './format.js';

/**
 * JUnit XML for CI servers. One testsuite per HAAS-e metric with one testcase per scenario that has
 * rubric items of that metric: it fails when a judge saw a harm of that metric (a met negative item)
 * or a critical harm zeroed the score. Low-but-harmless scores do not fail a testcase; thresholds
 * are the gates' job, and each gate is a testcase of its own suite.
 */

interface Outcome {
  kind: 'pass' | 'failure' | 'error' | 'skipped';
  message?: string;
  type?: string;
  body?: string;
}

interface Harm {
  item: RubricItem;
  judgment: Judgment;
}

function harmsOf(entry: ReportScenario, metric: Metric): Harm[] {
  const items = rubricIndex(entry.rubric);
  const harms: Harm[] = [];
  for (const judgment of entry.judgments) {
    const item = items.get(judgment.itemId);
    if (isMetHarm(judgment, item) && item.metric === metric) harms.push({ item, judgment });
  }
  return harms;
}

function describeHarm({ item, judgment }: Harm): string {
  const lines = [
    `- ${item.id} (${item.points} points${item.critical ? ', critical' : ''}, judge ${judgment.judge}): ${item.text}`,
  ];
  for (const evidence of judgment.evidence) {
    const described = describeEvidence(evidence);
    if (described !== '') lines.push(`    evidence: ${described}`);
  }
  return lines.join('\n');
}

function scenarioOutcome(entry: ReportScenario, metric: Metric): Outcome {
  if (entry.response?.error !== undefined) {
    return {
      kind: 'error',
      type: 'response-error',
      message: `The target failed to reply: ${entry.response.error}`,
    };
  }
  if (entry.response === null)
    return { kind: 'skipped', message: 'No response recorded for this scenario.' };

  const harms = harmsOf(entry, metric);
  const zeroedBy = entry.scores
    .filter((score) => score.metric === metric && score.criticalHarm)
    .map((score) => score.judge);
  const critical = harms.some((harm) => harm.item.critical === true) || zeroedBy.length > 0;
  if (harms.length === 0 && !critical) return { kind: 'pass' };

  const listed = harms.map((harm) => `${harm.item.id} (judge ${harm.judgment.judge})`);
  const message = critical
    ? `Critical harm: ${listed.join('; ') || `score zeroed by ${zeroedBy.join(', ')}`}`
    : `${harms.length} harm${harms.length === 1 ? '' : 's'}: ${listed.join('; ')}`;
  const body = [
    ...harms.map(describeHarm),
    ...(zeroedBy.length > 0
      ? [`${metric} score zeroed by a critical harm for judge(s): ${zeroedBy.join(', ')}`]
      : []),
  ].join('\n');
  return { kind: 'failure', type: critical ? 'critical-harm' : 'harm', message, body };
}

function testcase(name: string, classname: string, outcome: Outcome): string {
  const open = `    <testcase name="${attr(name)}" classname="${attr(classname)}"`;
  if (outcome.kind === 'pass') return `${open}/>`;
  const tag = outcome.kind;
  const typeAttr = outcome.type === undefined ? '' : ` type="${attr(outcome.type)}"`;
  const inner =
    outcome.body === undefined || outcome.body === ''
      ? `<${tag} message="${attr(outcome.message ?? '')}"${typeAttr}/>`
      : `<${tag} message="${attr(outcome.message ?? '')}"${typeAttr}>${text(outcome.body)}</${tag}>`;
  return `${open}>\n      ${inner}\n    </testcase>`;
}

interface Suite {
  name: string;
  cases: Array<{ name: string; outcome: Outcome }>;
  properties: Array<[string, string]>;
}

function count(suite: Suite, kind: Outcome['kind']): number {
  return suite.cases.filter((c) => c.outcome.kind === kind).length;
}

function renderSuite(suite: Suite): string {
  const counts = `tests="${suite.cases.length}" failures="${count(suite, 'failure')}" errors="${count(suite, 'error')}" skipped="${count(suite, 'skipped')}"`;
  const properties =
    suite.properties.length === 0
      ? []
      : [
          '    <properties>',
          ...suite.properties.map(
            ([name, value]) => `      <property name="${attr(name)}" value="${attr(value)}"/>`,
          ),
          '    </properties>',
        ];
  return [
    `  <testsuite name="${attr(suite.name)}" ${counts}>`,
    ...properties,
    ...suite.cases.map((c) => testcase(c.name, suite.name, c.outcome)),
    '  </testsuite>',
  ].join('\n');
}

function metricSuites(report: RunReport): Suite[] {
  const suites: Suite[] = [];
  for (const metric of METRICS) {
    const cases = report.scenarios
      .filter((entry) => entry.rubric.some((item) => item.metric === metric))
      .map((entry) => ({ name: entry.scenario.id, outcome: scenarioOutcome(entry, metric) }));
    if (cases.length === 0) continue;
    suites.push({
      name: `haas-e.${metric}`,
      cases,
      properties: [
        ['metric', metric],
        ['metric.name', METRIC_NAMES[metric]],
      ],
    });
  }
  return suites;
}

function gateSuite(report: RunReport): Suite | null {
  if (report.gates === undefined || report.gates.length === 0) return null;
  return {
    name: 'haas-e.gates',
    properties: [],
    cases: report.gates.map((gate) => {
      const name = `${gate.metric} >= ${gate.threshold} (${gate.judge})`;
      if (gate.passed) return { name, outcome: { kind: 'pass' } };
      const value = gate.value === null ? 'no score' : `mean ${formatScore(gate.value)}`;
      return {
        name,
        outcome: {
          kind: 'failure',
          type: 'gate',
          message: `${METRIC_NAMES[gate.metric]} (${gate.metric}) by ${gate.judge}: ${value}, below the threshold ${gate.threshold}`,
        },
      };
    }),
  };
}

function runProperties(report: RunReport): Array<[string, string]> {
  const { run } = report;
  return [
    ['run.id', run.id],
    ['run.status', run.status],
    ['suite', `${run.suiteId}@${run.suiteVersion}`],
    ['suite.hash', run.suiteHash],
    ['target', run.target],
    ['judges', run.judges.join(',')],
    ['seed', String(run.seed)],
    ['startedAt', run.startedAt],
    ...(run.finishedAt === undefined ? [] : [['finishedAt', run.finishedAt] as [string, string]]),
  ];
}

export function renderJunit(report: RunReport): string {
  const suites = metricSuites(report);
  const gates = gateSuite(report);
  if (gates !== null) suites.push(gates);
  // The run's identity rides on the first suite: <testsuites> has no <properties> in the schema.
  const first = suites[0];
  if (first !== undefined) first.properties = [...runProperties(report), ...first.properties];

  const total = (kind: Outcome['kind'] | 'all'): number =>
    suites.reduce(
      (sum, suite) => sum + (kind === 'all' ? suite.cases.length : count(suite, kind)),
      0,
    );
  const name = `HAAS-e ${report.run.suiteId}@${report.run.suiteVersion} on ${report.run.target} (${report.run.id})`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${attr(name)}" tests="${total('all')}" failures="${total('failure')}" errors="${total('error')}" skipped="${total('skipped')}">`,
    ...suites.map(renderSuite),
    '</testsuites>',
    '',
  ].join('\n');
}
