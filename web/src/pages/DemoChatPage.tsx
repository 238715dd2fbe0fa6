import { useState, type FormEvent } from 'react';
import { api } from '../api';
import { ErrorNote } from '../components/ErrorNote';
import { CueList, HighlightedText } from '../components/HighlightedText';
import { LevelBadge } from '../components/LevelBadge';
import { PageHeading } from '../components/PageHeading';
import { categoryLabel, levelLabel } from '../format';
import type { PlacedSignal, PreviewTurn, TriageSignal } from '../types';

interface ChatMessage {
  role: 'user' | 'assistant';
  content: string;
}

const LOCALES = ['en-GB', 'en-US', 'es-ES', 'fr-FR', 'de-DE', 'pt-BR', 'it-IT'];
const AREAS = ['individual', 'community', 'institutional', 'societal'];

/**
 * A tester talks to the gateway and sees, beside each reply, what it decided: triage with the cues
 * in their own words (and those it set aside, with why), the policy, the output checks and the
 * action. Each turn runs the real pipeline with the deployment's model, but nothing is stored and
 * nobody is paged.
 */
export function DemoChatPage() {
  const [messages, setMessages] = useState<ChatMessage[]>([]);
  const [turns, setTurns] = useState<PreviewTurn[]>([]);
  const [draft, setDraft] = useState('');
  const [locale, setLocale] = useState('en-GB');
  const [area, setArea] = useState('individual');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const send = async (event: FormEvent) => {
    event.preventDefault();
    const text = draft.trim();
    if (text === '' || busy) return;
    const next: ChatMessage[] = [...messages, { role: 'user', content: text }];
    setBusy(true);
    setError(null);
    try {
      const turn = await api.previewTurn({ messages: next, locale, area });
      setMessages([...next, { role: 'assistant', content: turn.response }]);
      setTurns([...turns, turn]);
      setDraft('');
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const startOver = () => {
    setMessages([]);
    setTurns([]);
    setError(null);
  };

  // Cues found in each message by the turn that first saw it (the turn after it was sent).
  const cuesFor = (index: number): TriageSignal[] => {
    const turn = turns[Math.floor(index / 2)];
    return (turn?.triage.signals ?? []).filter((s) => s.message === index);
  };
  const placed = (signals: TriageSignal[], index: number): PlacedSignal[] =>
    signals
      .filter((s) => s.scopedOut === undefined)
      .map((s) => ({
        id: s.id,
        category: s.category,
        seq: index,
        start: s.span.start,
        end: s.span.end,
      }));

  return (
    <main id="main" className="page">
      <PageHeading title="Demo chat" />
      <p className="hint">
        Talk to the gateway as a person would, and watch each turn’s decisions. Every turn runs the
        real pipeline with this deployment’s model and policy, but{' '}
        <strong>nothing is stored and nobody is paged</strong>: “would escalate” says what a real
        conversation would have done. Please do not type real people’s details.
      </p>
      <div className="demo-chat">
        <section aria-labelledby="chat-heading" className="demo-chat__chat">
          <h2 id="chat-heading">Conversation</h2>
          {messages.length === 0 ? (
            <p className="empty">No messages yet. Write the first one below.</p>
          ) : (
            <ol className="transcript" aria-label="Demo conversation, oldest first">
              {messages.map((message, index) => {
                const cues = message.role === 'user' ? cuesFor(index) : [];
                const turn = message.role === 'assistant' ? turns[(index - 1) / 2] : undefined;
                return (
                  <li key={index} className={`message message--${message.role}`}>
                    <p className="message__meta">
                      <strong className="message__who">
                        {message.role === 'user' ? 'You (as the person)' : 'Reply'}
                      </strong>
                      {turn && turn.action !== 'pass' && (
                        <span className="tag">guard: {turn.action}</span>
                      )}
                    </p>
                    <p className="message__text">
                      {message.role === 'user' ? (
                        <HighlightedText text={message.content} signals={placed(cues, index)} />
                      ) : (
                        message.content
                      )}
                    </p>
                    {message.role === 'user' && (
                      <CueList text={message.content} signals={placed(cues, index)} />
                    )}
                    {turn && <PreviewDecision turn={turn} />}
                  </li>
                );
              })}
            </ol>
          )}
          <form className="form" onSubmit={send} aria-busy={busy}>
            <div className="field">
              <label htmlFor="demo-message">Message</label>
              <textarea
                id="demo-message"
                rows={3}
                value={draft}
                onChange={(e) => setDraft(e.target.value)}
              />
            </div>
            <div className="demo-chat__options">
              <div className="field">
                <label htmlFor="demo-locale">Language and country</label>
                <select id="demo-locale" value={locale} onChange={(e) => setLocale(e.target.value)}>
                  {LOCALES.map((l) => (
                    <option key={l}>{l}</option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor="demo-area">Deployment area</label>
                <select id="demo-area" value={area} onChange={(e) => setArea(e.target.value)}>
                  {AREAS.map((a) => (
                    <option key={a}>{a}</option>
                  ))}
                </select>
              </div>
            </div>
            <div className="card__actions">
              <button
                type="submit"
                className="button button--primary"
                disabled={busy || draft.trim() === ''}
              >
                {busy ? 'Sending…' : 'Send'}
              </button>
              <button
                type="button"
                className="button button--quiet"
                disabled={busy || messages.length === 0}
                onClick={startOver}
              >
                Start over
              </button>
            </div>
          </form>
          <ErrorNote message={error} />
        </section>
      </div>
    </main>
  );
}

/** Everything one preview turn decided, open for the newest turn. */
function PreviewDecision({ turn }: { turn: PreviewTurn }) {
  const { triage, decision } = turn;
  const counted = triage.signals.filter((s) => s.scopedOut === undefined);
  const setAside = triage.signals.filter((s) => s.scopedOut !== undefined);
  const failed = turn.checks.filter((c) => !c.passed);
  return (
    <details className="decision" open>
      <summary>
        Gateway decision: {levelLabel(triage.level).toLowerCase()}
        {triage.cssrs > 0 && ` · C-SSRS ${triage.cssrs}`} · {turn.action}
        {turn.escalate && ' · would escalate to a person'}
      </summary>
      <dl className="facts">
        <div>
          <dt>Triage</dt>
          <dd>
            <LevelBadge level={triage.level} />{' '}
            {triage.categories.length > 0 && triage.categories.map(categoryLabel).join(', ')}
            {` (confidence ${Math.round(triage.confidence * 100)}%)`}
          </dd>
        </div>
        {counted.length > 0 && (
          <div>
            <dt>Cues that counted</dt>
            <dd>
              <ul className="reasons">
                {counted.map((s, i) => (
                  <li key={i}>
                    “{s.span.text}” — {s.reason} <code>{s.id}</code>
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
        {setAside.length > 0 && (
          <div>
            <dt>Cues set aside</dt>
            <dd>
              <ul className="reasons">
                {setAside.map((s, i) => (
                  <li key={i}>
                    “{s.span.text}” — {s.scopedOut} (<code>{s.id}</code>)
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
        <div>
          <dt>Policy</dt>
          <dd>
            {decision.action}
            {decision.protocol && ` with the ${decision.protocol} protocol`}
            {decision.escalate && ', escalate to a person'}
            {decision.reasons.length > 0 && (
              <ul className="reasons">
                {decision.reasons.map((reason) => (
                  <li key={reason}>{reason}</li>
                ))}
              </ul>
            )}
          </dd>
        </div>
        <div>
          <dt>Output checks</dt>
          <dd>
            {turn.checks.length === 0 ? (
              'none ran (the reply came from a protocol or a person, not the model)'
            ) : failed.length === 0 ? (
              `${turn.checks.length} ran, all passed`
            ) : (
              <ul className="reasons">
                {failed.map((c) => (
                  <li key={c.name}>
                    {c.name} ({c.severity}):{' '}
                    {c.findings.length > 0
                      ? c.findings.map((f) => `“${f.span.text}” — ${f.reason}`).join('; ')
                      : c.reason}
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
        <div>
          <dt>Reply</dt>
          <dd>
            {turn.action}
            {turn.upstream.provider && ` — from ${turn.upstream.provider}`}
            {turn.upstream.latencyMs !== undefined &&
              ` in ${Math.round(turn.upstream.latencyMs)} ms`}
            {turn.upstream.error &&
              ` (the model failed: ${turn.upstream.error.code}; a safe reply was sent instead)`}
          </dd>
        </div>
      </dl>
    </details>
  );
}
