import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultWeightsPath, loadRiskModel } from '../../src/triage/model/model.js';
import { NORMALISATION_FINGERPRINT } from '../../src/triage/model/char-class.js';
import { seededRandom } from '../../src/triage/model/random.js';
import { readTriageJsonl, TRIAGE_TRAINING_FILES } from '../../src/triage/model/training-data.js';
import { packagePath } from '../../src/nlp/package-root.js';

const model = loadRiskModel();

describe('shipped weights', () => {
  it('load, are small, and match the normaliser they were trained with', () => {
    expect(model.version).toMatch(/^[0-9a-f]{8}$/);
    expect(statSync(defaultWeightsPath()).size).toBeLessThan(5 * 1024 * 1024);
    // Fails when src/nlp/normalize.ts changes behaviour: retrain with scripts/train-triage.ts.
    expect(
      model.normalisationMatches,
      `weights trained with another normaliser than ${NORMALISATION_FINGERPRINT}`,
    ).toBe(true);
    expect(Object.keys(model.operatingPoints)).toEqual(
      expect.arrayContaining(['agreement', 'recall']),
    );
  });

  it('ranks a clear crisis message above everyday chat, and explains it with the person’s words', () => {
    const crisis =
      "i can't do this anymore, i just want to die. i keep thinking about killing myself";
    const everyday = 'running late, the bus broke down again. grabbing coffee, see you at ten';
    const atRisk = model.predict(crisis);
    const calm = model.predict(everyday);
    expect(atRisk.atLeast[0]).toBeGreaterThan(calm.atLeast[0]);
    expect(atRisk.atLeast[1]).toBeGreaterThan(calm.atLeast[1]);
    expect(atRisk.top.length).toBeGreaterThan(0);
    for (const feature of atRisk.top) {
      expect(crisis.slice(feature.start, feature.end).length).toBeGreaterThan(0);
      expect(feature.weight).toBeGreaterThan(0);
    }
  });

  it('is the same object on every load (cached)', () => {
    expect(loadRiskModel()).toBe(model);
  });
});

describe('speed (one core)', () => {
  // Varied vocabulary, so weight lookups miss the cache the way real traffic does.
  const random = seededRandom(42);
  const syllables = 'ka lo mi ne su ra ti po de va xe bu gri fan tol mor sen pla'.split(' ');
  const word = (): string =>
    Array.from(
      { length: 1 + Math.floor(random() * 3) },
      () => syllables[Math.floor(random() * syllables.length)],
    ).join('');
  const text = (length: number): string => {
    let out = '';
    while (out.length < length) out += (out ? ' ' : '') + word() + (random() < 0.1 ? '.' : '');
    return out.slice(0, length);
  };

  // The targets (≥ 5,000/s, p99 ≤ 2 ms) are measured quietly by bench/triage/speed.ts; here the
  // bounds are loose enough for a busy 2-core CI box running other test files in parallel, yet
  // still catch an accidental slowdown by an order of magnitude.
  it('scores 300-character texts quickly (target ≥ 5,000/s; asserted ≥ 1,000/s)', () => {
    const texts = Array.from({ length: 3000 }, () => text(300));
    for (const t of texts.slice(0, 300)) model.predict(t);
    const started = performance.now();
    for (const t of texts) model.predict(t);
    const perSecond = texts.length / ((performance.now() - started) / 1000);
    expect(perSecond).toBeGreaterThan(1000);
  });

  it('keeps latency low for 3,000-character texts (target p99 ≤ 2 ms; asserted ≤ 15 ms)', () => {
    const texts = Array.from({ length: 400 }, () => text(3000));
    for (const t of texts.slice(0, 50)) model.predict(t);
    const times = texts.map((t) => {
      const started = performance.now();
      model.predict(t);
      return performance.now() - started;
    });
    times.sort((a, b) => a - b);
    expect(times[Math.floor(times.length * 0.99)]).toBeLessThan(15);
  });
});

describe('shipped weights and the project data', () => {
  it('were trained on exactly the project files the training script names, as they are now', () => {
    const weights = JSON.parse(readFileSync(defaultWeightsPath(), 'utf8')) as {
      training: { sources: Array<{ name: string; examples: number }> };
    };
    const project = weights.training.sources.filter((s) => s.name.endsWith('.jsonl'));
    // Fails when a training file is added, removed or grows: retrain with scripts/train-triage.ts.
    expect(project.map(({ name, examples }) => ({ name, examples }))).toEqual(
      TRIAGE_TRAINING_FILES.map((file) => ({
        name: basename(file),
        examples: readTriageJsonl(packagePath(file)).length,
      })),
    );
  });

  it('hold each id once across every project file', () => {
    const ids = readdirSync(packagePath('data', 'triage'))
      .filter((file) => file.endsWith('.jsonl'))
      .flatMap((file) => readTriageJsonl(packagePath('data', 'triage', file)).map((r) => r.id));
    expect(ids.length - new Set(ids).size).toBe(0);
  });
});
