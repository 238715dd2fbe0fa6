/**
 * `tandem serve` as a user runs it (the built CLI in a child process): start-up output, refusal
 * of unsafe or broken configurations, and graceful shutdown on SIGTERM in the middle of a slow
 * upstream call — the reply must arrive and the turn must be stored.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Store } from '../../src/store/index.js';
import { startFakeOpenAI, type FakeLlmServer } from '../helpers/fake-llm-servers.js';
import { runCli, startCli } from '../helpers/cli.js';

async function waitFor<T>(probe: () => T | undefined, timeoutMs = 60_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() - started > timeoutMs) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function serve(cwd: string, args: string[] = [], env: Record<string, string> = {}) {
  let stderr = '';
  const run = startCli(['serve', '--port', '0', ...args], { cwd, env });
  run.child.stderr?.on('data', (d: string) => (stderr += d));
  const url = waitFor(() => /listening on (http:\/\/\S+)/.exec(stderr)?.[1]);
  return { ...run, url, stderr: () => stderr };
}

describe('tandem serve', () => {
  let dir: string;
  let upstream: FakeLlmServer;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tandem-serve-'));
    upstream = await startFakeOpenAI({ defaultDelayMs: 2_500 });
  });
  afterAll(async () => {
    await upstream.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('on a fresh machine: listens on 127.0.0.1 without auth, says so loudly, prints a curl line', async () => {
    const cwd = join(dir, 'fresh');
    mkdirSync(cwd);
    const server = serve(cwd, [], { NODE_OPTIONS: '' });
    const url = await server.url;
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.stderr()).toContain('AUTH IS OFF');
    expect(server.stderr()).toContain(`curl -s ${url}/v1/chat/completions`);
    // Started without a young-generation size, it says how to get the triage's latency.
    await waitFor(() => (server.stderr().includes('--max-semi-space-size=64') ? true : undefined));
    const res = await fetch(`${url}/v1/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        model: 'tandem',
        messages: [{ role: 'user', content: 'hi, rough week' }],
      }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-tandem-action')).toBe('pass');
    server.child.kill('SIGTERM');
    const result = await server.done;
    expect(result.code).toBe(0);
    // stdout is the JSON log stream only.
    for (const line of result.stdout.split('\n').filter(Boolean))
      expect(() => JSON.parse(line)).not.toThrow();
    expect(result.stdout).not.toContain('rough week');
  });

  it('SIGTERM during a slow upstream call: the reply arrives, the turn is stored, exit 0', async () => {
    const cwd = join(dir, 'slow');
    mkdirSync(cwd);
    writeFileSync(
      join(cwd, 'tandem.config.yaml'),
      [
        'providers:',
        `  openai: { baseUrl: "${upstream.baseUrl}", maxRetries: 0, timeoutMs: 20000 }`,
        'gateway:',
        '  upstream: { default: "openai:fake-model" }',
        '  shutdownTimeoutMs: 20000',
        '',
      ].join('\n'),
    );
    const server = serve(cwd, [], { NODE_OPTIONS: '--max-semi-space-size=64' });
    const url = await server.url;
    const before = upstream.requests.length;
    const reply = fetch(`${url}/v1/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-tandem-conversation-id': 'slow-1' },
      body: JSON.stringify({
        model: 'fake-model',
        messages: [{ role: 'user', content: 'long day, what should i cook tonight?' }],
      }),
    });
    await waitFor(() => (upstream.requests.length > before ? true : undefined));
    server.child.kill('SIGTERM');
    const res = await reply;
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      choices: Array<{ message: { content: string } }>;
      tandem: { action: string };
    };
    expect(body.choices[0]?.message.content).toMatch(/^default reply \d+$/);
    const result = await server.done;
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('gateway stopped');
    // Started with one (as `npm start` does), it gives no latency hint.
    expect(result.stderr).toContain('listening on');
    expect(result.stderr).not.toContain('latency:');

    const store = await Store.open(join(cwd, '.tandem', 'tandem.db'));
    try {
      const messages = await store.conversationMessages('slow-1');
      expect(messages.map((m) => m.role)).toEqual(['user', 'assistant']);
      expect(messages[1]?.content).toBe(body.choices[0]?.message.content);
    } finally {
      await store.close();
    }
  });

  it('refuses to run open on a network address when no key exists (exit 2, says what to do)', async () => {
    const result = await runCli(['serve', '--host', '0.0.0.0', '--port', '0'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('CONFIG_INVALID');
    expect(result.stderr).toContain('tandem keys create');
  });

  it('a port in use is a clear error (exit 2), not a stack trace', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as AddressInfo;
    try {
      const result = await runCli(['serve', '--port', String(port)], { cwd: dir });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('EADDRINUSE');
      expect(result.stderr).toContain('--port');
    } finally {
      blocker.close();
    }
  });

  it('a bad gateway section names the file and the field (exit 2)', async () => {
    const file = join(dir, 'bad.yaml');
    writeFileSync(file, 'gateway:\n  limits:\n    messageChars: -3\n');
    const result = await runCli(['serve', '--config', file], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${file}: gateway.limits.messageChars`);
  });
});
