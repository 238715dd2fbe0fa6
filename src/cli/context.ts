import { resolve } from 'node:path';
import type { Provider } from '../core/index.js';
import { packagePath } from '../nlp/package-root.js';
import { createProvider } from '../providers/registry.js';
import { Store, type StoreOptions } from '../store/index.js';
import { loadConfig, type TandemConfig } from './config.js';

export const BUNDLED_SUITE = packagePath('suites', 'haas-e-core.yaml');
export const REPORTS_DIR = '.tandem/reports';

export interface GlobalOptions {
  db?: string;
  config?: string;
  cache?: boolean;
  timeout?: number;
}

export function readConfig(options: GlobalOptions): TandemConfig {
  return loadConfig(options.config);
}

export async function openStore(
  options: GlobalOptions,
  config: TandemConfig,
  storeOptions: StoreOptions = {},
): Promise<Store> {
  return Store.open(options.db ?? config.database, storeOptions);
}

/** Builds a provider from a spec, with base URL, key, limits and cache from config, env and flags. */
export function providerFor(spec: string, options: GlobalOptions, config: TandemConfig): Provider {
  const kind = spec.split(':', 1)[0];
  const settings = kind === 'openai' || kind === 'anthropic' ? config.providers?.[kind] : undefined;
  const apiKey = settings?.apiKeyEnv ? process.env[settings.apiKeyEnv] : undefined;
  const cacheDir =
    options.cache === false ? false : (config.cacheDir ?? resolve('.tandem', 'cache'));
  return createProvider(spec, {
    ...(settings?.baseUrl ? { baseUrl: settings.baseUrl } : {}),
    ...(apiKey ? { apiKey } : {}),
    ...(settings?.maxRetries !== undefined ? { maxRetries: settings.maxRetries } : {}),
    ...(settings?.concurrency !== undefined ? { concurrency: settings.concurrency } : {}),
    ...((options.timeout ?? settings?.timeoutMs)
      ? { timeoutMs: options.timeout ?? settings?.timeoutMs }
      : {}),
    cacheDir,
  });
}
