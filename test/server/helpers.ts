/**
 * Test scaffolding for the gateway: an app over a real store (SQLite in memory) and either the
 * real guard or `ScriptedGuard`, a guard whose outcomes a test decides, so the HTTP layer
 * (formats, limits, auth, logs, streaming mechanics) is tested apart from the pipeline.
 */
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { pino } from 'pino';
import type {
  GuardAction,
  GuardOutcome,
  GuardRequest,
  ProtocolId,
  Triage,
} from '../../src/core/index.js';
import { buildApp, type GatewayGuard } from '../../src/server/app.js';
import type { AuthMode, GatewayConfig } from '../../src/server/config.js';
import { resolveGatewaySettings } from '../../src/server/config.js';
import { loggerOptions } from '../../src/server/logging.js';
import type { GuardStreamEvent } from '../../src/server/sse.js';
import { Store } from '../../src/store/index.js';

export const NO_RISK: Triage = {
  level: 'none',
  cssrs: 0,
  categories: [],
  signals: [],
  confidence: 0.97,
};

export interface Script {
  response?: string;
  action?: GuardAction;
  protocol?: ProtocolId;
  triage?: Triage;
  escalationId?: string;
  failedChecks?: string[];
  upstreamError?: { code: string; message: string };
  /** Milliseconds before the outcome (non-streaming) or between stream events. */
  delayMs?: number;
  /** Deltas to stream (default: the response in word groups). */
  deltas?: string[];
  /** Throw this instead of answering. */
  error?: unknown;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** What the scripted guard answers when the server falls back to `unstoredReply`. */
export const UNSTORED_REPLY = 'It sounds like a lot right now. I am still here with you.';

export class ScriptedGuard implements GatewayGuard {
  readonly requests: GuardRequest[] = [];
  /** Outcomes that reached the end (a stream whose client left still counts once drained). */
  readonly completed: GuardOutcome[] = [];
  private next: Script[] = [];

  constructor(private readonly modelNames: string[] = ['tandem-safe', 'reference']) {}

  script(...scripts: Script[]): void {
    this.next.push(...scripts);
  }

  models(): string[] {
    return this.modelNames;
  }

  unstoredReply(request: GuardRequest): GuardOutcome {
    return this.outcome(request, { action: 'replace', response: UNSTORED_REPLY });
  }

  /** The console's demo chat: the next scripted outcome, as for a real turn. */
  async preview(request: GuardRequest): Promise<GuardOutcome> {
    this.requests.push(request);
    return this.outcome(request, this.next.shift() ?? {});
  }

  private outcome(request: GuardRequest, script: Script): GuardOutcome {
    const action = script.action ?? 'pass';
    return {
      conversationId: request.conversationId ?? 'generated',
      action,
      response: script.response ?? 'That sounds like a lot. What has today been like for you?',
      ...(script.protocol ? { protocol: script.protocol } : {}),
      escalate: script.escalationId !== undefined,
      ...(script.escalationId ? { escalationId: script.escalationId } : {}),
      triage: script.triage ?? NO_RISK,
      conditions: [],
      decision: { action: action === 'human' ? 'pass' : action, escalate: false, reasons: [] },
      checks: (script.failedChecks ?? []).map((name) => ({
        name,
        passed: false,
        severity: 'major' as const,
        findings: [],
      })),
      upstream: {
        provider: 'reference',
        latencyMs: 12,
        ...(script.upstreamError ? { error: script.upstreamError } : {}),
      },
    };
  }

  async respond(request: GuardRequest): Promise<GuardOutcome> {
    this.requests.push(request);
    const script = this.next.shift() ?? {};
    if (script.delayMs) await sleep(script.delayMs);
    if (script.error) throw script.error;
    const outcome = this.outcome(request, script);
    this.completed.push(outcome);
    return outcome;
  }

  async *stream(request: GuardRequest): AsyncGenerator<GuardStreamEvent> {
    this.requests.push(request);
    const script = this.next.shift() ?? {};
    if (script.error) throw script.error;
    const outcome = this.outcome(request, script);
    const deltas = script.deltas ?? outcome.response.match(/(\S+\s*){1,3}/g) ?? [];
    for (const text of deltas) {
      if (script.delayMs) await sleep(script.delayMs);
      yield { type: 'delta', text };
    }
    this.completed.push(outcome);
    yield { type: 'outcome', outcome };
  }
}

/** Captures pino's JSON lines in memory. */
export class LogCapture extends Writable {
  readonly lines: string[] = [];
  override _write(chunk: Buffer, _enc: BufferEncoding, done: () => void): void {
    this.lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    done();
  }
  get text(): string {
    return this.lines.join('\n');
  }
  records(): Array<Record<string, unknown>> {
    return this.lines.map((l) => JSON.parse(l) as Record<string, unknown>);
  }
}

export interface TestApp {
  app: FastifyInstance;
  store: Store;
  logs: LogCapture;
  close(): Promise<void>;
}

export async function testApp(
  guard: GatewayGuard,
  options: {
    auth?: AuthMode;
    config?: GatewayConfig;
    store?: Store;
    now?: () => number;
    readiness?: () => Promise<void>;
    webRoot?: string;
  } = {},
): Promise<TestApp> {
  const store = options.store ?? (await Store.open(':memory:', { encryptionKey: '' }));
  const logs = new LogCapture();
  const app = await buildApp({
    guard,
    store,
    settings: resolveGatewaySettings(options.config ?? {}),
    auth: options.auth ?? 'open',
    logger: pino(loggerOptions('info'), logs),
    ...(options.now ? { now: options.now } : {}),
    ...(options.readiness ? { readiness: options.readiness } : {}),
    ...(options.webRoot ? { webRoot: options.webRoot } : {}),
  });
  return {
    app,
    store,
    logs,
    close: async () => {
      await app.close();
      await store.close();
    },
  };
}

export function userTurn(content: string, extra: Record<string, unknown> = {}) {
  return { model: 'tandem-safe', messages: [{ role: 'user', content }], ...extra };
}

/** Splits an SSE body into its data payloads. */
export function sseData(body: string): string[] {
  return body
    .split('\n\n')
    .filter((block) => block.startsWith('data: '))
    .map((block) => block.slice('data: '.length));
}
