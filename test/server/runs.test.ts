import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Suite } from '../../src/core/index.js';
import { createJudge } from '../../src/eval/judges/registry.js';
import { executeRun, startRun } from '../../src/eval/runner.js';
import { loadSuite } from '../../src/eval/suites.js';
import { HttpError, toHttpError } from '../../src/server/errors.js';
import { runRoutes } from '../../src/server/routes/runs.js';
import { createProvider } from '../../src/providers/index.js';
import { Store } from '../../src/store/index.js';

let store: Store;
let app: FastifyInstance;
const ids: string[] = [];

async function evaluate(suite: Suite, seed: number): Promise<string> {
  const run = await startRun(store, { suite, target: 'reference', judges: ['builtin'], seed });
  await executeRun({
    store,
    run,
    target: createProvider('reference'),
    judges: [createJudge('builtin', { createProvider: () => expect.unreachable() })],
    concurrency: 2,
  });
  return run.id;
}

beforeAll(async () => {
  store = await Store.open(':memory:', { encryptionKey: '' });
  const full = loadSuite('suites/haas-e-core.yaml');
  const suite: Suite = { ...full, scenarios: full.scenarios.slice(0, 6) };
  ids.push(await evaluate(suite, 1), await evaluate(suite, 2));
  app = Fastify();
  app.setErrorHandler(async (error, _request, reply) => {
    const http = toHttpError(error, 1_000_000);
    return reply.status(http.status).send(http.body());
  });
  await app.register(runRoutes, {
    prefix: '/api',
    store,
    authorise: async (request) => {
      if (request.headers['x-role'] === 'rater')
        throw new HttpError(403, 'permission_error', 'role_forbidden', 'raters rate blind');
    },
  });
}, 120_000);
afterAll(async () => {
  await app.close();
  await store.close();
});

describe('console reports API', () => {
  it('lists runs and gives a run’s whole report with CIs and evidence', async () => {
    const list = await app.inject({ url: '/api/runs' });
    expect(
      list
        .json()
        .data.map((r: { id: string }) => r.id)
        .sort(),
    ).toEqual([...ids].sort());

    const report = await app.inject({ url: `/api/runs/${ids[0]}` });
    expect(report.statusCode).toBe(200);
    const body = report.json();
    expect(body.run.id).toBe(ids[0]);
    expect(body.scenarios).toHaveLength(6);
    const metrics = body.summary.map((m: { metric: string }) => m.metric);
    expect(new Set(metrics)).toEqual(new Set(['CES', 'CSI', 'PAS', 'ASA', 'TRS']));
    expect(body.summary.some((m: { ci: { low: number } | null }) => m.ci !== null)).toBe(true);
    expect(body.slices.length).toBeGreaterThan(0);
  });

  it('serves the self-contained HTML report with its no-script policy', async () => {
    const page = await app.inject({ url: `/api/runs/${ids[0]}/report.html` });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.headers['content-security-policy']).toMatch(
      /default-src 'none'.*frame-ancestors 'self'/,
    );
    expect(page.body).toMatch(/<svg/);
    expect(page.body).not.toMatch(/<script(?![^>]*application\/json)/);
  });

  it('compares two runs pairwise, and names what is missing or unknown', async () => {
    const compared = await app.inject({ url: `/api/runs/compare?a=${ids[0]}&b=${ids[1]}` });
    expect(compared.statusCode).toBe(200);
    const rows = compared.json().rows as Array<{
      judge: string;
      metric: string;
      difference: { n: number };
    }>;
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.judge === 'builtin' && r.difference.n > 0)).toBe(true);

    const missing = await app.inject({ url: `/api/runs/compare?a=${ids[0]}` });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.param).toMatch(/b/);
    const unknown = await app.inject({ url: '/api/runs/nope-nope' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error).toMatchObject({ code: 'run_not_found' });
    expect(unknown.json().error.message).not.toMatch(/memory|\.db/);
  });

  it('keeps raters out: reports name the model under test', async () => {
    const refused = await app.inject({ url: '/api/runs', headers: { 'x-role': 'rater' } });
    expect(refused.statusCode).toBe(403);
  });
});
