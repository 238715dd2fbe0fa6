/**
 * A triage's confidence: the probability that its level is right.
 *
 * `rawConfidence` reads how strong the evidence for the level is — the weight of the best
 * unscoped signal, or the model's probability for the chosen C-SSRS band; for `none`, the model's
 * P(C-SSRS = 0). Those numbers rank triages by how likely they are to be right but are not
 * probabilities of it, so a calibration curve per level group turns them into one. The curves are
 * fitted by isotonic regression on out-of-fold triages of labelled texts
 * (`scripts/calibrate-triage.ts`) and shipped in `confidence-calibration.ts`, recorded with the
 * rules and model version they were fitted for.
 */
import type { RiskLevel } from '../core/index.js';
import type { Decision, ModelReading } from './combine.js';
import { readIsotonic, type IsotonicCurve } from './model/calibration.js';

/** Levels grouped the way their errors differ: nothing found, a concern, a crisis. */
export const LEVEL_GROUPS = ['none', 'concern', 'crisis'] as const;
export type LevelGroup = (typeof LEVEL_GROUPS)[number];

export function levelGroupOf(level: RiskLevel): LevelGroup {
  if (level === 'none') return 'none';
  return level === 'high' || level === 'imminent' ? 'crisis' : 'concern';
}

/** Which engine the curves were fitted for: rules with the model, or rules alone. */
export type CalibrationMode = 'withModel' | 'rulesOnly';

export interface ConfidenceCalibration {
  /** The `RULES_VERSION` and model version the curves were fitted for. */
  fittedFor: { rules: string; model: string };
  curves: Record<CalibrationMode, Record<LevelGroup, IsotonicCurve>>;
}

export function rawConfidence(
  decision: Decision,
  level: RiskLevel,
  models: readonly ModelReading[],
): number {
  const p1 = Math.max(0, ...models.map((m) => m.output.atLeast[0]));
  if (level === 'none') {
    const setAside = decision.signals.some((s) => s.scopedOut !== undefined);
    const base = models.length > 0 ? 1 - p1 : 0.9;
    return clampRaw(setAside ? Math.min(base, 0.85) : base);
  }
  const evidence = decision.signals
    .filter((s) => s.scopedOut === undefined && s.source !== 'model' && (s.cssrs ?? 1) > 0)
    .reduce((m, s) => Math.max(m, s.weight), 0);
  let band = 0;
  if (decision.cssrs > 0) {
    for (const m of models) {
      const probabilities: readonly number[] = m.output.atLeast;
      const hi = probabilities[decision.cssrs - 1] ?? 0;
      const next = probabilities[decision.cssrs] ?? 0;
      band = Math.max(band, hi - next);
    }
  }
  return clampRaw(Math.max(evidence, band));
}

/** The calibrated probability that `level` is right, given the raw confidence behind it. */
export function calibratedConfidence(
  raw: number,
  level: RiskLevel,
  calibration: ConfidenceCalibration,
  mode: CalibrationMode,
): number {
  const p = readIsotonic(calibration.curves[mode][levelGroupOf(level)], raw);
  return Number.isFinite(p) ? clamp(p) : raw;
}

function clampRaw(x: number): number {
  return Math.round(Math.min(0.99, Math.max(0.05, x)) * 100) / 100;
}

function clamp(x: number): number {
  return Math.round(Math.min(0.99, Math.max(0.01, x)) * 100) / 100;
}
