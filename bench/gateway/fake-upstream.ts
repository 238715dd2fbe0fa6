/**
 * A minimal, very fast OpenAI-compatible upstream for the overhead bench: `POST
 * /v1/chat/completions` answers a fixed small reply, whole or as `chat.completion.chunk`
 * server-sent events (`"stream": true`), and `GET /v1/models`. Every answer is serialised once at
 * start-up, so a request costs little more than reading its body: the bench measures the gateway,
 * not this server. Optional `--latency <ms>` holds each answer, as a real model would, and
 * `--jitter <ms>` spreads that hold uniformly over latency ± jitter, so that answers to many
 * connections do not all arrive in the same instant. The spread is not random but the golden-ratio
 * sequence: any run of consecutive requests gets holds spread almost exactly uniformly, so the
 * direct and gateway loads see the same hold times and their percentiles differ by the gateway's
 * cost, not by the luck of the draw.
 *
 * Run alone (prints `fake upstream listening on http://127.0.0.1:<port>/v1`):
 *   npx tsx bench/gateway/fake-upstream.ts [--port 0] [--latency 0] [--jitter 0]
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseCommandArgs } from '../cli-args.js';
import { pathToFileURL } from 'node:url';

/** The fixed reply: short, benign, sentence-shaped (the gateway's checks read sentences). */
export const FAKE_REPLY =
  'That sounds like a full day. A short walk and an early night might help you reset. What would feel good this evening?';
export const FAKE_MODEL = 'bench-upstream-1';

const CREATED = 1_700_000_000;
/** φ − 1: adding it modulo 1 gives the most evenly spread sequence in [0, 1). */
const GOLDEN_RATIO_FRACTION = (Math.sqrt(5) - 1) / 2;

function wholeReply(): Buffer {
  return Buffer.from(
    JSON.stringify({
      id: 'chatcmpl-bench',
      object: 'chat.completion',
      created: CREATED,
      model: FAKE_MODEL,
      choices: [
        {
          index: 0,
          finish_reason: 'stop',
          message: { role: 'assistant', content: FAKE_REPLY },
          logprobs: null,
        },
      ],
      usage: { prompt_tokens: 24, completion_tokens: 26, total_tokens: 50 },
    }),
  );
}

/** The reply as server-sent events, a few words per chunk, as a model streams it. */
function streamedReply(): Buffer[] {
  const base = {
    id: 'chatcmpl-bench',
    object: 'chat.completion.chunk',
    created: CREATED,
    model: FAKE_MODEL,
  };
  const event = (body: object) => Buffer.from(`data: ${JSON.stringify(body)}\n\n`);
  const chunk = (delta: object, finish: string | null = null) =>
    event({ ...base, choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }] });
  const words = FAKE_REPLY.match(/\S+\s*/g) ?? [FAKE_REPLY];
  const pieces: Buffer[] = [chunk({ role: 'assistant', content: '' })];
  for (let i = 0; i < words.length; i += 3)
    pieces.push(chunk({ content: words.slice(i, i + 3).join('') }));
  pieces.push(chunk({}, 'stop'));
  pieces.push(
    event({
      ...base,
      choices: [],
      usage: { prompt_tokens: 24, completion_tokens: 26, total_tokens: 50 },
    }),
  );
  pieces.push(Buffer.from('data: [DONE]\n\n'));
  return pieces;
}

export interface FakeUpstream {
  /** Base URL for an OpenAI client, ending in `/v1`. */
  readonly baseUrl: string;
  readonly server: Server;
  /** Requests answered so far, streamed and not. */
  readonly served: { whole: number; streamed: number };
  close(): Promise<void>;
}

export interface FakeUpstreamOptions {
  port?: number;
  /** Milliseconds to hold each answer (default 0). */
  latencyMs?: number;
  /** Spread of the hold: uniform in latency ± jitter, never below 0 (default 0). */
  jitterMs?: number;
}

export function startFakeUpstream(options: FakeUpstreamOptions = {}): Promise<FakeUpstream> {
  const whole = wholeReply();
  const streamed = streamedReply();
  const models = Buffer.from(
    JSON.stringify({
      object: 'list',
      data: [{ id: FAKE_MODEL, object: 'model', created: CREATED, owned_by: 'bench' }],
    }),
  );
  const latency = options.latencyMs ?? 0;
  const jitter = options.jitterMs ?? 0;
  let spread = 0;
  const hold = () => {
    if (jitter === 0) return latency;
    spread = (spread + GOLDEN_RATIO_FRACTION) % 1;
    return Math.max(0, latency + (spread * 2 - 1) * jitter);
  };
  const served = { whole: 0, streamed: 0 };

  const answer = (res: ServerResponse, stream: boolean) => {
    if (stream) {
      served.streamed++;
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
      for (const piece of streamed) res.write(piece);
      res.end();
    } else {
      served.whole++;
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': whole.length });
      res.end(whole);
    }
  };

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    if (req.method === 'GET' && req.url === '/v1/models') {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': models.length });
      res.end(models);
      return;
    }
    if (req.method !== 'POST' || req.url !== '/v1/chat/completions') {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end('{"error":{"message":"not found","type":"invalid_request_error"}}');
      return;
    }
    const parts: Buffer[] = [];
    req.on('data', (part: Buffer) => parts.push(part));
    req.on('end', () => {
      // A byte search is enough to tell a stream request; the body is ours or the gateway's.
      const stream = /"stream"\s*:\s*true/.test(Buffer.concat(parts).toString('utf8'));
      const ms = hold();
      if (ms > 0) setTimeout(() => answer(res, stream), ms);
      else answer(res, stream);
    });
  });
  // Clients (autocannon, the gateway's HTTP pool) keep connections alive across requests.
  server.keepAliveTimeout = 60_000;

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        baseUrl: `http://127.0.0.1:${port}/v1`,
        server,
        served,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

// Run as its own process (the overhead bench does this, so the upstream has its own event loop).
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseCommandArgs(import.meta.url, {
    options: {
      port: { type: 'string', default: '0' },
      latency: { type: 'string', default: '0' },
      jitter: { type: 'string', default: '0' },
    },
  });
  const upstream = await startFakeUpstream({
    port: Number(values.port),
    latencyMs: Number(values.latency),
    jitterMs: Number(values.jitter),
  });
  process.stdout.write(`fake upstream listening on ${upstream.baseUrl}\n`);
  const stop = () => void upstream.close().then(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
