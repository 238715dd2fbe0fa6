import { api } from '../api';
import { ErrorNote } from '../components/ErrorNote';
import { PageHeading } from '../components/PageHeading';
import { clockTime } from '../format';
import { useLoad } from '../load';
import { Link, ratingPath } from '../router';

/** The signed-in rater's assignments: the suite and progress, never the model under test. */
export function RatingPage() {
  const { state } = useLoad(() => api.ratingAssignments(), []);
  return (
    <main id="main" className="page">
      <PageHeading title="Rating" />
      <p className="summary">
        Runs an administrator asked you to rate. Each item is a conversation and its rubric; you do
        not see which model replied.
      </p>
      {state.status === 'loading' && <p>Loading your assignments…</p>}
      {state.status === 'failed' && <ErrorNote message={state.message} />}
      {state.status === 'loaded' && state.value.length === 0 && (
        <p className="empty">No runs are assigned to you yet. An administrator assigns raters.</p>
      )}
      {state.status === 'loaded' && state.value.length > 0 && (
        <ul className="cards" aria-label="Your rating assignments">
          {state.value.map((assignment) => {
            const finished = assignment.rated >= assignment.total;
            return (
              <li key={assignment.runId} className="card">
                <h2 className="card__title">Suite {assignment.suite}</h2>
                <dl className="facts">
                  <div>
                    <dt>Run</dt>
                    <dd>{assignment.runId}</dd>
                  </div>
                  <div>
                    <dt>Progress</dt>
                    <dd>
                      {assignment.rated} of {assignment.total} rated
                      {finished ? ' (finished)' : ''}
                    </dd>
                  </div>
                  <div>
                    <dt>Assigned</dt>
                    <dd>{clockTime(assignment.assignedAt)}</dd>
                  </div>
                </dl>
                <progress
                  className="progress"
                  max={Math.max(assignment.total, 1)}
                  value={assignment.rated}
                  aria-label={`Progress on run ${assignment.runId}`}
                />
                <p className="card__actions">
                  <Link href={ratingPath(assignment.runId)} className="button button--primary">
                    {finished ? 'Open' : 'Continue'}
                    <span className="visually-hidden"> rating run {assignment.runId}</span>
                  </Link>
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </main>
  );
}
