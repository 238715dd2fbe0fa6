import { useState, type FormEvent } from 'react';
import { api } from '../api';
import { ErrorNote } from '../components/ErrorNote';
import { PageHeading } from '../components/PageHeading';
import { clockTime, judgeLabel, metricLabel, statisticText } from '../format';
import { useLoad } from '../load';
import { Link, runPath } from '../router';
import type { RatingOverview, RunAgreement, User } from '../types';

/** An admin chooses a run's raters, follows their progress and reads how far they agree. */
export function RatersPage({ runId }: { runId: string }) {
  const overview = useLoad(() => api.ratingOverview(runId), [runId]);
  const users = useLoad(() => api.users(), []);
  const state = overview.state;

  return (
    <main id="main" className="page">
      <p className="back">
        <Link href={runPath(runId)}>← Report of run {runId}</Link>
      </p>
      <PageHeading title="Raters and agreement" />
      {state.status === 'loading' && <p>Loading the run’s raters…</p>}
      {state.status === 'failed' && <ErrorNote message={state.message} />}
      {state.status === 'loaded' && (
        <>
          <dl className="facts facts--inline">
            <div>
              <dt>Run</dt>
              <dd>{state.value.runId}</dd>
            </div>
            <div>
              <dt>Suite</dt>
              <dd>{state.value.suite}</dd>
            </div>
            <div>
              <dt>Model under test</dt>
              <dd>{state.value.target} (raters do not see this)</dd>
            </div>
            <div>
              <dt>Items to rate</dt>
              <dd>{state.value.items}</dd>
            </div>
          </dl>
          <RaterProgressTable overview={state.value} />
          {users.state.status === 'failed' && <ErrorNote message={users.state.message} />}
          {users.state.status === 'loaded' && (
            <AssignForm overview={state.value} users={users.state.value} onSaved={overview.set} />
          )}
          <Agreement agreement={state.value.agreement} />
        </>
      )}
    </main>
  );
}

function RaterProgressTable({ overview }: { overview: RatingOverview }) {
  if (overview.raters.length === 0) {
    return <p className="empty">No raters are assigned to this run yet.</p>;
  }
  return (
    <div className="table-wrap">
      <table className="table">
        <caption>Assigned raters and their progress</caption>
        <thead>
          <tr>
            <th scope="col">Rater</th>
            <th scope="col">Progress</th>
            <th scope="col">Assigned</th>
          </tr>
        </thead>
        <tbody>
          {overview.raters.map((r) => (
            <tr key={r.rater}>
              <th scope="row">{r.rater}</th>
              <td>
                {r.rated} of {r.total} rated
                {r.total > 0 && r.rated >= r.total ? ' (finished)' : ''}
              </td>
              <td>
                {clockTime(r.assignedAt)} by {r.assignedBy}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function AssignForm({
  overview,
  users,
  onSaved,
}: {
  overview: RatingOverview;
  users: User[];
  onSaved: (overview: RatingOverview) => void;
}) {
  const candidates = users.filter((u) => !u.disabled && (u.role === 'rater' || u.role === 'admin'));
  const [chosen, setChosen] = useState<Set<string>>(
    () => new Set(overview.raters.map((r) => r.rater)),
  );
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setMessage('');
    try {
      const saved = await api.setRaters(overview.runId, [...chosen]);
      setMessage(
        saved.raters.length === 0
          ? 'Saved: the run has no raters now.'
          : `Saved: ${saved.raters.map((r) => r.rater).join(', ')} rate this run.`,
      );
      onSaved(saved);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="panel form" onSubmit={submit}>
      <fieldset className="checks">
        <legend>Who rates this run</legend>
        <p className="hint">
          Active accounts with the rater or admin role. Each rater sees the items blind and in their
          own order; unticking someone keeps the ratings they already gave.
        </p>
        {candidates.length === 0 && <p>No active rater or admin accounts.</p>}
        {candidates.map((u) => (
          <label key={u.id} className="check">
            <input
              type="checkbox"
              checked={chosen.has(u.username)}
              onChange={(e) => {
                const next = new Set(chosen);
                if (e.target.checked) next.add(u.username);
                else next.delete(u.username);
                setChosen(next);
              }}
            />{' '}
            {u.displayName} ({u.username}, {u.role})
          </label>
        ))}
      </fieldset>
      <ErrorNote message={error} />
      <p role="status" className="saved-line">
        {message}
      </p>
      <p>
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? 'Saving…' : 'Save raters'}
        </button>
      </p>
    </form>
  );
}

function Agreement({ agreement }: { agreement: RunAgreement | null }) {
  if (!agreement) {
    return (
      <section aria-labelledby="agreement-heading">
        <h2 id="agreement-heading">Agreement</h2>
        <p className="empty">No one has rated this run yet: agreement follows the first ratings.</p>
      </section>
    );
  }
  const level = Math.round(agreement.confidence * 100);
  return (
    <section aria-labelledby="agreement-heading">
      <h2 id="agreement-heading">Agreement</h2>
      <p className="hint">
        How to read: 1 is perfect agreement, 0 is what chance alone gives, below 0 is worse than
        chance; above about 0.6 is usually called substantial. Intervals in brackets are {level}%
        bootstrap intervals ({agreement.resamples} resamples); n counts what both sides rated.
      </p>

      <h3>Among the raters, on each rubric item</h3>
      {agreement.raterItems.length === 0 ? (
        <p className="empty">Needs at least two raters who have rated.</p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <caption>
              Raters’ agreement on Met / Not met, per metric (
              {agreement.raterItems[0]?.raters.map((r) => r.replace(/^human:/, '')).join(', ')})
            </caption>
            <thead>
              <tr>
                <th scope="col">Metric</th>
                <th scope="col">Fleiss’ κ [{level}% CI]</th>
                <th scope="col">Krippendorff’s α [{level}% CI]</th>
                <th scope="col">n (items)</th>
              </tr>
            </thead>
            <tbody>
              {agreement.raterItems.map((row) => (
                <tr key={row.metric}>
                  <th scope="row">
                    {row.metric === 'all' ? 'All metrics' : metricLabel(row.metric)}
                  </th>
                  <td>{statisticText(row.fleissKappa)}</td>
                  <td>{statisticText(row.alphaNominal)}</td>
                  <td>{row.n}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <h3>Among the raters, on each item’s scores</h3>
      {agreement.raterScores.length === 0 ? (
        <p className="empty">Needs at least two raters who have rated.</p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <caption>Raters’ agreement on the 0–100 metric scores</caption>
            <thead>
              <tr>
                <th scope="col">Metric</th>
                <th scope="col">Krippendorff’s α, interval [{level}% CI]</th>
                <th scope="col">ICC(2,1) [{level}% CI]</th>
                <th scope="col">n (scored by all)</th>
              </tr>
            </thead>
            <tbody>
              {agreement.raterScores.map((row) => (
                <tr key={row.metric}>
                  <th scope="row">{metricLabel(row.metric)}</th>
                  <td>{statisticText(row.alphaInterval)}</td>
                  <td>{statisticText(row.icc21)}</td>
                  <td>
                    {row.n} ({row.complete})
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <h3>Each judge against the raters’ majority</h3>
      {agreement.items.length === 0 ? (
        <p className="empty">No machine judge to compare, or no majority yet.</p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <caption>
              Judges against {judgeLabel(agreement.reference).toLowerCase()}, on Met / Not met
            </caption>
            <thead>
              <tr>
                <th scope="col">Judge</th>
                <th scope="col">Metric</th>
                <th scope="col">Agreement</th>
                <th scope="col">Cohen’s κ [{level}% CI]</th>
                <th scope="col">n (items)</th>
              </tr>
            </thead>
            <tbody>
              {agreement.items.map((row) => (
                <tr key={`${row.judges.join('|')}|${row.metric}`}>
                  <th scope="row">{judgeLabel(row.judges[0])}</th>
                  <td>{row.metric === 'all' ? 'All metrics' : metricLabel(row.metric)}</td>
                  <td>
                    {row.percentAgreement.value === null
                      ? statisticText(row.percentAgreement)
                      : `${Math.round(row.percentAgreement.value * 100)}%`}
                  </td>
                  <td>{statisticText(row.cohenKappa)}</td>
                  <td>{row.n}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
