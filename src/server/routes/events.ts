/**
 * `GET /api/events`: the console's live feed as server-sent events. After `hello` (fetch the
 * queue then: nothing that changes later is missed), an `escalation` event carries an escalation
 * each time it is created or changes, and a `conversation` event `{conversationId}` each time a
 * conversation moves (a turn, a takeover, a counsellor's message). Comment pings keep proxies from
 * closing a quiet stream. Streams end when the server shuts down; EventSource reconnects.
 */
import type { ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import { methodNotAllowed } from '../app.js';
import { ConsoleFeed, type FeedEvent, type FeedStore } from '../console-feed.js';

export const PING_MS = 15_000;

export interface EventRoutesOptions {
  /** Who may listen: the console's read access check. */
  authorise: (
    request: import('fastify').FastifyRequest,
    reply: import('fastify').FastifyReply,
  ) => Promise<void>;
  store: FeedStore;
  pollMs?: number;
  pingMs?: number;
}

function frame(event: FeedEvent): string {
  const data =
    event.type === 'escalation' ? event.escalation : { conversationId: event.conversationId };
  return `event: ${event.type}\ndata: ${JSON.stringify(data)}\n\n`;
}

export async function eventRoutes(
  app: FastifyInstance,
  options: EventRoutesOptions,
): Promise<void> {
  const feed = new ConsoleFeed(options.store, options.pollMs);
  const streams = new Set<ServerResponse>();

  app.get('/events', { onRequest: options.authorise }, async (request, reply) => {
    const response = reply.raw;
    const unsubscribe = await feed.subscribe((event) => response.write(frame(event)));
    reply.hijack();
    response.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      'x-accel-buffering': 'no',
      'x-request-id': request.id,
    });
    response.write('retry: 3000\n\nevent: hello\ndata: {}\n\n');
    const ping = setInterval(() => response.write(': ping\n\n'), options.pingMs ?? PING_MS);
    ping.unref();
    streams.add(response);
    response.on('close', () => {
      clearInterval(ping);
      unsubscribe();
      streams.delete(response);
    });
  });
  methodNotAllowed(app, '/events', ['GET']);

  // Open streams would hold shutdown until the drain timeout; consoles reconnect to the next server.
  app.addHook('preClose', async () => {
    for (const response of streams) response.end();
    feed.stop();
  });
}
