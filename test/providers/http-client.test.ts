import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { HttpJsonClient } from '../../src/providers/http-client.js';
import { failure } from '../helpers/failure.js';

type Handler = (request: IncomingMessage, response: ServerResponse, body: string) => void;

let server: Server | undefined;
let connections = 0;

async function serve(handler: Handler): Promise<string> {
  connections = 0;
  server = createServer((request, response) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (piece: string) => (body += piece));
    request.on('end', () => handler(request, response, body));
  });
  server.on('connection', () => connections++);
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
}

afterEach(async () => {
  server?.closeAllConnections();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

describe('HttpJsonClient', () => {
  it('posts JSON with the given headers under the base path and parses the answer', async () => {
    let seen: { path?: string; auth?: string; type?: string; body?: unknown } = {};
    const base = await serve((request, response, body) => {
      seen = {
        path: request.url,
        auth: request.headers.authorization,
        type: request.headers['content-type'],
        body: JSON.parse(body),
      };
      response.setHeader('content-type', 'application/json');
      response.end('{"ok":true,"text":"ça va ✓"}');
    });
    const client = new HttpJsonClient('openai:test', base, { authorization: 'Bearer k' });
    expect(await client.postForJson('chat/completions', { a: 1 })).toEqual({
      ok: true,
      text: 'ça va ✓',
    });
    expect(seen).toEqual({
      path: '/v1/chat/completions',
      auth: 'Bearer k',
      type: 'application/json',
      body: { a: 1 },
    });
    client.close();
  });

  it('keeps the connection alive between calls', async () => {
    const base = await serve((_request, response) => response.end('{}'));
    const client = new HttpJsonClient('openai:test', base, {});
    for (let i = 0; i < 5; i++) await client.postForJson('x', {});
    expect(connections).toBe(1);
    client.close();
  });

  it("names the server's message, from JSON or plain text, with the status", async () => {
    let answer = '{"error":{"message":"model not loaded"}}';
    const base = await serve((_request, response) => {
      response.statusCode = 404;
      response.end(answer);
    });
    const client = new HttpJsonClient('openai:test', base, {});
    const fromJson = await failure(client.postForJson('x', {}));
    expect(fromJson.code).toBe('PROVIDER_HTTP');
    expect(fromJson.details).toMatchObject({ status: 404, retryable: false });
    expect(fromJson.message).toMatch(/model not loaded/);
    answer = 'no such route';
    expect((await failure(client.postForJson('x', {}))).message).toMatch(/no such route/);
    client.close();
  });

  it('reads Retry-After from a 429 and marks it retryable', async () => {
    const base = await serve((_request, response) => {
      response.statusCode = 429;
      response.setHeader('retry-after', '3');
      response.end('{"error":{"message":"slow down"}}');
    });
    const client = new HttpJsonClient('openai:test', base, {});
    const error = await failure(client.postForJson('x', {}));
    expect(error.details).toMatchObject({ status: 429, retryable: true, retryAfterMs: 3000 });
    client.close();
  });

  it('calls a body that is not JSON malformed, quoting its start', async () => {
    const base = await serve((_request, response) => response.end('<html>Bad gateway</html>'));
    const client = new HttpJsonClient('openai:test', base, {});
    const error = await failure(client.postForJson('x', {}));
    expect(error.code).toBe('PROVIDER_MALFORMED');
    expect(error.message).toMatch(/<html>Bad gateway/);
    client.close();
  });

  it('reports a refused connection as a retryable network failure', async () => {
    const base = await serve((_request, response) => response.end('{}'));
    server!.close();
    await new Promise((resolve) => setTimeout(resolve, 20));
    const client = new HttpJsonClient('openai:test', base, {});
    const error = await failure(client.postForJson('x', {}));
    expect(error.code).toBe('PROVIDER_NETWORK');
    expect(error.details).toMatchObject({ retryable: true });
    expect(error.message).toMatch(/ECONNREFUSED/);
    client.close();
  });

  it('reports an abort as PROVIDER_ABORTED, before and during a call', async () => {
    const base = await serve(() => undefined);
    const client = new HttpJsonClient('openai:test', base, {});
    const before = new AbortController();
    before.abort();
    expect((await failure(client.postForJson('x', {}, before.signal))).code).toBe(
      'PROVIDER_ABORTED',
    );
    const during = new AbortController();
    const call = client.postForJson('x', {}, during.signal);
    setTimeout(() => during.abort(), 20);
    expect((await failure(call)).code).toBe('PROVIDER_ABORTED');
    client.close();
  });

  it('refuses a base URL that is not http or https', () => {
    expect(() => new HttpJsonClient('openai:test', 'ftp://example.org/v1', {})).toThrow(
      /not http:\/\/ or https:\/\//,
    );
  });
});
