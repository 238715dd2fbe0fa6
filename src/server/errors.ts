/**
 * Every error the server sends has OpenAI's shape, `{ error: { message, type, param, code } }`,
 * so OpenAI client libraries raise their usual typed errors. Messages name the field and what was
 * expected, never echo what a person wrote.
 */
import type { z } from 'zod';
import { isTandemError, type ErrorCode } from '../core/index.js';

export type OpenAIErrorType =
  | 'invalid_request_error'
  | 'authentication_error'
  | 'permission_error'
  | 'not_found_error'
  | 'rate_limit_error'
  | 'conflict_error'
  | 'server_error'
  | 'service_unavailable';

export interface OpenAIErrorBody {
  error: { message: string; type: OpenAIErrorType; param: string | null; code: string | null };
}

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly type: OpenAIErrorType,
    readonly code: string,
    message: string,
    readonly param: string | null = null,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'HttpError';
  }

  body(): OpenAIErrorBody {
    return {
      error: { message: this.message, type: this.type, param: this.param, code: this.code },
    };
  }
}

export function invalidRequest(message: string, param: string | null = null): HttpError {
  return new HttpError(400, 'invalid_request_error', 'invalid_request', message, param);
}

export function tooLarge(message: string, param: string | null, code: string): HttpError {
  return new HttpError(413, 'invalid_request_error', code, message, param);
}

/** `messages.3.content` → `messages[3].content`, the way OpenAI names params. */
export function paramName(path: ReadonlyArray<PropertyKey>): string | null {
  if (path.length === 0) return null;
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}

/** The first zod issue as a 400 that names the field and what was expected. */
export function fromZod(error: z.ZodError, what = 'request body'): HttpError {
  const issue = error.issues[0];
  if (!issue) return invalidRequest(`invalid ${what}`);
  const param = paramName(issue.path);
  return invalidRequest(`invalid ${what}: ${param ? `${param}: ` : ''}${issue.message}`, param);
}

const TANDEM_STATUS: Partial<Record<ErrorCode, [number, OpenAIErrorType, string]>> = {
  REQUEST_INVALID: [400, 'invalid_request_error', 'invalid_request'],
  INPUT_INVALID: [400, 'invalid_request_error', 'invalid_request'],
  REQUEST_TOO_LARGE: [413, 'invalid_request_error', 'request_too_large'],
  KEY_INVALID: [401, 'authentication_error', 'invalid_api_key'],
  RATE_LIMITED: [429, 'rate_limit_error', 'rate_limit_exceeded'],
  UPSTREAM_UNKNOWN: [404, 'not_found_error', 'model_not_found'],
  CONVERSATION_NOT_FOUND: [404, 'not_found_error', 'conversation_not_found'],
  ESCALATION_NOT_FOUND: [404, 'not_found_error', 'escalation_not_found'],
  ESCALATION_CONFLICT: [409, 'conflict_error', 'escalation_conflict'],
  DRAFT_NOT_FOUND: [404, 'not_found_error', 'draft_not_found'],
  DRAFT_CONFLICT: [409, 'conflict_error', 'draft_conflict'],
};

/**
 * Maps any thrown value to an HttpError. Errors the server does not recognise become a 500 whose
 * message says nothing about the request (the details go to the log, without content).
 */
export function toHttpError(error: unknown, bodyLimitBytes?: number): HttpError {
  if (error instanceof HttpError) return error;
  if (isTandemError(error)) {
    const mapped = TANDEM_STATUS[error.code];
    if (mapped) return new HttpError(mapped[0], mapped[1], mapped[2], error.message);
    return new HttpError(500, 'server_error', error.code.toLowerCase(), 'internal error');
  }
  const fastify = error as { statusCode?: number; code?: string; message?: string };
  if (typeof fastify.statusCode === 'number' && fastify.statusCode < 500) {
    switch (fastify.code) {
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
        return tooLarge(
          `request body too large${bodyLimitBytes ? `: the limit is ${bodyLimitBytes} bytes (gateway.limits.bodyBytes)` : ''}`,
          null,
          'request_too_large',
        );
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
        return new HttpError(
          415,
          'invalid_request_error',
          'unsupported_media_type',
          'send the body as JSON with "Content-Type: application/json"',
        );
      case 'FST_ERR_CTP_EMPTY_JSON_BODY':
        return invalidRequest('the request body is empty; expected a JSON object');
      case 'FST_ERR_CTP_INVALID_JSON_BODY':
      default:
        if (fastify.statusCode === 400 && fastify.code?.startsWith('FST_ERR_CTP')) {
          // JSON.parse messages quote the body, which is a person's words: never echo them.
          return invalidRequest('the request body is not valid JSON');
        }
        if (error instanceof SyntaxError)
          return invalidRequest('the request body is not valid JSON');
        return new HttpError(
          fastify.statusCode,
          'invalid_request_error',
          (fastify.code ?? 'invalid_request').toLowerCase(),
          'invalid request',
        );
    }
  }
  return new HttpError(500, 'server_error', 'internal_error', 'internal error');
}
