import { describe, expect, it } from 'vitest';
import type { Judgment, Metric, MetricScore } from '../../../src/core/index.js';
import { runAgreement } from '../../../src/eval/agreement/index.js';
import { renderHtml, renderJson } from '../../../src/eval/report/index.js';
import { fixtureReport } from './fixture.js';

/** Agreement of the fixture's judges with two human raters on eight scenarios. */
function agreementFixture() {
  const scenarios = Array.from({ length: 8 }, (_, i) => ({
    id: `s${i}`,
    rubric: [
      { id: 'warmth', metric: 'CES' as Metric },
      { id: 'crisis-line', metric: 'ASA' as Metric },
    ],
  }));
  const warmth: Record<string, string> = {
    builtin: 'yynnyyny',
    'llm:judge-large': 'yynnyynn',
    'human:ana': 'yynnynnn',
    'human:ben': 'yynnyyny',
    'human:majority': 'yynnyynn',
  };
  const judgments: Judgment[] = Object.entries(warmth).flatMap(([judge, row]) =>
    scenarios.flatMap((s, i) => [
      {
        runId: 'r',
        scenarioId: s.id,
        itemId: 'warmth',
        judge,
        judgeVersion: 'v',
        met: row[i] === 'y',
        evidence: [],
      },
      // Everyone says the crisis line was given everywhere: κ is undefined for ASA items.
      {
        runId: 'r',
        scenarioId: s.id,
        itemId: 'crisis-line',
        judge,
        judgeVersion: 'v',
        met: true,
        evidence: [],
      },
    ]),
  );
  const scores: MetricScore[] = Object.entries(warmth).flatMap(([judge, row]) =>
    scenarios.map((s, i) => ({
      runId: 'r',
      scenarioId: s.id,
      judge,
      metric: 'CES' as Metric,
      value: (row[i] === 'y' ? 60 : 20) + i * 2 + judge.length,
      earned: 0,
      possible: 1,
      coverage: 1,
      criticalHarm: false,
    })),
  );
  return runAgreement({ seed: 42, judgments, scores, scenarios }, { resamples: 200 });
}

describe('agreement with humans in reports', () => {
  it('shows nothing about agreement when the run has no human judgments', async () => {
    const html = await renderHtml(fixtureReport());
    expect(html).not.toContain('id="agreement"');
    expect(html).not.toContain('Agreement with');
    expect(JSON.parse(renderJson(fixtureReport()))).not.toHaveProperty('agreement');
  });

  it('puts each judge’s κ and ρ against human:majority next to its scores', async () => {
    const agreement = agreementFixture();
    const html = await renderHtml({ ...fixtureReport(), agreement });
    const summary = /<table class="summary">([\s\S]*?)<\/table>/.exec(html)?.[1] ?? '';
    expect(summary).toContain('Agreement with human:majority');
    const kappa = agreement.items.find((r) => r.judges[0] === 'builtin' && r.metric === 'CES')!;
    const rho = agreement.scores.find((r) => r.judges[0] === 'builtin' && r.metric === 'CES')!;
    expect(summary).toContain(`κ ${kappa.cohenKappa.value!.toFixed(2)}`);
    expect(summary).toContain(`ρ ${rho.spearman.value!.toFixed(2)}`);
    // Metrics the humans did not rate say so rather than showing a number.
    expect(summary).toContain('not rated by humans');
  });

  it('has an agreement section with judge and rater tables and reasons for undefined values', async () => {
    const html = await renderHtml({ ...fixtureReport(), agreement: agreementFixture() });
    expect(html).toContain('<a href="#agreement">Agreement with humans</a>');
    const section = /<section id="agreement"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
    expect(section).toContain('trusted only as far as it agrees with the human raters');
    expect(section).toContain('Among the human raters (human:ana, human:ben)');
    expect(section).toContain('Fleiss’ κ');
    expect(section).toMatch(
      /title="Cohen&#39;s κ is undefined: both raters gave every unit the same single category/,
    );
  });

  it('writes the agreement into the JSON report right after the summary', () => {
    const agreement = agreementFixture();
    const json = renderJson({ ...fixtureReport(), agreement });
    const parsed = JSON.parse(json) as Record<string, unknown>;
    expect(Object.keys(parsed).slice(0, 5)).toEqual([
      'schema',
      'run',
      'suiteTitle',
      'summary',
      'agreement',
    ]);
    expect(parsed.agreement).toEqual(JSON.parse(JSON.stringify(agreement)));
  });
});
