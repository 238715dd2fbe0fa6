import { METRIC_NAMES } from '../../core/index.js';
import type { Metric } from '../../core/index.js';
import type { AgreementValue, RunAgreement } from '../../core/index.js';
import { escapeHtml as h } from './escape.js';

/**
 * The "Agreement with humans" parts of the page: a cell beside each judge's score in the summary,
 * and a section with every agreement table. Shown only when the run has human judgments.
 */

/** κ on the metric's items and ρ on its scores, against the reference, for one summary row. */
export function agreementCell(agreement: RunAgreement, judge: string, metric: Metric): string {
  if (judge.startsWith('human:')) return '<td class="agreement">—</td>';
  const matches = (judges: [string, string]) =>
    judges[0] === judge && judges[1] === agreement.reference;
  const items = agreement.items.find((r) => r.metric === metric && matches(r.judges));
  const scores = agreement.scores.find((r) => r.metric === metric && matches(r.judges));
  const parts = [
    ...(items ? [`κ ${valueWithCi(items.cohenKappa)} <small>n=${items.n}</small>`] : []),
    ...(scores ? [`ρ ${valueWithCi(scores.spearman)} <small>n=${scores.n}</small>`] : []),
  ];
  return `<td class="agreement">${parts.length === 0 ? 'not rated by humans' : parts.join('<br>')}</td>`;
}

export function agreementSection(agreement: RunAgreement): string {
  const ci = `${Math.round(agreement.confidence * 100)}% CI`;
  const itemRows = agreement.items.map(
    (r) =>
      `<tr><td>${h(r.judges[0])}</td><td>${h(r.judges[1])}</td><td>${metricLabel(r.metric)}</td><td class="num">${r.n}</td><td class="num">${valueWithCi(r.percentAgreement, percent)}</td><td class="num">${valueWithCi(r.cohenKappa)}</td><td class="num">${valueWithCi(r.alphaNominal)}</td></tr>`,
  );
  const scoreRows = agreement.scores.map(
    (r) =>
      `<tr><td>${h(r.judges[0])}</td><td>${h(r.judges[1])}</td><td>${metricLabel(r.metric)}</td><td class="num">${r.n}</td><td class="num">${valueWithCi(r.spearman)}</td><td class="num">${valueWithCi(r.icc21)}</td><td class="num">${valueWithCi(r.alphaInterval)}</td></tr>`,
  );
  const raters = agreement.raterItems[0]?.raters ?? agreement.raterScores[0]?.raters ?? [];
  const raterItemRows = agreement.raterItems.map(
    (r) =>
      `<tr><td>${metricLabel(r.metric)}</td><td class="num">${r.n}</td><td class="num">${valueWithCi(r.fleissKappa)}</td><td class="num">${valueWithCi(r.alphaNominal)}</td></tr>`,
  );
  const raterScoreRows = agreement.raterScores.map(
    (r) =>
      `<tr><td>${metricLabel(r.metric)}</td><td class="num">${r.n}</td><td class="num">${r.complete}</td><td class="num">${valueWithCi(r.alphaInterval)}</td><td class="num">${valueWithCi(r.icc21)}</td></tr>`,
  );
  const tableOf = (
    caption: string,
    head: string[],
    rows: string[],
    firstNumeric: number,
  ): string =>
    rows.length === 0
      ? ''
      : `<div class="scroll"><table class="agreement"><caption>${caption}</caption><thead><tr>${head.map((c, i) => `<th scope="col"${i >= firstNumeric ? ' class="num"' : ''}>${c}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
  return [
    '<section id="agreement" aria-labelledby="agreement-title">',
    '<h2 id="agreement-title">Agreement with humans</h2>',
    `<p class="legend">A judge's scores are trusted only as far as it agrees with the human raters. Each value has a percentile-bootstrap ${ci} over units (${agreement.resamples} resamples): items for <code>met</code> decisions, scenarios for scores. Items or scenarios where either side abstained are left out. κ and α: 1 is perfect agreement, 0 is what chance gives; α ≥ 0.8 is conventionally reliable and 0.667–0.8 supports tentative conclusions only. A dash means the statistic is undefined here; hover it for the reason. See <code>docs/metrics.md</code>, “Agreement”.</p>`,
    tableOf(
      `Rubric items: judge vs ${h(agreement.reference)} on <code>met</code>`,
      [
        'Judge',
        'Compared with',
        'Metric',
        'n',
        'Agreement',
        'Cohen’s κ',
        'Krippendorff’s α (nominal)',
      ],
      itemRows,
      3,
    ),
    tableOf(
      `Scenario scores (0–100): judge vs ${h(agreement.reference)}`,
      [
        'Judge',
        'Compared with',
        'Metric',
        'n',
        'Spearman’s ρ',
        'ICC(2,1)',
        'Krippendorff’s α (interval)',
      ],
      scoreRows,
      3,
    ),
    raters.length === 0
      ? ''
      : `<h3>Among the human raters (${raters.map(h).join(', ')})</h3>` +
        tableOf(
          'Rubric items: raters on <code>met</code>; n = items rated by two or more raters',
          ['Metric', 'n', 'Fleiss’ κ', 'Krippendorff’s α (nominal)'],
          raterItemRows,
          1,
        ) +
        tableOf(
          'Scenario scores: n = scenarios scored by two or more raters; ICC uses those scored by all',
          ['Metric', 'n', 'Complete', 'Krippendorff’s α (interval)', 'ICC(2,1)'],
          raterScoreRows,
          1,
        ),
    '</section>',
  ].join('');
}

function metricLabel(metric: Metric | 'all'): string {
  return metric === 'all'
    ? 'all items'
    : `<abbr title="${h(METRIC_NAMES[metric])}">${metric}</abbr>`;
}

const percent = (v: number): string => `${(v * 100).toFixed(1)}%`;
const fixed2 = (v: number): string => v.toFixed(2);

/** "0.52 (0.31–0.70)", or a dash carrying the reason as its title when there is no value. */
function valueWithCi(value: AgreementValue, format: (v: number) => string = fixed2): string {
  if (value.value === null)
    return `<span class="na" title="${h(value.reason ?? 'no value')}">—<span class="sr-only"> (${h(value.reason ?? 'no value')})</span></span>`;
  const interval =
    value.low === null || value.high === null
      ? ''
      : ` <small>(${format(value.low)}–${format(value.high)})</small>`;
  const skipped =
    value.skipped > 0
      ? ` <small title="${value.skipped} resamples had no value and were skipped">*</small>`
      : '';
  return `${format(value.value)}${interval}${skipped}`;
}
