/**
 * The one registry of providers. A spec is `<kind>` or `<kind>:<argument>`; adding a provider is
 * one file exporting a `ProviderKind` plus one line in `KINDS`. Network kinds are wrapped here
 * with timeouts, retries and a concurrency limit, then with the response cache. Every provider
 * it returns can stream.
 */
import { z } from 'zod';
import type { Provider } from '../core/index.js';
import { TandemError } from '../core/index.js';
import { anthropicKind } from './anthropic.js';
import { DEFAULT_CACHE_DIR, ResponseCache, withCache } from './cache.js';
import { openaiKind } from './openai.js';
import type { ProviderConfig, ProviderKind } from './provider-kind.js';
import { referenceKind } from './reference/responder.js';
import { replayKind } from './replay.js';
import { withResilience } from './resilience.js';
import { withChunkedStream } from './streaming.js';

export type { ProviderConfig, ProviderKind } from './provider-kind.js';

const KINDS: readonly ProviderKind[] = [referenceKind, openaiKind, anthropicKind, replayKind];

/** Node timers overflow above this; a longer timeout would silently fire at once. */
const MAX_TIMER_MS = 2_147_483_647;

const configSchema = z.object({
  baseUrl: z.string().url('baseUrl must be a URL such as http://localhost:11434/v1').optional(),
  apiKey: z.string().optional(),
  timeoutMs: z.number().int().positive().max(MAX_TIMER_MS).optional(),
  streamIdleTimeoutMs: z.number().int().positive().max(MAX_TIMER_MS).optional(),
  maxRetries: z.number().int().min(0).max(20).optional(),
  concurrency: z.number().int().min(1).max(1000).optional(),
  cacheDir: z.union([z.string().min(1), z.literal(false)]).optional(),
  retryAfterMaxMs: z.number().int().min(0).max(MAX_TIMER_MS).optional(),
  sleep: z.custom<unknown>((v) => typeof v === 'function', 'sleep must be a function').optional(),
  random: z.custom<unknown>((v) => typeof v === 'function', 'random must be a function').optional(),
});

/** The spec forms the registry accepts, for help text and error messages. */
export const PROVIDER_FORMS: readonly string[] = KINDS.map((k) => k.form);

/** Checked when the module loads: two kinds with one name would make specs ambiguous. */
function assertUniqueNames(kinds: readonly ProviderKind[]): void {
  const seen = new Set<string>();
  for (const kind of kinds) {
    if (seen.has(kind.name)) throw new Error(`provider kind "${kind.name}" is registered twice`);
    seen.add(kind.name);
  }
}
assertUniqueNames(KINDS);

function unknown(spec: string, why: string): TandemError {
  return new TandemError(
    'PROVIDER_UNKNOWN',
    `${why} "${spec}". Valid forms: ${PROVIDER_FORMS.join(', ')}.`,
    {
      details: { spec, forms: PROVIDER_FORMS },
    },
  );
}

/**
 * Builds a provider from a spec: `reference`, `openai:<model>`, `anthropic:<model>` or
 * `replay:<file.jsonl>`. Throws `PROVIDER_UNKNOWN` for anything else and `CONFIG_INVALID` for
 * bad settings.
 */
export function createProvider(spec: string, config: ProviderConfig = {}): Provider {
  const checked = configSchema.safeParse(config);
  if (!checked.success) {
    const problems = checked.error.issues.map(
      (i) => `${i.path.join('.') || 'config'}: ${i.message}`,
    );
    throw new TandemError(
      'CONFIG_INVALID',
      `invalid provider settings for "${spec}": ${problems.join('; ')}`,
    );
  }
  const colon = spec.indexOf(':');
  const name = (colon < 0 ? spec : spec.slice(0, colon)).trim();
  const argument = colon < 0 ? '' : spec.slice(colon + 1).trim();
  const kind = KINDS.find((k) => k.name === name);
  if (!kind) throw unknown(spec, 'unknown provider');
  const takesArgument = kind.form.includes(':');
  if (takesArgument && argument === '')
    throw unknown(spec, `missing ${kind.form.slice(kind.form.indexOf(':') + 1)} in`);
  if (!takesArgument && colon >= 0) throw unknown(spec, `"${kind.name}" takes no argument, got`);

  // The reference responder answers whole; chunking gives every provider a stream.
  if (!kind.network) return withChunkedStream(kind.create(argument, config));
  const resilient = withResilience(kind.create(argument, config), config);
  if (config.cacheDir === false) return resilient;
  return withCache(resilient, new ResponseCache(config.cacheDir ?? DEFAULT_CACHE_DIR), {
    model: resilient.model,
    endpoint: resilient.endpoint,
  });
}
