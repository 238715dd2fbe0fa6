import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { api, ApiError } from '../api';
import { ErrorNote } from '../components/ErrorNote';
import { CueList, HighlightedText } from '../components/HighlightedText';
import { LevelBadge } from '../components/LevelBadge';
import { PageHeading } from '../components/PageHeading';
import { TurnDecision } from '../components/TurnDecision';
import { categoryLabel, clockTime, roleLabel, shortId, slaText } from '../format';
import { listen, useNow } from '../live';
import { canAct } from '../permissions';
import { Link } from '../router';
import { useUser } from '../session';
import type { Conversation, Escalation, Turn, User } from '../types';

/**
 * The event stream says when this conversation moves; the slow poll is the fallback for a server
 * or proxy that does not deliver `conversation` events.
 */
const REFRESH_MS = 10_000;

function heldBy(conversation: Conversation, user: User): 'me' | 'other' | null {
  const by = conversation.takeover?.by;
  if (!by) return null;
  return by === user.username || by === user.id ? 'me' : 'other';
}

export function ConversationPage({ id }: { id: string }) {
  const user = useUser();
  const [conversation, setConversation] = useState<Conversation | null>(null);
  const [turns, setTurns] = useState<Turn[]>([]);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [notFound, setNotFound] = useState(false);

  const load = useCallback(async () => {
    try {
      const [loaded, decided] = await Promise.all([api.conversation(id), api.turns(id)]);
      setConversation(loaded);
      setTurns(decided);
      setLoadError(null);
    } catch (e) {
      if (e instanceof ApiError && e.status === 404) setNotFound(true);
      else setLoadError((e as Error).message);
    }
  }, [id]);

  useEffect(() => {
    void load();
    const stop = listen({
      hello: () => void load(),
      conversation: (changed) => changed === id && void load(),
      escalation: (escalation) => escalation.conversationId === id && void load(),
    });
    const timer = window.setInterval(() => {
      if (document.visibilityState === 'visible') void load();
    }, REFRESH_MS);
    return () => {
      stop();
      window.clearInterval(timer);
    };
  }, [id, load]);

  if (notFound) {
    return (
      <main id="main" className="page">
        <PageHeading title="Conversation not found" />
        <p>There is no conversation {id}. It may have been deleted under the retention policy.</p>
        <Link href="/">Back to the escalation queue</Link>
      </main>
    );
  }

  const level = conversation?.lastLevel ?? conversation?.risk?.level;
  const holder = conversation ? heldBy(conversation, user) : null;

  return (
    <main id="main" className="page">
      <p className="back">
        <Link href="/">← Escalation queue</Link>
      </p>
      <div className="page__head">
        <PageHeading title={`Conversation ${shortId(id)}`} />
        {level && <LevelBadge level={level} />}
      </div>
      <ErrorNote message={loadError} />
      {!conversation && !loadError && <p>Loading the conversation…</p>}
      {conversation && (
        <div className="conversation">
          <section className="conversation__messages" aria-labelledby="messages-heading">
            <h2 id="messages-heading">Messages</h2>
            <dl className="facts facts--inline">
              <div>
                <dt>Area</dt>
                <dd>{conversation.area}</dd>
              </div>
              <div>
                <dt>Language</dt>
                <dd>{conversation.locale}</dd>
              </div>
              <div>
                <dt>Started</dt>
                <dd>{clockTime(conversation.createdAt)}</dd>
              </div>
            </dl>
            <Transcript conversation={conversation} turns={turns} />
          </section>
          <aside className="conversation__side" aria-label="Actions">
            {canAct(user) ? (
              <>
                <TakeoverPanel conversation={conversation} holder={holder} onChange={load} />
                <EscalationsPanel escalations={conversation.escalations} onChange={load} />
              </>
            ) : (
              <section className="panel" aria-labelledby="read-only-heading">
                <h2 id="read-only-heading">Read only</h2>
                <p>
                  Your role ({user.role}) can read conversations but not take over, reply or
                  resolve.
                  {conversation.takeover
                    ? ` ${conversation.takeover.by} is answering.`
                    : ' The AI assistant is answering.'}
                </p>
              </section>
            )}
          </aside>
        </div>
      )}
    </main>
  );
}

function Transcript({ conversation, turns }: { conversation: Conversation; turns: Turn[] }) {
  if (conversation.messages.length === 0) return <p className="empty">No messages yet.</p>;
  const signalsAt = (seq: number) => turns.flatMap((t) => t.signals.filter((s) => s.seq === seq));
  // A turn's decision follows the last message it stored (its reply).
  const turnEndingAt = new Map(turns.map((t) => [t.lastSeq, t]));
  return (
    <ol className="transcript" aria-label="Transcript, oldest first">
      {conversation.messages.map((message) => {
        const turn = turnEndingAt.get(message.seq);
        return (
          <li key={message.seq} className={`message message--${message.role}`}>
            <p className="message__meta">
              <strong className="message__who">{roleLabel(message.role, message.author)}</strong>
              <time dateTime={message.at}>{clockTime(message.at)}</time>
              {message.role === 'assistant' && message.action && message.action !== 'pass' && (
                <span className="tag">guard: {message.action}</span>
              )}
              {message.role === 'counselor' && (
                <span className="tag">
                  {message.delivered ? 'delivered' : 'waiting for the person’s next message'}
                </span>
              )}
            </p>
            <p className="message__text">
              {message.role === 'user' ? (
                <HighlightedText text={message.content} signals={signalsAt(message.seq)} />
              ) : (
                message.content
              )}
            </p>
            {message.role === 'user' && (
              <CueList text={message.content} signals={signalsAt(message.seq)} />
            )}
            {turn && <TurnDecision turn={turn} />}
          </li>
        );
      })}
    </ol>
  );
}

function TakeoverPanel({
  conversation,
  holder,
  onChange,
}: {
  conversation: Conversation;
  holder: 'me' | 'other' | null;
  onChange: () => Promise<void>;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [reply, setReply] = useState('');
  const [confirmingHandBack, setConfirmingHandBack] = useState(false);
  const [note, setNote] = useState('');
  const pending = conversation.messages.filter(
    (m) => m.role === 'counselor' && !m.delivered,
  ).length;

  const act = async (action: () => Promise<unknown>, after?: () => void) => {
    setBusy(true);
    setError(null);
    try {
      await action();
      after?.();
      await onChange();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const send = (event: FormEvent) => {
    event.preventDefault();
    if (reply.trim() === '') return;
    void act(
      () => api.reply(conversation.id, reply),
      () => setReply(''),
    );
  };

  return (
    <section className="panel" aria-labelledby="takeover-heading">
      <h2 id="takeover-heading">Who is answering</h2>
      {holder === null && (
        <>
          <p>The AI assistant is answering, under the safety gateway.</p>
          {conversation.handover && (
            <p className="hint">
              Handed back by {conversation.handover.by} at {clockTime(conversation.handover.at)}
              {conversation.handover.note ? (
                <>
                  , with this note for the AI: <q>{conversation.handover.note}</q>
                </>
              ) : (
                '.'
              )}
            </p>
          )}
          <p className="hint">
            Taking over stops the AI: the person’s next message is answered by what you write.
          </p>
          <button
            type="button"
            className="button button--primary"
            disabled={busy}
            onClick={() => act(() => api.takeOver(conversation.id))}
          >
            Take over
          </button>
        </>
      )}
      {holder === 'other' && (
        <p>
          <strong>{conversation.takeover?.by}</strong> has taken over this conversation (since{' '}
          {clockTime(conversation.takeover?.at ?? '')}). Only they can reply or hand it back.
        </p>
      )}
      {holder === 'me' && conversation.takeover?.releaseRequestedAt && (
        <div className="confirm" role="status">
          <p>
            <strong>Handing back to the AI.</strong> Your last message goes out with the person’s
            next message; the AI answers after that.
          </p>
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => act(() => api.takeOver(conversation.id))}
          >
            Keep answering instead
          </button>
        </div>
      )}
      {holder === 'me' && (
        <>
          <p>
            <strong>You are answering.</strong> The person receives your message with their next
            message; until then they see a note that a person is with them.
          </p>
          <form onSubmit={send} className="form">
            <div className="field">
              <label htmlFor="reply">Reply to the person</label>
              <textarea
                id="reply"
                name="reply"
                rows={5}
                value={reply}
                onChange={(e) => setReply(e.target.value)}
              />
            </div>
            <button
              type="submit"
              className="button button--primary"
              disabled={busy || reply.trim() === ''}
            >
              Send reply
            </button>
          </form>
          {!confirmingHandBack ? (
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => setConfirmingHandBack(true)}
            >
              Hand back to the AI…
            </button>
          ) : (
            <div className="confirm" role="group" aria-labelledby="handback-heading">
              <h3 id="handback-heading">Hand back to the AI?</h3>
              <p id="handback-note">
                The AI assistant answers the person’s next messages, under the safety gateway.
                {pending > 0 && (
                  <strong>
                    {' '}
                    {pending === 1
                      ? 'One of your messages has'
                      : `${pending} of your messages have`}{' '}
                    not reached the person yet: the hand-back waits until the person’s next message
                    has carried {pending === 1 ? 'it' : 'them'}, then the AI takes over.
                  </strong>
                )}
              </p>
              <div className="field">
                <label htmlFor="handover-note">Note for the AI (optional)</label>
                <textarea
                  id="handover-note"
                  rows={3}
                  maxLength={4000}
                  aria-describedby="handover-note-hint"
                  value={note}
                  onChange={(e) => setNote(e.target.value)}
                />
                <p id="handover-note-hint" className="hint">
                  What was agreed, who they will contact, what to avoid. The AI is given it as
                  guidance from now on and will not quote it; it is stored encrypted, not in the
                  audit log.
                </p>
              </div>
              <div className="card__actions">
                <button
                  type="button"
                  className="button button--primary"
                  disabled={busy}
                  aria-describedby="handback-note"
                  onClick={() =>
                    act(
                      () => api.release(conversation.id, note.trim() || undefined),
                      () => {
                        setConfirmingHandBack(false);
                        setNote('');
                      },
                    )
                  }
                >
                  Hand back
                </button>
                <button
                  type="button"
                  className="button button--quiet"
                  onClick={() => setConfirmingHandBack(false)}
                >
                  Keep answering
                </button>
              </div>
            </div>
          )}
        </>
      )}
      <ErrorNote message={error} />
    </section>
  );
}

function EscalationsPanel({
  escalations,
  onChange,
}: {
  escalations: Escalation[];
  onChange: () => Promise<void>;
}) {
  return (
    <section className="panel" aria-labelledby="escalations-heading">
      <h2 id="escalations-heading">Escalations</h2>
      {escalations.length === 0 ? (
        <p>No open escalations for this conversation.</p>
      ) : (
        escalations.map((escalation) => (
          <EscalationResolver key={escalation.id} escalation={escalation} onChange={onChange} />
        ))
      )}
    </section>
  );
}

function EscalationResolver({
  escalation,
  onChange,
}: {
  escalation: Escalation;
  onChange: () => Promise<void>;
}) {
  const now = useNow();
  const [outcome, setOutcome] = useState('');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const sla = slaText(escalation.slaDueAt, now);
  const fieldId = `outcome-${escalation.id}`;
  const noteId = `note-${escalation.id}`;

  const run = async (action: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
      await onChange();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="resolver">
      <p className="resolver__head">
        <LevelBadge level={escalation.level} />{' '}
        {escalation.status === 'claimed'
          ? `claimed by ${escalation.assignee ?? 'someone'}`
          : 'open'}
      </p>
      <p className={`sla${sla.overdue ? ' sla--overdue' : ''}`}>
        <strong>{sla.text}</strong>
      </p>
      {escalation.categories.length > 0 && (
        <p className="hint">Concerns: {escalation.categories.map(categoryLabel).join(', ')}</p>
      )}
      {escalation.status === 'open' && (
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => run(() => api.claim(escalation.id))}
        >
          Claim
        </button>
      )}
      {(escalation.notes ?? []).length > 0 && (
        <section aria-label="Notes on this escalation">
          <h3 className="resolver__notes-title">Notes</h3>
          <ol className="notes">
            {(escalation.notes ?? []).map((n) => (
              <li key={n.id}>
                <p className="hint">
                  {n.by}, <time dateTime={n.at}>{clockTime(n.at)}</time>
                </p>
                <p>{n.text}</p>
              </li>
            ))}
          </ol>
        </section>
      )}
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          const text = note.trim();
          if (text !== '')
            void run(async () => {
              await api.addNote(escalation.id, text);
              setNote('');
            });
        }}
      >
        <div className="field">
          <label htmlFor={noteId}>Add a note</label>
          <textarea id={noteId} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
        </div>
        <button type="submit" className="button" disabled={busy || note.trim() === ''}>
          Save note
        </button>
      </form>
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          if (outcome.trim() !== '') void run(() => api.resolve(escalation.id, outcome.trim()));
        }}
      >
        <div className="field">
          <label htmlFor={fieldId}>Outcome</label>
          <p className="hint" id={`${fieldId}-hint`}>
            What happened and what follows, for the record (e.g. “safety plan agreed, GP follow-up
            booked”).
          </p>
          <textarea
            id={fieldId}
            rows={3}
            aria-describedby={`${fieldId}-hint`}
            value={outcome}
            onChange={(e) => setOutcome(e.target.value)}
          />
        </div>
        <button
          type="submit"
          className="button button--primary"
          disabled={busy || outcome.trim() === ''}
        >
          Resolve escalation
        </button>
      </form>
      <ErrorNote message={error} />
    </div>
  );
}
