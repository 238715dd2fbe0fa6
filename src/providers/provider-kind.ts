import type { Provider } from '../core/index.js';

/** Waits `ms`; rejects when `signal` aborts. Injectable so retry tests need not really wait. */
export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

/** Settings shared by every provider; each kind uses what applies to it. */
export interface ProviderConfig {
  /** Endpoint of a network provider; otherwise OPENAI_BASE_URL / ANTHROPIC_BASE_URL. */
  baseUrl?: string;
  /** API key; otherwise OPENAI_API_KEY / ANTHROPIC_API_KEY (optional for local servers). */
  apiKey?: string;
  /** Per-call timeout in milliseconds (default 60 000); `GenerateOptions.timeoutMs` overrides it. */
  timeoutMs?: number;
  /** Streams: longest silence between two deltas (default 30 000 ms). */
  streamIdleTimeoutMs?: number;
  /** Retries after the first attempt (default 4). */
  maxRetries?: number;
  /** Calls in flight at once per provider (default 4). */
  concurrency?: number;
  /** Response cache directory (default `.tandem/cache`); `false` disables the cache. */
  cacheDir?: string | false;
  /** Upper bound on a server's Retry-After wait (default 60 000 ms). */
  retryAfterMaxMs?: number;
  sleep?: Sleep;
  /** Source of jitter in [0, 1); injectable for tests. */
  random?: () => number;
}

/** A network provider names what answers it, so cached replies never cross models or endpoints. */
export interface NetworkProvider extends Provider {
  readonly model: string;
  readonly endpoint: string;
}

/**
 * One kind of provider in the registry: how its spec is written and how to build one. Network
 * kinds are wrapped by the registry with timeouts, retries, a concurrency limit and the cache.
 */
export type ProviderKind =
  | {
      name: string;
      /** How the spec is written, for help and error messages, e.g. `openai:<model>`. */
      form: string;
      network: true;
      create(argument: string, config: ProviderConfig): NetworkProvider;
    }
  | {
      name: string;
      form: string;
      network: false;
      create(argument: string, config: ProviderConfig): Provider;
    };
