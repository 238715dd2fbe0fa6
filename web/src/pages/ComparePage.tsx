import { api } from '../api';
import { ErrorNote } from '../components/ErrorNote';
import { PageHeading } from '../components/PageHeading';
import { intervalText, judgeLabel, metricLabel, scoreText } from '../format';
import { useLoad } from '../load';
import { Link, runPath, useQuery } from '../router';
import type { RunComparison } from '../types';

type Row = RunComparison['rows'][number];

/** The verdict in words: only an interval that excludes 0 says one run is better. */
export function verdict(row: Row): string {
  if (row.difference.low > 0) return 'B better';
  if (row.difference.high < 0) return 'B worse';
  return 'no clear difference';
}

export function ComparePage() {
  const query = useQuery();
  const a = query.get('a') ?? '';
  const b = query.get('b') ?? '';
  return (
    <main id="main" className="page">
      <p className="back">
        <Link href="/runs">← Evaluation reports</Link>
      </p>
      <PageHeading title="Compare two runs" />
      {a && b ? (
        <Comparison key={`${a}|${b}`} a={a} b={b} />
      ) : (
        <ErrorNote message="Choose run A and run B on the reports page to compare them." />
      )}
    </main>
  );
}

function Comparison({ a, b }: { a: string; b: string }) {
  const { state } = useLoad(() => api.compareRuns(a, b), [a, b]);
  if (state.status === 'loading') return <p>Comparing…</p>;
  if (state.status === 'failed') return <ErrorNote message={state.message} />;
  const { value } = state;
  return (
    <>
      <dl className="facts facts--inline">
        <div>
          <dt>Run A (baseline)</dt>
          <dd>
            <Link href={runPath(value.a.id)}>{value.a.id}</Link> — {value.a.target}, {value.a.suite}
          </dd>
        </div>
        <div>
          <dt>Run B (candidate)</dt>
          <dd>
            <Link href={runPath(value.b.id)}>{value.b.id}</Link> — {value.b.target}, {value.b.suite}
          </dd>
        </div>
      </dl>
      <p className="hint">
        B − A on the scenarios both runs scored with the same judge, with a 95% bootstrap interval.
        “B better” when the whole interval is above 0, “B worse” when it is below, otherwise no
        clear difference.
      </p>
      {value.rows.length === 0 ? (
        <p className="empty">The two runs share no scored scenario with the same judge.</p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <caption>Run B against run A, per judge and metric</caption>
            <thead>
              <tr>
                <th scope="col">Judge</th>
                <th scope="col">Metric</th>
                <th scope="col">A mean</th>
                <th scope="col">B mean</th>
                <th scope="col">B − A [95% CI]</th>
                <th scope="col">n</th>
                <th scope="col">Verdict</th>
              </tr>
            </thead>
            <tbody>
              {value.rows.map((row) => (
                <tr key={`${row.judge}|${row.metric}`}>
                  <th scope="row">{judgeLabel(row.judge)}</th>
                  <td>{metricLabel(row.metric)}</td>
                  <td>{scoreText(row.meanA)}</td>
                  <td>{scoreText(row.meanB)}</td>
                  <td>
                    {signed(row.difference.mean)}{' '}
                    {intervalText(row.difference.low, row.difference.high)}
                  </td>
                  <td>{row.difference.n}</td>
                  <td>
                    <strong>{verdict(row)}</strong>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

function signed(value: number): string {
  return `${value > 0 ? '+' : value < 0 ? '−' : '±'}${Math.abs(value).toFixed(1)}`;
}
