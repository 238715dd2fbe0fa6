import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { TandemError } from '../core/index.js';
import { packagePath } from './package-root.js';

const serviceSchema = z.strictObject({
  name: z.string().min(1),
  phone: z.string().optional(),
  text: z.string().optional(),
  url: z.string().url().optional(),
  hours: z.string().optional(),
  kind: z.enum(['crisis', 'emergency', 'support']),
});

const entrySchema = z.strictObject({
  country: z.string().regex(/^([A-Z]{2}|INTL)$/, 'ISO 3166 alpha-2 code or INTL'),
  name: z.string().min(1),
  emergency: z.string().min(1),
  source: z.string().url(),
  lastChecked: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD'),
  services: z.array(serviceSchema).min(1),
});

const directorySchema = z.strictObject({
  version: z.literal(1),
  entries: z.array(entrySchema).min(1),
  international: entrySchema,
});

export type CrisisService = z.infer<typeof serviceSchema>;
export type CrisisEntry = z.infer<typeof entrySchema>;
export interface CrisisDirectory {
  entries: CrisisEntry[];
  international: CrisisEntry;
}

export const DEFAULT_CRISIS_DIRECTORY = packagePath('policies', 'crisis-resources.yaml');

const cache = new Map<string, CrisisDirectory>();

/** Loads and validates a crisis directory; cached per path because every reply may need it. */
export function loadCrisisDirectory(path: string = DEFAULT_CRISIS_DIRECTORY): CrisisDirectory {
  const hit = cache.get(path);
  if (hit) return hit;
  let raw: unknown;
  try {
    raw = parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new TandemError(
      'CONFIG_INVALID',
      `cannot read crisis directory ${path}: ${(error as Error).message}`,
      {
        cause: error,
      },
    );
  }
  const result = directorySchema.safeParse(raw);
  if (!result.success) {
    const problems = result.error.issues.map(
      (i) => `${i.path.join('.') || '(root)'}: ${i.message}`,
    );
    throw new TandemError(
      'CONFIG_INVALID',
      `invalid crisis directory ${path}:\n  ${problems.join('\n  ')}`,
    );
  }
  const seen = new Set<string>();
  for (const entry of result.data.entries) {
    if (seen.has(entry.country)) {
      throw new TandemError(
        'CONFIG_INVALID',
        `crisis directory ${path}: country ${entry.country} appears twice`,
      );
    }
    seen.add(entry.country);
  }
  const directory: CrisisDirectory = {
    entries: result.data.entries,
    international: result.data.international,
  };
  cache.set(path, directory);
  return directory;
}

/** The region of a BCP 47 tag in upper case (`es-MX` → `MX`), or undefined. */
export function regionOf(locale: string | undefined): string | undefined {
  const match = /^[a-z]{2,3}[-_]([a-z]{2})\b/i.exec(locale ?? '');
  return match?.[1]?.toUpperCase();
}

/** The language of a BCP 47 tag in lower case (`es-MX` → `es`); English when unknown. */
export function languageOf(locale: string | undefined): string {
  const match = /^([a-z]{2,3})\b/i.exec(locale ?? '');
  return match?.[1]?.toLowerCase() ?? 'en';
}

/** The entry for the locale's country, or the international fallback. */
export function crisisEntryFor(
  directory: CrisisDirectory,
  locale: string | undefined,
): CrisisEntry {
  const region = regionOf(locale);
  return directory.entries.find((e) => e.country === region) ?? directory.international;
}
