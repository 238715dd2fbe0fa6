import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ScriptedGuard, testApp, type TestApp } from './helpers.js';

const INDEX = '<!doctype html><html><head><title>Tandem console</title></head><body></body></html>';
const SCRIPT = 'console.log("console");';

function builtConsole(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'tandem-web-'));
  mkdirSync(path.join(root, 'assets'));
  writeFileSync(path.join(root, 'index.html'), INDEX);
  writeFileSync(path.join(root, 'assets', 'index-Bq3xYz12.js'), SCRIPT);
  writeFileSync(path.join(root, 'assets', 'index-C9aa01.css'), 'body{margin:0}');
  writeFileSync(path.join(root, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(path.join(root, '.env'), 'SECRET=1');
  return root;
}

describe('web console routes', () => {
  let t: TestApp;
  let root: string;

  beforeEach(async () => {
    root = builtConsole();
    t = await testApp(new ScriptedGuard(), { webRoot: root });
  });

  afterEach(async () => {
    await t.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('serves index.html at / and for client routes, revalidated and unframeable', async () => {
    for (const url of ['/', '/queue', '/conversations/conv-1', '/setup?x=1', '/login/']) {
      const res = await t.app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type'], url).toBe('text/html; charset=utf-8');
      expect(res.headers['cache-control'], url).toBe('no-cache');
      expect(res.headers['x-frame-options'], url).toBe('DENY');
      expect(res.headers['content-security-policy'], url).toContain("frame-ancestors 'none'");
      expect(res.body, url).toBe(INDEX);
    }
  });

  it('serves hashed assets with their content type and a long immutable cache', async () => {
    const js = await t.app.inject({ method: 'GET', url: '/assets/index-Bq3xYz12.js' });
    expect(js.statusCode).toBe(200);
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(js.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(js.headers['x-content-type-options']).toBe('nosniff');
    expect(js.body).toBe(SCRIPT);

    const css = await t.app.inject({ method: 'GET', url: '/assets/index-C9aa01.css' });
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');

    const icon = await t.app.inject({ method: 'GET', url: '/favicon.svg' });
    expect(icon.statusCode).toBe(200);
    expect(icon.headers['content-type']).toBe('image/svg+xml');
    expect(icon.headers['cache-control']).toBe('no-cache');
  });

  it('answers a matching ETag with 304 and HEAD without a body', async () => {
    const first = await t.app.inject({ method: 'GET', url: '/queue' });
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^W\/"/);
    const again = await t.app.inject({
      method: 'GET',
      url: '/queue',
      headers: { 'if-none-match': etag },
    });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');

    const head = await t.app.inject({ method: 'HEAD', url: '/assets/index-Bq3xYz12.js' });
    expect(head.statusCode).toBe(200);
    expect(head.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(head.body).toBe('');
  });

  it('never answers API paths with the page: they keep the JSON 404', async () => {
    for (const url of ['/api/nope', '/api', '/v1/nope', '/healthz/x', '/metrics/x']) {
      const res = await t.app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(404);
      expect(res.json(), url).toMatchObject({ error: { code: 'not_found' } });
    }
    const health = await t.app.inject({ method: 'GET', url: '/healthz' });
    expect(health.statusCode).toBe(200);
    const models = await t.app.inject({ method: 'GET', url: '/v1/models' });
    expect(models.statusCode).toBe(200);
  });

  it('404s a missing file instead of sending the page as a script', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/assets/index-gone.js' });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/json');
  });

  it('never serves files outside the build or dotfiles', async () => {
    writeFileSync(path.join(path.dirname(root), 'outside-secret.txt'), 'OUTSIDE-CONTENT');
    const outside = `/..%2f${path.basename(root)}%2f..%2foutside-secret.txt`;
    for (const url of [outside, '/%2e%2e/%2e%2e/etc/passwd', '/.env', '/assets/../.env']) {
      const res = await t.app.inject({ method: 'GET', url });
      // Either refused, or the path was clamped inside the build and the page answered.
      if (res.statusCode === 200) expect(res.body, url).toBe(INDEX);
      else expect(res.statusCode, url).toBeGreaterThanOrEqual(400);
      expect(res.body, url).not.toContain('OUTSIDE-CONTENT');
      expect(res.body, url).not.toContain('SECRET=1');
      expect(res.body, url).not.toContain('root:');
    }
    rmSync(path.join(path.dirname(root), 'outside-secret.txt'), { force: true });
    const bad = await t.app.inject({ method: 'GET', url: '/%E0%A4%A' });
    expect(bad.statusCode).toBe(400);
  });
});

describe('web console routes before `npm run build:web`', () => {
  let t: TestApp;
  let root: string;

  beforeEach(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'tandem-web-empty-'));
    t = await testApp(new ScriptedGuard(), { webRoot: root });
  });

  afterEach(async () => {
    await t.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('says how to build it: a page for browsers, the JSON error shape otherwise', async () => {
    const page = await t.app.inject({
      method: 'GET',
      url: '/queue',
      headers: { accept: 'text/html,application/xhtml+xml' },
    });
    expect(page.statusCode).toBe(503);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.body).toContain('npm run build:web');

    const json = await t.app.inject({ method: 'GET', url: '/' });
    expect(json.statusCode).toBe(503);
    expect(json.json()).toMatchObject({
      error: { code: 'console_not_built', type: 'service_unavailable' },
    });
    expect(json.json().error.message).toContain('npm run build:web');

    const health = await t.app.inject({ method: 'GET', url: '/healthz' });
    expect(health.statusCode).toBe(200);
  });

  it('serves the console as soon as it is built, without a restart', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/' })).statusCode).toBe(503);
    writeFileSync(path.join(root, 'index.html'), INDEX);
    const res = await t.app.inject({ method: 'GET', url: '/' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toBe(INDEX);
  });
});
