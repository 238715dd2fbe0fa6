/**
 * Scriptable fake LLM servers for tests: an OpenAI-compatible `POST /v1/chat/completions` and an
 * Anthropic `POST /v1/messages`, on 127.0.0.1 with an ephemeral port. Each test queues the
 * answers or faults it needs; every request is recorded, and the number of requests in flight is
 * tracked so concurrency limits can be checked from the server's side.
 *
 * Streams (`kind: 'stream'`) are written exactly as the real APIs write them: OpenAI's
 * `chat.completion.chunk` server-sent events ending in `data: [DONE]` (with a usage chunk when the
 * request asked for `stream_options.include_usage`), and Anthropic's named events `message_start`,
 * `content_block_start`, `ping`, `content_block_delta`…, `message_stop`. A request with
 * `"stream": true` and nothing queued gets a default streamed reply.
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
  /** Answer with a stream of `chunks` (the reply's text pieces), optionally with a fault. */
  | StreamStep
  /** Drop the connection without answering (the client sees ECONNRESET / "socket hang up"). */
  | { kind: 'reset' }
  /** Never answer; the client must give up (timeout or abort). */
  | { kind: 'hang' };

export interface StreamStep {
  kind: 'stream';
  /** The reply's text, piece by piece: one content delta per piece. */
  chunks: string[];
  /** Wait before each piece (default 0). */
  delayMs?: number;
  /** Drop the socket after sending this many pieces (mid-stream connection reset). */
  resetAfter?: number;
  /** Send broken JSON in place of the piece at this 0-based index, then end the stream. */
  malformedAt?: number;
  /** Stop sending after this many pieces and keep the connection open (an upstream gone idle). */
  stallAfter?: number;
  /** Send the API's error event after this many pieces, then end the stream. */
  errorAfter?: number;
  /** The error type of that event (default `overloaded_error` / `server_error`). */
  errorType?: string;
  /** End the stream cleanly but without its end marker (finish_reason / message_stop). */
  truncated?: boolean;
  model?: string;
  usage?: { input: number; output: number };
}

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: unknown;
  /** In-flight requests when this one arrived, itself included. */
  inFlightOnArrival: number;
  /** The request asked for a stream (`"stream": true`). */
  streamed: boolean;
  /** Stream pieces written so far (0 for a JSON answer). */
  chunksSent: number;
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

/** A streamed reply cut into word pieces, as a model would send it. */
export function streamedReply(
  text: string,
  options: Omit<StreamStep, 'kind' | 'chunks'> = {},
): StreamStep {
  return { kind: 'stream', chunks: text.match(/\S+\s*/g) ?? [text], ...options };
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

  const defaultStep = (streamed: boolean): FakeStep => {
    served++;
    if (streamed) {
      return streamedReply(`default reply ${served}`, { delayMs: options.defaultDelayMs });
    }
    const step =
      flavour === 'openai'
        ? openaiReply(`default reply ${served}`)
        : anthropicReply(`default reply ${served}`);
    return options.defaultDelayMs ? { ...step, delayMs: options.defaultDelayMs } : step;
  };

  const send = (
    res: ServerResponse,
    step: Extract<FakeStep, { kind: 'json' } | { kind: 'raw' }>,
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
    const streamed =
      body !== null && typeof body === 'object' && (body as { stream?: unknown }).stream === true;
    const record: RecordedRequest = {
      method: req.method ?? '',
      path: req.url ?? '',
      headers: req.headers,
      body,
      inFlightOnArrival: inFlight,
      streamed,
      chunksSent: 0,
    };
    requests.push(record);
    if (req.method !== 'POST' || req.url !== route) {
      send(res, {
        kind: 'json',
        status: 404,
        body: { error: { message: `no route ${req.method} ${req.url}` } },
      });
      return;
    }
    const step = queue.shift() ?? defaultStep(streamed);
    if (step.kind === 'hang') return;
    if (step.kind === 'reset') {
      req.socket.destroy();
      done();
      return;
    }
    if (step.kind === 'stream') {
      const events = flavour === 'openai' ? openaiEvents(step, body) : anthropicEvents(step);
      void writeStream(req, res, step, events, record, done);
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

/** One server-sent event, and whether it carries a text piece (counted for the faults). */
interface SseEvent {
  wire: string;
  piece: boolean;
  /** The stream ends after this event (an error event, a malformed piece). */
  ends?: boolean;
}

const sse = (data: string, event?: string): string =>
  `${event ? `event: ${event}\n` : ''}data: ${data}\n\n`;

/** Broken JSON in the shape of the event it replaces: a client must reject it. */
const BROKEN = '{"choices": [{"delta": {"content": "unfinished';

/** Lays out a stream: preamble, one event per piece, ending; with the step's faults put in. */
function arrange(
  step: StreamStep,
  wire: {
    preamble: string[];
    piece: (text: string) => string;
    broken: string;
    error: string;
    ending: string[];
  },
): SseEvent[] {
  const events: SseEvent[] = wire.preamble.map((w) => ({ wire: w, piece: false }));
  const error: SseEvent = { wire: wire.error, piece: false, ends: true };
  step.chunks.forEach((text, index) => {
    if (step.errorAfter === index) events.push(error);
    const broken = step.malformedAt === index;
    events.push({ wire: broken ? wire.broken : wire.piece(text), piece: true, ends: broken });
  });
  if (step.errorAfter === step.chunks.length) events.push(error);
  if (!step.truncated) events.push(...wire.ending.map((w) => ({ wire: w, piece: false })));
  return events;
}

function openaiEvents(step: StreamStep, request: unknown): SseEvent[] {
  const model = step.model ?? 'fake-model-2024';
  const usage = step.usage ?? { input: 11, output: step.chunks.length };
  const base = {
    id: 'chatcmpl-fake',
    object: 'chat.completion.chunk',
    created: 1_700_000_000,
    model,
    system_fingerprint: null,
  };
  const chunk = (delta: object, finish: string | null = null) =>
    sse(
      JSON.stringify({
        ...base,
        choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }],
      }),
    );
  const includeUsage =
    (request as { stream_options?: { include_usage?: unknown } } | null)?.stream_options
      ?.include_usage === true;
  const usageChunk = sse(
    JSON.stringify({
      ...base,
      choices: [],
      usage: {
        prompt_tokens: usage.input,
        completion_tokens: usage.output,
        total_tokens: usage.input + usage.output,
      },
    }),
  );
  return arrange(step, {
    preamble: [chunk({ role: 'assistant', content: '', refusal: null })],
    piece: (text) => chunk({ content: text }),
    broken: sse(BROKEN),
    error: sse(
      JSON.stringify({
        error: {
          message: 'The server had an error while processing your request.',
          type: step.errorType ?? 'server_error',
        },
      }),
    ),
    ending: [chunk({}, 'stop'), ...(includeUsage ? [usageChunk] : []), sse('[DONE]')],
  });
}

function anthropicEvents(step: StreamStep): SseEvent[] {
  const model = step.model ?? 'claude-fake-1';
  const usage = step.usage ?? { input: 13, output: step.chunks.length };
  const event = (type: string, data: object) => sse(JSON.stringify({ type, ...data }), type);
  return arrange(step, {
    preamble: [
      event('message_start', {
        message: {
          id: 'msg_fake',
          type: 'message',
          role: 'assistant',
          content: [],
          model,
          stop_reason: null,
          stop_sequence: null,
          usage: { input_tokens: usage.input, output_tokens: 1 },
        },
      }),
      event('content_block_start', { index: 0, content_block: { type: 'text', text: '' } }),
      event('ping', {}),
    ],
    piece: (text) =>
      event('content_block_delta', { index: 0, delta: { type: 'text_delta', text } }),
    broken: sse(BROKEN, 'content_block_delta'),
    error: sse(
      JSON.stringify({
        type: 'error',
        error: { type: step.errorType ?? 'overloaded_error', message: 'Overloaded' },
      }),
      'error',
    ),
    ending: [
      event('content_block_stop', { index: 0 }),
      event('message_delta', {
        delta: { stop_reason: 'end_turn', stop_sequence: null },
        usage: { output_tokens: usage.output },
      }),
      event('message_stop', {}),
    ],
  });
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Writes a stream's events in order, applying the step's fault; `done` when the answer is over. */
async function writeStream(
  req: IncomingMessage,
  res: ServerResponse,
  step: StreamStep,
  events: SseEvent[],
  record: RecordedRequest,
  done: () => void,
): Promise<void> {
  res.writeHead(200, {
    'content-type': 'text/event-stream',
    'cache-control': 'no-cache',
    connection: 'keep-alive',
  });
  res.flushHeaders();
  for (const event of events) {
    if (res.destroyed) return;
    // A fault "after n pieces" strikes before whatever would follow the n-th piece.
    if (record.chunksSent === step.resetAfter) {
      req.socket.destroy();
      done();
      return;
    }
    if (record.chunksSent === step.stallAfter) return;
    if (event.piece) {
      if (step.delayMs) await wait(step.delayMs);
      if (res.destroyed) return;
      record.chunksSent++;
    }
    // Waiting for each write to reach the socket keeps a later reset from discarding it.
    await new Promise<void>((resolve) => res.write(event.wire, () => resolve()));
    if (event.ends) break;
  }
  res.end();
}

export function startFakeOpenAI(options?: FakeServerOptions): Promise<FakeLlmServer> {
  return startFake('openai', options);
}

export function startFakeAnthropic(options?: FakeServerOptions): Promise<FakeLlmServer> {
  return startFake('anthropic', options);
}
