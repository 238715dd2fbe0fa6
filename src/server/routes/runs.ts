/**
 * Evaluation runs for the console's reports (`/api/runs`): the list, a run's whole report (the
 * HAAS-e summary with CIs, slices, per-scenario evidence and agreement, as `tandem report` builds
 * it), the same self-contained HTML page with its Vega-Lite charts, and the paired comparison of
 * two runs. Reports name the model under test, so the caller's hook keeps raters out.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { isTandemError } from '../../core/index.js';
import { compareScores } from '../../eval/compare-runs.js';
import { renderHtml } from '../../eval/report/html.js';
import { buildRunReport, type ReportStore } from '../../eval/run-report.js';
import type { Store } from '../../store/index.js';
import { methodNotAllowed } from '../app.js';
import { fromZod, HttpError } from '../errors.js';

/** What the routes need from the store (`src/store`'s `Store` fits). */
export type RunsStore = ReportStore & Pick<Store, 'listRuns'>;

export interface RunRoutesOptions {
  store: RunsStore;
  /** Who may read reports. */
  authorise: (request: FastifyRequest, reply: FastifyReply) => Promise<void>;
}

const runParam = z.object({ id: z.string().min(1).max(200) });
const listQuery = z.strictObject({ limit: z.coerce.number().int().min(1).max(500).optional() });
const compareQuery = z.strictObject({
  a: z.string().min(1, 'the baseline run id').max(200),
  b: z.string().min(1, 'the candidate run id').max(200),
});

/**
 * The report page allows no script and no network load (it opens offline; model text can never
 * run as code); served from the API it gets the same policy as a header, and may be framed only by
 * the console itself.
 */
const REPORT_PAGE_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

function parse<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value ?? {});
  if (!result.success) throw fromZod(result.error, what);
  return result.data;
}

export async function runRoutes(app: FastifyInstance, options: RunRoutesOptions): Promise<void> {
  const { store } = options;

  /** A run by id or unique prefix, as the CLI accepts; unknown → 404 naming it. */
  async function requireRun(id: string) {
    try {
      return await store.requireRun(id);
    } catch (error) {
      if (isTandemError(error, 'RUN_NOT_FOUND')) {
        // The store's message names the database file, which is not the API client's business.
        const message = /ambiguous/.test(error.message) ? error.message : `no run "${id}"`;
        throw new HttpError(404, 'not_found_error', 'run_not_found', message, 'id');
      }
      throw error;
    }
  }

  app.get('/runs', { onRequest: options.authorise }, async (request) => {
    const query = parse(listQuery, request.query, 'query');
    return { object: 'list', data: await store.listRuns(query.limit ?? 50) };
  });
  methodNotAllowed(app, '/runs', ['GET']);

  app.get('/runs/compare', { onRequest: options.authorise }, async (request) => {
    const query = parse(compareQuery, request.query, 'query');
    const [a, b] = [await requireRun(query.a), await requireRun(query.b)];
    const rows = compareScores(await store.scores(a.id), await store.scores(b.id), b.seed);
    return {
      a: { id: a.id, target: a.target, suite: a.suiteId },
      b: { id: b.id, target: b.target, suite: b.suiteId },
      rows,
    };
  });
  methodNotAllowed(app, '/runs/compare', ['GET']);

  app.get('/runs/:id', { onRequest: options.authorise }, async (request) => {
    const { id } = parse(runParam, request.params, 'path');
    return buildRunReport(store, (await requireRun(id)).id);
  });
  methodNotAllowed(app, '/runs/:id', ['GET']);

  app.get('/runs/:id/report.html', { onRequest: options.authorise }, async (request, reply) => {
    const { id } = parse(runParam, request.params, 'path');
    const report = await buildRunReport(store, (await requireRun(id)).id);
    const html = await renderHtml(report);
    return reply
      .header('content-type', 'text/html; charset=utf-8')
      .header('content-security-policy', REPORT_PAGE_POLICY)
      .header('x-content-type-options', 'nosniff')
      .send(html);
  });
  methodNotAllowed(app, '/runs/:id/report.html', ['GET']);
}
