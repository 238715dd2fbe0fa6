/**
 * The console's human rating (`/api/rating`). Raters rate the runs an admin assigned them, item by
 * item, blinded and in their own random order; each form decides every rubric item of its item and
 * is recorded as the rater's human judge (`human:<username>`), with `human:majority` recomputed, as
 * `tandem ratings import` does. Admins set a run's raters and see progress and agreement.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  isTandemError,
  type HumanRating,
  type Judgment,
  type MetricScore,
  type RaterAssignment,
  type Run,
  type Scenario,
} from '../../core/index.js';
import { runAgreement } from '../../eval/agreement/index.js';
import {
  blindItem,
  finishedKeys,
  formRatings,
  progressOf,
  ratableScenarios,
  raterOrder,
} from '../../eval/rating-queue.js';
import { recordHumanRatings } from '../../eval/record-ratings.js';
import type { Store } from '../../store/index.js';
import { methodNotAllowed } from '../app.js';
import { fromZod, HttpError } from '../errors.js';

/** What the routes need from the store (`src/store`'s `Store` fits). */
export type RatingStore = Pick<
  Store,
  | 'getRun'
  | 'runScenarios'
  | 'responses'
  | 'ratings'
  | 'judgments'
  | 'scores'
  | 'setRunRaters'
  | 'runRaters'
  | 'ratingAssignmentsOf'
  | 'saveRatings'
  | 'saveJudgeResults'
  | 'addRunJudges'
>;

type Hook = (request: FastifyRequest, reply: FastifyReply) => Promise<void>;

export interface RatingRoutesOptions {
  store: RatingStore;
  /** Lets raters (and admins) through. */
  asRater: Hook;
  /** Lets admins through. */
  asAdmin: Hook;
  /** The signed-in user's name, set by the hooks. */
  username: (request: FastifyRequest) => string;
  /** Whether a username belongs to an active user who may rate. */
  mayRate: (username: string) => Promise<boolean>;
  now?: () => string;
}

const runParam = z.object({ runId: z.string().min(1).max(200) });
const itemParam = runParam.extend({ key: z.string().min(1).max(200) });
const formBody = z.strictObject({
  ratings: z.record(z.string().min(1).max(200), z.boolean()),
  note: z.string().trim().max(2000).optional(),
});
const ratersBody = z.strictObject({
  raters: z.array(z.string().trim().min(1).max(128)).max(100),
});

function parse<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value ?? {});
  if (!result.success) throw fromZod(result.error, what);
  return result.data;
}

export async function ratingRoutes(
  app: FastifyInstance,
  options: RatingRoutesOptions,
): Promise<void> {
  const { store } = options;
  const now = options.now ?? (() => new Date().toISOString());

  async function requireRun(runId: string): Promise<Run> {
    const run = await store.getRun(runId);
    if (!run)
      throw new HttpError(404, 'not_found_error', 'run_not_found', `no run ${runId}`, 'runId');
    return run;
  }

  async function items(runId: string) {
    const [scenarios, responses] = await Promise.all([
      store.runScenarios(runId),
      store.responses(runId),
    ]);
    return ratableScenarios(scenarios, responses);
  }

  /** A rater sees only the runs assigned to them. */
  async function requireAssigned(runId: string, rater: string): Promise<void> {
    const assigned = await store.ratingAssignmentsOf(rater);
    if (!assigned.some((a) => a.runId === runId)) {
      throw new HttpError(
        403,
        'permission_error',
        'not_assigned',
        `run ${runId} is not assigned to ${rater}; an admin assigns raters`,
        'runId',
      );
    }
  }

  app.get('/rating/assignments', { onRequest: options.asRater }, async (request) => {
    const rater = options.username(request);
    const assignments = await store.ratingAssignmentsOf(rater);
    const data = [];
    for (const assignment of assignments) {
      const run = await store.getRun(assignment.runId);
      if (!run) continue;
      const ratable = await items(run.id);
      data.push({
        ...progressOf(run.id, rater, ratable, await store.ratings(run.id)),
        // The suite, not the target: the model under test stays hidden from raters.
        suite: run.suiteId,
        assignedAt: assignment.assignedAt,
      });
    }
    return { object: 'list', data };
  });
  methodNotAllowed(app, '/rating/assignments', ['GET']);

  app.get('/rating/runs/:runId/next', { onRequest: options.asRater }, async (request) => {
    const { runId } = parse(runParam, request.params, 'path');
    const rater = options.username(request);
    await requireRun(runId);
    await requireAssigned(runId, rater);
    const ratable = await items(runId);
    const ratings = await store.ratings(runId);
    const done = finishedKeys(ratable, ratings, rater);
    const order = raterOrder(
      runId,
      rater,
      ratable.map((i) => i.scenario.id),
    );
    const progress = { runId, rater, rated: done.size, total: ratable.length };
    const next = order.findIndex((key) => !done.has(key));
    if (next === -1) return { done: true, progress };
    const item = ratable.find((i) => i.scenario.id === order[next])!;
    return {
      done: false,
      progress,
      item: blindItem(item, next + 1, order.length, mine(ratings, rater)),
    };
  });
  methodNotAllowed(app, '/rating/runs/:runId/next', ['GET']);

  app.get('/rating/runs/:runId/items/:key', { onRequest: options.asRater }, async (request) => {
    const { runId, key } = parse(itemParam, request.params, 'path');
    const rater = options.username(request);
    await requireRun(runId);
    await requireAssigned(runId, rater);
    const ratable = await items(runId);
    const order = raterOrder(
      runId,
      rater,
      ratable.map((i) => i.scenario.id),
    );
    const position = order.indexOf(key);
    if (position === -1) throw itemNotFound(runId, key);
    const item = ratable.find((i) => i.scenario.id === key)!;
    return blindItem(item, position + 1, order.length, mine(await store.ratings(runId), rater));
  });

  app.post('/rating/runs/:runId/items/:key', { onRequest: options.asRater }, async (request) => {
    const { runId, key } = parse(itemParam, request.params, 'path');
    const form = parse(formBody, request.body, 'request body');
    const rater = options.username(request);
    await requireRun(runId);
    await requireAssigned(runId, rater);
    const item = (await items(runId)).find((i) => i.scenario.id === key);
    if (!item) throw itemNotFound(runId, key);
    let ratings: HumanRating[];
    try {
      ratings = formRatings(runId, item.scenario, rater, form.ratings, now(), form.note);
    } catch (error) {
      if (isTandemError(error, 'RATINGS_INVALID')) {
        throw new HttpError(
          400,
          'invalid_request_error',
          'rating_incomplete',
          error.message,
          'ratings',
        );
      }
      throw error;
    }
    await recordHumanRatings(store, ratings, `rating form of ${rater}`);
    const scores = (await store.scores(runId)).filter(
      (s) => s.scenarioId === key && s.judge === `human:${rater}`,
    );
    const ratable = await items(runId);
    return {
      progress: progressOf(runId, rater, ratable, await store.ratings(runId)),
      scores: Object.fromEntries(scores.map((s) => [s.metric, s.value])),
    };
  });
  methodNotAllowed(app, '/rating/runs/:runId/items/:key', ['GET', 'POST']);

  app.get('/rating/runs/:runId', { onRequest: options.asAdmin }, async (request) => {
    const { runId } = parse(runParam, request.params, 'path');
    const run = await requireRun(runId);
    return overview(run, await store.runRaters(runId));
  });

  app.put('/rating/runs/:runId/raters', { onRequest: options.asAdmin }, async (request) => {
    const { runId } = parse(runParam, request.params, 'path');
    const body = parse(ratersBody, request.body, 'request body');
    const run = await requireRun(runId);
    const unknown: string[] = [];
    for (const rater of new Set(body.raters))
      if (!(await options.mayRate(rater))) unknown.push(rater);
    if (unknown.length > 0) {
      throw new HttpError(
        400,
        'invalid_request_error',
        'not_a_rater',
        `not an active user who may rate: ${unknown.join(', ')}`,
        'raters',
      );
    }
    const assigned = await store.setRunRaters(
      runId,
      [...new Set(body.raters)],
      options.username(request),
      now(),
    );
    return overview(run, assigned);
  });
  methodNotAllowed(app, '/rating/runs/:runId', ['GET']);
  methodNotAllowed(app, '/rating/runs/:runId/raters', ['PUT']);

  async function overview(run: Run, assigned: RaterAssignment[]) {
    const [scenarios, responses, ratings, judgments, scores] = await Promise.all([
      store.runScenarios(run.id),
      store.responses(run.id),
      store.ratings(run.id),
      store.judgments(run.id),
      store.scores(run.id),
    ]);
    const ratable = ratableScenarios(scenarios, responses);
    return {
      runId: run.id,
      suite: run.suiteId,
      target: run.target,
      items: ratable.length,
      raters: assigned.map((a) => ({
        ...progressOf(run.id, a.rater, ratable, ratings),
        assignedAt: a.assignedAt,
        assignedBy: a.assignedBy,
      })),
      agreement: agreementOf(run, scenarios, judgments, scores),
    };
  }
}

/** Agreement among the human raters and of each judge with their majority, once there are ratings. */
function agreementOf(
  run: Run,
  scenarios: Scenario[],
  judgments: Judgment[],
  scores: MetricScore[],
) {
  if (!judgments.some((j) => j.judge.startsWith('human:'))) return null;
  return runAgreement({ seed: run.seed, judgments, scores, scenarios });
}

function mine(ratings: readonly HumanRating[], rater: string): HumanRating[] {
  return ratings.filter((r) => r.raterId === rater);
}

function itemNotFound(runId: string, key: string): HttpError {
  return new HttpError(
    404,
    'not_found_error',
    'item_not_found',
    `run ${runId} has no ratable item ${key}`,
    'key',
  );
}
