/**
 * JSON over HTTP for the OpenAI-compatible adapter, on `node:http(s)` with one keep-alive agent
 * per provider. The gateway makes one upstream call per turn, so this call's cost is part of
 * every turn's overhead: measured against a local fake (docs/gateway.md), the official SDK over
 * `fetch` took 0.5 ms at p50 and 4.5 ms at p99 per call, this path 0.2 ms and 0.6 ms. Errors come
 * out as the typed failures of `failures.ts`, so the resilience wrapper treats them like any
 * other adapter's.
 */
import http, { type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import https from 'node:https';
import { isTandemError } from '../core/index.js';
import {
  abortedFailure,
  httpFailure,
  malformedFailure,
  networkFailure,
  type HeaderLookup,
} from './failures.js';

/** A whole reply larger than this is not a chat completion; reading stops there. */
const MAX_BODY_BYTES = 16 * 1024 * 1024;
/** An error body is read only for its message. */
const MAX_ERROR_BODY_BYTES = 64 * 1024;

export class HttpJsonClient {
  readonly #provider: string;
  readonly #base: URL;
  readonly #agent: http.Agent;
  readonly #request: typeof http.request;
  readonly #headers: Record<string, string>;

  /**
   * @param provider the provider id named in every error
   * @param baseUrl e.g. `http://127.0.0.1:11434/v1`; request paths are appended to it
   * @param headers sent with every request (authorisation, say)
   */
  constructor(provider: string, baseUrl: string, headers: Record<string, string>) {
    this.#provider = provider;
    this.#base = new URL(baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`);
    const secure = this.#base.protocol === 'https:';
    if (!secure && this.#base.protocol !== 'http:') {
      throw new TypeError(`${provider}: base URL ${baseUrl} is not http:// or https://`);
    }
    // LIFO reuses the most recently used socket, leaving the rest to time out when load falls.
    const agentOptions = { keepAlive: true, scheduling: 'lifo' as const };
    this.#agent = secure ? new https.Agent(agentOptions) : new http.Agent(agentOptions);
    this.#request = secure ? https.request : http.request;
    this.#headers = headers;
  }

  /**
   * POSTs `body` as JSON to `path` (relative to the base URL) and resolves with the response once
   * its headers have arrived with a 2xx status. A non-2xx status becomes `PROVIDER_HTTP` with the
   * server's own message and its Retry-After; a socket failure `PROVIDER_NETWORK`; an abort
   * `PROVIDER_ABORTED`.
   */
  post(path: string, body: unknown, signal?: AbortSignal): Promise<IncomingMessage> {
    if (signal?.aborted) return Promise.reject(abortedFailure(this.#provider));
    const url = new URL(path, this.#base);
    const payload = Buffer.from(JSON.stringify(body));
    return new Promise<IncomingMessage>((resolve, reject) => {
      const request = this.#request(url, {
        method: 'POST',
        agent: this.#agent,
        headers: {
          ...this.#headers,
          'content-type': 'application/json',
          'content-length': payload.length,
        },
        ...(signal ? { signal } : {}),
      });
      request.on('error', (error) => {
        reject(
          signal?.aborted ? abortedFailure(this.#provider) : networkFailure(this.#provider, error),
        );
      });
      request.on('response', (response) => {
        const status = response.statusCode ?? 0;
        if (status >= 200 && status < 300) {
          resolve(response);
          return;
        }
        readText(this.#provider, response, MAX_ERROR_BODY_BYTES, signal, true).then(
          (text) =>
            reject(
              httpFailure(
                this.#provider,
                status,
                serverMessage(text, response),
                headerLookup(response.headers),
              ),
            ),
          reject,
        );
      });
      request.end(payload);
    });
  }

  /** POSTs and parses the whole JSON reply (`PROVIDER_MALFORMED` when it is not JSON). */
  async postForJson(path: string, body: unknown, signal?: AbortSignal): Promise<unknown> {
    const response = await this.post(path, body, signal);
    const text = await readText(this.#provider, response, MAX_BODY_BYTES, signal);
    try {
      return JSON.parse(text) as unknown;
    } catch (error) {
      throw malformedFailure(
        this.#provider,
        `the body is not JSON (${(error as Error).message}; it starts ${JSON.stringify(text.slice(0, 60))})`,
        error,
      );
    }
  }

  /** Closes the idle keep-alive sockets. */
  close(): void {
    this.#agent.destroy();
  }
}

/**
 * The body as text, at most `limit` bytes. With `truncate` a longer body is cut there (for error
 * messages); otherwise it is `PROVIDER_MALFORMED`.
 */
export async function readText(
  provider: string,
  response: IncomingMessage,
  limit: number,
  signal?: AbortSignal,
  truncate = false,
): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of response as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > limit) {
        if (truncate) {
          chunks.push(chunk.subarray(0, chunk.length - (size - limit)));
          response.destroy();
          break;
        }
        response.destroy();
        throw malformedFailure(provider, `the body is larger than ${limit} bytes`);
      }
      chunks.push(chunk);
    }
  } catch (error) {
    if (signal?.aborted) throw abortedFailure(provider);
    if (isTandemError(error)) throw error;
    throw networkFailure(provider, error);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** `error.message` of an OpenAI-style error body, else the body, else the status text. */
function serverMessage(text: string, response: IncomingMessage): string {
  try {
    const parsed = JSON.parse(text) as {
      error?: { message?: unknown } | string;
      message?: unknown;
    };
    if (typeof parsed.error === 'string') return parsed.error;
    if (typeof parsed.error?.message === 'string') return parsed.error.message;
    if (typeof parsed.message === 'string') return parsed.message;
  } catch {
    // Not JSON: the text itself is the best message there is.
  }
  return text.trim() !== '' ? text : (response.statusMessage ?? 'no message');
}

export function headerLookup(headers: IncomingHttpHeaders): HeaderLookup {
  return {
    get(name) {
      const value = headers[name.toLowerCase()];
      if (value === undefined) return null;
      return Array.isArray(value) ? value.join(', ') : value;
    },
  };
}
