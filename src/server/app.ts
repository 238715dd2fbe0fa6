/**
 * Builds the gateway's Fastify app: the OpenAI-compatible routes (`/v1`), the console API
 * (`/api`), and health, readiness and metrics. Each group is a plugin with its own auth scope.
 * The app owns no resources it did not create: the caller opens the store, creates the guard, and
 * closes them after `app.close()` (which waits for in-flight turns, see `TurnTracker`).
 */
import Fastify, {
  LogController,
  type FastifyBaseLogger,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
} from 'fastify';
import type { Logger } from 'pino';
import {
  PERMISSION_WHAT,
  ROLE_PERMISSIONS,
  type GuardOutcome,
  type GuardRequest,
  type Permission,
} from '../core/index.js';
import { KeyAuthenticator, type KeyLookup, type KeyScope } from './auth.js';
import type { AuthMode, GatewaySettings } from './config.js';
import { HttpError, toHttpError } from './errors.js';
import { LoginThrottle } from './login-throttle.js';
import { createLogger } from './logging.js';
import { GatewayMetrics } from './metrics.js';
import { DEFAULT_SCRYPT_COST, DummyHash, type ScryptCost } from './passwords.js';
import { RateLimiter } from './rate-limit.js';
import { adminRoutes } from './routes/admin.js';
import { authRoutes, notSignedIn } from './routes/auth.js';
import type { FeedStore } from './console-feed.js';
import { actingPerson, consoleRoutes, type ConsoleStore } from './routes/console.js';
import { draftRoutes, type DraftsStore } from './routes/drafts.js';
import { eventRoutes } from './routes/events.js';
import { playgroundRoutes } from './routes/playground.js';
import { ratingRoutes, type RatingStore } from './routes/rating.js';
import { runRoutes, type RunsStore } from './routes/runs.js';
import { turnRoutes, type TurnsStore } from './routes/turns.js';
import { webRoutes } from './routes/web.js';
import { userRoutes } from './routes/users.js';
import {
  checkCsrf,
  ConsoleSessions,
  isStateChanging,
  type AccountStore,
  type SignedIn,
} from './sessions.js';
import { gatewayRoutes } from './routes/gateway.js';
import type { GuardStreamEvent } from './sse.js';

/** What the server needs from the guard (`src/guard`'s `Guard` fits). */
export interface GatewayGuard {
  respond(request: GuardRequest, signal?: AbortSignal): Promise<GuardOutcome>;
  stream(request: GuardRequest, signal?: AbortSignal): AsyncIterable<GuardStreamEvent>;
  models(): string[];
  /** One turn decided but not stored, for the console's demo chat. */
  preview(request: GuardRequest, signal?: AbortSignal): Promise<GuardOutcome>;
  /** The safe reply when a turn cannot be handled (e.g. the store failed); nothing is stored. */
  unstoredReply(request: GuardRequest, error: unknown): GuardOutcome;
}

/** What the server needs from the store (`src/store`'s `Store` fits). */
export interface GatewayStore
  extends
    KeyLookup,
    ConsoleStore,
    AccountStore,
    FeedStore,
    TurnsStore,
    RatingStore,
    RunsStore,
    DraftsStore {}

export interface AppOptions {
  guard: GatewayGuard;
  store: GatewayStore;
  settings: GatewaySettings;
  auth: AuthMode;
  /** Defaults to a pino logger on stdout at `settings.logLevel`. */
  logger?: Logger;
  /** Throws when the gateway cannot serve (store unreachable); used by `/readyz`. */
  readiness?: () => Promise<void>;
  /** Collect Node process metrics too (one app per process: `tandem serve`). */
  processMetrics?: boolean;
  now?: () => number;
  /** scrypt cost for new password hashes (tests lower it; verifying reads it from the hash). */
  passwordCost?: ScryptCost;
  /** The built console to serve (default `web/dist` of the package). */
  webRoot?: string;
  /** Failed sign-ins allowed per username and per address in 15 minutes (default 5 and 20). */
  loginAttempts?: { perUsername?: number; perAddress?: number };
}

/** Per-request facts for the one log line and the metrics, set by hooks and handlers. */
export interface RequestFacts {
  startedAt: bigint;
  keyId?: string;
  /** The signed-in console account's username. */
  user?: string;
  conversationId?: string;
  action?: string;
  level?: string;
  escalationId?: string;
  upstreamError?: string;
  errorCode?: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    facts: RequestFacts;
  }
  interface FastifyInstance {
    gateway: GatewayContext;
  }
}

/**
 * Turns still running after their client went away (a stream whose reader disconnected keeps
 * going so the turn and any escalation are stored). Shutdown waits for them.
 */
export class TurnTracker {
  private readonly running = new Set<Promise<unknown>>();
  /** Aborted when shutdown gives up waiting: the guard then stops its upstream calls. */
  readonly abort = new AbortController();

  track<T>(turn: Promise<T>): Promise<T> {
    this.running.add(turn);
    const forget = () => this.running.delete(turn);
    turn.then(forget, forget);
    return turn;
  }

  get size(): number {
    return this.running.size;
  }

  async settle(timeoutMs: number): Promise<boolean> {
    if (this.running.size === 0) return true;
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), timeoutMs);
    });
    const all = Promise.allSettled([...this.running]).then(() => true as const);
    const settled = await Promise.race([all, timedOut]);
    clearTimeout(timer);
    if (!settled) this.abort.abort(new Error('shutdown timeout'));
    return settled;
  }
}

export interface GatewayContext {
  guard: GatewayGuard;
  store: GatewayStore;
  settings: GatewaySettings;
  metrics: GatewayMetrics;
  turns: TurnTracker;
  rateLimiter: RateLimiter;
  /** onRequest hook that authenticates for a scope (no-op when auth is off). */
  requireScope(scope: KeyScope): (request: FastifyRequest, reply: FastifyReply) => Promise<void>;
  /**
   * onRequest hook for the console routes: a console-scope API key, or a session whose role may
   * read (GET) or change (anything else, with the CSRF token) the console.
   */
  requireConsole: (request: FastifyRequest) => Promise<void>;
  /** onRequest hook: a session (CSRF token on changes) whose role has `permission`. */
  requireSignedIn(
    permission?: Permission,
  ): (request: FastifyRequest, reply: FastifyReply) => Promise<void>;
  /**
   * onRequest hook for evaluation reports (read only): a console-scope API key, or a session whose
   * role may read reports.
   */
  requireReports: (request: FastifyRequest) => Promise<void>;
  sessions: ConsoleSessions;
  loginThrottle: LoginThrottle;
  passwords: { cost: ScryptCost; dummy: DummyHash };
  now: () => number;
  /** Whether the app is draining (readiness fails so load balancers stop sending traffic). */
  closing: boolean;
  readiness: () => Promise<void>;
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { settings } = options;
  const logger = options.logger ?? createLogger(settings.logLevel);
  const app = Fastify({
    loggerInstance: logger as FastifyBaseLogger,
    // One line per request is written in onResponse, with the guard's decision and no content.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: settings.limits.bodyBytes,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w.:-]{1,128}$/.test(given) ? given : newRequestId();
    },
    requestIdHeader: false,
    return503OnClosing: true,
    forceCloseConnections: 'idle',
    routerOptions: { ignoreTrailingSlash: true },
  });

  const metrics = new GatewayMetrics({ processMetrics: options.processMetrics ?? false });
  const now = options.now ?? Date.now;
  const authenticator = new KeyAuthenticator(
    options.store,
    options.now ? { now: options.now } : {},
  );
  const authenticateKey = async (request: FastifyRequest, scope: KeyScope) => {
    const result = await authenticator.authenticate(request.headers.authorization, scope);
    if (!result.ok) {
      metrics.observeAuthFailure();
      throw new HttpError(
        result.status,
        result.status === 401 ? 'authentication_error' : 'permission_error',
        result.code,
        result.message,
      );
    }
    request.facts.keyId = result.key.id;
    request.apiKey = result.key;
  };
  const sessions = new ConsoleSessions(options.store, {
    now,
    secureCookies: settings.secureCookies ?? false,
  });
  // Accounts are never deleted: once one exists, the answer stays true without asking again.
  let accountsSeen = false;
  const accountsExist = async () => (accountsSeen ||= await options.store.hasUsers());
  const passwordCost = options.passwordCost ?? DEFAULT_SCRYPT_COST;
  /**
   * A console-scope API key, or a session that `authorize` accepts. A bearer header means an API
   * client; a browser's session cookie is used only without one.
   */
  const keyOrSession = async (
    request: FastifyRequest,
    authorize: (request: FastifyRequest, signedIn: SignedIn) => void,
  ): Promise<void> => {
    if (request.headers.authorization === undefined) {
      const signedIn = await sessions.resume(request);
      if (signedIn) {
        request.facts.user = signedIn.user.username;
        authorize(request, signedIn);
        request.consoleSession = signedIn;
        return;
      }
    }
    // Auth off: the console is open until the first account exists, then it needs a sign-in.
    if (options.auth === 'open' && !(await accountsExist())) return;
    await authenticateKey(request, 'console');
  };
  const context: GatewayContext = {
    now,
    sessions,
    loginThrottle: new LoginThrottle({ now, ...options.loginAttempts }),
    passwords: { cost: passwordCost, dummy: new DummyHash(passwordCost) },
    requireConsole: (request) => keyOrSession(request, authorizeConsole),
    requireReports: (request) =>
      keyOrSession(request, (_request, signedIn) => {
        if (!ROLE_PERMISSIONS[signedIn.user.role].readReports)
          throw roleForbidden(signedIn, PERMISSION_WHAT.readReports);
      }),
    requireSignedIn: (permission) => async (request) => {
      const signedIn = await sessions.resume(request);
      if (!signedIn) throw notSignedIn();
      request.facts.user = signedIn.user.username;
      if (isStateChanging(request.method)) checkCsrf(request, signedIn);
      if (permission && !ROLE_PERMISSIONS[signedIn.user.role][permission]) {
        throw roleForbidden(signedIn, PERMISSION_WHAT[permission]);
      }
      request.consoleSession = signedIn;
    },
    guard: options.guard,
    store: options.store,
    settings,
    metrics,
    turns: new TurnTracker(),
    rateLimiter: new RateLimiter(options.now),
    closing: false,
    readiness: options.readiness ?? (async () => {}),
    requireScope: (scope) => async (request) => {
      if (options.auth === 'open') return;
      await authenticateKey(request, scope);
    },
  };
  // JSON only: a text/plain body would otherwise reach the routes as a string.
  app.removeContentTypeParser('text/plain');
  app.decorate('gateway', context);
  app.decorateRequest('facts', null as unknown as RequestFacts);
  app.decorateRequest('apiKey', undefined);
  app.decorateRequest('consoleSession', undefined);

  app.addHook('onRequest', async (request, reply) => {
    request.facts = { startedAt: process.hrtime.bigint() };
    reply.header('x-request-id', request.id);
  });

  app.addHook('onResponse', async (request, reply) => {
    // Replies Fastify sends before any hook ran (503 while closing) have no facts yet.
    const facts = request.facts ?? { startedAt: process.hrtime.bigint() };
    const seconds = Number(process.hrtime.bigint() - facts.startedAt) / 1e9;
    const route = request.routeOptions.url ?? 'unmatched';
    metrics.observeRequest(route, request.method, reply.statusCode, seconds);
    request.log.info(
      {
        req: request,
        status: reply.statusCode,
        ms: Math.round(seconds * 10_000) / 10,
        ...(facts.keyId ? { key: facts.keyId } : {}),
        ...(facts.user ? { user: facts.user } : {}),
        ...(facts.conversationId ? { conversation: facts.conversationId } : {}),
        ...(facts.action ? { action: facts.action } : {}),
        ...(facts.level ? { risk: facts.level } : {}),
        ...(facts.escalationId ? { escalation: facts.escalationId } : {}),
        ...(facts.upstreamError ? { upstreamError: facts.upstreamError } : {}),
        ...(facts.errorCode ? { error: facts.errorCode } : {}),
      },
      'request',
    );
  });

  app.setErrorHandler(async (error, request, reply) => {
    const http = toHttpError(error, settings.limits.bodyBytes);
    if (request.facts) request.facts.errorCode = http.code;
    if (http.status >= 500) {
      request.log.error({ err: error }, 'request failed');
    }
    for (const [name, value] of Object.entries(http.headers)) reply.header(name, value);
    return reply.status(http.status).send(http.body());
  });

  app.setNotFoundHandler(async (request, reply) => {
    const http = new HttpError(
      404,
      'not_found_error',
      'not_found',
      `no route ${request.method} ${request.url.split('?', 1)[0]}; see docs/api.md`,
    );
    if (request.facts) request.facts.errorCode = http.code;
    return reply.status(404).send(http.body());
  });

  // Draining: replies tell keep-alive clients to go, and connections that fall idle after their
  // last reply are closed promptly, so close() ends when the last in-flight reply has been sent.
  let idleSweep: NodeJS.Timeout | undefined;
  app.addHook('onSend', async (_request, reply, payload) => {
    if (context.closing) reply.header('connection', 'close');
    return payload;
  });
  app.addHook('preClose', async () => {
    context.closing = true;
    idleSweep = setInterval(() => app.server.closeIdleConnections(), 100);
    idleSweep.unref();
  });
  app.addHook('onClose', async () => {
    await context.turns.settle(settings.shutdownTimeoutMs);
    clearInterval(idleSweep);
  });

  await app.register(adminRoutes);
  await app.register(gatewayRoutes, { prefix: '/v1' });
  await app.register(authRoutes, { prefix: '/api' });
  await app.register(userRoutes, { prefix: '/api' });
  await app.register(consoleRoutes, { prefix: '/api' });
  const { store } = options;
  await app.register(playgroundRoutes, {
    prefix: '/api',
    guard: options.guard,
    authorise: context.requireConsole,
    messageChars: settings.limits.messageChars,
  });
  await app.register(draftRoutes, {
    prefix: '/api',
    store,
    authorise: context.requireConsole,
    actingPerson: (request, given) => actingPerson(request, given, 'by'),
  });
  await app.register(eventRoutes, { prefix: '/api', store, authorise: context.requireConsole });
  await app.register(turnRoutes, { prefix: '/api', store, authorise: context.requireConsole });
  await app.register(runRoutes, { prefix: '/api', store, authorise: context.requireReports });
  await app.register(ratingRoutes, {
    prefix: '/api',
    store,
    asRater: context.requireSignedIn('rate'),
    asAdmin: context.requireSignedIn('manageRating'),
    username: (request) => request.consoleSession?.user.username ?? '',
    mayRate: async (username) =>
      (await store.listUsers()).some(
        (u) => u.username === username && !u.disabled && ROLE_PERMISSIONS[u.role].rate,
      ),
  });
  // Last: the console's pages answer every path the API does not.
  await app.register(webRoutes, options.webRoot ? { root: options.webRoot } : {});
  return app;
}

declare module 'fastify' {
  interface FastifyRequest {
    apiKey?: import('./auth.js').ApiKeyIdentity;
    /** The signed-in console account, when the request came with a session cookie. */
    consoleSession?: SignedIn;
  }
}

/** Whether the session's role may make this console request; changes also need the CSRF token. */
function authorizeConsole(request: FastifyRequest, signedIn: SignedIn): void {
  const permissions = ROLE_PERMISSIONS[signedIn.user.role];
  const changing = isStateChanging(request.method);
  if (!permissions.readConsole) throw roleForbidden(signedIn, PERMISSION_WHAT.readConsole);
  if (changing && !permissions.writeConsole)
    throw roleForbidden(signedIn, PERMISSION_WHAT.writeConsole);
  if (changing) checkCsrf(request, signedIn);
}

function roleForbidden(signedIn: SignedIn, what: string): HttpError {
  return new HttpError(
    403,
    'permission_error',
    'role_forbidden',
    `the ${signedIn.user.role} role may not ${what}`,
  );
}

let requestCounter = 0;
const processTag = Math.floor(Math.random() * 0xffffff)
  .toString(36)
  .padStart(5, '0');

/** Cheap, unique within the process and distinguishable across replicas. */
function newRequestId(): string {
  requestCounter = (requestCounter + 1) % Number.MAX_SAFE_INTEGER;
  return `req-${processTag}-${requestCounter.toString(36)}`;
}

/** Registers 405 answers for the methods a path does not take, with the `Allow` header. */
export function methodNotAllowed(app: FastifyInstance, url: string, allowed: string[]): void {
  const path = `${app.prefix}${url}`;
  const all = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;
  const withHead = allowed.includes('GET') ? [...allowed, 'HEAD'] : allowed;
  const others = all.filter((m) => !withHead.includes(m));
  app.route({
    method: others,
    url,
    handler: async (request, reply) => {
      request.facts.errorCode = 'method_not_allowed';
      reply.header('allow', allowed.join(', '));
      return reply
        .status(405)
        .send(
          new HttpError(
            405,
            'invalid_request_error',
            'method_not_allowed',
            `${request.method} is not allowed on ${path}; use ${allowed.join(' or ')}`,
          ).body(),
        );
    },
  });
}
