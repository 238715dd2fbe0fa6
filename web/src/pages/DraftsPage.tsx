import { useCallback, useEffect, useState } from 'react';
import { api } from '../api';
import { ErrorNote } from '../components/ErrorNote';
import { PageHeading } from '../components/PageHeading';
import { clockTime, shortId } from '../format';
import { listen } from '../live';
import { canAct } from '../permissions';
import { conversationPath, Link } from '../router';
import { useUser } from '../session';
import type { Draft } from '../types';

const METRIC_NAMES: Record<string, string> = {
  CES: 'Empathy',
  CSI: 'Cultural sensitivity',
  PAS: 'Personalisation',
  ASA: 'Actionability and safety',
  TRS: 'Trustworthiness',
};

/**
 * Co-created drafts: replies the gateway held for a clinician (policy `approval`). Each shows what
 * the person wrote, the AI's draft in an editable box, and what the HAAS-e analysers found in it;
 * the clinician sends it as written, sends their edit, or writes their own reply instead.
 */
export function DraftsPage() {
  const user = useUser();
  const [drafts, setDrafts] = useState<Draft[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      setDrafts(await api.drafts());
      setError(null);
    } catch (e) {
      setError((e as Error).message);
    }
  }, []);

  useEffect(() => {
    void load();
    // A new draft is audited with its conversation, so the feed's `conversation` event announces it.
    return listen({ hello: () => void load(), conversation: () => void load() });
  }, [load]);

  return (
    <main id="main" className="page">
      <PageHeading title="Drafts to review" />
      <p className="hint">
        In deployments where replies need approval, the AI’s reply waits here while the person sees
        that a person reviews replies. At high and imminent risk nothing waits: the safety protocol
        answers at once and the conversation is escalated.
      </p>
      <ErrorNote message={error} />
      {drafts === null && !error && <p>Loading the drafts…</p>}
      {drafts?.length === 0 && <p className="empty">No drafts waiting.</p>}
      {drafts && drafts.length > 0 && (
        <ol className="cards" aria-label="Drafts waiting for review, oldest first">
          {drafts.map((draft) => (
            <li key={draft.id} className="card">
              <DraftCard draft={draft} mayDecide={canAct(user)} onDecided={load} />
            </li>
          ))}
        </ol>
      )}
    </main>
  );
}

function DraftCard({
  draft,
  mayDecide,
  onDecided,
}: {
  draft: Draft;
  mayDecide: boolean;
  onDecided: () => Promise<void>;
}) {
  const [text, setText] = useState(draft.text);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const lastMessage = [...draft.prompt].reverse().find((m) => m.role === 'user');
  const edited = text.trim() !== draft.text.trim();
  const fieldId = `draft-${draft.id}`;

  const decide = async (action: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
      await onDecided();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <article aria-labelledby={`${fieldId}-title`}>
      <h2 id={`${fieldId}-title`} className="card__title">
        <Link href={conversationPath(draft.conversationId)}>
          Conversation {shortId(draft.conversationId)}
        </Link>{' '}
        <span className="hint">
          held <time dateTime={draft.createdAt}>{clockTime(draft.createdAt)}</time>
        </span>
      </h2>
      <p className="hint">The person wrote:</p>
      <blockquote className="quote">{lastMessage?.content ?? '(no message)'}</blockquote>
      <div className="field">
        <label htmlFor={fieldId}>Reply to send (the AI’s draft; edit it as needed)</label>
        <textarea
          id={fieldId}
          rows={5}
          value={text}
          readOnly={!mayDecide}
          onChange={(e) => setText(e.target.value)}
        />
      </div>
      <section aria-label="What the analysers found in the draft">
        <h3 className="resolver__notes-title">HAAS-e findings on the draft</h3>
        <p className="hint">
          {Object.entries(draft.findings.metrics)
            .map(([m, v]) => `${METRIC_NAMES[m] ?? m} ${v === null ? 'not scored' : Math.round(v)}`)
            .join(' · ')}
        </p>
        {draft.findings.violations.length === 0 ? (
          <p className="hint">No problems found.</p>
        ) : (
          <ul className="reasons">
            {draft.findings.violations.map((v, i) => (
              <li key={i}>
                {v.critical ? <strong>Critical: </strong> : null}
                {v.reason}
                {v.span ? ` — “${v.span.text}”` : ''} ({v.check}, {v.metric} {v.points})
              </li>
            ))}
          </ul>
        )}
        {draft.failedChecks.length > 0 && (
          <p className="hint">Gateway checks that failed: {draft.failedChecks.join(', ')}.</p>
        )}
      </section>
      {mayDecide && (
        <div className="card__actions">
          <button
            type="button"
            className="button button--primary"
            disabled={busy || text.trim() === ''}
            onClick={() =>
              decide(() => api.approveDraft(draft.id, edited ? text.trim() : undefined))
            }
          >
            {edited ? 'Send my edit' : 'Approve and send'}
          </button>
          <button
            type="button"
            className="button"
            disabled={busy || !edited || text.trim() === ''}
            title={edited ? undefined : 'Write your own reply in the box first'}
            onClick={() => decide(() => api.rejectDraft(draft.id, text.trim()))}
          >
            Reject the draft, send my reply
          </button>
        </div>
      )}
      <ErrorNote message={error} />
    </article>
  );
}
