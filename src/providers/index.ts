/** Public surface of the providers layer. */
export { createProvider, PROVIDER_FORMS } from './registry.js';
export type { NetworkProvider, ProviderConfig, ProviderKind, Sleep } from './provider-kind.js';
export { ReferenceResponder, composeReply, REFERENCE_MODEL } from './reference/responder.js';
export { OpenAIProvider } from './openai.js';
export { AnthropicProvider } from './anthropic.js';
export { ReplayProvider, loadReplayFile, parseReplayLines, type ReplayBook } from './replay.js';
export {
  withResilience,
  backoffDelay,
  sleepFor,
  RESILIENCE_DEFAULTS,
  type ResilienceOptions,
} from './resilience.js';
export {
  ResponseCache,
  withCache,
  cacheKey,
  canonicalJson,
  DEFAULT_CACHE_DIR,
  type CacheIdentity,
} from './cache.js';
export { ConcurrencyLimit } from './concurrency.js';
export {
  streamReply,
  collectStream,
  withChunkedStream,
  streamGeneration,
  wordGroups,
  WORDS_PER_DELTA,
} from './streaming.js';
export { parseRetryAfterValue, retryAfterMs } from './failures.js';
