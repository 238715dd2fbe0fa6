/**
 * The console's one door to the server: every request goes through `request`, which sends the
 * session cookie (same origin), the CSRF header on writes, and turns the server's error shape
 * `{error: {message, type, code, param}}` into an `ApiError`.
 */
import type {
  Conversation,
  Draft,
  Escalation,
  EscalationNote,
  List,
  NextRatingItem,
  PreviewTurn,
  RatingAssignment,
  RatingOverview,
  RatingResult,
  RunComparison,
  RunListRow,
  RunReport,
  SignedIn,
  Takeover,
  Turn,
  User,
} from './types';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly type: string | null = null,
    readonly param: string | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

let csrfToken: string | null = null;
let onSignedOut: (() => void) | null = null;

/** Called when the server says the session is gone, so the app can show the sign-in page. */
export function whenSignedOut(listener: (() => void) | null): void {
  onSignedOut = listener;
}

/** Keeps the CSRF token for writes, and hands the account its permissions for the page. */
function remember(session: SignedIn): SignedIn {
  csrfToken = session.csrfToken;
  return { ...session, user: { ...session.user, permissions: session.permissions } };
}

async function request<T>(
  method: 'GET' | 'POST' | 'PUT',
  path: string,
  body?: unknown,
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
  } catch {
    throw new ApiError(
      0,
      'network_error',
      'Cannot reach the Tandem server. Check your connection and try again.',
    );
  }
  if (response.status === 204) return undefined as T;
  const payload: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const error = errorFrom(response.status, payload);
    if (error.code === 'not_signed_in' && path !== '/api/auth/me') onSignedOut?.();
    throw error;
  }
  return payload as T;
}

function errorFrom(status: number, payload: unknown): ApiError {
  const error = (
    payload as
      { error?: Partial<Record<'message' | 'type' | 'code' | 'param', string | null>> } | undefined
  )?.error;
  if (!error) {
    return new ApiError(
      status,
      `http_${status}`,
      `The server answered ${status} without an explanation.`,
    );
  }
  return new ApiError(
    status,
    error.code ?? `http_${status}`,
    error.message ?? `The server answered ${status}.`,
    error.type ?? null,
    error.param ?? null,
  );
}

const path = (strings: TemplateStringsArray, ...ids: string[]) =>
  strings.reduce(
    (out, s, i) => out + s + (i < ids.length ? encodeURIComponent(ids[i] ?? '') : ''),
    '',
  );

export const api = {
  authState: () => request<{ setupRequired: boolean }>('GET', '/api/auth/state'),

  setup: async (input: {
    token: string;
    username: string;
    displayName: string;
    password: string;
  }) => remember(await request<SignedIn>('POST', '/api/auth/setup', input)),

  login: async (input: { username: string; password: string }) =>
    remember(await request<SignedIn>('POST', '/api/auth/login', input)),

  me: async () => remember(await request<SignedIn>('GET', '/api/auth/me')),

  logout: async () => {
    try {
      await request<void>('POST', '/api/auth/logout', {});
    } finally {
      csrfToken = null;
    }
  },

  escalations: (statuses: Array<Escalation['status']>) =>
    request<List<Escalation>>('GET', `/api/escalations?status=${statuses.join(',')}`),

  claim: (id: string) => request<Escalation>('POST', path`/api/escalations/${id}/claim`, {}),

  addNote: (id: string, text: string) =>
    request<EscalationNote>('POST', path`/api/escalations/${id}/notes`, { text }),

  resolve: (id: string, resolution: string) =>
    request<Escalation>('POST', path`/api/escalations/${id}/resolve`, { resolution }),

  conversation: (id: string) => request<Conversation>('GET', path`/api/conversations/${id}`),
  /** Each turn's triage (signals placed in the messages), policy decision, checks and action. */
  turns: async (id: string) =>
    (await request<List<Turn>>('GET', path`/api/conversations/${id}/turns`)).data,

  takeOver: (id: string) =>
    request<{ conversationId: string; takeover: Takeover }>(
      'POST',
      path`/api/conversations/${id}/takeover`,
      {},
    ),

  /** Replies held for approval, with their HAAS-e findings. */
  drafts: async () => (await request<List<Draft>>('GET', '/api/drafts')).data,
  /** Sends the draft as written, or `text` (the clinician's edit of it). */
  approveDraft: (id: string, text?: string) =>
    request<Draft>('POST', path`/api/drafts/${id}/approve`, text ? { text } : {}),
  /** Sends the clinician's own reply instead of the draft. */
  rejectDraft: (id: string, text: string) =>
    request<Draft>('POST', path`/api/drafts/${id}/reject`, { text }),

  /** The demo chat: one turn through the whole pipeline; nothing stored, nobody paged. */
  previewTurn: (input: {
    messages: Array<{ role: 'user' | 'assistant'; content: string }>;
    locale?: string;
    area?: string;
  }) => request<PreviewTurn>('POST', '/api/playground/turn', input),

  /** Hands back to the AI with an optional note for it; waits for undelivered messages first. */
  release: (id: string, note?: string) =>
    request<{
      conversationId: string;
      takeover: Takeover | null;
      releasePending: boolean;
      undelivered?: number;
    }>('POST', path`/api/conversations/${id}/release`, note ? { note } : {}),

  reply: (id: string, content: string) =>
    request<{ conversationId: string }>('POST', path`/api/conversations/${id}/messages`, {
      content,
    }),

  /** Active and disabled accounts (admin only). */
  users: async () => (await request<List<User>>('GET', '/api/users')).data,

  ratingAssignments: async () =>
    (await request<List<RatingAssignment>>('GET', '/api/rating/assignments')).data,

  /** The next blinded item the signed-in rater has not rated, or `done`. */
  nextRatingItem: (runId: string) =>
    request<NextRatingItem>('GET', path`/api/rating/runs/${runId}/next`),

  rateItem: (
    runId: string,
    key: string,
    form: { ratings: Record<string, boolean>; note?: string },
  ) => request<RatingResult>('POST', path`/api/rating/runs/${runId}/items/${key}`, form),

  ratingOverview: (runId: string) =>
    request<RatingOverview>('GET', path`/api/rating/runs/${runId}`),

  setRaters: (runId: string, raters: string[]) =>
    request<RatingOverview>('PUT', path`/api/rating/runs/${runId}/raters`, { raters }),

  runs: async () => (await request<List<RunListRow>>('GET', '/api/runs')).data,

  run: (id: string) => request<RunReport>('GET', path`/api/runs/${id}`),

  compareRuns: (a: string, b: string) =>
    request<RunComparison>(
      'GET',
      `/api/runs/compare?a=${encodeURIComponent(a)}&b=${encodeURIComponent(b)}`,
    ),
};

/** The run's self-contained HTML report (no script), for a sandboxed frame or a new tab. */
export function reportHtmlUrl(runId: string): string {
  return path`/api/runs/${runId}/report.html`;
}

/** The live stream of escalation changes (same session cookie). */
export const EVENTS_URL = '/api/events';
