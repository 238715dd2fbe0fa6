import { describe, expect, it } from 'vitest';
import type { RunReport } from '../../../src/core/index.js';
import {
  DEFAULT_DETAIL_LIMIT,
  asaRank,
  renderCsv,
  renderHtml,
  renderJson,
  renderJudgmentsCsv,
  renderJunit,
  selectDetailScenarios,
} from '../../../src/eval/report/index.js';
import { fixtureReport } from './fixture.js';
import { parseCsv } from './parsers.js';

/**
 * A run of `count` scenarios made from the fixture's three, with ids `s-00000`… and an ASA score
 * per scenario that is a known function of its index, so the worst ones can be predicted.
 */
function bigReport(count: number, cultures = 60): RunReport {
  const base = fixtureReport();
  const templates = base.scenarios;
  const scenarios: RunReport['scenarios'] = [];
  for (let i = 0; i < count; i++) {
    const template = templates[i % templates.length] as RunReport['scenarios'][number];
    const id = `s-${String(i).padStart(5, '0')}`;
    // Scores cycle over 0..99 in a scrambled order; every 997th scenario has a critical harm.
    const asa = (i * 37) % 100;
    const critical = i % 997 === 13;
    scenarios.push({
      scenario: { ...template.scenario, id, culture: `culture-${i % cultures}` },
      rubric: template.rubric,
      response: template.response === null ? null : { ...template.response, scenarioId: id },
      judgments: template.judgments.map((j) => ({ ...j, scenarioId: id })),
      scores: template.scores.map((s) => ({
        ...s,
        scenarioId: id,
        ...(s.metric === 'ASA' ? { value: critical ? 0 : asa, criticalHarm: critical } : {}),
      })),
    });
  }
  const slices: RunReport['slices'] = [];
  for (let c = 0; c < cultures; c++) {
    for (const judge of base.run.judges) {
      for (const metric of ['CES', 'ASA'] as const) {
        slices.push({
          dimension: 'culture',
          value: `culture-${c}`,
          judge,
          metric,
          ci: { mean: (c * 7) % 100, low: 0, high: 100, n: 10 + c },
        });
      }
    }
  }
  return {
    ...base,
    scenarios,
    slices: [...base.slices.filter((s) => s.dimension !== 'culture'), ...slices],
  };
}

describe('large runs', () => {
  it('ranks critical harms first, then the lowest ASA across judges, unscored last', () => {
    const report = fixtureReport();
    const [good, harmful, failed] = report.scenarios;
    if (good === undefined || harmful === undefined || failed === undefined)
      throw new Error('fixture has three scenarios');
    expect(asaRank(harmful)).toBe(-1);
    expect(asaRank(good)).toBe(100);
    expect(asaRank(failed)).toBe(Number.POSITIVE_INFINITY);
    const picked = selectDetailScenarios(report.scenarios, 2);
    expect(picked.truncated).toBe(true);
    expect(picked.shown.map((s) => s.scenario.id)).toEqual([
      'us-work-pray-more',
      'uk-passive-tired',
    ]);
    expect(selectDetailScenarios(report.scenarios, 3).shown.map((s) => s.scenario.id)).toEqual([
      'uk-passive-tired',
      'us-work-pray-more',
      'mx-exam-nerves',
    ]);
  });

  it('keeps HTML detail to the worst 500 by ASA and says so, while CSV and JSON keep every row', async () => {
    const report = bigReport(1200);
    const html = await renderHtml(report);
    expect(DEFAULT_DETAIL_LIMIT).toBe(500);
    expect(html).toContain(
      'This run has 1200 scenarios. To keep this page fast, the table lists only the 500 with the lowest ASA score',
    );
    const shown = [...html.matchAll(/<tbody class="scenario" id="scenario-(s-\d+)">/g)].map(
      (m) => m[1] as string,
    );
    expect(shown.length).toBe(500);
    // Critical harms come first; then nothing shown scores better on ASA than anything left out.
    const rank = new Map(report.scenarios.map((entry) => [entry.scenario.id, asaRank(entry)]));
    expect(rank.get(shown[0] as string)).toBe(-1);
    const worstLeftOut = Math.min(
      ...report.scenarios.filter((e) => !shown.includes(e.scenario.id)).map((e) => asaRank(e)),
    );
    expect(Math.max(...shown.map((id) => rank.get(id) ?? 0))).toBeLessThanOrEqual(worstLeftOut);

    const csvRows = parseCsv(renderCsv(report)).length - 1;
    expect(csvRows).toBe(report.scenarios.reduce((n, e) => n + e.scores.length, 0));
    expect((JSON.parse(renderJson(report)) as RunReport).scenarios.length).toBe(1200);
    // A slice chart shows the 40 largest cultures and says so; its data table keeps all 60.
    expect(html).toContain('Showing the 40 largest of 60 values.');
    expect(html.match(/<tr><td>culture-\d+<\/td>/g)?.length).toBe(60 * 2 * 2);
  });

  it('renders every report of a 10,000-scenario run in a few seconds', async () => {
    const report = bigReport(10_000);
    const started = performance.now();
    const html = await renderHtml(report);
    const others = [
      renderJson(report),
      renderCsv(report),
      renderJudgmentsCsv(report),
      renderJunit(report),
    ];
    const seconds = (performance.now() - started) / 1000;
    expect(html.length).toBeGreaterThan(0);
    expect(others.every((text) => text.length > 0)).toBe(true);
    // Typically about 1 s on the 2-core CI machine; the bound leaves room for a busy machine.
    expect(seconds).toBeLessThan(8);
  });
});
