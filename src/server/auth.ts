/**
 * API-key authentication: `Authorization: Bearer <secret>`, looked up in the store (which keeps
 * only hashes) and cached briefly in memory so a request costs no database round trip. The cache
 * is keyed by a SHA-256 of the secret, never the secret itself, and is bounded so a flood of
 * random keys cannot grow it without limit. Unknown keys are cached for a shorter time, so a key
 * created a moment ago works within seconds.
 */
import { createHash } from 'node:crypto';

export type KeyScope = 'gateway' | 'console';

/** What the server needs to know about a key (the store's `ApiKeyRecord` fits this). */
export interface ApiKeyIdentity {
  id: string;
  name: string;
  ratePerMinute?: number;
  scopes?: readonly string[];
  revokedAt?: string;
}

export interface KeyLookup {
  findApiKeyBySecret(secret: string): Promise<ApiKeyIdentity | undefined>;
}

export type AuthResult =
  | { ok: true; key: ApiKeyIdentity }
  | {
      ok: false;
      status: 401 | 403;
      code: 'missing_api_key' | 'invalid_api_key' | 'insufficient_scope';
      message: string;
    };

interface CacheEntry {
  key: ApiKeyIdentity | undefined;
  expiresAt: number;
}

export interface KeyCacheOptions {
  ttlMs?: number;
  negativeTtlMs?: number;
  maxEntries?: number;
  now?: () => number;
}

export class KeyAuthenticator {
  private readonly cache = new Map<string, CacheEntry>();
  private readonly inflight = new Map<string, Promise<ApiKeyIdentity | undefined>>();
  private readonly ttlMs: number;
  private readonly negativeTtlMs: number;
  private readonly maxEntries: number;
  private readonly now: () => number;

  constructor(
    private readonly lookup: KeyLookup,
    options: KeyCacheOptions = {},
  ) {
    this.ttlMs = options.ttlMs ?? 30_000;
    this.negativeTtlMs = options.negativeTtlMs ?? 5_000;
    this.maxEntries = options.maxEntries ?? 10_000;
    this.now = options.now ?? Date.now;
  }

  /** Checks the header value against the store (through the cache) and the scope the route needs. */
  async authenticate(header: string | undefined, scope: KeyScope): Promise<AuthResult> {
    const secret = bearerSecret(header);
    if (secret === undefined) {
      return {
        ok: false,
        status: 401,
        code: 'missing_api_key',
        message:
          'missing API key: send the header "Authorization: Bearer <key>" (create a key with `tandem keys create --name <name>`)',
      };
    }
    const key = await this.find(secret);
    if (!key || key.revokedAt) {
      return {
        ok: false,
        status: 401,
        code: 'invalid_api_key',
        message: 'invalid API key: unknown or revoked',
      };
    }
    if (!hasScope(key, scope)) {
      return {
        ok: false,
        status: 403,
        code: 'insufficient_scope',
        message: `this API key lacks the "${scope}" scope`,
      };
    }
    return { ok: true, key };
  }

  private async find(secret: string): Promise<ApiKeyIdentity | undefined> {
    const digest = createHash('sha256').update(secret).digest('base64url');
    const now = this.now();
    const cached = this.cache.get(digest);
    if (cached && cached.expiresAt > now) return cached.key;
    // Concurrent requests with the same new key share one lookup.
    const pending = this.inflight.get(digest);
    if (pending) return pending;
    const lookup = this.lookup
      .findApiKeyBySecret(secret)
      .then((key) => {
        this.remember(digest, key);
        return key;
      })
      .finally(() => this.inflight.delete(digest));
    this.inflight.set(digest, lookup);
    return lookup;
  }

  private remember(digest: string, key: ApiKeyIdentity | undefined): void {
    if (this.cache.size >= this.maxEntries) {
      // Map iterates in insertion order: drop the oldest entry.
      const oldest = this.cache.keys().next();
      if (!oldest.done) this.cache.delete(oldest.value);
    }
    this.cache.delete(digest);
    this.cache.set(digest, {
      key,
      expiresAt: this.now() + (key ? this.ttlMs : this.negativeTtlMs),
    });
  }
}

/** Keys created before scopes existed carry none; they may use the gateway but not the console. */
function hasScope(key: ApiKeyIdentity, scope: KeyScope): boolean {
  if (!key.scopes || key.scopes.length === 0) return scope === 'gateway';
  return key.scopes.includes(scope);
}

function bearerSecret(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match?.[1];
}
