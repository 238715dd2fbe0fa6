/**
 * Helpers for conversation triage tests: turns written as `[role, text]` pairs, whether a signal
 * is live (found and not scoped out), and a fake risk model that reads chosen texts as suicidal
 * talk, so a test can say exactly what the model would vouch for.
 */
import type { Role, Triage } from '../../src/core/index.js';
import type { ModelOutput, RiskModel } from '../../src/triage/model/model.js';

export type Turn = [Role, string];

export const turnsOf = (turns: Turn[]) => turns.map(([role, content]) => ({ role, content }));

/** Whether `triage` has signal `id` found and not set aside. */
export const hasLive = (triage: Triage, id: string): boolean =>
  triage.signals.some((s) => s.id === id && s.scopedOut === undefined);

/** A model that reads as suicidal talk exactly the texts `suicidal` accepts. */
export function modelReading(
  suicidal: (text: string) => boolean,
): RiskModel & { thresholds: number[] } {
  const high: ModelOutput['atLeast'] = [0.97, 0.9, 0.85, 0.4, 0.2, 0.1];
  const low: ModelOutput['atLeast'] = [0.02, 0.01, 0.01, 0, 0, 0];
  return {
    version: 'fake5678',
    thresholds: [0.5, 0.5, 0.5, 0.5, 0.5, 0.5],
    predict: (text) => ({ atLeast: suicidal(text) ? high : low, selfHarm: 0, top: [] }),
  };
}
