/**
 * Structured JSON logs (pino, Fastify's logger). One line per request, written when the response
 * has finished: request id, method, route, status, latency, and for chat turns the action, triage
 * level and conversation id. Never message content, never the Authorization header: the request
 * and error serializers below emit only named fields, and redaction covers the paths where content
 * or secrets could appear if someone logs a whole object by mistake.
 */
import { pino, type DestinationStream, type Logger, type LoggerOptions } from 'pino';

// Exact paths only: wildcard paths make pino walk every logged object, on every request.
export const REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'headers.authorization',
  'headers.cookie',
  'authorization',
  'req.body',
  'body',
  'messages',
  'content',
  'response',
];

interface LoggedRequest {
  id?: string;
  method?: string;
  url?: string;
  routeOptions?: { url?: string };
}

export function loggerOptions(level: string): LoggerOptions {
  return {
    level,
    base: { service: 'tandem-gateway' },
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    serializers: {
      req: (req: LoggedRequest) => ({
        id: req.id,
        method: req.method,
        // The path only: a query string is free text a client chose.
        path: req.url?.split('?', 1)[0],
        route: req.routeOptions?.url,
      }),
      res: (res: { statusCode?: number }) => ({ status: res.statusCode }),
      // Messages are left out: an error thrown deep down can quote what a person wrote (a parse
      // error, a constraint violation, an upstream's echo). The code and the frames locate it.
      err: (err: Error & { code?: string }) => ({
        type: err.name,
        code: err.code,
        frames: stackFrames(err.stack),
      }),
    },
  };
}

export function createLogger(level: string, destination?: DestinationStream): Logger {
  return destination ? pino(loggerOptions(level), destination) : pino(loggerOptions(level));
}

/** The `at …` lines of a stack, without the first line (which repeats the message). */
export function stackFrames(stack: string | undefined): string[] | undefined {
  if (!stack) return undefined;
  return stack
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .slice(0, 12)
    .map((line) => line.trim());
}
