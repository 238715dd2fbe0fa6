/**
 * The open queue, kept current by the server's event stream (`GET /api/events`, `event:
 * escalation`). After any reconnect the whole list is fetched again, so events missed while the
 * stream was down cannot leave a stale queue.
 */
import { useCallback, useEffect, useState } from 'react';
import { api, EVENTS_URL } from './api';
import type { Escalation } from './types';

export interface FeedHandlers {
  open?: () => void;
  error?: () => void;
  hello?: () => void;
  escalation?: (escalation: Escalation) => void;
  /** A conversation moved: a turn, a takeover, a clinician's message. */
  conversation?: (conversationId: string) => void;
}

function parsed<T>(event: Event): T | undefined {
  try {
    return JSON.parse((event as MessageEvent<string>).data) as T;
  } catch {
    return undefined;
  }
}

/** Subscribes to the server's event stream; returns the function that closes it. */
export function listen(handlers: FeedHandlers): () => void {
  const source = new EventSource(EVENTS_URL);
  source.addEventListener('open', () => handlers.open?.());
  source.addEventListener('error', () => handlers.error?.());
  source.addEventListener('hello', () => handlers.hello?.());
  source.addEventListener('escalation', (event) => {
    const escalation = parsed<Escalation>(event);
    if (escalation?.id) handlers.escalation?.(escalation);
  });
  source.addEventListener('conversation', (event) => {
    const id = parsed<{ conversationId?: string }>(event)?.conversationId;
    if (id) handlers.conversation?.(id);
  });
  return () => source.close();
}

export type LiveStatus = 'connecting' | 'live' | 'reconnecting';

export interface LiveQueue {
  escalations: Escalation[];
  loaded: boolean;
  error: string | null;
  status: LiveStatus;
  /** The last escalation that arrived over the stream and was new to the queue. */
  arrived: Escalation | null;
  replace: (escalation: Escalation) => void;
}

function upsert(list: Escalation[], escalation: Escalation): Escalation[] {
  const rest = list.filter((e) => e.id !== escalation.id);
  return escalation.status === 'resolved' ? rest : [...rest, escalation];
}

export function useLiveQueue(): LiveQueue {
  const [escalations, setEscalations] = useState<Escalation[]>([]);
  const [loaded, setLoaded] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<LiveStatus>('connecting');
  const [arrived, setArrived] = useState<Escalation | null>(null);

  const refresh = useCallback(async () => {
    try {
      const list = await api.escalations(['open', 'claimed']);
      setEscalations(list.data);
      setError(null);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setLoaded(true);
    }
  }, []);

  useEffect(() => {
    void refresh();
    let opened = false;
    const stop = listen({
      open: () => {
        setStatus('live');
        // The first open follows the initial fetch; a later one follows a gap in the stream.
        if (opened) void refresh();
        opened = true;
      },
      error: () => setStatus('reconnecting'),
      // The server's `hello` marks the point from which no change is missed: fetch from there.
      hello: () => void refresh(),
      escalation: (escalation) =>
        setEscalations((list) => {
          if (!list.some((e) => e.id === escalation.id) && escalation.status === 'open') {
            setArrived(escalation);
          }
          return upsert(list, escalation);
        }),
    });
    return stop;
  }, [refresh]);

  const replace = useCallback((escalation: Escalation) => {
    setEscalations((list) => upsert(list, escalation));
  }, []);

  return { escalations, loaded, error, status, arrived, replace };
}

/** The current time, re-read every `everyMs`, so "due in…" texts stay true. */
export function useNow(everyMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), everyMs);
    return () => window.clearInterval(timer);
  }, [everyMs]);
  return now;
}
