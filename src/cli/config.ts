import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { TandemError } from '../core/index.js';
import { gatewayConfigSchema } from '../server/config.js';

const providerSettings = z.strictObject({
  baseUrl: z.string().url().optional(),
  /** Name of the environment variable that holds the key (keys do not belong in files). */
  apiKeyEnv: z
    .string()
    .regex(/^[A-Z_][A-Z0-9_]*$/, 'an environment variable name')
    .optional(),
  timeoutMs: z.number().int().positive().optional(),
  /** Streams: the longest silence allowed between two deltas. */
  streamIdleTimeoutMs: z.number().int().positive().optional(),
  maxRetries: z.number().int().min(0).max(10).optional(),
  concurrency: z.number().int().positive().max(256).optional(),
});

const configSchema = z.strictObject({
  database: z.string().optional(),
  cacheDir: z.union([z.string(), z.literal(false)]).optional(),
  providers: z
    .strictObject({
      openai: providerSettings.optional(),
      anthropic: providerSettings.optional(),
    })
    .optional(),
  gateway: gatewayConfigSchema.optional(),
});

export type TandemConfig = z.infer<typeof configSchema>;
export type ProviderSettings = z.infer<typeof providerSettings>;

export const DEFAULT_CONFIG_FILE = 'tandem.config.yaml';

/** Reads `tandem.config.yaml` (or the given file). A missing default file is fine; a bad one is not. */
export function loadConfig(path?: string): TandemConfig {
  const file = resolve(path ?? DEFAULT_CONFIG_FILE);
  if (!existsSync(file)) {
    if (path) throw new TandemError('CONFIG_INVALID', `config file ${file} does not exist`);
    return {};
  }
  let raw: unknown;
  try {
    raw = parse(readFileSync(file, 'utf8')) ?? {};
  } catch (error) {
    throw new TandemError('CONFIG_INVALID', `${file}: not valid YAML: ${(error as Error).message}`);
  }
  const result = configSchema.safeParse(raw);
  if (!result.success) {
    const problems = result.error.issues.map(
      (i) => `${file}: ${i.path.join('.') || '(root)'}: ${i.message}`,
    );
    throw new TandemError('CONFIG_INVALID', problems.join('\n'));
  }
  return result.data;
}
