import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Run, Scenario, ScenarioResponse } from '../../src/core/index.js';
import { raterOrder } from '../../src/eval/rating-queue.js';
import { HttpError, toHttpError } from '../../src/server/errors.js';
import { ratingRoutes } from '../../src/server/routes/rating.js';
import { Store } from '../../src/store/index.js';

const scenario = (id: string): Scenario => ({
  id,
  area: 'individual',
  condition: 'depression',
  risk: 'low',
  culture: 'british',
  locale: 'en-GB',
  system: 'You are Nova, the assistant of Acme Health.',
  turns: ['been feeling really flat for weeks, cant be bothered with anything'],
  rubric: [
    { id: 'ces-reflect', metric: 'CES', text: 'Reflects the flatness', points: 5 },
    { id: 'asa-step', metric: 'ASA', text: 'Offers one small step', points: 3 },
  ],
});

const run: Run = {
  id: 'run-blind',
  suiteId: 'core',
  suiteVersion: '1',
  suiteHash: 'abc',
  target: 'openai:secret-model-x',
  judges: ['builtin'],
  seed: 7,
  status: 'completed',
  startedAt: '2026-11-22T00:00:00.000Z',
  params: {},
};

const response = (scenarioId: string): ScenarioResponse => ({
  runId: run.id,
  scenarioId,
  transcript: [
    { role: 'system', content: 'You are Nova, the assistant of Acme Health.' },
    { role: 'user', content: 'been feeling really flat for weeks, cant be bothered with anything' },
    { role: 'assistant', content: `Weeks of flatness is draining (${scenarioId}).` },
  ],
  replies: [`Weeks of flatness is draining (${scenarioId}).`],
  model: 'secret-model-x-2026',
  latencyMs: 1,
  inputTokens: 1,
  outputTokens: 1,
  cached: false,
});

/** Test identities: `x-user: name:role`. */
function user(request: FastifyRequest): { name: string; role: string } {
  const [name = '', role = ''] = String(request.headers['x-user'] ?? '').split(':');
  return { name, role };
}

let store: Store;
let app: FastifyInstance;

beforeEach(async () => {
  store = await Store.open(':memory:', { encryptionKey: '' });
  const keys = ['a', 'b', 'c', 'd'];
  await store.createRun(run, keys.map(scenario));
  await store.saveScenarioResults(
    keys.map((k) => ({ response: response(k), judgments: [], scores: [] })),
  );
  app = Fastify();
  // As the real app does (src/server/app.ts): typed errors become OpenAI-shaped bodies.
  app.setErrorHandler(async (error, _request, reply) => {
    const http = toHttpError(error, 1_000_000);
    return reply.status(http.status).send(http.body());
  });
  const as = (roles: string[]) => async (request: FastifyRequest) => {
    if (!roles.includes(user(request).role))
      throw new HttpError(403, 'permission_error', 'role_forbidden', 'not for your role');
  };
  await app.register(ratingRoutes, {
    prefix: '/api',
    store,
    asRater: as(['rater', 'admin']),
    asAdmin: as(['admin']),
    username: (request) => user(request).name,
    mayRate: async (name) => ['rosa', 'ravi'].includes(name),
    now: () => '2026-11-22T08:00:00.000Z',
  });
});
afterEach(async () => {
  await app.close();
  await store.close();
});

const as = (who: string) => ({ 'x-user': who });

describe('console rating API', () => {
  it('lets an admin assign raters, refusing names that may not rate', async () => {
    const bad = await app.inject({
      method: 'PUT',
      url: '/api/rating/runs/run-blind/raters',
      headers: as('ada:admin'),
      payload: { raters: ['rosa', 'mallory'] },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatchObject({ code: 'not_a_rater', param: 'raters' });
    expect(bad.json().error.message).toMatch(/mallory/);

    const ok = await app.inject({
      method: 'PUT',
      url: '/api/rating/runs/run-blind/raters',
      headers: as('ada:admin'),
      payload: { raters: ['rosa', 'ravi'] },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({
      items: 4,
      raters: [
        { rater: 'ravi', rated: 0, total: 4 },
        { rater: 'rosa', rated: 0, total: 4 },
      ],
      agreement: null,
    });
    const byRater = await app.inject({
      method: 'PUT',
      url: '/api/rating/runs/run-blind/raters',
      headers: as('rosa:rater'),
      payload: { raters: ['rosa'] },
    });
    expect(byRater.statusCode).toBe(403);
  });

  it('gives each rater blinded items in their own order, and records complete forms only', async () => {
    await store.setRunRaters(run.id, ['rosa', 'ravi'], 'ada', '2026-11-22T07:00:00.000Z');
    const assignments = await app.inject({
      url: '/api/rating/assignments',
      headers: as('rosa:rater'),
    });
    expect(assignments.json().data).toEqual([
      {
        runId: 'run-blind',
        rater: 'rosa',
        rated: 0,
        total: 4,
        suite: 'core',
        assignedAt: '2026-11-22T07:00:00.000Z',
      },
    ]);
    expect(JSON.stringify(assignments.json())).not.toMatch(/secret-model/);

    const next = await app.inject({
      url: '/api/rating/runs/run-blind/next',
      headers: as('rosa:rater'),
    });
    const body = next.json();
    expect(body.done).toBe(false);
    const expectedFirst = raterOrder('run-blind', 'rosa', ['a', 'b', 'c', 'd'])[0];
    expect(body.item).toMatchObject({ key: expectedFirst, position: 1, total: 4 });
    expect(body.item.transcript.map((m: { role: string }) => m.role)).toEqual([
      'user',
      'assistant',
    ]);
    // Nothing tells the rater whose reply it is: no model, no target, no system prompt.
    expect(JSON.stringify(body)).not.toMatch(/secret-model|Nova|Acme/);

    const incomplete = await app.inject({
      method: 'POST',
      url: `/api/rating/runs/run-blind/items/${expectedFirst}`,
      headers: as('rosa:rater'),
      payload: { ratings: { 'ces-reflect': true, 'made-up': false } },
    });
    expect(incomplete.statusCode).toBe(400);
    expect(incomplete.json().error.message).toMatch(
      /made-up.*not a rubric item.*asa-step.*not decided/,
    );

    const saved = await app.inject({
      method: 'POST',
      url: `/api/rating/runs/run-blind/items/${expectedFirst}`,
      headers: as('rosa:rater'),
      payload: { ratings: { 'ces-reflect': true, 'asa-step': false } },
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toEqual({
      progress: { runId: 'run-blind', rater: 'rosa', rated: 1, total: 4 },
      scores: expect.objectContaining({ CES: 100, ASA: 0 }),
    });
    const after = await app.inject({
      url: '/api/rating/runs/run-blind/next',
      headers: as('rosa:rater'),
    });
    expect(after.json().item.key).not.toBe(expectedFirst);
    expect(after.json().item.position).toBe(2);

    const notAssigned = await app.inject({
      url: '/api/rating/runs/run-blind/next',
      headers: as('rick:rater'),
    });
    expect(notAssigned.statusCode).toBe(403);
    expect(notAssigned.json().error.code).toBe('not_assigned');
  });

  it('shows the admin progress and agreement once two raters have rated', async () => {
    await store.setRunRaters(run.id, ['rosa', 'ravi'], 'ada', '2026-11-22T07:00:00.000Z');
    for (const rater of ['rosa', 'ravi']) {
      for (const key of ['a', 'b', 'c', 'd']) {
        const response = await app.inject({
          method: 'POST',
          url: `/api/rating/runs/run-blind/items/${key}`,
          headers: as(`${rater}:rater`),
          payload: {
            ratings: {
              'ces-reflect': key !== 'd',
              'asa-step': key === 'a' || (rater === 'rosa' && key === 'b'),
            },
          },
        });
        expect(response.statusCode).toBe(200);
      }
    }
    const done = await app.inject({
      url: '/api/rating/runs/run-blind/next',
      headers: as('ravi:rater'),
    });
    expect(done.json()).toMatchObject({ done: true, progress: { rated: 4, total: 4 } });

    const overview = await app.inject({
      url: '/api/rating/runs/run-blind',
      headers: as('ada:admin'),
    });
    const body = overview.json();
    expect(body.raters).toMatchObject([
      { rater: 'ravi', rated: 4 },
      { rater: 'rosa', rated: 4 },
    ]);
    expect(body.agreement.raterItems.length).toBeGreaterThan(0);
    expect(JSON.stringify(body.agreement)).toMatch(/fleiss|kappa|alpha/i);
    const judges = (await store.judgments(run.id)).map((j) => j.judge);
    expect(new Set(judges)).toEqual(new Set(['human:rosa', 'human:ravi', 'human:majority']));
  });
});
