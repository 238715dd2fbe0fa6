/**
 * Signing in to the console (`/api/auth`): whether setup is needed, creating the first admin
 * with the one-time setup token, sign-in, sign-out, and who is signed in. Sign-in and setup start
 * a session (cookie) and return the CSRF token the console sends with every change.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  isAccountError,
  MAX_PASSWORD_LENGTH,
  MIN_PASSWORD_LENGTH,
  ROLE_PERMISSIONS,
  USERNAME_PATTERN,
  type AccountError,
  type ConsoleUser,
} from '../../core/index.js';
import { methodNotAllowed } from '../app.js';
import { fromZod, HttpError } from '../errors.js';
import { hashPassword, verifyPassword } from '../passwords.js';
import { checkCsrf } from '../sessions.js';

export const usernameField = z
  .string()
  .trim()
  .toLowerCase()
  .regex(
    USERNAME_PATTERN,
    '1–64 lower-case letters, digits, ".", "_" or "-", starting with a letter or digit',
  );
export const displayNameField = z.string().trim().min(1, 'a non-empty name').max(128);
export const newPasswordField = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(MAX_PASSWORD_LENGTH, `at most ${MAX_PASSWORD_LENGTH} characters`);

const setupBody = z.strictObject({
  token: z.string().min(1, 'the token from the setup link').max(256),
  username: usernameField,
  displayName: displayNameField,
  password: newPasswordField,
});

const loginBody = z.strictObject({
  username: z.string().trim().toLowerCase().min(1, 'a username').max(128),
  password: z.string().min(1, 'a password').max(MAX_PASSWORD_LENGTH),
});

export function parseBody<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value ?? {});
  if (!result.success) throw fromZod(result.error, 'request body');
  return result.data;
}

/** An account rule broken in the store, as the HTTP error the console expects. */
export function accountHttpError(error: AccountError): HttpError {
  switch (error.problem) {
    case 'username_taken':
      return new HttpError(409, 'conflict_error', 'username_taken', error.message, 'username');
    case 'last_admin':
      return new HttpError(409, 'conflict_error', 'last_admin', error.message);
    case 'setup_done':
      return new HttpError(409, 'conflict_error', 'setup_done', error.message);
    case 'setup_token_invalid':
      return new HttpError(403, 'permission_error', 'setup_token_invalid', error.message, 'token');
    case 'user_not_found':
      return new HttpError(404, 'not_found_error', 'user_not_found', error.message, 'id');
  }
}

/** Runs a store call, turning account errors into HTTP errors. */
export async function withAccountErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw isAccountError(error) ? accountHttpError(error) : error;
  }
}

export async function authRoutes(app: FastifyInstance): Promise<void> {
  const { store, sessions, loginThrottle, passwords, metrics } = app.gateway;
  const now = () => new Date(app.gateway.now()).toISOString();

  app.get('/auth/state', async () => ({ setupRequired: !(await store.hasUsers()) }));
  methodNotAllowed(app, '/auth/state', ['GET']);

  app.post('/auth/setup', async (request, reply) => {
    if (await store.hasUsers())
      throw new HttpError(409, 'conflict_error', 'setup_done', 'setup is done: sign in instead');
    const body = parseBody(setupBody, request.body);
    const passwordHash = await hashPassword(body.password, passwords.cost);
    const user = await withAccountErrors(() =>
      store.completeSetup(
        body.token,
        { username: body.username, displayName: body.displayName, passwordHash },
        now(),
      ),
    );
    const signedIn = await sessions.start(user, request, reply);
    return reply.status(201).send(signedInBody(user, signedIn.csrfToken));
  });
  methodNotAllowed(app, '/auth/setup', ['POST']);

  app.post('/auth/login', async (request, reply) => {
    const body = parseBody(loginBody, request.body);
    const decision = loginThrottle.check(body.username, request.ip);
    if (!decision.allowed) {
      throw new HttpError(
        429,
        'rate_limit_error',
        'too_many_attempts',
        `too many failed sign-ins: try again in ${decision.retryAfterSeconds} s`,
        null,
        { 'retry-after': String(decision.retryAfterSeconds) },
      );
    }
    const credentials = await store.findCredentials(body.username);
    // An unknown username costs a hash too, so timing does not tell which usernames exist.
    const hash = credentials?.passwordHash ?? (await passwords.dummy.get());
    const matches = await verifyPassword(hash, body.password);
    if (!credentials || !matches || credentials.user.disabled) {
      loginThrottle.recordFailure(body.username, request.ip);
      metrics.observeAuthFailure();
      throw new HttpError(
        401,
        'authentication_error',
        'invalid_credentials',
        'wrong username or password',
      );
    }
    loginThrottle.recordSuccess(body.username);
    const signedIn = await sessions.start(credentials.user, request, reply);
    return reply.send(signedInBody(credentials.user, signedIn.csrfToken));
  });
  methodNotAllowed(app, '/auth/login', ['POST']);

  app.post('/auth/logout', async (request, reply) => {
    const signedIn = await sessions.resume(request);
    if (signedIn) checkCsrf(request, signedIn);
    await sessions.end(request, reply);
    return reply.status(204).send();
  });
  methodNotAllowed(app, '/auth/logout', ['POST']);

  app.get('/auth/me', async (request) => {
    const signedIn = await sessions.resume(request);
    if (!signedIn) throw notSignedIn();
    return signedInBody(signedIn.user, signedIn.csrfToken);
  });
  methodNotAllowed(app, '/auth/me', ['GET']);
}

export function notSignedIn(): HttpError {
  return new HttpError(
    401,
    'authentication_error',
    'not_signed_in',
    'not signed in: sign in at /api/auth/login (or the session ended)',
  );
}

/**
 * What a signed-in page needs: the account, its CSRF token, and what its role may do, so the
 * console shapes itself from the server's own permission table instead of a copy of it.
 */
function signedInBody(user: ConsoleUser, csrfToken: string) {
  return { user, csrfToken, permissions: ROLE_PERMISSIONS[user.role] };
}
