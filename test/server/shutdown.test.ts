import { request as httpRequest } from 'node:http';
import { describe, expect, it } from 'vitest';
import { TurnTracker } from '../../src/server/app.js';
import { ScriptedGuard, sseData, testApp, userTurn } from './helpers.js';

async function until(check: () => boolean, timeoutMs = 10_000): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

function post(url: string, body: unknown): Promise<Response> {
  return fetch(`${url}/v1/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

describe('graceful shutdown', () => {
  it('close() lets an in-flight request and an in-flight stream finish, and refuses new connections', async () => {
    const guard = new ScriptedGuard();
    const t = await testApp(guard);
    const url = await t.app.listen({ port: 0, host: '127.0.0.1' });
    guard.script(
      { response: 'slow but complete', delayMs: 600 },
      {
        response: 'one two three four five six',
        deltas: ['one ', 'two ', 'three ', 'four ', 'five ', 'six'],
        delayMs: 150,
      },
    );
    const plain = post(url, userTurn('hi'));
    await until(() => guard.requests.length === 1);
    const streamed = post(url, userTurn('hi', { stream: true }));
    await until(() => guard.requests.length === 2);

    const closing = t.close();
    await new Promise((resolve) => setTimeout(resolve, 50));
    await expect(post(url, userTurn('too late'))).rejects.toThrow();

    const plainReply = await plain;
    expect(plainReply.status).toBe(200);
    expect(
      ((await plainReply.json()) as { choices: Array<{ message: { content: string } }> }).choices[0]
        ?.message.content,
    ).toBe('slow but complete');
    const streamReply = await streamed;
    const data = sseData(await streamReply.text());
    expect(data.at(-1)).toBe('[DONE]');
    await closing;
    expect(guard.completed).toHaveLength(2);
  });

  it('a client that leaves mid-stream does not cut the turn short: it is drained and counted', async () => {
    const guard = new ScriptedGuard();
    const t = await testApp(guard);
    const url = new URL(await t.app.listen({ port: 0, host: '127.0.0.1' }));
    guard.script({
      response: 'a b c d e f g h',
      deltas: ['a ', 'b ', 'c ', 'd ', 'e ', 'f ', 'g ', 'h'],
      delayMs: 80,
      action: 'amend',
    });
    await new Promise<void>((resolve, reject) => {
      const req = httpRequest(
        {
          host: url.hostname,
          port: url.port,
          path: '/v1/chat/completions',
          method: 'POST',
          headers: { 'content-type': 'application/json' },
        },
        (res) => {
          res.once('data', () => {
            // The person closes the tab after the first bytes.
            req.destroy();
            resolve();
          });
        },
      );
      req.on('error', () => {});
      req.on('close', () => resolve());
      req.end(JSON.stringify(userTurn('hi', { stream: true })));
      setTimeout(() => reject(new Error('no data')), 10_000);
    });
    expect(guard.completed).toHaveLength(0);
    await until(() => guard.completed.length === 1);
    await until(() => t.app.gateway.turns.size === 0);
    const metrics = await t.app.inject({ method: 'GET', url: '/metrics' });
    expect(metrics.body).toContain('tandem_actions_total{action="amend"} 1');
    await t.close();
  });

  it('gives up waiting after the shutdown timeout and aborts what is left', async () => {
    const turns = new TurnTracker();
    void turns.track(new Promise(() => {}));
    const quick = turns.track(new Promise((resolve) => setTimeout(resolve, 10)));
    const started = Date.now();
    expect(await turns.settle(200)).toBe(false);
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
    expect(turns.abort.signal.aborted).toBe(true);
    await quick;
    expect(turns.size).toBe(1);
  });
});
