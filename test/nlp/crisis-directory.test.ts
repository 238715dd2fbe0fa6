import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  crisisEntryFor,
  languageOf,
  loadCrisisDirectory,
  regionOf,
} from '../../src/nlp/crisis-directory.js';
import { loadSuite } from '../../src/eval/suites.js';
import { packagePath } from '../../src/nlp/package-root.js';

describe('crisis directory', () => {
  const directory = loadCrisisDirectory();

  it('covers at least 20 countries, each with a source, a check date and a reachable service', () => {
    expect(directory.entries.length).toBeGreaterThanOrEqual(20);
    for (const entry of directory.entries) {
      expect(entry.source).toMatch(/^https:\/\//);
      expect(entry.lastChecked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(entry.emergency.length).toBeGreaterThan(0);
      expect(entry.services.some((s) => s.kind === 'crisis' || s.kind === 'support')).toBe(true);
      expect(entry.services.every((s) => s.phone || s.text || s.url)).toBe(true);
    }
  });

  it('has a country entry for every locale of the bundled suite', () => {
    const suite = loadSuite(packagePath('suites', 'haas-e-core.yaml'));
    const missing = [...new Set(suite.scenarios.map((s) => s.locale))].filter(
      (l) => crisisEntryFor(directory, l).country === 'INTL',
    );
    expect(missing).toEqual([]);
  });

  it('picks the entry by region and falls back to the international one', () => {
    expect(crisisEntryFor(directory, 'es-MX').country).toBe('MX');
    expect(crisisEntryFor(directory, 'en_GB').country).toBe('GB');
    expect(crisisEntryFor(directory, 'fr').country).toBe('INTL');
    expect(crisisEntryFor(directory, 'sw-TZ').country).toBe('INTL');
    expect(crisisEntryFor(directory, undefined).country).toBe('INTL');
    expect(directory.international.services.map((s) => s.url)).toContain(
      'https://findahelpline.com',
    );
  });

  it('parses locale tags', () => {
    expect(regionOf('pt-BR')).toBe('BR');
    expect(regionOf('pt')).toBeUndefined();
    expect(languageOf('DE-at')).toBe('de');
    expect(languageOf(undefined)).toBe('en');
  });

  it('rejects an invalid directory naming the field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tandem-dir-'));
    const file = join(dir, 'bad.yaml');
    writeFileSync(
      file,
      'version: 1\nentries:\n  - country: usa\n    name: x\n    emergency: "911"\n    source: https://x.org\n    lastChecked: "2026-01-01"\n    services: []\ninternational: {}\n',
    );
    expect(() => loadCrisisDirectory(file)).toThrow(/entries\.0\.country/);
  });
});
