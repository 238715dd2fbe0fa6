/**
 * Content-addressed response cache. The key is the sha256 of the canonical JSON of everything
 * that determines a reply (provider, model, endpoint, messages, sampling parameters), so a re-run
 * of an evaluation pays only for what changed. Files are `<dir>/<aa>/<hash>.json`, written to a
 * temporary file and renamed, so a crash never leaves a half-written entry. Only successful
 * replies are stored; the request itself is not (the hash is enough to find the reply).
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { z } from 'zod';
import type { ChatMessage, GenerateOptions, Generation, Provider } from '../core/index.js';
import { abortedFailure } from './failures.js';

export const DEFAULT_CACHE_DIR = '.tandem/cache';
const FORMAT_VERSION = 1;

export interface CacheKeyInput {
  provider: string;
  model: string;
  endpoint?: string;
  messages: ChatMessage[];
  options: Pick<GenerateOptions, 'temperature' | 'maxTokens' | 'seed' | 'locale'>;
}

/** JSON with object keys sorted at every level and `undefined` members left out. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const member = (value as Record<string, unknown>)[key];
      if (member !== undefined) out[key] = sortKeys(member);
    }
    return out;
  }
  return value;
}

export function cacheKey(input: CacheKeyInput): string {
  const material = {
    v: FORMAT_VERSION,
    provider: input.provider,
    model: input.model,
    endpoint: input.endpoint,
    messages: input.messages.map((m) => ({ role: m.role, content: m.content })),
    params: {
      temperature: input.options.temperature,
      maxTokens: input.options.maxTokens,
      seed: input.options.seed,
      // Network models see the locale only through the messages; the reference responder reads it.
      locale: input.options.locale,
    },
  };
  return createHash('sha256').update(canonicalJson(material)).digest('hex');
}

const entrySchema = z.object({
  version: z.literal(FORMAT_VERSION),
  key: z.string(),
  storedAt: z.string(),
  generation: z.object({
    text: z.string(),
    model: z.string(),
    usage: z.object({ inputTokens: z.number(), outputTokens: z.number() }),
  }),
});
type StoredGeneration = z.infer<typeof entrySchema>['generation'];

export class ResponseCache {
  readonly dir: string;

  constructor(dir: string = DEFAULT_CACHE_DIR) {
    this.dir = dir;
  }

  pathFor(key: string): string {
    return join(this.dir, key.slice(0, 2), `${key}.json`);
  }

  /** The stored reply, or undefined on a miss. An unreadable or foreign file counts as a miss. */
  async get(key: string): Promise<StoredGeneration | undefined> {
    let raw: string;
    try {
      raw = await readFile(this.pathFor(key), 'utf8');
    } catch {
      return undefined;
    }
    try {
      const entry = entrySchema.parse(JSON.parse(raw));
      return entry.key === key ? entry.generation : undefined;
    } catch {
      return undefined;
    }
  }

  async put(key: string, generation: StoredGeneration): Promise<void> {
    const path = this.pathFor(key);
    await mkdir(join(this.dir, key.slice(0, 2)), { recursive: true });
    const entry = { version: FORMAT_VERSION, key, storedAt: new Date().toISOString(), generation };
    const tmp = `${path}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
    try {
      await writeFile(tmp, `${JSON.stringify(entry)}\n`, 'utf8');
      await rename(tmp, path);
    } catch (error) {
      await rm(tmp, { force: true });
      throw error;
    }
  }
}

let warnedWriteFailure = false;

/** What answers a provider's calls; part of the cache key. */
export interface CacheIdentity {
  model: string;
  endpoint?: string;
}

/**
 * Serves repeated calls from `cache`. A hit returns `cached: true` with zero usage: it cost
 * nothing. A failed write is reported once as a process warning and never fails the call, since
 * the reply itself was obtained. The registry wraps network providers; wrap others explicitly.
 * Streams pass straight through, neither served from nor written to the cache: a stream is asked
 * for by someone waiting for the reply live (the gateway), where a replayed reply has no place.
 */
export function withCache(
  provider: Provider,
  cache: ResponseCache,
  identity: CacheIdentity = { model: provider.id },
): Provider {
  return {
    id: provider.id,
    async generate(messages, options, signal) {
      if (signal?.aborted) throw abortedFailure(provider.id);
      const started = performance.now();
      const key = cacheKey({ provider: provider.id, ...identity, messages, options });
      const hit = await cache.get(key);
      if (hit) {
        return {
          text: hit.text,
          model: hit.model,
          usage: { inputTokens: 0, outputTokens: 0 },
          latencyMs: performance.now() - started,
          cached: true,
        } satisfies Generation;
      }
      const generation = await provider.generate(messages, options, signal);
      try {
        await cache.put(key, {
          text: generation.text,
          model: generation.model,
          usage: generation.usage,
        });
      } catch (error) {
        if (!warnedWriteFailure) {
          warnedWriteFailure = true;
          process.emitWarning(
            `tandem: cannot write the response cache in ${cache.dir}: ${(error as Error).message}`,
          );
        }
      }
      return generation;
    },
    ...(provider.stream ? { stream: provider.stream.bind(provider) } : {}),
  };
}
