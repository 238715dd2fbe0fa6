import { api, reportHtmlUrl } from '../api';
import { ErrorNote } from '../components/ErrorNote';
import { PageHeading } from '../components/PageHeading';
import { clockTime, metricLabel, scoreText, intervalText, judgeLabel } from '../format';
import { useLoad } from '../load';
import { may } from '../permissions';
import { Link, ratersPath } from '../router';
import { useUser } from '../session';
import { METRICS, type MetricSummary, type RunReport, type SliceRow } from '../types';

/** One run's report: its facts, the HAAS-e summary with CIs, the slices, and the full HTML page. */
export function RunPage({ id }: { id: string }) {
  const user = useUser();
  const { state } = useLoad(() => api.run(id), [id]);

  return (
    <main id="main" className="page">
      <p className="back">
        <Link href="/runs">← Evaluation reports</Link>
      </p>
      {state.status !== 'loaded' && <PageHeading title={`Run ${id}`} />}
      {state.status === 'loading' && <p>Loading the report…</p>}
      {state.status === 'failed' && <ErrorNote message={state.message} />}
      {state.status === 'loaded' && (
        <>
          <PageHeading title={`Run ${state.value.run.id}`} />
          <RunFacts report={state.value} />
          {may(user, 'manageRating') && (
            <p>
              <Link href={ratersPath(state.value.run.id)} className="button">
                Rate this run
              </Link>{' '}
              <span className="hint">Assign raters and see their agreement.</span>
            </p>
          )}
          <SummaryTable summary={state.value.summary} />
          <SlicesTable slices={state.value.slices} />
          <section aria-labelledby="full-report-heading">
            <h2 id="full-report-heading">The full report</h2>
            <p>
              Charts and the evidence for every scenario.{' '}
              <a href={reportHtmlUrl(state.value.run.id)} target="_blank" rel="noreferrer">
                Open the full report in a new tab
              </a>
            </p>
            <iframe
              className="report-frame"
              title={`Full HTML report of run ${state.value.run.id}`}
              src={reportHtmlUrl(state.value.run.id)}
              sandbox=""
            />
          </section>
        </>
      )}
    </main>
  );
}

function RunFacts({ report }: { report: RunReport }) {
  const { run } = report;
  return (
    <dl className="facts facts--inline">
      <div>
        <dt>Suite</dt>
        <dd>
          {report.suiteTitle ? `${report.suiteTitle} — ` : ''}
          {run.suiteId}@{run.suiteVersion}
        </dd>
      </div>
      <div>
        <dt>Model under test</dt>
        <dd>{run.target}</dd>
      </div>
      <div>
        <dt>Judges</dt>
        <dd>{run.judges.map(judgeLabel).join(', ')}</dd>
      </div>
      <div>
        <dt>Status</dt>
        <dd>{run.status}</dd>
      </div>
      <div>
        <dt>Started</dt>
        <dd>{clockTime(run.startedAt)}</dd>
      </div>
      {run.finishedAt && (
        <div>
          <dt>Finished</dt>
          <dd>{clockTime(run.finishedAt)}</dd>
        </div>
      )}
      <div>
        <dt>Scenarios</dt>
        <dd>{report.scenarios.length}</dd>
      </div>
      <div>
        <dt>Seed</dt>
        <dd>{run.seed}</dd>
      </div>
    </dl>
  );
}

function ciCell(ci: MetricSummary['ci']) {
  if (!ci) return 'not scored';
  return (
    <>
      {scoreText(ci.mean)} <span className="interval">{intervalText(ci.low, ci.high)}</span>
    </>
  );
}

function SummaryTable({ summary }: { summary: MetricSummary[] }) {
  const judges = [...new Set(summary.map((s) => s.judge))];
  const metrics = METRICS.filter((m) => summary.some((s) => s.metric === m));
  if (judges.length === 0) return <p className="empty">Nothing has been scored in this run.</p>;
  return (
    <section aria-labelledby="summary-heading">
      <h2 id="summary-heading">HAAS-e summary</h2>
      <p className="hint">
        Each metric’s mean score (0–100) over the scenarios, with its 95% bootstrap interval in
        brackets and n, the scenarios scored. Wide intervals mean few scenarios.
      </p>
      <div className="table-wrap">
        <table className="table">
          <caption>Mean [95% CI] and n per judge and metric</caption>
          <thead>
            <tr>
              <th scope="col">Judge</th>
              {metrics.map((m) => (
                <th scope="col" key={m}>
                  {metricLabel(m)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {judges.map((judge) => (
              <tr key={judge}>
                <th scope="row">{judgeLabel(judge)}</th>
                {metrics.map((m) => {
                  const row = summary.find((s) => s.judge === judge && s.metric === m);
                  return (
                    <td key={m}>
                      {ciCell(row?.ci ?? null)}
                      {row?.ci && <span className="n"> n = {row.ci.n}</span>}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** Compact: one row per dimension value and judge, a column per metric. */
function SlicesTable({ slices }: { slices: SliceRow[] }) {
  if (slices.length === 0) return null;
  const metrics = METRICS.filter((m) => slices.some((s) => s.metric === m));
  const dimensions = [...new Set(slices.map((s) => s.dimension))];
  return (
    <section aria-labelledby="slices-heading">
      <h2 id="slices-heading">Slices</h2>
      <p className="hint">
        The same means per scenario dimension: where the model does better or worse.
      </p>
      <div className="table-wrap">
        <table className="table table--compact">
          <caption>Mean [95% CI] (n) per dimension value, judge and metric</caption>
          <thead>
            <tr>
              <th scope="col">Dimension</th>
              <th scope="col">Value</th>
              <th scope="col">Judge</th>
              {metrics.map((m) => (
                <th scope="col" key={m}>
                  <abbr title={metricLabel(m)}>{m}</abbr>
                </th>
              ))}
            </tr>
          </thead>
          {dimensions.map((dimension) => {
            const rows = slices.filter((s) => s.dimension === dimension);
            const keys = [...new Set(rows.map((s) => `${s.value}\u0000${s.judge}`))];
            return (
              <tbody key={dimension}>
                {keys.map((key, index) => {
                  const [value, judge] = key.split('\u0000') as [string, string];
                  return (
                    <tr key={key}>
                      {index === 0 ? (
                        <th scope="rowgroup" rowSpan={keys.length}>
                          {dimension}
                        </th>
                      ) : null}
                      <th scope="row">{value}</th>
                      <td>{judgeLabel(judge)}</td>
                      {metrics.map((m) => {
                        const cell = rows.find(
                          (s) => s.value === value && s.judge === judge && s.metric === m,
                        );
                        return (
                          <td key={m}>
                            {cell
                              ? `${scoreText(cell.ci.mean)} ${intervalText(cell.ci.low, cell.ci.high)} (${cell.ci.n})`
                              : '—'}
                          </td>
                        );
                      })}
                    </tr>
                  );
                })}
              </tbody>
            );
          })}
        </table>
      </div>
    </section>
  );
}
