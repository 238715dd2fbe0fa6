import { useMemo, useState } from 'react';
import { api } from '../api';
import { ErrorNote } from '../components/ErrorNote';
import { LevelBadge } from '../components/LevelBadge';
import { PageHeading } from '../components/PageHeading';
import {
  byUrgency,
  categoryLabel,
  clockTime,
  levelLabel,
  relativeTime,
  shortId,
  slaText,
} from '../format';
import { useLiveQueue, useNow, type LiveStatus } from '../live';
import { canAct } from '../permissions';
import { conversationPath, Link } from '../router';
import { useUser } from '../session';
import type { Escalation, User } from '../types';

const LIVE_TEXT: Record<LiveStatus, string> = {
  connecting: 'Connecting to live updates…',
  live: 'Live: new escalations appear here without reloading',
  reconnecting: 'Live updates interrupted; reconnecting…',
};

export function QueuePage() {
  const queue = useLiveQueue();
  const now = useNow();
  const sorted = useMemo(() => [...queue.escalations].sort(byUrgency), [queue.escalations]);
  const open = sorted.filter((e) => e.status === 'open').length;
  const overdue = sorted.filter((e) => slaText(e.slaDueAt, now).overdue).length;

  return (
    <main id="main" className="page">
      <div className="page__head">
        <PageHeading title="Escalation queue" />
        <p className={`live live--${queue.status}`} role="status">
          <span aria-hidden="true" className="live__dot" />
          {LIVE_TEXT[queue.status]}
        </p>
      </div>
      <p className="summary">
        {queue.loaded
          ? `${open} open, ${sorted.length - open} claimed${overdue > 0 ? `, ${overdue} overdue` : ''}. Most urgent first.`
          : 'Loading escalations…'}
      </p>
      <div className="visually-hidden" aria-live="polite">
        {queue.arrived ? `New escalation: ${levelLabel(queue.arrived.level)}.` : ''}
      </div>
      <ErrorNote message={queue.error} />
      {queue.loaded && sorted.length === 0 && !queue.error && (
        <p className="empty">No open escalations. New ones appear here as they happen.</p>
      )}
      <ol className="queue" aria-label="Open and claimed escalations">
        {sorted.map((escalation) => (
          <EscalationCard
            key={escalation.id}
            escalation={escalation}
            now={now}
            onChange={queue.replace}
          />
        ))}
      </ol>
    </main>
  );
}

function isMine(escalation: Escalation, user: User): boolean {
  return escalation.assignee === user.username || escalation.assignee === user.id;
}

function EscalationCard({
  escalation,
  now,
  onChange,
}: {
  escalation: Escalation;
  now: number;
  onChange: (e: Escalation) => void;
}) {
  const user = useUser();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const sla = slaText(escalation.slaDueAt, now);
  const headingId = `escalation-${escalation.id}`;

  const claim = async () => {
    setBusy(true);
    setError(null);
    try {
      onChange(await api.claim(escalation.id));
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <li
      className={`card card--${escalation.level}${sla.overdue ? ' card--overdue' : ''}`}
      aria-labelledby={headingId}
    >
      <div className="card__top">
        <h2 id={headingId} className="card__title">
          <LevelBadge level={escalation.level} />
          <span className="card__conversation">
            Conversation {shortId(escalation.conversationId)}
          </span>
        </h2>
        <p className={`sla${sla.overdue ? ' sla--overdue' : ''}`}>
          {sla.overdue && (
            <span aria-hidden="true" className="sla__icon">
              !
            </span>
          )}
          <strong>{sla.text}</strong>
          <span className="sla__at"> ({clockTime(escalation.slaDueAt)})</span>
        </p>
      </div>
      <dl className="facts">
        <div>
          <dt>Status</dt>
          <dd>
            {escalation.status === 'claimed'
              ? `Claimed by ${isMine(escalation, user) ? 'you' : (escalation.assignee ?? 'someone')}`
              : 'Open, not yet claimed'}
          </dd>
        </div>
        <div>
          <dt>Raised</dt>
          <dd>
            <time dateTime={escalation.createdAt}>{relativeTime(escalation.createdAt, now)}</time>
          </dd>
        </div>
        {escalation.categories.length > 0 && (
          <div>
            <dt>Concerns</dt>
            <dd>{escalation.categories.map(categoryLabel).join(', ')}</dd>
          </div>
        )}
      </dl>
      {escalation.reasons.length > 0 && (
        <details className="reasons">
          <summary>Why it was escalated</summary>
          <ul>
            {escalation.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </details>
      )}
      <ErrorNote message={error} />
      <div className="card__actions">
        {escalation.status === 'open' && canAct(user) && (
          <button
            type="button"
            className="button button--primary"
            onClick={claim}
            disabled={busy}
            aria-describedby={headingId}
          >
            {busy ? 'Claiming…' : 'Claim'}
          </button>
        )}
        <Link
          href={conversationPath(escalation.conversationId)}
          className="button"
          aria-describedby={headingId}
        >
          Open conversation
        </Link>
      </div>
    </li>
  );
}
