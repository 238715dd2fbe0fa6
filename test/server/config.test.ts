import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/cli/config.js';
import { isTandemError } from '../../src/core/index.js';
import { decideAuth, isLoopbackHost, resolveGatewaySettings } from '../../src/server/config.js';

const dir = mkdtempSync(join(tmpdir(), 'tandem-gateway-config-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function configFile(yaml: string): string {
  const file = join(dir, `c${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(file, yaml);
  return file;
}

describe('gateway: section of tandem.config.yaml', () => {
  it('accepts a full section and fills defaults', () => {
    const file = configFile(`
gateway:
  host: 0.0.0.0
  port: 9000
  policy: policies/clinic.yaml
  upstream:
    default: openai:llama3.1
    routes:
      gpt-4o: openai:gpt-4o-mini
      claude: anthropic:claude-sonnet-4-5
  area: institutional
  locale: de-DE
  auth: true
  limits: { bodyBytes: 65536, messageChars: 8000, messages: 100, ratePerMinute: 120 }
  shutdownTimeoutMs: 5000
  webhooks:
    - url: https://hooks.example.org/tandem
      secretEnv: TANDEM_WEBHOOK_SECRET
`);
    const config = loadConfig(file);
    expect(config.gateway?.upstream?.routes).toEqual({
      'gpt-4o': 'openai:gpt-4o-mini',
      claude: 'anthropic:claude-sonnet-4-5',
    });
    expect(resolveGatewaySettings(config.gateway, { port: 1234 })).toEqual({
      host: '0.0.0.0',
      port: 1234,
      area: 'institutional',
      locale: 'de-DE',
      limits: { bodyBytes: 65536, messageChars: 8000, messages: 100, ratePerMinute: 120 },
      shutdownTimeoutMs: 5000,
      logLevel: 'info',
    });
    expect(resolveGatewaySettings()).toMatchObject({
      host: '127.0.0.1',
      port: 8787,
      limits: { bodyBytes: 1_048_576, messageChars: 32_000 },
    });
  });

  it.each([
    ['gateway:\n  limits:\n    bodyBytes: 10\n', 'gateway.limits.bodyBytes'],
    ['gateway:\n  port: http\n', 'gateway.port'],
    ['gateway:\n  area: clinic\n', 'gateway.area'],
    ['gateway:\n  upstream:\n    default: "Not A Spec"\n', 'gateway.upstream.default'],
    ['gateway:\n  webhooks:\n    - url: not-a-url\n', 'gateway.webhooks.0.url'],
    [
      'gateway:\n  webhooks:\n    - url: https://x.example\n      secret: inline\n',
      'gateway.webhooks.0',
    ],
    ['gateway:\n  auth: maybe\n', 'gateway.auth'],
    ['gateway:\n  colour: blue\n', 'gateway'],
  ])('rejects %j naming the file and %s', (yaml, field) => {
    const file = configFile(yaml);
    try {
      loadConfig(file);
      expect.unreachable('should have thrown');
    } catch (error) {
      expect(isTandemError(error, 'CONFIG_INVALID')).toBe(true);
      expect((error as Error).message).toContain(`${file}: ${field}`);
    }
  });
});

describe('decideAuth', () => {
  it('requires keys once one exists, unless auth is explicitly false', () => {
    expect(decideAuth(undefined, true, '0.0.0.0')).toEqual({ mode: 'keys' });
    expect(decideAuth(true, true, '127.0.0.1')).toEqual({ mode: 'keys' });
    expect(decideAuth(false, true, '127.0.0.1')).toMatchObject({
      mode: 'open',
      warning: expect.stringContaining('AUTH IS OFF'),
    });
  });

  it('runs open on loopback when no key exists, with a warning; refuses to run open on the network', () => {
    expect(decideAuth(undefined, false, '127.0.0.1')).toMatchObject({
      mode: 'open',
      warning: expect.stringContaining('tandem keys create'),
    });
    const refused = decideAuth(undefined, false, '0.0.0.0');
    expect(refused.refuse).toContain('tandem keys create');
    expect(decideAuth(false, false, '0.0.0.0')).toMatchObject({
      mode: 'open',
      warning: expect.stringContaining('0.0.0.0'),
    });
    expect(decideAuth(true, false, '127.0.0.1')).toMatchObject({
      mode: 'keys',
      warning: expect.stringContaining('401'),
    });
  });

  it('knows loopback addresses', () => {
    for (const host of ['127.0.0.1', '127.1.2.3', 'localhost', '::1'])
      expect(isLoopbackHost(host)).toBe(true);
    for (const host of ['0.0.0.0', '::', '10.0.0.5', 'example.org'])
      expect(isLoopbackHost(host)).toBe(false);
  });
});
