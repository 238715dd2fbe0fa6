/**
 * Operations endpoints, unauthenticated and free of conversation data: `/healthz` (the process
 * answers), `/readyz` (the store answers, the policy is loaded, not shutting down) and `/metrics`
 * (Prometheus text format). Bind the gateway to a private interface or filter these at the proxy
 * if metrics should not be public.
 */
import type { FastifyInstance } from 'fastify';
import { methodNotAllowed } from '../app.js';

export async function adminRoutes(app: FastifyInstance): Promise<void> {
  const gateway = app.gateway;

  app.get('/healthz', async () => ({ status: 'ok' }));
  methodNotAllowed(app, '/healthz', ['GET']);

  app.get('/readyz', async (request, reply) => {
    if (gateway.closing) {
      return reply.status(503).send({ status: 'closing' });
    }
    try {
      await gateway.readiness();
    } catch (error) {
      request.log.warn({ err: error }, 'not ready');
      return reply.status(503).send({
        status: 'unavailable',
        reason: error instanceof Error ? error.message : String(error),
      });
    }
    return { status: 'ready', models: gateway.guard.models() };
  });
  methodNotAllowed(app, '/readyz', ['GET']);

  app.get('/metrics', async (_request, reply) => {
    reply.header('content-type', gateway.metrics.contentType());
    return gateway.metrics.render();
  });
  methodNotAllowed(app, '/metrics', ['GET']);
}
