import { useEffect, useRef, useState, type FormEvent } from 'react';
import { api } from '../api';
import { ErrorNote } from '../components/ErrorNote';
import { PageHeading } from '../components/PageHeading';
import { METRIC_LABELS, metricLabel, scoreText } from '../format';
import { useLoad } from '../load';
import { Link } from '../router';
import { METRICS, type BlindedRatingItem, type RatingResult, type RubricEntry } from '../types';

/** Items are rated one at a time, in this rater's own order, without the model's name. */
export function RatingItemPage({ runId }: { runId: string }) {
  const next = useLoad(() => api.nextRatingItem(runId), [runId]);
  const [saved, setSaved] = useState<{ position: number; result: RatingResult } | null>(null);
  const state = next.state;

  return (
    <main id="main" className="page">
      <p className="back">
        <Link href="/rating">← Your rating assignments</Link>
      </p>
      {state.status === 'loading' && (
        <>
          <PageHeading title="Rating" />
          <p>Loading the next item…</p>
        </>
      )}
      {state.status === 'failed' && (
        <>
          <PageHeading title="Rating" />
          <ErrorNote message={state.message} />
        </>
      )}
      {/* Always present, so screen readers announce the first save as well as later ones. */}
      <div role="status" aria-label="Saved rating">
        {saved && <SavedScores position={saved.position} result={saved.result} />}
      </div>
      {state.status === 'loaded' && state.value.done && (
        <>
          <PageHeading title="All items rated" />
          <p className="notice" role="status">
            You have rated all {state.value.progress.total} items of this run. Thank you.
          </p>
          <p>
            <Link href="/rating">Back to your rating assignments</Link>
          </p>
        </>
      )}
      {state.status === 'loaded' && !state.value.done && (
        <RatingForm
          key={state.value.item.key}
          runId={runId}
          item={state.value.item}
          rated={state.value.progress.rated}
          onSaved={(position, result) => {
            setSaved({ position, result });
            next.reload();
          }}
        />
      )}
    </main>
  );
}

function SavedScores({ position, result }: { position: number; result: RatingResult }) {
  const metrics = METRICS.filter((m) => m in result.scores);
  return (
    <div className="notice saved">
      <p>
        <strong>Item {position} saved.</strong> Your scores for it:{' '}
        {metrics.map((m, i) => (
          <span key={m}>
            {i > 0 ? '; ' : ''}
            {metricLabel(m)} {scoreText(result.scores[m])}
          </span>
        ))}
        . {result.progress.rated} of {result.progress.total} rated.
      </p>
    </div>
  );
}

type Decisions = Record<string, boolean | undefined>;

function RatingForm({
  runId,
  item,
  rated,
  onSaved,
}: {
  runId: string;
  item: BlindedRatingItem;
  rated: number;
  onSaved: (position: number, result: RatingResult) => void;
}) {
  const [decisions, setDecisions] = useState<Decisions>(() => ({ ...item.ratings }));
  const [note, setNote] = useState('');
  const [attempts, setAttempts] = useState(0);
  const tried = attempts > 0;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const missingRef = useRef<HTMLDivElement>(null);

  const missing = item.rubric.filter((entry) => decisions[entry.id] === undefined);
  const groups = groupByMetric(item.rubric);

  // Each refused attempt moves focus to the list of what is missing.
  useEffect(() => {
    if (attempts > 0) missingRef.current?.focus();
  }, [attempts]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    if (missing.length > 0) {
      setAttempts((n) => n + 1);
      return;
    }
    setBusy(true);
    try {
      const ratings = Object.fromEntries(
        item.rubric.map((entry) => [entry.id, decisions[entry.id] === true]),
      );
      const trimmed = note.trim();
      const result = await api.rateItem(runId, item.key, {
        ratings,
        ...(trimmed ? { note: trimmed } : {}),
      });
      onSaved(item.position, result);
    } catch (e) {
      setError((e as Error).message);
      setBusy(false);
    }
  }

  return (
    <>
      <PageHeading title={`Item ${item.position} of ${item.total}`} />
      <p className="summary">
        {rated} of {item.total} rated. Area: {item.area}; condition:{' '}
        {item.condition.replace(/_/g, ' ')}; language: {item.locale}.
      </p>

      <div className="rating-layout">
        {/* Scrolls on its own beside the rubric on wide screens, so it needs to take focus. */}
        <section aria-labelledby="transcript-heading" className="rating-transcript" tabIndex={0}>
          <h2 id="transcript-heading">The conversation</h2>
          <ol className="transcript" aria-label="Transcript, oldest first">
            {item.transcript.map((message, index) => (
              <li
                key={index}
                className={`message message--${message.role === 'user' ? 'user' : 'assistant'}`}
              >
                <div className="message__meta">
                  <strong className="message__who">
                    {message.role === 'user' ? 'Person' : 'Reply'}
                  </strong>
                </div>
                <p className="message__text">{message.content}</p>
              </li>
            ))}
          </ol>
        </section>

        <form className="rating-form" onSubmit={submit} noValidate aria-labelledby="rubric-heading">
          <h2 id="rubric-heading">The rubric</h2>
          <p className="hint">
            Decide every item: <strong>Met</strong> if the replies do what it says,{' '}
            <strong>Not met</strong> if they do not. Items with negative points describe a harm:
            “Met” means the harm happened.
          </p>
          {groups.map(({ metric, entries }) => (
            <section key={metric} className="rubric-group" aria-labelledby={`metric-${metric}`}>
              <h3 id={`metric-${metric}`}>
                {metricLabel(metric)}
                {METRIC_LABELS[metric] && (
                  <span className="rubric-group__official">
                    {' '}
                    — {METRIC_LABELS[metric].official}
                  </span>
                )}
              </h3>
              {entries.map((entry) => (
                <RubricQuestion
                  key={entry.id}
                  entry={entry}
                  value={decisions[entry.id]}
                  flagged={tried && decisions[entry.id] === undefined}
                  onChange={(met) => setDecisions((d) => ({ ...d, [entry.id]: met }))}
                />
              ))}
            </section>
          ))}

          <div className="field">
            <label htmlFor="rating-note">Note (optional)</label>
            <textarea
              id="rating-note"
              rows={3}
              maxLength={2000}
              value={note}
              onChange={(e) => setNote(e.target.value)}
              aria-describedby="rating-note-hint"
            />
            <p className="hint" id="rating-note-hint">
              Anything the rubric does not capture. Do not write anyone’s real details.
            </p>
          </div>

          <p className="decided" aria-live="polite">
            {item.rubric.length - missing.length} of {item.rubric.length} rubric items decided.
          </p>
          {tried && missing.length > 0 && (
            <div className="error-note" role="alert" tabIndex={-1} ref={missingRef}>
              <p>
                <span className="error-note__label">Problem: </span>
                {missing.length === 1 ? 'One item is' : `${missing.length} items are`} not decided
                yet. Choose Met or Not met for:
              </p>
              <ul>
                {missing.map((entry) => (
                  <li key={entry.id}>
                    <a href={`#rubric-${entry.id}`}>
                      {entry.metric}: {entry.text}
                    </a>
                  </li>
                ))}
              </ul>
            </div>
          )}
          <ErrorNote message={error} />
          <p>
            <button type="submit" className="button button--primary" disabled={busy}>
              {busy ? 'Saving…' : 'Submit rating'}
            </button>
          </p>
        </form>
      </div>
    </>
  );
}

function RubricQuestion({
  entry,
  value,
  flagged,
  onChange,
}: {
  entry: RubricEntry;
  value: boolean | undefined;
  flagged: boolean;
  onChange: (met: boolean) => void;
}) {
  const name = `rubric-${entry.id}`;
  const harm = entry.points < 0;
  return (
    <fieldset
      id={name}
      className={`rubric-item${harm ? ' rubric-item--harm' : ''}${flagged ? ' rubric-item--missing' : ''}`}
    >
      <legend>{entry.text}</legend>
      <p className="rubric-item__points">
        {harm ? `${entry.points} points: a harm` : `+${entry.points} points`}
        {entry.critical && <strong className="tag tag--critical"> Critical harm</strong>}
        {flagged && <strong className="field-error"> Not decided yet</strong>}
      </p>
      <div className="choices">
        <label>
          <input
            type="radio"
            name={name}
            checked={value === true}
            onChange={() => onChange(true)}
          />{' '}
          Met
        </label>
        <label>
          <input
            type="radio"
            name={name}
            checked={value === false}
            onChange={() => onChange(false)}
          />{' '}
          Not met
        </label>
      </div>
    </fieldset>
  );
}

function groupByMetric(rubric: RubricEntry[]): Array<{ metric: string; entries: RubricEntry[] }> {
  const order = [...METRICS, ...new Set(rubric.map((e) => e.metric))];
  return [...new Set(order)]
    .map((metric) => ({ metric, entries: rubric.filter((e) => e.metric === metric) }))
    .filter((group) => group.entries.length > 0);
}
