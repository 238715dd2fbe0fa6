/** Stable error codes; callers and tests match on these, never on messages. */
export const ERROR_CODES = [
  'SUITE_INVALID',
  'SUITE_NOT_FOUND',
  'CONFIG_INVALID',
  'PROVIDER_UNKNOWN',
  'PROVIDER_HTTP',
  'PROVIDER_TIMEOUT',
  'PROVIDER_NETWORK',
  'PROVIDER_MALFORMED',
  'PROVIDER_ABORTED',
  'REPLAY_MISSING',
  'JUDGE_INVALID_OUTPUT',
  'JUDGE_UNKNOWN',
  'CHECK_UNKNOWN',
  'STORE_ERROR',
  'RUN_NOT_FOUND',
  'RUN_MISMATCH',
  'RATINGS_INVALID',
  'INPUT_INVALID',
  'GATE_FAILED',
  'REPORT_WRITE_FAILED',
  'POLICY_INVALID',
  'PROTOCOL_UNKNOWN',
  'CONVERSATION_NOT_FOUND',
  'ESCALATION_NOT_FOUND',
  'ESCALATION_CONFLICT',
  'DELIVERY_CONFLICT',
  'DRAFT_NOT_FOUND',
  'DRAFT_CONFLICT',
  'AUDIT_BROKEN',
  'KEY_INVALID',
  'RATE_LIMITED',
  'REQUEST_INVALID',
  'REQUEST_TOO_LARGE',
  'UPSTREAM_UNKNOWN',
  'NOTIFIER_FAILED',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class TandemError extends Error {
  readonly code: ErrorCode;
  readonly details?: Record<string, unknown>;

  constructor(
    code: ErrorCode,
    message: string,
    options?: { cause?: unknown; details?: Record<string, unknown> },
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'TandemError';
    this.code = code;
    this.details = options?.details;
  }
}

export function isTandemError(error: unknown, code?: ErrorCode): error is TandemError {
  return error instanceof TandemError && (code === undefined || error.code === code);
}
