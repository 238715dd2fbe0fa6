import { useState, type FormEvent } from 'react';
import { api } from '../api';
import { ErrorNote } from '../components/ErrorNote';
import { PageHeading } from '../components/PageHeading';
import { clockTime } from '../format';
import { useLoad } from '../load';
import { comparePath, Link, navigate, runPath } from '../router';
import type { RunListRow } from '../types';

/** Evaluation runs, newest first, each linking to its report; and a way to compare two. */
export function RunsPage() {
  const { state } = useLoad(() => api.runs(), []);
  return (
    <main id="main" className="page">
      <PageHeading title="Evaluation reports" />
      <p className="summary">
        HAAS-e runs stored by <code>tandem eval</code>, newest first.
      </p>
      {state.status === 'loading' && <p>Loading runs…</p>}
      {state.status === 'failed' && <ErrorNote message={state.message} />}
      {state.status === 'loaded' && state.value.length === 0 && (
        <p className="empty">
          No runs yet. Run <code>tandem eval</code> against this database to add one.
        </p>
      )}
      {state.status === 'loaded' && state.value.length > 0 && (
        <>
          <div className="table-wrap">
            <table className="table">
              <caption>Evaluation runs</caption>
              <thead>
                <tr>
                  <th scope="col">Run</th>
                  <th scope="col">Suite</th>
                  <th scope="col">Model under test</th>
                  <th scope="col">Status</th>
                  <th scope="col">Started</th>
                  <th scope="col">Scenarios responded</th>
                </tr>
              </thead>
              <tbody>
                {state.value.map((run) => (
                  <tr key={run.id}>
                    <th scope="row">
                      <Link href={runPath(run.id)}>{run.id}</Link>
                    </th>
                    <td>
                      {run.suiteId}@{run.suiteVersion}
                    </td>
                    <td>{run.target}</td>
                    <td>{run.status}</td>
                    <td>{clockTime(run.startedAt)}</td>
                    <td>
                      {run.responded} of {run.scenarios}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <CompareForm runs={state.value} />
        </>
      )}
    </main>
  );
}

function CompareForm({ runs }: { runs: RunListRow[] }) {
  const [a, setA] = useState(runs[1]?.id ?? runs[0]?.id ?? '');
  const [b, setB] = useState(runs[0]?.id ?? '');
  const [error, setError] = useState<string | null>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (a === b) {
      setError('Choose two different runs: run A is the baseline, run B the candidate.');
      return;
    }
    navigate(comparePath(a, b));
  }

  const options = runs.map((run) => (
    <option key={run.id} value={run.id}>
      {run.id} ({run.target}, {run.suiteId})
    </option>
  ));
  return (
    <form className="panel form compare-form" onSubmit={submit} aria-labelledby="compare-heading">
      <h2 id="compare-heading">Compare two runs</h2>
      <p className="hint">
        Paired on the scenarios both runs scored with the same judge: B − A with a 95% interval.
      </p>
      <div className="field">
        <label htmlFor="compare-a">Run A (baseline)</label>
        <select id="compare-a" value={a} onChange={(e) => setA(e.target.value)}>
          {options}
        </select>
      </div>
      <div className="field">
        <label htmlFor="compare-b">Run B (candidate)</label>
        <select id="compare-b" value={b} onChange={(e) => setB(e.target.value)}>
          {options}
        </select>
      </div>
      <ErrorNote message={error} />
      <p>
        <button type="submit" className="button button--primary">
          Compare
        </button>
      </p>
    </form>
  );
}
