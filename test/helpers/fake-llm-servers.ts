/**
 * Scriptable fake LLM servers for tests: an OpenAI-compatible `POST /v1/chat/completions` and an
 * Anthropic `POST /v1/messages`, on 127.0.0.1 with an ephemeral port. Each test queues the
 * answers or faults it needs; every request is recorded, and the number of requests in flight is
 * tracked so concurrency limits can be checked from the server's side.
 */
import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type FakeStep =
  /** Answer with a JSON body. */
  | {
      kind: 'json';
      status?: number;
      body: unknown;
      headers?: Record<string, string>;
      delayMs?: number;
    }
  /** Answer with a raw body, e.g. broken JSON. */
  | {
      kind: 'raw';
      status?: number;
      body: string;
      contentType?: string;
      headers?: Record<string, string>;
      delayMs?: number;
    }
  /** Drop the connection without answering (the client sees ECONNRESET / "socket hang up"). */
  | { kind: 'reset' }
  /** Never answer; the client must give up (timeout or abort). */
  | { kind: 'hang' };

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: unknown;
  /** In-flight requests when this one arrived, itself included. */
  inFlightOnArrival: number;
}

export interface FakeLlmServer {
  /** What to pass as the SDK's base URL. */
  readonly baseUrl: string;
  readonly requests: RecordedRequest[];
  readonly inFlight: number;
  readonly maxInFlight: number;
  /** Queue answers, used in order; when the queue is empty the default success answer is sent. */
  enqueue(...steps: FakeStep[]): void;
  close(): Promise<void>;
}

type Flavour = 'openai' | 'anthropic';
/** A JSON answer; builders return this so tests can add `delayMs` or headers. */
export type JsonStep = Extract<FakeStep, { kind: 'json' }>;

export function openaiReply(
  text: string,
  usage: { prompt_tokens: number; completion_tokens: number } = {
    prompt_tokens: 11,
    completion_tokens: 7,
  },
  model = 'fake-model-2024',
): JsonStep {
  return {
    kind: 'json',
    body: {
      id: 'chatcmpl-fake',
      object: 'chat.completion',
      created: 1_700_000_000,
      model,
      choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content: text } }],
      usage: { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens },
    },
  };
}

export function anthropicReply(
  text: string,
  usage: { input_tokens: number; output_tokens: number } = { input_tokens: 13, output_tokens: 5 },
  model = 'claude-fake-1',
): JsonStep {
  return {
    kind: 'json',
    body: {
      id: 'msg_fake',
      type: 'message',
      role: 'assistant',
      model,
      content: [{ type: 'text', text }],
      stop_reason: 'end_turn',
      stop_sequence: null,
      usage,
    },
  };
}

export function httpError(
  status: number,
  headers: Record<string, string> = {},
  message = `fake error ${status}`,
): JsonStep {
  return { kind: 'json', status, headers, body: { error: { type: 'fake_error', message } } };
}

export interface FakeServerOptions {
  /** Delay of the default success answer, to keep requests in flight (e.g. to kill a run mid-way). */
  defaultDelayMs?: number;
}

function startFake(flavour: Flavour, options: FakeServerOptions = {}): Promise<FakeLlmServer> {
  const route = flavour === 'openai' ? '/v1/chat/completions' : '/v1/messages';
  const queue: FakeStep[] = [];
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  let inFlight = 0;
  let maxInFlight = 0;
  let served = 0;

  const defaultStep = (): FakeStep => {
    served++;
    const step =
      flavour === 'openai'
        ? openaiReply(`default reply ${served}`)
        : anthropicReply(`default reply ${served}`);
    return options.defaultDelayMs ? { ...step, delayMs: options.defaultDelayMs } : step;
  };

  const send = (
    res: ServerResponse,
    step: Exclude<FakeStep, { kind: 'reset' } | { kind: 'hang' }>,
  ) => {
    const body = step.kind === 'json' ? JSON.stringify(step.body) : step.body;
    const contentType =
      step.kind === 'json' ? 'application/json' : (step.contentType ?? 'application/json');
    res.writeHead(step.status ?? 200, { 'content-type': contentType, ...step.headers });
    res.end(body);
  };

  const handle = (req: IncomingMessage, res: ServerResponse, raw: string) => {
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    let settled = false;
    const done = () => {
      if (!settled) {
        settled = true;
        inFlight--;
      }
    };
    res.on('close', done);
    let body: unknown = raw;
    try {
      body = JSON.parse(raw);
    } catch {
      // keep the raw text: a test may want to see it
    }
    requests.push({
      method: req.method ?? '',
      path: req.url ?? '',
      headers: req.headers,
      body,
      inFlightOnArrival: inFlight,
    });
    if (req.method !== 'POST' || req.url !== route) {
      send(res, {
        kind: 'json',
        status: 404,
        body: { error: { message: `no route ${req.method} ${req.url}` } },
      });
      return;
    }
    const step = queue.shift() ?? defaultStep();
    if (step.kind === 'hang') return;
    if (step.kind === 'reset') {
      req.socket.destroy();
      done();
      return;
    }
    if (step.delayMs) setTimeout(() => send(res, step), step.delayMs);
    else send(res, step);
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => handle(req, res, Buffer.concat(chunks).toString('utf8')));
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      const origin = `http://127.0.0.1:${port}`;
      resolve({
        baseUrl: flavour === 'openai' ? `${origin}/v1` : origin,
        requests,
        get inFlight() {
          return inFlight;
        },
        get maxInFlight() {
          return maxInFlight;
        },
        enqueue: (...steps) => {
          queue.push(...steps);
        },
        close: () =>
          new Promise<void>((done) => {
            for (const socket of sockets) socket.destroy();
            server.close(() => done());
          }),
      });
    });
  });
}

export function startFakeOpenAI(options?: FakeServerOptions): Promise<FakeLlmServer> {
  return startFake('openai', options);
}

export function startFakeAnthropic(options?: FakeServerOptions): Promise<FakeLlmServer> {
  return startFake('anthropic', options);
}
