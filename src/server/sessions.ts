/**
 * Console sessions: a random id in an HTTP-only, SameSite=Strict cookie, its sha256 in the store
 * with the account, a CSRF token and three times. A session ends after 12 hours without a request
 * or 7 days after sign-in, whichever comes first, and at once when the account is disabled or its
 * password changes (the store deletes its sessions then).
 */
import { timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AccountRole, ConsoleUser } from '../core/index.js';
import { HttpError } from './errors.js';

export const SESSION_COOKIE = 'tandem_session';
export const SESSION_IDLE_MS = 12 * 60 * 60_000;
export const SESSION_MAX_MS = 7 * 24 * 60 * 60_000;
export const CSRF_HEADER = 'x-csrf-token';
/** Seen-at is written at most this often, so reading the console costs no write per request. */
const TOUCH_EVERY_MS = 60_000;

export interface SessionRecordLike {
  userId: string;
  csrfToken: string;
  createdAt: string;
  expiresAt: string;
  lastSeenAt: string;
}

/** What sessions need from the store (`src/store`'s `Store` fits). */
export interface SessionStore {
  createSession(
    userId: string,
    at: string,
    expiresAt: string,
  ): Promise<{ sessionId: string; session: SessionRecordLike }>;
  findSession(
    sessionId: string,
  ): Promise<{ session: SessionRecordLike; user: ConsoleUser } | undefined>;
  touchSession(sessionId: string, at: string): Promise<void>;
  deleteSession(sessionId: string): Promise<void>;
}

/** What the account routes need from the store (`src/store`'s `Store` fits). */
export interface AccountStore extends SessionStore {
  hasUsers(): Promise<boolean>;
  listUsers(): Promise<ConsoleUser[]>;
  getUser(id: string): Promise<ConsoleUser | undefined>;
  findCredentials(
    username: string,
  ): Promise<{ user: ConsoleUser; passwordHash: string } | undefined>;
  createUser(
    user: { username: string; displayName: string; role: AccountRole; passwordHash: string },
    at: string,
    actor: string,
  ): Promise<ConsoleUser>;
  updateUser(
    id: string,
    changes: {
      role?: AccountRole;
      displayName?: string;
      disabled?: boolean;
      passwordHash?: string;
    },
    at: string,
    actor: string,
  ): Promise<ConsoleUser>;
  completeSetup(
    token: string,
    user: { username: string; displayName: string; passwordHash: string },
    at: string,
  ): Promise<ConsoleUser>;
}

export interface SignedIn {
  user: ConsoleUser;
  csrfToken: string;
  sessionId: string;
}

export interface SessionOptions {
  now?: () => number;
  /** Mark cookies `Secure` even on plain HTTP (TLS ends at a proxy in front). */
  secureCookies?: boolean;
}

export class ConsoleSessions {
  private readonly now: () => number;
  private readonly secureCookies: boolean;

  constructor(
    private readonly store: SessionStore,
    options: SessionOptions = {},
  ) {
    this.now = options.now ?? Date.now;
    this.secureCookies = options.secureCookies ?? false;
  }

  /** Starts a session for `user` and sets its cookie on the reply. */
  async start(user: ConsoleUser, request: FastifyRequest, reply: FastifyReply): Promise<SignedIn> {
    const now = this.now();
    const expiresAt = now + SESSION_MAX_MS;
    const { sessionId, session } = await this.store.createSession(
      user.id,
      new Date(now).toISOString(),
      new Date(expiresAt).toISOString(),
    );
    reply.header(
      'set-cookie',
      this.cookie(request, sessionId, Math.floor(SESSION_MAX_MS / 1000), expiresAt),
    );
    return { user, csrfToken: session.csrfToken, sessionId };
  }

  /**
   * The signed-in account behind the request's cookie, if the session is alive and the account
   * enabled. An ended session is deleted on sight.
   */
  async resume(request: FastifyRequest): Promise<SignedIn | undefined> {
    const sessionId = readCookie(request.headers.cookie, SESSION_COOKIE);
    if (!sessionId) return undefined;
    const found = await this.store.findSession(sessionId);
    if (!found) return undefined;
    const now = this.now();
    const { session, user } = found;
    const idleSince = Date.parse(session.lastSeenAt);
    if (
      user.disabled ||
      now >= Date.parse(session.expiresAt) ||
      now - idleSince >= SESSION_IDLE_MS
    ) {
      await this.store.deleteSession(sessionId);
      return undefined;
    }
    if (now - idleSince >= TOUCH_EVERY_MS)
      await this.store.touchSession(sessionId, new Date(now).toISOString());
    return { user, csrfToken: session.csrfToken, sessionId };
  }

  /** Ends the request's session (if any) and clears the cookie. */
  async end(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const sessionId = readCookie(request.headers.cookie, SESSION_COOKIE);
    if (sessionId) await this.store.deleteSession(sessionId);
    reply.header('set-cookie', this.cookie(request, '', 0, 0));
  }

  private cookie(
    request: FastifyRequest,
    value: string,
    maxAgeSeconds: number,
    expiresAt: number,
  ): string {
    const parts = [
      `${SESSION_COOKIE}=${value}`,
      'Path=/',
      'HttpOnly',
      'SameSite=Strict',
      `Max-Age=${maxAgeSeconds}`,
      `Expires=${new Date(expiresAt).toUTCString()}`,
    ];
    if (this.secureCookies || request.protocol === 'https') parts.push('Secure');
    return parts.join('; ');
  }
}

/** 403 `csrf_token_invalid` unless the request carries the session's CSRF token. */
export function checkCsrf(request: FastifyRequest, signedIn: SignedIn): void {
  const sent = request.headers[CSRF_HEADER];
  const given = Buffer.from(typeof sent === 'string' ? sent : '', 'utf8');
  const expected = Buffer.from(signedIn.csrfToken, 'utf8');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw new HttpError(
      403,
      'permission_error',
      'csrf_token_invalid',
      `missing or wrong ${CSRF_HEADER} header: send the csrfToken from /api/auth/me or /api/auth/login`,
    );
  }
}

/** Whether a method may change state (and so needs the CSRF token with a session). */
export function isStateChanging(method: string): boolean {
  return method !== 'GET' && method !== 'HEAD';
}

export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) {
      const value = part.slice(eq + 1).trim();
      return value === '' ? undefined : value;
    }
  }
  return undefined;
}
