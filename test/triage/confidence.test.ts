import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTriage, RULES_VERSION, triageText } from '../../src/triage/index.js';
import { calibratedConfidence, LEVEL_GROUPS, levelGroupOf } from '../../src/triage/confidence.js';
import { SHIPPED_CALIBRATION } from '../../src/triage/confidence-calibration.js';
import { fitIsotonic, readIsotonic } from '../../src/triage/model/calibration.js';
import { calibrationMetrics } from '../../src/triage/model/metrics.js';
import { loadRiskModel, type RiskModel } from '../../src/triage/model/model.js';

describe('isotonic fit', () => {
  it('pools adjacent violators into a non-decreasing curve', () => {
    const curve = fitIsotonic([1, 2, 3, 4, 5, 6], [0, 1, 0, 1, 1, 1], {
      minBlock: 1,
      smooth: false,
    });
    expect(curve.x).toEqual([1, 2.5, 4, 5, 6]);
    expect(curve.y).toEqual([0, 0.5, 1, 1, 1]);
    expect(curve.n).toEqual([1, 2, 1, 1, 1]);
  });

  it('pools equal scores and merges blocks below the minimum size', () => {
    const curve = fitIsotonic([0.2, 0.2, 0.2, 0.9], [0, 1, 1, 1], { minBlock: 2, smooth: false });
    expect(curve.n).toEqual([4]);
    expect(curve.y[0]).toBeCloseTo(0.75);
    expect(curve.x[0]).toBeCloseTo(0.375);
  });

  it('smooths rates so no point claims certainty', () => {
    expect(fitIsotonic([0.1, 0.2, 0.3], [1, 1, 1]).y).toEqual([0.8]);
    expect(fitIsotonic([0.1, 0.2, 0.3], [1, 1, 1], { minBlock: 1 }).y).toEqual([
      2 / 3,
      2 / 3,
      2 / 3,
    ]);
  });

  it('is monotone, covers every example, and reads within its range', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.boolean()), {
          minLength: 1,
          maxLength: 200,
        }),
        fc.integer({ min: 1, max: 30 }),
        fc.double({ min: -0.5, max: 1.5, noNaN: true }),
        fc.double({ min: -0.5, max: 1.5, noNaN: true }),
        (pairs, minBlock, a, b) => {
          const curve = fitIsotonic(
            pairs.map(([x]) => x),
            pairs.map(([, y]) => (y ? 1 : 0)),
            { minBlock },
          );
          expect(curve.n.reduce((t, n) => t + n, 0)).toBe(pairs.length);
          for (let i = 1; i < curve.x.length; i += 1) {
            expect(curve.x[i] as number).toBeGreaterThan(curve.x[i - 1] as number);
            expect(curve.y[i] as number).toBeGreaterThanOrEqual((curve.y[i - 1] as number) - 1e-12);
          }
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          const atLo = readIsotonic(curve, lo);
          const atHi = readIsotonic(curve, hi);
          expect(atHi).toBeGreaterThanOrEqual(atLo - 1e-12);
          expect(atLo).toBeGreaterThanOrEqual(Math.min(...curve.y) - 1e-12);
          expect(atHi).toBeLessThanOrEqual(Math.max(...curve.y) + 1e-12);
        },
      ),
    );
  });
});

describe('calibration metrics', () => {
  it('is zero for stated rates that match what happened, and counts the Brier score', () => {
    const m = calibrationMetrics([0.25, 0.25, 0.25, 0.25, 0.95], [1, 0, 0, 0, 1]);
    expect(m.ece).toBeCloseTo((1 / 5) * 0.05);
    expect(m.brier).toBeCloseTo((0.75 ** 2 + 3 * 0.25 ** 2 + 0.05 ** 2) / 5);
    expect(m.bins.map((b) => b.n)).toEqual([4, 1]);
  });

  it('is the full gap for a confident system that is always wrong', () => {
    expect(calibrationMetrics([0.9, 0.9], [0, 0]).ece).toBeCloseTo(0.9);
  });
});

describe('shipped confidence calibration', () => {
  const model = loadRiskModel();

  it('was fitted for the current rules and the shipped model (refit: scripts/calibrate-triage.ts)', () => {
    expect(SHIPPED_CALIBRATION.fittedFor).toEqual({ rules: RULES_VERSION, model: model.version });
  });

  it('has a non-decreasing curve for every level group in both modes', () => {
    for (const mode of ['withModel', 'rulesOnly'] as const)
      for (const group of LEVEL_GROUPS) {
        const curve = SHIPPED_CALIBRATION.curves[mode][group];
        expect(curve.x.length, `${mode}.${group}`).toBeGreaterThan(0);
        for (let i = 1; i < curve.y.length; i += 1)
          expect(curve.y[i] as number).toBeGreaterThanOrEqual(curve.y[i - 1] as number);
      }
  });

  it('turns the raw evidence strength into the calibrated probability the level is right', () => {
    const raw = createTriage({ model, calibration: null });
    for (const text of [
      "i'm going to kill myself tonight",
      'i just want to disappear, everyone would be better off',
      'cutting again, it helps',
      'running late, see you at ten',
    ]) {
      const uncalibrated = raw.triageText(text);
      const shipped = triageText(text);
      expect(shipped.level).toBe(uncalibrated.level);
      expect(shipped.confidence).toBe(
        calibratedConfidence(
          uncalibrated.confidence,
          uncalibrated.level,
          SHIPPED_CALIBRATION,
          'withModel',
        ),
      );
    }
  });

  it('keeps the raw value for a model the curves were not fitted for', () => {
    const other = Object.create(model, { version: { value: 'deadbeef' } }) as RiskModel;
    const text = 'i want to die';
    expect(createTriage({ model: other }).triageText(text).confidence).toBe(
      createTriage({ model: other, calibration: null }).triageText(text).confidence,
    );
  });

  it('groups levels into none, concern and crisis', () => {
    expect(
      ['none', 'low', 'moderate', 'high', 'imminent'].map((l) => levelGroupOf(l as 'none')),
    ).toEqual(['none', 'concern', 'concern', 'crisis', 'crisis']);
  });
});
