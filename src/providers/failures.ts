/**
 * How a provider call can fail, as typed `TandemError`s. Adapters translate their SDK's errors
 * into these; the resilience wrapper decides what to retry from `details.retryable` alone, so it
 * never needs to know which SDK produced the error.
 */
import { TandemError, isTandemError } from '../core/index.js';

export interface FailureDetails extends Record<string, unknown> {
  provider: string;
  retryable: boolean;
  status?: number;
  /** Wait the server asked for (Retry-After / retry-after-ms), in milliseconds. */
  retryAfterMs?: number;
  /** Attempts made before giving up; set by the resilience wrapper. */
  attempts?: number;
}

/** Anything with `get(name)`, e.g. a fetch `Headers`. */
export interface HeaderLookup {
  get(name: string): string | null;
}

/** Socket-level error codes that mean "try again", as Node and undici report them. */
const NETWORK_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'ENOTFOUND',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'UND_ERR_CLOSED',
]);

/**
 * Parses one Retry-After value: delay-seconds (RFC 9110; fractions tolerated) or an HTTP date.
 * Returns milliseconds to wait from `now`, never negative, or undefined when unparseable.
 */
export function parseRetryAfterValue(value: string, now: number = Date.now()): number | undefined {
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  if (/^\d+(?:\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  // An HTTP date always names a weekday or month; this keeps "12abc" from parsing as a date.
  if (!/[a-z]{3}/i.test(trimmed)) return undefined;
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now);
}

/** The server's requested wait: `retry-after-ms` (OpenAI) wins over `retry-after`. */
export function retryAfterMs(
  headers: HeaderLookup | undefined,
  now: number = Date.now(),
): number | undefined {
  if (!headers) return undefined;
  const ms = headers.get('retry-after-ms');
  if (ms !== null && /^\d+(?:\.\d+)?$/.test(ms.trim())) return Math.round(Number(ms.trim()));
  const value = headers.get('retry-after');
  return value === null ? undefined : parseRetryAfterValue(value, now);
}

export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

export function httpFailure(
  provider: string,
  status: number,
  serverMessage: string,
  headers?: HeaderLookup,
): TandemError {
  const retryable = isRetryableStatus(status);
  const hint =
    status === 401 || status === 403
      ? ' Check the API key (config apiKey, OPENAI_API_KEY or ANTHROPIC_API_KEY).'
      : status === 404
        ? ' Check the model name and the base URL.'
        : '';
  const details: FailureDetails = { provider, status, retryable };
  const wait = retryAfterMs(headers);
  if (wait !== undefined) details.retryAfterMs = wait;
  return new TandemError(
    'PROVIDER_HTTP',
    `${provider} answered HTTP ${status}: ${clip(serverMessage)}.${hint}`,
    {
      details,
    },
  );
}

export function networkFailure(provider: string, cause: unknown): TandemError {
  const code = networkCode(cause);
  const reason = code ?? (cause instanceof Error ? cause.message : String(cause));
  return new TandemError(
    'PROVIDER_NETWORK',
    `${provider}: network error (${clip(reason)}); is the endpoint reachable?`,
    {
      cause,
      details: { provider, retryable: true } satisfies FailureDetails,
    },
  );
}

export function timeoutFailure(provider: string, timeoutMs: number): TandemError {
  return new TandemError(
    'PROVIDER_TIMEOUT',
    `${provider} did not answer within ${timeoutMs} ms; raise timeoutMs or check the endpoint.`,
    { details: { provider, retryable: true } satisfies FailureDetails },
  );
}

export function abortedFailure(provider: string): TandemError {
  return new TandemError('PROVIDER_ABORTED', `${provider}: the call was cancelled.`, {
    details: { provider, retryable: false } satisfies FailureDetails,
  });
}

export function malformedFailure(provider: string, problem: string, cause?: unknown): TandemError {
  return new TandemError(
    'PROVIDER_MALFORMED',
    `${provider} sent a response Tandem cannot use: ${problem}.`,
    {
      cause,
      details: { provider, retryable: false } satisfies FailureDetails,
    },
  );
}

export function isRetryable(error: unknown): boolean {
  return isTandemError(error) && error.details?.['retryable'] === true;
}

/** The first socket error code in an error's cause chain, e.g. `ECONNRESET`. */
export function networkCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 6 && current !== null && typeof current === 'object'; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && NETWORK_CODES.has(code)) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/** The error classes both official SDKs export under the same names. */
export interface SdkErrorClasses {
  APIError: abstract new (...args: never[]) => Error;
  APIConnectionError: abstract new (...args: never[]) => Error;
  APIConnectionTimeoutError: abstract new (...args: never[]) => Error;
  APIUserAbortError: abstract new (...args: never[]) => Error;
}

/**
 * The HTTP status an upstream would have answered for an error type it names inside a stream
 * (Anthropic's documented types; OpenAI's `server_error`). Unknown types count as server errors.
 */
const STREAM_ERROR_STATUS: Record<string, number> = {
  invalid_request_error: 400,
  authentication_error: 401,
  permission_error: 403,
  not_found_error: 404,
  request_too_large: 413,
  rate_limit_error: 429,
  api_error: 500,
  server_error: 500,
  overloaded_error: 529,
};

/**
 * An error event the upstream sent inside a stream (after answering HTTP 200), as the failure
 * its status would have been: e.g. Anthropic's `overloaded_error` is a retryable 529.
 */
export function streamErrorEventFailure(
  provider: string,
  type: string | undefined,
  message: string,
  cause?: unknown,
): TandemError {
  const status = (type !== undefined ? STREAM_ERROR_STATUS[type] : undefined) ?? 500;
  const details: FailureDetails = { provider, status, retryable: isRetryableStatus(status) };
  return new TandemError(
    'PROVIDER_HTTP',
    `${provider} sent an error event in its stream (${type ?? 'no type'}, counted as HTTP ${status}): ${clip(message)}.`,
    { cause, details: { ...details, streamErrorType: type ?? 'unknown' } },
  );
}

/** The error type an SDK's status-less `APIError` names, from its own field or its body's. */
function sdkStreamErrorType(error: Error): string | undefined {
  const { type, error: body } = error as Error & { type?: unknown; error?: unknown };
  if (typeof type === 'string') return type;
  const inner = (body as { type?: unknown } | undefined)?.type;
  return typeof inner === 'string' ? inner : undefined;
}

/**
 * Translates an SDK error into a typed failure. The order matters: in both SDKs abort and
 * timeout errors are kinds of connection error, and all of them are kinds of `APIError`.
 */
export function translateSdkError(
  provider: string,
  error: unknown,
  sdk: SdkErrorClasses,
  sdkTimeoutMs: number,
): Error {
  if (error instanceof sdk.APIUserAbortError) return abortedFailure(provider);
  if (error instanceof sdk.APIConnectionTimeoutError) return timeoutFailure(provider, sdkTimeoutMs);
  if (error instanceof sdk.APIConnectionError) return networkFailure(provider, error);
  if (error instanceof sdk.APIError) {
    const { status, headers } = error as Error & { status?: unknown; headers?: HeaderLookup };
    if (typeof status === 'number') return httpFailure(provider, status, error.message, headers);
    // Both SDKs raise an APIError without a status for an error event inside a stream.
    return streamErrorEventFailure(provider, sdkStreamErrorType(error), error.message, error);
  }
  // `response.json()` throws this when a server labels a broken body as JSON.
  if (error instanceof SyntaxError)
    return malformedFailure(provider, `invalid JSON (${error.message})`, error);
  if (networkCode(error)) return networkFailure(provider, error);
  return error instanceof Error ? error : new Error(String(error));
}

function clip(text: string, max = 300): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}
