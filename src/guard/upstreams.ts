/**
 * Which upstream answers a request: the model the client asked for, mapped through the
 * deployment's routes, else the default. Providers are built once and reused; the gateway never
 * caches replies (they would sit in plain text on disk) and retries little, because a person is
 * waiting and the guard has a safe fallback.
 */
import { TandemError, type Provider } from '../core/index.js';
import { createProvider, type ProviderConfig } from '../providers/index.js';

export interface UpstreamSettings {
  /** Provider spec for requests whose model has no route (default `reference`). */
  default: string;
  /** Client-facing model name → provider spec, e.g. `{ "gpt-4o": "openai:gpt-4o-mini" }`. */
  routes?: Record<string, string>;
}

/** Gateway defaults for network upstreams; a deployment's own settings win. */
export const GATEWAY_PROVIDER_DEFAULTS: ProviderConfig = {
  timeoutMs: 20_000,
  // A stream that stalls mid-reply is cut over to the safe reply after this long.
  streamIdleTimeoutMs: 10_000,
  maxRetries: 1,
  concurrency: 64,
  retryAfterMaxMs: 2_000,
};

export class Upstreams {
  readonly #settings: UpstreamSettings;
  readonly #providers = new Map<string, Provider>();

  constructor(
    settings: UpstreamSettings,
    config: (spec: string) => ProviderConfig = () => ({}),
    injected: Record<string, Provider> = {},
  ) {
    this.#settings = settings;
    for (const [spec, provider] of Object.entries(injected)) this.#providers.set(spec, provider);
    // Build every configured upstream now, so a bad spec fails at start-up, not on a person's turn.
    for (const spec of new Set([settings.default, ...Object.values(settings.routes ?? {})])) {
      if (!this.#providers.has(spec)) {
        this.#providers.set(
          spec,
          createProvider(spec, { ...GATEWAY_PROVIDER_DEFAULTS, ...config(spec), cacheDir: false }),
        );
      }
    }
  }

  /** The provider spec that serves `model`. */
  specFor(model: string | undefined): string {
    if (model !== undefined) {
      const routed = this.#settings.routes?.[model];
      if (routed !== undefined) return routed;
    }
    return this.#settings.default;
  }

  providerFor(model: string | undefined): { spec: string; provider: Provider } {
    const spec = this.specFor(model);
    const provider = this.#providers.get(spec);
    if (!provider)
      throw new TandemError('UPSTREAM_UNKNOWN', `no upstream is configured for "${spec}"`);
    return { spec, provider };
  }

  /** Client-facing model names: the routes, then the default upstream's spec. */
  models(): string[] {
    const routed = Object.keys(this.#settings.routes ?? {});
    return [...new Set([...routed, this.#settings.default])];
  }
}
